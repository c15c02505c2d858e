#include "mail/outbox/ReplyTemplates.h"

#include "core/Clock.h"
#include "core/JapaneseDateText.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/OutgoingMail.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "tickets/TeamDirectory.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QStringList knownPlaceholders = {u"customer.name"_s, u"customer.organization"_s, u"ticket.number"_s,
                                       u"staff.name"_s,    u"deadline"_s,              u"today"_s};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([^{}]*?)\\s*\\}\\}"_s);
    return pattern;
}

} // namespace

QString ReplyTemplates::japaneseDateTime(const QDateTime &utc)
{
    const QDateTime jst = Jst::toJst(utc);
    return japaneseDateText(jst.date(), false) + u' ' + jst.toString(u"HH:mm"_s);
}

QStringList ReplyTemplates::placeholders()
{
    QStringList written;
    for (const QString &name : knownPlaceholders)
        written.append(u"{{"_s + name + u"}}"_s);
    return written;
}

QStringList ReplyTemplates::unknownPlaceholders(const QString &text)
{
    QStringList unknown;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!knownPlaceholders.contains(name) && !unknown.contains(name))
            unknown.append(name);
    }
    return unknown;
}

Result<QList<ReplyTemplate>> ReplyTemplates::visibleTo(qint64 staffId, const QString &search)
{
    auto rows = m_desk.database().exec(u"Reading the reply templates"_s,
                                       u"SELECT id, name, category, subject, body, owner_id FROM reply_templates "
                                       "WHERE owner_id IS NULL OR owner_id = ? ORDER BY name, id"_s,
                                       {staffId});
    if (!rows)
        return rows.error();
    QList<ReplyTemplate> list;
    const QString wanted = search.trimmed();
    while (rows.value().next()) {
        const QSqlQuery &r = rows.value();
        ReplyTemplate t{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                        r.value(3).toString(),   r.value(4).toString(), r.value(5).toLongLong()};
        if (wanted.isEmpty() || t.name.contains(wanted, Qt::CaseInsensitive)
            || t.category.contains(wanted, Qt::CaseInsensitive))
            list.append(t);
    }
    return list;
}

Result<qint64> ReplyTemplates::add(const StaffUser &actor, const ReplyTemplate &entry)
{
    if (auto checked = check(actor, entry, 0); !checked)
        return checked.error();
    const QString name = entry.name.trimmed();
    return m_desk.database().insert(u"Saving the template %1"_s.arg(name),
                                    u"INSERT INTO reply_templates (name, category, subject, body, owner_id, updated_ms) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"_s,
                                    {name, entry.category.trimmed(), entry.subject, entry.body,
                                     SqlValues::fromId(entry.ownerId), SqlValues::fromTime(m_desk.clock().now())});
}

Result<void> ReplyTemplates::update(const StaffUser &actor, const ReplyTemplate &entry)
{
    auto stored = m_desk.database().exec(u"Reading template %1"_s.arg(entry.id),
                                         u"SELECT owner_id FROM reply_templates WHERE id = ?"_s, {entry.id});
    if (!stored)
        return stored.error();
    if (!stored.value().next())
        return makeError(u"not-found"_s, QCoreApplication::translate("ReplyTemplates", "No such template."));
    const qint64 ownerId = stored.value().value(0).toLongLong();
    stored.value().finish();
    if (ownerId != entry.ownerId) {
        return makeError(u"input"_s, QCoreApplication::translate("ReplyTemplates", "A template stays in the list it "
                                                                                   "was made in."));
    }
    if (auto checked = check(actor, entry, entry.id); !checked)
        return checked;
    auto updated = m_desk.database().exec(u"Saving the template %1"_s.arg(entry.name.trimmed()),
                                          u"UPDATE reply_templates SET name = ?, category = ?, subject = ?, body = ?, "
                                          "updated_ms = ? WHERE id = ?"_s,
                                          {entry.name.trimmed(), entry.category.trimmed(), entry.subject, entry.body,
                                           SqlValues::fromTime(m_desk.clock().now()), entry.id});
    if (!updated)
        return updated.error();
    return {};
}

