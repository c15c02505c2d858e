#include "tickets/TicketListQuery.h"

#include "calendar/BusinessCalendar.h"
#include "core/Jst.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "tickets/CalendarStore.h"
#include "tickets/TicketSearch.h"
#include "tickets/TicketStore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QString deskQueueLabel(DeskQueue queue)
{
    switch (queue) {
    case DeskQueue::New:
        return QCoreApplication::translate("DeskQueue", "New");
    case DeskQueue::Open:
        return QCoreApplication::translate("DeskQueue", "Open");
    case DeskQueue::DueSoon:
        return QCoreApplication::translate("DeskQueue", "Due soon");
    case DeskQueue::Overdue:
        return QCoreApplication::translate("DeskQueue", "Overdue");
    case DeskQueue::Mine:
        return QCoreApplication::translate("DeskQueue", "Mine");
    case DeskQueue::Waiting:
        return QCoreApplication::translate("DeskQueue", "Waiting for customer");
    case DeskQueue::Closed:
        return QCoreApplication::translate("DeskQueue", "Closed");
    case DeskQueue::All:
        return QCoreApplication::translate("DeskQueue", "All");
    }
    return {};
}

QList<DeskQueue> allDeskQueues()
{
    return {DeskQueue::New,  DeskQueue::Open,    DeskQueue::DueSoon, DeskQueue::Overdue,
            DeskQueue::Mine, DeskQueue::Waiting, DeskQueue::Closed,  DeskQueue::All};
}

Result<void> TicketListQuery::queueCondition(DeskQueue queue, qint64 me, const QDateTime &now, Where &where)
{
    const QVariant nowMs = SqlValues::fromTime(now);
    switch (queue) {
    case DeskQueue::New:
        where.sql += u" AND t.status = 'new'"_s;
        break;
    case DeskQueue::Open:
        where.sql += u" AND t.status = 'open'"_s;
        break;
    case DeskQueue::Waiting:
        where.sql += u" AND t.status = 'waiting'"_s;
        break;
    case DeskQueue::Closed:
        // SQLite would take the status index for "status IN (…)" and sort 100,000 closed
        // tickets, where walking the deadline index stops after a page: there it is hidden in
        // an expression. PostgreSQL knows from its statistics that most tickets are closed and
        // walks the deadline index for the plain form, but misjudges the expression as rare
        // and sorts them all (193 ms against 0.7 ms).
        where.sql += m_database.dialect().isPostgres()
                         ? u" AND t.status IN ('resolved', 'closed')"_s
                         : u" AND CASE WHEN t.status IN ('resolved', 'closed') THEN 1 ELSE 0 END = 1"_s;
        break;
    case DeskQueue::Mine:
        where.sql += u" AND t.assignee_id = ? AND t.status NOT IN ('resolved', 'closed')"_s;
        where.values.append(me > 0 ? QVariant(me) : QVariant(qint64(-1)));
        break;
    case DeskQueue::Overdue:
        where.sql += u" AND t.due_ms < ?"_s;
        where.values.append(nowMs);
        break;
    case DeskQueue::DueSoon: {
        auto calendar = m_calendar.calendar();
        if (!calendar)
            return calendar.error();
        const CalendarSettings &settings = (*calendar)->settings();
        const QDateTime businessCutoff = (*calendar)->addBusinessMinutes(now, settings.dueSoonThresholdMinutes);
        const QDateTime urgentCutoff = now.addSecs(qint64(settings.urgentDueSoonThresholdMinutes) * 60);
        where.sql += u" AND t.due_ms >= ? AND ((t.priority <> 'urgent' AND t.due_ms <= ?) "
                     "OR (t.priority = 'urgent' AND t.due_ms <= ?))"_s;
        where.values << nowMs << SqlValues::fromTime(businessCutoff) << SqlValues::fromTime(urgentCutoff);
        break;
    }
    case DeskQueue::All:
        break;
    }
    return {};
}

