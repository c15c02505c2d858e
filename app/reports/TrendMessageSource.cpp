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

// One pass over the period's obligations, read from the covering index alone when no staff
// member is asked for. The answering reply's time is the obligation's closing time:
// ObligationBook stamps a closing by reply with that reply's receipt time, so the trend does
// not look up each reply (on a real desk a message row holds the whole mail, and its
// author_id sits behind the raw source). A staff member's trend needs the reply's author and
// the ticket's assignee, and joins them.
//
// A message is the first of its ticket when the ticket has no obligation before the period
// (an uncorrelated IN list, built once — a hashed subplan on PostgreSQL — instead of a probe
// per row) and it is the ticket's earliest in the period (decided in C++). No ORDER BY: the figures do not depend on the
// order, and sorting 100,000 rows made PostgreSQL spill to disk.
QString statement(bool withStaff)
{
    return uR"(
SELECT o.id, o.ticket_id, o.received_ms, o.deadline_ms, o.urgent, o.closed_ms,
       CASE WHEN o.closed_reason = 'reply' AND o.answered_by_id IS NOT NULL THEN 1 ELSE 0 END,
       CASE WHEN o.ticket_id IN (SELECT e.ticket_id FROM obligations e WHERE e.received_ms < ?) THEN 1 ELSE 0 END%1
FROM obligations o%2
WHERE o.received_ms >= ? AND o.received_ms < ?)"_s
        .arg(withStaff ? u", r.author_id, t.assignee_id"_s : QString(),
             withStaff ? u"\nLEFT JOIN messages r ON r.id = o.answered_by_id\nJOIN tickets t ON t.id = o.ticket_id"_s
                       : QString());
}

} // namespace

Result<QList<TrendMessageSource::Message>> TrendMessageSource::messages(const ReportPeriod &period,
                                                                        const QDateTime &now, bool withStaff)
{
    const qint64 startMs = period.startUtc().toMSecsSinceEpoch();
    auto query = m_database.exec(u"Reading the customer messages for the trend from %1 to %2"_s.arg(
                                     period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)),
                                 statement(withStaff), {startMs, startMs, period.endUtc().toMSecsSinceEpoch()});
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
        m.urgent = rows.value(4).toInt() != 0;
        const auto closedMs = SqlValues::toMs(rows.value(5));
        const bool closedByReply = rows.value(6).toInt() != 0;
        const auto judged = MessageOutcomeRule::judge(m_calendar, m.receivedMs, rows.value(3).toLongLong(), m.urgent,
                                                      closedMs, closedByReply,
                                                      closedByReply ? closedMs : std::nullopt, nowMs);
        m.outcome = judged.outcome;
        m.responseMinutes = judged.responseMinutes;
        if (withStaff)
            m.staffId = MessageOutcomeRule::staffOf(m.outcome, rows.value(8).toLongLong(), rows.value(9).toLongLong());
        if (rows.value(7).toInt() == 0)
            candidates.push_back({ticketId, m.receivedMs, id, result.size()});
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
