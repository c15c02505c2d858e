#pragma once

#include "core/Result.h"
#include "tickets/DeadlineNoticeBook.h"
#include "tickets/TicketQueue.h"

#include <QDate>
#include <QHash>

namespace Madoguchi {

class CalendarStore;
class Database;
class TicketSearch;

// The desk's queues (the left column of the main window).
enum class DeskQueue { New, Open, DueSoon, Overdue, Mine, Waiting, Closed, All };

QString deskQueueLabel(DeskQueue queue); // translated: 未対応, 対応中, 期限間近, …
QList<DeskQueue> allDeskQueues();

// What the ticket list shows: a queue narrowed by the filter bar. Empty fields do not filter.
struct TicketListFilter
{
    DeskQueue queue = DeskQueue::All;
    qint64 me = 0;             // the current staff user, for "Mine"
    QString status;            // status key ("new", "open", …)
    qint64 assigneeId = -1;    // -1: anyone; 0: nobody
    qint64 organisationId = 0; // 0: any
    QString tag;
    QDate receivedFrom;        // JST dates, inclusive
    QDate receivedTo;
    QString text;              // subjects, bodies and addresses (TicketSearch)

    friend bool operator==(const TicketListFilter &, const TicketListFilter &) = default;
};

enum class TicketListSort { Deadline, Number, Subject, Customer, Status, Assignee, Received };

// The ticket list of the main window, read a window at a time: counting, sorting and
// filtering happen in SQL, so 100,000 tickets cost one page of rows, not a copy of all.
//
// Due soon is decided in SQL too: remaining business time grows with the deadline, so
// "remaining <= threshold" is "deadline <= now + threshold business minutes", one instant
// computed from the calendar (and now + the urgent threshold for urgent tickets).
class TicketListQuery
{
public:
    TicketListQuery(Database &database, CalendarStore &calendar, TicketSearch &search)
        : m_database(database), m_calendar(calendar), m_search(search)
    {
    }

    Result<int> count(const TicketListFilter &filter, const QDateTime &now);
    Result<QList<QueueEntry>> page(const TicketListFilter &filter, TicketListSort sort, bool descending,
                                   const QDateTime &now, int offset, int limit);
    // count() and page() together, searching the text once (what the list does on a reload).
    struct Window
    {
        int total = 0;
        QList<QueueEntry> entries;
        // The search matched more than searchHitLimit messages: the list holds the tickets of
        // the newest ones only, and says so.
        bool capped = false;
    };
    Result<Window> window(const TicketListFilter &filter, TicketListSort sort, bool descending, const QDateTime &now,
                          int offset, int limit);
    // Every queue's count, for the left column (the filter bar does not apply).
    Result<QHash<DeskQueue, int>> queueCounts(const QDateTime &now, qint64 me);
    // Tickets due soon or overdue now, for the notices and the tray.
    Result<QList<TicketFlagState>> flagged(const QDateTime &now);

    static constexpr int searchHitLimit = 2000;

private:
    struct Where
    {
        QString sql;
        QVariantList values;
        bool empty = false; // the search found nothing: no need to ask the database
        bool capped = false; // the search stopped at searchHitLimit messages
    };
    // Whether the list may hold most of the desk's tickets (so its order must come from an index).
    static bool bigList(const TicketListFilter &filter);
    Result<Where> where(const TicketListFilter &filter, const QDateTime &now);
    Result<void> queueCondition(DeskQueue queue, qint64 me, const QDateTime &now, Where &where);
    Result<int> count(const Where &where);
    Result<QList<QueueEntry>> page(const Where &where, const TicketListFilter &filter, TicketListSort sort,
                                   bool descending, const QDateTime &now, int offset, int limit);
    // The two steps of a page: the ids in list order, then the rows for those ids.
    Result<QList<qint64>> orderedIds(const Where &where, const TicketListFilter &filter, TicketListSort sort,
                                     bool descending, int offset, int limit);
    Result<QList<QueueEntry>> entriesFor(const QList<qint64> &ids, const QDateTime &now);

    Database &m_database;
    CalendarStore &m_calendar;
    TicketSearch &m_search;
};

} // namespace Madoguchi