Result<TicketListQuery::Where> TicketListQuery::where(const TicketListFilter &filter, const QDateTime &now)
{
    Where where;
    where.sql = u"WHERE t.merged_into_id IS NULL"_s;
    if (auto queue = queueCondition(filter.queue, filter.me, now, where); !queue)
        return queue.error();
    if (!filter.status.isEmpty()) {
        where.sql += u" AND t.status = ?"_s;
        where.values.append(filter.status);
    }
    if (filter.assigneeId == 0) {
        where.sql += u" AND t.assignee_id IS NULL"_s;
    } else if (filter.assigneeId > 0) {
        where.sql += u" AND t.assignee_id = ?"_s;
        where.values.append(filter.assigneeId);
    }
    if (filter.organisationId > 0) {
        where.sql += u" AND t.organisation_id = ?"_s;
        where.values.append(filter.organisationId);
    }
    if (!filter.tag.isEmpty()) {
        where.sql += u" AND EXISTS (SELECT 1 FROM ticket_tags x WHERE x.ticket_id = t.id AND x.tag = ?)"_s;
        where.values.append(filter.tag);
    }
    if (filter.receivedFrom.isValid()) {
        where.sql += u" AND t.created_ms >= ?"_s;
        where.values.append(SqlValues::fromTime(Jst::at(filter.receivedFrom, QTime(0, 0))));
    }
    if (filter.receivedTo.isValid()) {
        where.sql += u" AND t.created_ms < ?"_s;
        where.values.append(SqlValues::fromTime(Jst::at(filter.receivedTo.addDays(1), QTime(0, 0))));
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // The store's search knows the index (FTS5 trigram, pg_trgm); the hits become a
        // list of ticket ids the rest of the filter and the sort apply to.
        auto hits = m_search.search(text, searchHitLimit);
        if (!hits)
            return hits.error();
        where.capped = hits->size() >= searchHitLimit;
        QSet<qint64> ids;
        for (const SearchHit &hit : std::as_const(hits.value()))
            ids.insert(hit.ticketId);
        if (ids.isEmpty()) {
            where.empty = true;
        } else {
            where.sql += u" AND "_s + m_database.dialect().oneOf(u"t.id"_s, QList<qint64>(ids.cbegin(), ids.cend()));
        }
    }
    return where;
}

Result<int> TicketListQuery::count(const TicketListFilter &filter, const QDateTime &now)
{
    auto w = where(filter, now);
    if (!w)
        return w.error();
    return count(*w);
}

Result<int> TicketListQuery::count(const Where &where)
{
    if (where.empty)
        return 0;
    auto counted = m_database.scalar(u"Counting the ticket list"_s, u"SELECT COUNT(*) FROM tickets t "_s + where.sql,
                                     where.values);
    if (!counted)
        return counted.error();
    return counted->toInt();
}

Result<TicketListQuery::Window> TicketListQuery::window(const TicketListFilter &filter, TicketListSort sort,
                                                        bool descending, const QDateTime &now, int offset, int limit)
{
    auto w = where(filter, now);
    if (!w)
        return w.error();
    if (!filter.text.trimmed().isEmpty()) {
        // A search names at most searchHitLimit tickets: their ordered ids give the count
        // too, one statement instead of two over the same id list.
        auto ids = orderedIds(*w, filter, sort, descending, 0, searchHitLimit);
        if (!ids)
            return ids.error();
        auto entries = entriesFor(ids->mid(offset, limit), now);
        if (!entries)
            return entries.error();
        return Window{int(ids->size()), std::move(entries.value()), w->capped};
    }
    auto total = count(*w);
    if (!total)
        return total.error();
    auto entries = page(*w, filter, sort, descending, now, offset, limit);
    if (!entries)
        return entries.error();
    return Window{*total, std::move(entries.value()), false};
}

