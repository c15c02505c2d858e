#include "tickets/KeywordUrgency.h"

#include "store/Database.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<std::optional<UrgencyRule>> KeywordUrgency::apply(qint64 ticketId, const UrgencyRules &rules,
                                                         const QString &subject, const QString &body)
{
    const std::optional<UrgencyRule> rule = rules.firstMatch(subject, body);
    if (!rule)
        return std::optional<UrgencyRule>();
    auto ticket = m_desk.tickets().ticket(ticketId);
    if (!ticket)
        return ticket.error();
    if (!ticket->has_value() || (*ticket)->isUrgent())
        return std::optional<UrgencyRule>();
    auto byHand = m_desk.database().scalar(u"Reading who set the priority of ticket #%1"_s.arg(ticketId),
                                           u"SELECT COUNT(*) FROM audit_log WHERE ticket_id = ? AND action = 'priority' "
                                           "AND actor_id IS NOT NULL"_s,
                                           {ticketId});
    if (!byHand)
        return byHand.error();
    if (byHand->toLongLong() > 0)
        return std::optional<UrgencyRule>();
    auto urgent = m_desk.operations().setPriority(StaffUser::system(), ticketId, (*ticket)->version,
                                                  TicketPriority::Urgent);
    if (!urgent)
        return urgent.error();
    if (auto logged = m_desk.audit().record(StaffUser::system(), ticketId, QString::fromLatin1(auditAction), QString(),
                                            rule->pattern);
        !logged)
        return logged.error();
    return rule;
}

Result<QString> KeywordUrgency::reason(qint64 ticketId)
{
    auto last = m_desk.database().exec(u"Reading why ticket #%1 is urgent"_s.arg(ticketId),
                                       u"SELECT action, actor_name, new_value FROM audit_log WHERE ticket_id = ? AND "
                                       "action IN ('priority', ?) ORDER BY id DESC LIMIT 1"_s,
                                       {ticketId, QString::fromLatin1(auditAction)});
    if (!last)
        return last.error();
    QSqlQuery &row = last.value();
    if (!row.next())
        return QString();
    const QString action = row.value(0).toString();
    if (action == QLatin1StringView(auditAction)) {
        return QCoreApplication::translate("KeywordUrgency", "the mail matched the urgent keyword rule “%1”")
            .arg(row.value(2).toString());
    }
    if (row.value(2).toString() == u"urgent"_s)
        return QCoreApplication::translate("KeywordUrgency", "set by %1").arg(row.value(1).toString());
    return QString();
}

} // namespace Madoguchi
