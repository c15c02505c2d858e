#include "tickets/SavedViews.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/TransactionGuard.h"
#include "tickets/AuditLog.h"
#include "tickets/TeamDirectory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QList<std::pair<DeskQueue, QString>> &queueKeys()
{
    static const QList<std::pair<DeskQueue, QString>> keys = {
        {DeskQueue::New, u"new"_s},         {DeskQueue::Open, u"open"_s},     {DeskQueue::DueSoon, u"due-soon"_s},
        {DeskQueue::Overdue, u"overdue"_s}, {DeskQueue::Mine, u"mine"_s},     {DeskQueue::Waiting, u"waiting"_s},
        {DeskQueue::Closed, u"closed"_s},   {DeskQueue::All, u"all"_s},
    };
    return keys;
}

} // namespace

QString SavedViews::encode(const TicketListFilter &filter)
{
    QJsonObject json;
    for (const auto &[queue, key] : queueKeys()) {
        if (queue == filter.queue)
            json.insert(u"queue"_s, key);
    }
    if (!filter.status.isEmpty())
        json.insert(u"status"_s, filter.status);
    if (filter.assigneeId >= 0)
        json.insert(u"assignee"_s, filter.assigneeId);
    if (filter.organisationId > 0)
        json.insert(u"organisation"_s, filter.organisationId);
    if (!filter.tag.isEmpty())
        json.insert(u"tag"_s, filter.tag);
    if (filter.receivedFrom.isValid())
        json.insert(u"from"_s, filter.receivedFrom.toString(Qt::ISODate));
    if (filter.receivedTo.isValid())
        json.insert(u"to"_s, filter.receivedTo.toString(Qt::ISODate));
    if (!filter.text.trimmed().isEmpty())
        json.insert(u"text"_s, filter.text.trimmed());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

TicketListFilter SavedViews::decode(const QString &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    TicketListFilter filter;
    const QString queue = json.value(u"queue"_s).toString();
    for (const auto &[value, key] : queueKeys()) {
        if (key == queue)
            filter.queue = value;
    }
    filter.status = json.value(u"status"_s).toString();
    filter.assigneeId = json.value(u"assignee"_s).toInteger(-1);
    filter.organisationId = json.value(u"organisation"_s).toInteger(0);
    filter.tag = json.value(u"tag"_s).toString();
    filter.receivedFrom = QDate::fromString(json.value(u"from"_s).toString(), Qt::ISODate);
    filter.receivedTo = QDate::fromString(json.value(u"to"_s).toString(), Qt::ISODate);
    filter.text = json.value(u"text"_s).toString();
    return filter;
}

Result<QList<SavedView>> SavedViews::visibleTo(qint64 staffId)
{
    auto rows = m_database.exec(u"Reading the saved views"_s,
                                u"SELECT v.id, v.name, v.owner_id, u.display_name, v.shared, v.definition "
                                "FROM saved_views v LEFT JOIN staff_users u ON u.id = v.owner_id "
                                "WHERE v.owner_id = ? OR v.shared = 1 ORDER BY v.name, v.id"_s,
                                {staffId});
    if (!rows)
        return rows.error();
    QList<SavedView> views;
    while (rows.value().next()) {
        SavedView view;
        view.id = rows.value().value(0).toLongLong();
        view.name = rows.value().value(1).toString();
        view.ownerId = rows.value().value(2).toLongLong();
        view.ownerName = rows.value().value(3).toString();
        view.shared = rows.value().value(4).toInt() != 0;
        view.filter = decode(rows.value().value(5).toString());
        views.append(view);
    }
    return views;
}

Result<qint64> SavedViews::save(const StaffUser &actor, const QString &name, const TicketListFilter &filter)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty())
        return makeError(u"input"_s, tr("A saved view needs a name."));
    if (clean.size() > maxNameChars)
        return makeError(u"input"_s, tr("A view's name is at most %1 characters.").arg(maxNameChars));
    if (actor.id <= 0)
        return makeError(u"input"_s, tr("Only a staff user can save a view."));
    TransactionGuard transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto existing = m_database.scalar(u"Looking up a saved view"_s,
                                      u"SELECT id FROM saved_views WHERE owner_id = ? AND name = ?"_s,
                                      {actor.id, clean});
    if (!existing)
        return existing.error();
    qint64 id = 0;
    if (existing->isValid()) {
        id = existing->toLongLong();
        auto updated = m_database.exec(u"Replacing the saved view %1"_s.arg(clean),
                                       u"UPDATE saved_views SET definition = ? WHERE id = ?"_s, {encode(filter), id});
        if (!updated)
            return updated.error();
    } else {
        auto inserted = m_database.insert(u"Saving the view %1"_s.arg(clean),
                                          u"INSERT INTO saved_views (name, owner_id, shared, definition) "
                                          "VALUES (?, ?, 0, ?)"_s,
                                          {clean, actor.id, encode(filter)});
        if (!inserted)
            return inserted.error();
        id = *inserted;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<SavedView> SavedViews::find(qint64 viewId)
{
    auto rows = m_database.exec(u"Reading a saved view"_s,
                                u"SELECT id, name, owner_id, shared FROM saved_views WHERE id = ?"_s, {viewId});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return makeError(u"not-found"_s, tr("There is no saved view %1.").arg(viewId));
    SavedView view;
    view.id = viewId;
    view.name = rows.value().value(1).toString();
    view.ownerId = rows.value().value(2).toLongLong();
    view.shared = rows.value().value(3).toInt() != 0;
    return view;
}

Result<void> SavedViews::setShared(const StaffUser &actor, qint64 viewId, bool shared)
{
    if (!actor.isManager())
        return managerOnlyError(tr("Only a manager can share a view with the team."));
    auto view = find(viewId);
    if (!view)
        return view.error();
    TransactionGuard transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto updated = m_database.exec(u"Sharing the saved view %1"_s.arg(view->name),
                                   u"UPDATE saved_views SET shared = ? WHERE id = ?"_s, {shared ? 1 : 0, viewId});
    if (!updated)
        return updated.error();
    if (auto logged = m_audit.record(actor, 0, u"saved-view"_s, view->shared ? u"shared"_s : u"own"_s,
                                     (shared ? u"shared: "_s : u"own: "_s) + view->name);
        !logged)
        return logged.error();
    return transaction.commit();
}

Result<void> SavedViews::remove(const StaffUser &actor, qint64 viewId)
{
    auto view = find(viewId);
    if (!view)
        return view.error();
    if (view->ownerId != actor.id && !(view->shared && actor.isManager()))
        return managerOnlyError(tr("Only its owner, or a manager for a shared view, can delete a saved view."));
    auto removed = m_database.exec(u"Deleting the saved view %1"_s.arg(view->name),
                                   u"DELETE FROM saved_views WHERE id = ?"_s, {viewId});
    if (!removed)
        return removed.error();
    return {};
}

} // namespace Madoguchi