bool TicketListQuery::bigList(const TicketListFilter &filter)
{
    return (filter.queue == DeskQueue::All || filter.queue == DeskQueue::Closed) && filter.status.isEmpty()
        && filter.assigneeId < 0 && filter.text.trimmed().isEmpty();
}

Result<QList<QueueEntry>> TicketListQuery::page(const TicketListFilter &filter, TicketListSort sort, bool descending,
                                                const QDateTime &now, int offset, int limit)
{
    auto w = where(filter, now);
    if (!w)
        return w.error();
    return page(*w, filter, sort, descending, now, offset, limit);
}

Result<QList<QueueEntry>> TicketListQuery::page(const Where &where, const TicketListFilter &filter,
                                                TicketListSort sort, bool descending, const QDateTime &now, int offset,
                                                int limit)
{
    auto ids = orderedIds(where, filter, sort, descending, offset, limit);
    if (!ids)
        return ids.error();
    return entriesFor(ids.value(), now);
}

Result<QList<qint64>> TicketListQuery::orderedIds(const Where &where, const TicketListFilter &filter,
                                                  TicketListSort sort, bool descending, int offset, int limit)
{
    if (where.empty)
        return QList<qint64>();
    const QString dir = descending ? u" DESC"_s : u" ASC"_s;
    QString order;
    QString joins;
    switch (sort) {
    case TicketListSort::Deadline:
        // Tickets with nothing open go after every deadline, newest first. On the big lists
        // (all tickets, closed ones) this is written exactly as the tickets_deadline_order
        // index (schema 5), so the database walks the index and stops after the page. The
        // other queues hold a desk's open work, a few hundred tickets: there the same order
        // is written so that it does not match the index, or the planner (which cannot tell
        // 'open' from 'closed' by count) walks the whole index looking for them.
        if (bigList(filter))
            order = descending ? u"(t.due_ms IS NULL) DESC, t.due_ms DESC, t.id ASC"_s
                               : u"(t.due_ms IS NULL) ASC, t.due_ms ASC, t.id DESC"_s;
        else
            order = descending ? u"CASE WHEN t.due_ms IS NULL THEN 0 ELSE 1 END, t.due_ms DESC, t.id"_s
                               : u"CASE WHEN t.due_ms IS NULL THEN 1 ELSE 0 END, t.due_ms, t.id DESC"_s;
        break;
    case TicketListSort::Number:
        order = u"t.id"_s + dir;
        break;
    case TicketListSort::Subject:
        // Likewise: "|| ''" keeps the planner off the subject index for a small queue.
        order = (bigList(filter) ? u"t.subject"_s : u"(t.subject || '')"_s) + dir + u", t.id"_s;
        break;
    case TicketListSort::Customer:
        joins = u" LEFT JOIN customers c ON c.id = t.customer_id"_s;
        // As the column reads: the display name, else the address.
        order = u"COALESCE(NULLIF(c.display_name, ''), c.address)"_s + dir + u", t.id"_s;
        break;
    case TicketListSort::Status:
        order = u"t.status"_s + dir + u", t.id"_s;
        break;
    case TicketListSort::Assignee:
        joins = u" LEFT JOIN staff_users u ON u.id = t.assignee_id"_s;
        order = u"u.display_name"_s + dir + u", t.id"_s;
        break;
    case TicketListSort::Received:
        order = (bigList(filter) ? u"t.created_ms"_s : u"(t.created_ms + 0)"_s) + dir + u", t.id"_s;
        break;
    }
    // Two steps: the page's ticket ids in order (narrow rows, indexable), then the columns
    // for those ids only. One statement would compute the tags and the oldest open receipt
    // for every ticket before sorting, which costs seconds on 100,000 tickets.
    auto ids = m_database.exec(u"Reading the ticket list order"_s,
                               u"SELECT t.id FROM tickets t"_s + joins + u' ' + where.sql + u" ORDER BY "_s + order
                                   + u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset),
                               where.values);
    if (!ids)
        return ids.error();
    QList<qint64> pageIds;
    while (ids.value().next())
        pageIds.append(ids.value().value(0).toLongLong());
    return pageIds;
}

