#include "tickets/TicketQueue.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "tickets/CalendarStore.h"
#include "tickets/TicketStore.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

std::optional<QueueFilter> queueFilterFromKey(const QString &key)
{
    static const QList<std::pair<QString, QueueFilter>> names = {
        {u"new"_s, QueueFilter::New},          {u"open"_s, QueueFilter::Open},
        {u"waiting"_s, QueueFilter::Waiting},  {u"due-soon"_s, QueueFilter::DueSoon},
        {u"overdue"_s, QueueFilter::Overdue},  {u"all"_s, QueueFilter::All},
    };
    for (const auto &[name, filter] : names) {
        if (name == key)
            return filter;
    }
    return std::nullopt;
}

Result<QList<QueueEntry>> TicketQueue::select(const QString &where, const QVariantList &values, const QString &order,
                                              int limit, const QDateTime &now, int offset)
{
    auto calendar = m_calendar.calendar();
    if (!calendar)
        return calendar.error();
    const DeadlineCalculator calculator(**calendar);
    auto query = m_database.exec(u"Reading the ticket queue"_s,
                                 TicketStore::ticketSelect(m_database.dialect().joinedText(u"g.tag"_s),
                                                           oldestOpenReceivedColumn())
                                     + u"WHERE t.merged_into_id IS NULL "_s + where + u" ORDER BY "_s + order
                                     + u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset),
                                 values);
    if (!query)
        return query.error();
    QList<QueueEntry> entries;
    while (query.value().next())
        entries.append(readEntry(query.value(), calculator, now));
    return entries;
}

QString TicketQueue::oldestOpenReceivedColumn()
{
    return u"(SELECT MIN(received_ms) FROM obligations b WHERE b.ticket_id = t.id AND b.closed_ms IS NULL)"_s;
}

QueueEntry TicketQueue::readEntry(const QSqlQuery &row, const DeadlineCalculator &calculator, const QDateTime &now)
{
    QueueEntry entry;
    entry.ticket = TicketStore::readTicket(row);
    entry.received = SqlValues::toTime(row.value(18));
    if (!entry.received.isValid())
        entry.received = entry.ticket.created;
    if (entry.ticket.due.isValid()) {
        entry.flag = calculator.classify(entry.ticket.due, now, entry.ticket.isUrgent());
        entry.remainingMinutes = calculator.remainingMinutes(entry.ticket.due, now, entry.ticket.isUrgent());
    }
    return entry;
}

Result<QList<QueueEntry>> TicketQueue::list(QueueFilter filter, const QDateTime &now, int limit)
{
    const QVariant nowMs = SqlValues::fromTime(now);
    const QString byDue = u"t.due_ms, t.id"_s;
    switch (filter) {
    case QueueFilter::Overdue:
        return select(u"AND t.due_ms < ?"_s, {nowMs}, byDue, limit, now);
    case QueueFilter::DueSoon: {
        // Remaining business time grows with the deadline, so reading in deadline order can
        // stop at the first ticket that is not due soon.
        QList<QueueEntry> dueSoon;
        int offset = 0;
        while (dueSoon.size() < limit) {
            auto page = select(u"AND t.due_ms >= ?"_s, {nowMs}, byDue, 200, now, offset);
            if (!page)
                return page;
            for (const QueueEntry &entry : std::as_const(page.value())) {
                if (entry.flag != DeadlineFlag::DueSoon && !entry.ticket.isUrgent())
                    return dueSoon;
                if (entry.flag == DeadlineFlag::DueSoon && dueSoon.size() < limit)
                    dueSoon.append(entry);
            }
            if (page->size() < 200)
                break;
            offset += 200;
        }
        return dueSoon;
    }
    case QueueFilter::New:
    case QueueFilter::Open:
    case QueueFilter::Waiting:
    case QueueFilter::All:
        break;
    }
    QString where;
    QVariantList values;
    if (filter != QueueFilter::All) {
        where = u"AND t.status = ? "_s;
        values.append(filter == QueueFilter::New ? u"new"_s : filter == QueueFilter::Open ? u"open"_s : u"waiting"_s);
    }
    auto due = select(where + u"AND t.due_ms IS NOT NULL"_s, values, byDue, limit, now);
    if (!due || due->size() >= limit)
        return due;
    auto rest = select(where + u"AND t.due_ms IS NULL"_s, values, u"t.id DESC"_s, limit - int(due->size()), now);
    if (!rest)
        return rest;
    due.value().append(rest.value());
    return due;
}

Result<QueueCounts> TicketQueue::counts(const QDateTime &now)
{
    QueueCounts counts;
    auto overdue = m_database.scalar(u"Counting overdue tickets"_s,
                                     u"SELECT COUNT(*) FROM tickets WHERE merged_into_id IS NULL AND due_ms < ?"_s,
                                     {SqlValues::fromTime(now)});
    if (!overdue)
        return overdue.error();
    counts.overdue = overdue->toInt();
    auto fresh = m_database.scalar(u"Counting new tickets"_s,
                                   u"SELECT COUNT(*) FROM tickets WHERE merged_into_id IS NULL AND status = 'new'"_s);
    if (!fresh)
        return fresh.error();
    counts.newTickets = fresh->toInt();
    auto dueSoon = list(QueueFilter::DueSoon, now, 100000);
    if (!dueSoon)
        return dueSoon.error();
    counts.dueSoon = int(dueSoon->size());
    return counts;
}

} // namespace Madoguchi
