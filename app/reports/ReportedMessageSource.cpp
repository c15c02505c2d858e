#include "reports/ReportedMessageSource.h"

#include "reports/MessageOutcomeRule.h"
#include "store/Database.h"
#include "store/SqlValues.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// The first customer message of a ticket is the one no other obligation of that ticket
// precedes (ties broken by row id); obligations_ticket makes the probe an index lookup.
const QString messagesStatement = uR"(
SELECT o.id, o.ticket_id, o.received_ms, o.deadline_ms, o.urgent, o.closed_ms, o.closed_reason,
       r.received_ms, r.author_id, t.subject, t.assignee_id, t.organisation_id,
       CASE WHEN EXISTS (SELECT 1 FROM obligations e WHERE e.ticket_id = o.ticket_id
                         AND (e.received_ms < o.received_ms OR (e.received_ms = o.received_ms AND e.id < o.id)))
            THEN 0 ELSE 1 END
FROM obligations o
JOIN tickets t ON t.id = o.ticket_id
LEFT JOIN messages r ON r.id = o.answered_by_id
WHERE o.received_ms >= ? AND o.received_ms < ?
ORDER BY o.received_ms, o.id)"_s;

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

Result<void> ReportedMessageSource::loadNames()
{
    m_staffNames.clear();
    m_organisationNames.clear();
    auto staff = m_database.exec(u"Reading staff names for a report"_s, u"SELECT id, display_name FROM staff_users"_s);
    if (!staff)
        return staff.error();
    for (QSqlQuery &rows = staff.value(); rows.next();)
        m_staffNames.insert(rows.value(0).toLongLong(), rows.value(1).toString());
    auto organisations = m_database.exec(u"Reading organisation names for a report"_s,
                                         u"SELECT id, name, domain FROM organisations"_s);
    if (!organisations)
        return organisations.error();
    for (QSqlQuery &rows = organisations.value(); rows.next();) {
        const QString name = rows.value(1).toString();
        m_organisationNames.insert(rows.value(0).toLongLong(), name.isEmpty() ? rows.value(2).toString() : name);
    }
    return {};
}

Result<QList<ReportedMessage>> ReportedMessageSource::messages(const ReportPeriod &period, const QDateTime &now)
{
    if (auto loaded = loadNames(); !loaded)
        return loaded.error();
    auto query = m_database.exec(u"Reading the customer messages received from %1 to %2"_s.arg(
                                     period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)),
                                 messagesStatement,
                                 {period.startUtc().toMSecsSinceEpoch(), period.endUtc().toMSecsSinceEpoch()});
    if (!query)
        return query.error();
    QList<ReportedMessage> result;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QSqlQuery &rows = query.value();
    while (rows.next()) {
        ReportedMessage m;
        m.obligationId = rows.value(0).toLongLong();
        m.ticketId = rows.value(1).toLongLong();
        m.received = fromMs(rows.value(2));
        m.deadline = fromMs(rows.value(3));
        m.urgent = rows.value(4).toInt() != 0;
        const QVariant closedMs = rows.value(5);
        const QVariant replyMs = rows.value(7);
        const qint64 authorId = rows.value(8).toLongLong();
        m.subject = rows.value(9).toString();
        const qint64 assigneeId = rows.value(10).toLongLong();
        m.organisationId = rows.value(11).toLongLong();
        m.firstOfTicket = rows.value(12).toInt() != 0;

        const auto judged = MessageOutcomeRule::judge(m_calendar, m.received.toMSecsSinceEpoch(),
                                                      m.deadline.toMSecsSinceEpoch(), m.urgent, SqlValues::toMs(closedMs),
                                                      rows.value(6).toString() == u"reply"_s, SqlValues::toMs(replyMs), nowMs);
        m.outcome = judged.outcome;
        m.answered = judged.answered;
        m.responseMinutes = judged.responseMinutes;
        m.staffId = MessageOutcomeRule::staffOf(m.outcome, authorId, assigneeId);
        m.staffName = m_staffNames.value(m.staffId);
        m.assigneeName = m_staffNames.value(assigneeId);
        m.organisationName = m_organisationNames.value(m.organisationId);
        result.append(m);
    }
    return result;
}

} // namespace Madoguchi