Result<QList<QueueEntry>> TicketListQuery::entriesFor(const QList<qint64> &pageIds, const QDateTime &now)
{
    if (pageIds.isEmpty())
        return QList<QueueEntry>();
    auto calendar = m_calendar.calendar();
    if (!calendar)
        return calendar.error();
    const DeadlineCalculator calculator(**calendar);
    auto query = m_database.exec(u"Reading the ticket list"_s,
                                 TicketStore::ticketSelect(m_database.dialect().joinedText(u"g.tag"_s),
                                                           TicketQueue::oldestOpenReceivedColumn())
                                     + u"WHERE "_s + m_database.dialect().oneOf(u"t.id"_s, pageIds));
    if (!query)
        return query.error();
    QHash<qint64, QueueEntry> byId;
    byId.reserve(pageIds.size());
    while (query.value().next()) {
        QueueEntry entry = TicketQueue::readEntry(query.value(), calculator, now);
        byId.insert(entry.ticket.id, std::move(entry));
    }
    QList<QueueEntry> entries;
    entries.reserve(pageIds.size());
    for (qint64 id : std::as_const(pageIds)) {
        if (auto found = byId.constFind(id); found != byId.constEnd())
            entries.append(found.value());
    }
    return entries;
}

Result<QHash<DeskQueue, int>> TicketListQuery::queueCounts(const QDateTime &now, qint64 me)
{
    QHash<DeskQueue, int> counts;
    // The status queues and "All" in one pass over the tickets_live_status index; only the
    // small deadline and "Mine" queues are counted one by one.
    auto byStatus = m_database.exec(u"Counting the queues"_s,
                                    u"SELECT t.status, COUNT(*) FROM tickets t WHERE t.merged_into_id IS NULL "
                                    "GROUP BY t.status"_s);
    if (!byStatus)
        return byStatus.error();
    for (DeskQueue queue : {DeskQueue::New, DeskQueue::Open, DeskQueue::Waiting, DeskQueue::Closed, DeskQueue::All})
        counts.insert(queue, 0);
    while (byStatus.value().next()) {
        const QString status = byStatus.value().value(0).toString();
        const int n = byStatus.value().value(1).toInt();
        counts[DeskQueue::All] += n;
        if (status == u"new"_s)
            counts[DeskQueue::New] += n;
        else if (status == u"open"_s)
            counts[DeskQueue::Open] += n;
        else if (status == u"waiting"_s)
            counts[DeskQueue::Waiting] += n;
        else if (status == u"resolved"_s || status == u"closed"_s)
            counts[DeskQueue::Closed] += n;
    }
    for (DeskQueue queue : {DeskQueue::DueSoon, DeskQueue::Overdue, DeskQueue::Mine}) {
        TicketListFilter filter;
        filter.queue = queue;
        filter.me = me;
        auto counted = count(filter, now);
        if (!counted)
            return counted.error();
        counts.insert(queue, *counted);
    }
    return counts;
}

Result<QList<TicketFlagState>> TicketListQuery::flagged(const QDateTime &now)
{
    QList<TicketFlagState> states;
    for (DeskQueue queue : {DeskQueue::Overdue, DeskQueue::DueSoon}) {
        TicketListFilter filter;
        filter.queue = queue;
        for (int offset = 0;; offset += 500) {
            auto rows = page(filter, TicketListSort::Deadline, false, now, offset, 500);
            if (!rows)
                return rows.error();
            for (const QueueEntry &entry : std::as_const(rows.value())) {
                states.append(TicketFlagState{entry.ticket.id, entry.flag, entry.ticket.isUrgent(),
                                              entry.ticket.subject, entry.remainingMinutes});
            }
            if (rows->size() < 500)
                break;
        }
    }
    return states;
}

} // namespace Madoguchi
