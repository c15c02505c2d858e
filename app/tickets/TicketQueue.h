#pragma once

#include "calendar/ResponseDeadline.h"
#include "core/Result.h"
#include "tickets/Ticket.h"

#include <QList>

#include <optional>

class QSqlQuery;

namespace Madoguchi {

class CalendarStore;
class Database;

enum class QueueFilter { New, Open, Waiting, DueSoon, Overdue, All };

std::optional<QueueFilter> queueFilterFromKey(const QString &key); // new, open, waiting, due-soon, overdue, all

struct QueueEntry
{
    Ticket ticket;
    QDateTime received; // the oldest unanswered customer message's receipt; else the ticket's creation
    DeadlineFlag flag = DeadlineFlag::OnTime; // meaningful only when ticket.due is valid
    qint64 remainingMinutes = 0; // business minutes (wall-clock when urgent); negative when overdue
};

struct QueueCounts
{
    int overdue = 0;
    int dueSoon = 0;
    int newTickets = 0;
};

// The work queue: tickets in deadline order (earliest due first, then those with nothing
// open, newest first), with their live flag for "now". Merged tickets never appear.
class TicketQueue
{
public:
    TicketQueue(Database &database, CalendarStore &calendar) : m_database(database), m_calendar(calendar) {}

    Result<QList<QueueEntry>> list(QueueFilter filter, const QDateTime &now, int limit = 200);
    Result<QueueCounts> counts(const QDateTime &now);

    // Shared with TicketListQuery: the extra column (index 18) with the oldest open
    // obligation's receipt, and how to read a row of ticketSelect() + that column for "now".
    static QString oldestOpenReceivedColumn();
    static QueueEntry readEntry(const QSqlQuery &row, const DeadlineCalculator &calculator, const QDateTime &now);

private:
    Result<QList<QueueEntry>> select(const QString &where, const QVariantList &values, const QString &order, int limit,
                                     const QDateTime &now, int offset = 0);

    Database &m_database;
    CalendarStore &m_calendar;
};

} // namespace Madoguchi
