#include "tickets/AuditLog.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/SqlValues.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

StaffUser StaffUser::system()
{
    StaffUser user;
    user.login = u"madoguchi"_s;
    user.displayName = QCoreApplication::translate("StaffUser", "Madoguchi");
    user.role = StaffRole::Manager;
    return user;
}

Result<void> AuditLog::record(const StaffUser &actor, qint64 ticketId, const QString &action, const QString &oldValue,
                              const QString &newValue)
{
    auto done = m_database.exec(u"Writing the audit log"_s,
                                u"INSERT INTO audit_log (at_ms, actor_id, actor_name, ticket_id, action, old_value, "
                                "new_value) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                {SqlValues::fromTime(m_clock.now()), SqlValues::fromId(actor.id), actor.displayName,
                                 SqlValues::fromId(ticketId), action, oldValue, newValue});
    if (!done)
        return done.error();
    return {};
}

Result<QList<AuditEntry>> AuditLog::select(const QString &where, const QVariantList &values, const QString &order,
                                          int limit)
{
    auto query = m_database.exec(u"Reading the audit log"_s,
                                 u"SELECT id, at_ms, actor_id, actor_name, ticket_id, action, old_value, new_value "
                                 "FROM audit_log "_s
                                     + where + u" ORDER BY id "_s + order + u" LIMIT %1"_s.arg(limit),
                                 values);
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    QSqlQuery &rows = query.value();
    while (rows.next()) {
        AuditEntry entry;
        entry.id = rows.value(0).toLongLong();
        entry.at = SqlValues::toTime(rows.value(1));
        entry.actorId = SqlValues::toId(rows.value(2));
        entry.actorName = rows.value(3).toString();
        entry.ticketId = SqlValues::toId(rows.value(4));
        entry.action = rows.value(5).toString();
        entry.oldValue = rows.value(6).toString();
        entry.newValue = rows.value(7).toString();
        entries.append(entry);
    }
    return entries;
}

Result<QList<AuditEntry>> AuditLog::forTicket(qint64 ticketId)
{
    return select(u"WHERE ticket_id = ?"_s, {ticketId}, u"ASC"_s, 100000);
}

Result<std::optional<AuditEntry>> AuditLog::lastForTicket(qint64 ticketId)
{
    auto entries = select(u"WHERE ticket_id = ?"_s, {ticketId}, u"DESC"_s, 1);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(entries->first());
}

Result<QList<AuditEntry>> AuditLog::recent(int limit, const QString &action)
{
    if (action.isEmpty())
        return select(QString(), {}, u"DESC"_s, limit);
    return select(u"WHERE action = ?"_s, {action}, u"DESC"_s, limit);
}

} // namespace Madoguchi
