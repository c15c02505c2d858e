#include "reports/TrendMessageSource.h"

#include "reports/MessageOutcomeRule.h"
#include "store/Database.h"
#include "store/SqlValues.h"

#include <algorithm>
#include <tuple>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// One pass over the period's obligations, read from the covering index alone for the team.
// The answering reply's time is the obligation's closing time: ObligationBook stamps a
// closing by reply with that reply's receipt time, so the trend does not look up each reply
// (on a real desk a message row holds the whole mail). No ORDER BY: the figures do not depend
// on the order, and sorting 100,000 rows made PostgreSQL spill to disk. The three yes/no
// columns travel as one number: on PostgreSQL every value crosses as text and is parsed.
//
// For the team, a message is the first of its ticket when the ticket has no obligation
// before the period (an uncorrelated IN list, built once — a hashed subplan on PostgreSQL —
// instead of a probe per row) and it is the ticket's earliest in the period (decided in
// C++). A staff member's trend needs the reply's author and the ticket's assignee; it keeps
// only the rows that can count for that person (answered by them or on their tickets: two
// id lists from the schema-6 indexes, tested before any row is joined), so there the probe
// per row is cheap, and the C++ step would be wrong (a ticket's earlier rows may count for
// someone else). Author and assignee are looked up per kept row: as joins, PostgreSQL
// misjudged the rows kept and hashed the whole messages and tickets tables (560 → 280 ms).
const QString teamStatement = uR"(
SELECT o.id, o.ticket_id, o.received_ms, o.deadline_ms, o.closed_ms,
       CASE WHEN o.urgent <> 0 THEN 1 ELSE 0 END
       + CASE WHEN o.closed_reason = 'reply' AND o.answered_by_id IS NOT NULL THEN 2 ELSE 0 END
       + CASE WHEN o.ticket_id IN (SELECT e.ticket_id FROM obligations e WHERE e.received_ms < ?) THEN 4 ELSE 0 END
FROM obligations o
WHERE o.received_ms >= ? AND o.received_ms < ?)"_s;

const QString staffStatement = uR"(
SELECT o.id, o.ticket_id, o.received_ms, o.deadline_ms, o.closed_ms,
       CASE WHEN o.urgent <> 0 THEN 1 ELSE 0 END
       + CASE WHEN o.closed_reason = 'reply' AND o.answered_by_id IS NOT NULL THEN 2 ELSE 0 END
       + CASE WHEN EXISTS (SELECT 1 FROM obligations e WHERE e.ticket_id = o.ticket_id
                           AND (e.received_ms < o.received_ms OR (e.received_ms = o.received_ms AND e.id < o.id)))
              THEN 4 ELSE 0 END,
       (SELECT r.author_id FROM messages r WHERE r.id = o.answered_by_id),
       (SELECT t.assignee_id FROM tickets t WHERE t.id = o.ticket_id)
FROM obligations o
WHERE o.received_ms >= ? AND o.received_ms < ?
  AND (o.answered_by_id IN (SELECT m.id FROM messages m WHERE m.author_id = ?)
       OR o.ticket_id IN (SELECT a.id FROM tickets a WHERE a.assignee_id = ?)))"_s;

} // namespace

Result<QList<TrendMessageSource::Message>> TrendMessageSource::messages(const ReportPeriod &period,
                                                                        const QDateTime &now,
                                                                        std::optional<qint64> staffId)
{
    const qint64 startMs = period.startUtc().toMSecsSinceEpoch();
    const qint64 endMs = period.endUtc().toMSecsSinceEpoch();
    auto query = m_database.exec(u"Reading the customer messages for the trend from %1 to %2"_s.arg(
                                     period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)),
                                 staffId ? staffStatement : teamStatement,
                                 staffId ? QVariantList{startMs, endMs, *staffId, *staffId}
                                         : QVariantList{startMs, startMs, endMs});
    if (!query)
        return query.error();
    QList<Message> result;
    // Candidates for the first message of their ticket (none of the ticket's obligations is
    // before the period): sorted by ticket, receipt time and row id, the first of each ticket
    // wins. A sort of flat tuples is several times faster than a hash of 100,000 tickets.
    struct Candidate
    {
        qint64 ticketId, receivedMs, id;
        qsizetype index;
        bool operator<(const Candidate &o) const
        {
            return std::tie(ticketId, receivedMs, id) < std::tie(o.ticketId, o.receivedMs, o.id);
        }
    };
    std::vector<Candidate> candidates;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QSqlQuery &rows = query.value();
    while (rows.next()) {
        Message m;
        const qint64 id = rows.value(0).toLongLong();
        const qint64 ticketId = rows.value(1).toLongLong();
        m.receivedMs = rows.value(2).toLongLong();
        const int flags = rows.value(5).toInt();
        m.urgent = (flags & 1) != 0;
        const bool closedByReply = (flags & 2) != 0;
        const bool notFirst = (flags & 4) != 0; // or not known to be first (team)
        const auto closedMs = SqlValues::toMs(rows.value(4));
        const auto judged = MessageOutcomeRule::judge(m_calendar, m.receivedMs, rows.value(3).toLongLong(), m.urgent,
                                                      closedMs, closedByReply,
                                                      closedByReply ? closedMs : std::nullopt, nowMs);
        m.outcome = judged.outcome;
        m.responseMinutes = judged.responseMinutes;
        if (staffId) {
            m.staffId = MessageOutcomeRule::staffOf(m.outcome, rows.value(6).toLongLong(), rows.value(7).toLongLong());
            m.firstOfTicket = !notFirst;
        } else if (!notFirst) {
            candidates.push_back({ticketId, m.receivedMs, id, result.size()});
        }
        result.append(m);
    }
    std::sort(candidates.begin(), candidates.end());
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (i == 0 || candidates[i].ticketId != candidates[i - 1].ticketId)
            result[candidates[i].index].firstOfTicket = true;
    }
    return result;
}

} // namespace Madoguchi
