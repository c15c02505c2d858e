#include "tickets/ObligationBook.h"

#include "calendar/ResponseDeadline.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "tickets/CalendarStore.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<QDateTime> ObligationBook::deadlineFor(const QDateTime &received, bool urgent)
{
    auto calendar = m_calendar.calendar();
    if (!calendar)
        return calendar.error();
    return DeadlineCalculator(**calendar).deadline(received, urgent);
}

Result<qint64> ObligationBook::firstDeliveredReplyAfter(qint64 ticketId, const QDateTime &received, QDateTime *sent)
{
    auto reply = m_database.firstRow(u"Looking for a later reply"_s,
                                     u"SELECT id, received_ms FROM messages WHERE ticket_id = ? AND kind = 'reply' "
                                     "AND delivery = 'ok' AND received_ms > ? ORDER BY received_ms, id LIMIT 1"_s,
                                     {ticketId, SqlValues::fromTime(received)});
    if (!reply)
        return reply.error();
    if (!reply->has_value())
        return qint64(0);
    *sent = SqlValues::toTime((*reply)->value(1));
    return (*reply)->value(0).toLongLong();
}

Result<void> ObligationBook::open(qint64 ticketId, qint64 messageRowId, const QDateTime &received, bool urgent)
{
    auto deadline = deadlineFor(received, urgent);
    if (!deadline)
        return deadline.error();
    QDateTime sent;
    auto reply = firstDeliveredReplyAfter(ticketId, received, &sent);
    if (!reply)
        return reply.error();
    auto added = m_database.exec(
        u"Opening a response obligation"_s,
        u"INSERT INTO obligations (message_id, ticket_id, received_ms, deadline_ms, urgent, answered_by_id, closed_ms, "
        "closed_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {messageRowId, ticketId, SqlValues::fromTime(received), SqlValues::fromTime(*deadline), urgent ? 1 : 0,
         SqlValues::fromId(*reply), SqlValues::fromTime(*reply ? sent : QDateTime()), *reply ? u"reply"_s : QString()});
    if (!added)
        return added.error();
    return {};
}

Result<int> ObligationBook::answerWith(qint64 ticketId, qint64 replyRowId, const QDateTime &sent,
                                      const QDateTime &waitingSince)
{
    const QString closedMeanwhile = waitingSince.isValid()
                                        ? u" OR (closed_reason = 'status' AND answered_by_id IS NULL AND closed_ms >= ?)"_s
                                        : QString();
    QVariantList values{replyRowId, SqlValues::fromTime(sent), ticketId, SqlValues::fromTime(sent)};
    if (waitingSince.isValid())
        values.append(SqlValues::fromTime(waitingSince));
    auto answered = m_database.exec(u"Recording a reply as the answer"_s,
                                    u"UPDATE obligations SET answered_by_id = ?, closed_ms = ?, closed_reason = 'reply' "
                                    "WHERE ticket_id = ? AND received_ms < ? AND (closed_ms IS NULL"_s
                                        + closedMeanwhile + u")"_s,
                                    values);
    if (!answered)
        return answered.error();
    return answered.value().numRowsAffected();
}

Result<int> ObligationBook::reopenAnsweredBy(qint64 replyRowId)
{
    struct Answered
    {
        qint64 id, ticketId;
        QDateTime received;
    };
    QList<Answered> answered;
    {
        auto rows = m_database.exec(u"Finding what a bounced reply answered"_s,
                                    u"SELECT id, ticket_id, received_ms FROM obligations WHERE answered_by_id = ?"_s,
                                    {replyRowId});
        if (!rows)
            return rows.error();
        while (rows.value().next()) {
            answered.append({rows.value().value(0).toLongLong(), rows.value().value(1).toLongLong(),
                             SqlValues::toTime(rows.value().value(2))});
        }
    }
    int reopened = 0;
    for (const Answered &o : std::as_const(answered)) {
        QDateTime sent;
        auto later = firstDeliveredReplyAfter(o.ticketId, o.received, &sent);
        if (!later)
            return later.error();
        // The deadline column is left alone: the obligation comes back with its original one.
        auto done = m_database.exec(u"Reopening an obligation after a bounce"_s,
                                    u"UPDATE obligations SET answered_by_id = ?, closed_ms = ?, closed_reason = ? "
                                    "WHERE id = ?"_s,
                                    {SqlValues::fromId(*later), SqlValues::fromTime(*later ? sent : QDateTime()),
                                     *later ? u"reply"_s : QString(), o.id});
        if (!done)
            return done.error();
        if (*later == 0)
            ++reopened;
    }
    return reopened;
}