Result<void> ReplyTemplates::check(const StaffUser &actor, const ReplyTemplate &entry, qint64 exceptId)
{
    const QString name = entry.name.trimmed();
    if (name.isEmpty() || entry.body.trimmed().isEmpty()) {
        return makeError(u"input"_s, QCoreApplication::translate("ReplyTemplates", "A template needs a name and a "
                                                                                   "body."));
    }
    if (entry.ownerId == 0 && !actor.isManager()) {
        return managerOnlyError(QCoreApplication::translate("ReplyTemplates", "Only a manager can change the "
                                                                              "team's templates."));
    }
    if (entry.ownerId != 0 && entry.ownerId != actor.id) {
        return makeError(u"input"_s, QCoreApplication::translate("ReplyTemplates", "A personal template belongs to "
                                                                                   "the person who keeps it."));
    }
    if (const QStringList unknown = unknownPlaceholders(entry.subject + u'\n' + entry.body); !unknown.isEmpty()) {
        return makeError(u"input"_s, QCoreApplication::translate("ReplyTemplates", "Unknown placeholder {{%1}}. "
                                                                                   "Known: {{%2}}.")
                                         .arg(unknown.first(), knownPlaceholders.join(u"}}, {{"_s)));
    }
    auto same = m_desk.database().scalar(u"Looking for a template of the same name"_s,
                                         u"SELECT COUNT(*) FROM reply_templates WHERE name = ? AND "
                                         "COALESCE(owner_id, 0) = ? AND id <> ?"_s,
                                         {name, entry.ownerId, exceptId});
    if (!same)
        return same.error();
    if (same->toInt() > 0) {
        return makeError(u"input"_s,
                         QCoreApplication::translate("ReplyTemplates", "There is already a template 「%1」.").arg(name));
    }
    return {};
}

Result<void> ReplyTemplates::remove(const StaffUser &actor, qint64 id)
{
    auto owner = m_desk.database().exec(u"Reading template %1"_s.arg(id),
                                        u"SELECT owner_id FROM reply_templates WHERE id = ?"_s, {id});
    if (!owner)
        return owner.error();
    if (!owner.value().next())
        return makeError(u"not-found"_s, QCoreApplication::translate("ReplyTemplates", "No such template."));
    const qint64 ownerId = owner.value().value(0).toLongLong();
    owner.value().finish();
    if ((ownerId == 0 && !actor.isManager()) || (ownerId != 0 && ownerId != actor.id)) {
        return managerOnlyError(QCoreApplication::translate("ReplyTemplates", "Only a manager can change the "
                                                                              "team's templates."));
    }
    auto removed = m_desk.database().exec(u"Removing template %1"_s.arg(id),
                                          u"DELETE FROM reply_templates WHERE id = ?"_s, {id});
    if (!removed)
        return removed.error();
    return {};
}

Result<ReplyTemplate> ReplyTemplates::named(qint64 staffId, const QString &name)
{
    auto list = visibleTo(staffId);
    if (!list)
        return list.error();
    std::optional<ReplyTemplate> found;
    for (const ReplyTemplate &t : std::as_const(*list)) {
        if (t.name == name.trimmed() && (!found || t.ownerId != 0))
            found = t;
    }
    if (!found) {
        return makeError(u"not-found"_s,
                         QCoreApplication::translate("ReplyTemplates", "There is no template 「%1」.").arg(name));
    }
    return *found;
}

Result<FilledTemplate> ReplyTemplates::filledFor(const ReplyTemplate &entry, qint64 ticketId, const StaffUser &staff)
{
    auto body = fill(entry.body, ticketId, staff);
    if (!body)
        return body.error();
    auto subject = fill(entry.subject, ticketId, staff);
    if (!subject)
        return subject.error();
    FilledTemplate filled{QString(), *body};
    if (!subject->trimmed().isEmpty()) {
        auto desk = MailIngestor::loadAddresses(m_desk);
        if (!desk)
            return desk.error();
        filled.subject = OutgoingMail::replySubject(subject->trimmed(), ticketId, desk->ticketTagPrefix);
    }
    return filled;
}

Result<QString> ReplyTemplates::fill(const QString &text, qint64 ticketId, const StaffUser &staff)
{
    auto ticket = m_desk.tickets().ticket(ticketId);
    if (!ticket)
        return ticket.error();
    if (!ticket->has_value())
        return makeError(u"not-found"_s, QCoreApplication::translate("ReplyTemplates", "No such ticket."));
    const Ticket &t = **ticket;
    auto customerName = m_desk.database().scalar(u"Reading the customer's name"_s,
                                                 u"SELECT display_name FROM customers WHERE id = ?"_s,
                                                 {t.customerId});
    if (!customerName)
        return customerName.error();
    const QString name = customerName->toString().isEmpty() ? t.customerAddress : customerName->toString();
    const QDate today = Jst::toJst(m_desk.clock().now()).date();
    const QHash<QString, QString> values = {
        {u"customer.name"_s, name},
        {u"customer.organization"_s, t.organisationName},
        {u"ticket.number"_s, QString::number(t.number())},
        {u"staff.name"_s, staff.displayName.isEmpty() ? staff.login : staff.displayName},
        {u"deadline"_s, t.due.isValid() ? japaneseDateTime(t.due) : QString()},
        {u"today"_s, japaneseDateText(today)},
    };
    // One pass: a customer called "{{today}}" stays as written.
    QString filled;
    qsizetype done = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        filled += text.mid(done, m.capturedStart() - done);
        filled += values.value(m.captured(1), m.captured(0));
        done = m.capturedEnd();
    }
    return QString(filled + text.mid(done));
}

} // namespace Madoguchi