Result<int> ObligationBook::closeForStatus(qint64 ticketId, const QDateTime &now)
{
    auto closed = m_database.exec(u"Closing obligations with the ticket's status"_s,
                                  u"UPDATE obligations SET closed_ms = ?, closed_reason = 'status' "
                                  "WHERE ticket_id = ? AND closed_ms IS NULL"_s,
                                  {SqlValues::fromTime(now), ticketId});
    if (!closed)
        return closed.error();
    return closed.value().numRowsAffected();
}

Result<int> ObligationBook::recompute(const QString &where, const QVariantList &values, int urgentOverride)
{
    struct Open
    {
        qint64 id, ticketId;
        QDateTime received, deadline;
        bool urgent;
    };
    QList<Open> open;
    {
        auto rows = m_database.rows(u"Reading open obligations"_s,
                                    u"SELECT id, ticket_id, received_ms, deadline_ms, urgent FROM obligations "
                                    "WHERE closed_ms IS NULL "_s + where,
                                    values);
        if (!rows)
            return rows.error();
        for (const QSqlRecord &r : std::as_const(*rows)) {
            open.append({r.value(0).toLongLong(), r.value(1).toLongLong(), SqlValues::toTime(r.value(2)),
                         SqlValues::toTime(r.value(3)), r.value(4).toInt() != 0});
        }
    }
    int changed = 0;
    QSet<qint64> tickets;
    for (const Open &o : std::as_const(open)) {
        const bool urgent = urgentOverride < 0 ? o.urgent : urgentOverride != 0;
        auto deadline = deadlineFor(o.received, urgent);
        if (!deadline)
            return deadline.error();
        if (*deadline == o.deadline && urgent == o.urgent)
            continue;
        auto done = m_database.exec(u"Recomputing a deadline"_s,
                                    u"UPDATE obligations SET deadline_ms = ?, urgent = ? WHERE id = ?"_s,
                                    {SqlValues::fromTime(*deadline), urgent ? 1 : 0, o.id});
        if (!done)
            return done.error();
        ++changed;
        tickets.insert(o.ticketId);
    }
    for (qint64 ticket : std::as_const(tickets)) {
        if (auto due = refreshDue(ticket); !due)
            return due.error();
        if (auto announced = m_database.announceTicketChange(ticket); !announced)
            return announced.error();
    }
    return changed;
}

Result<int> ObligationBook::setUrgent(qint64 ticketId, bool urgent)
{
    return recompute(u"AND ticket_id = ?"_s, {ticketId}, urgent ? 1 : 0);
}

Result<int> ObligationBook::recomputeAllOpen()
{
    return recompute(QString(), {}, -1);
}

Result<QDateTime> ObligationBook::refreshDue(qint64 ticketId)
{
    auto due = m_database.scalar(u"Finding the ticket's due time"_s,
                                 u"SELECT MIN(deadline_ms) FROM obligations WHERE ticket_id = ? AND closed_ms IS NULL"_s,
                                 {ticketId});
    if (!due)
        return due.error();
    const QDateTime dueTime = SqlValues::toTime(*due);
    auto stored = m_database.exec(u"Storing the ticket's due time"_s, u"UPDATE tickets SET due_ms = ? WHERE id = ?"_s,
                                  {SqlValues::fromTime(dueTime), ticketId});
    if (!stored)
        return stored.error();
    return dueTime;
}

Result<int> ObligationBook::openCount(qint64 ticketId)
{
    auto count = m_database.scalar(u"Counting open obligations"_s,
                                   u"SELECT COUNT(*) FROM obligations WHERE ticket_id = ? AND closed_ms IS NULL"_s,
                                   {ticketId});
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace Madoguchi
