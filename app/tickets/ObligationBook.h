#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>

namespace Madoguchi {

class CalendarStore;
class Database;

// Keeps the response obligations exactly as DESIGN.md "The clock" 5–9 says, inside the
// caller's transaction:
// - every customer message opens one, with a deadline from DeadlineCalculator (24×7 target
//   when the ticket is urgent);
// - a delivered staff reply answers every open one received before it — also one stored
//   later but received earlier (mail synced out of order); a reply waiting in the outbox
//   answers nothing until the SMTP server accepted it, and then at that moment;
// - a bounced reply's obligations open again with their original deadlines, unless a later
//   reply answers them;
// - setting a ticket waiting/resolved/closed closes its open obligations ("status");
// - the ticket's due time (tickets.due_ms) is the earliest open deadline.
class ObligationBook
{
public:
    ObligationBook(Database &database, CalendarStore &calendar) : m_database(database), m_calendar(calendar) {}

    Result<QDateTime> deadlineFor(const QDateTime &received, bool urgent);

    Result<void> open(qint64 ticketId, qint64 messageRowId, const QDateTime &received, bool urgent);
    // `waitingSince`: the reply waited in the outbox from then, and obligations the ticket's
    // status closed meanwhile without an answer are answered by it too.
    Result<int> answerWith(qint64 ticketId, qint64 replyRowId, const QDateTime &sent,
                           const QDateTime &waitingSince = QDateTime());
    // Call after the reply is marked undelivered. Returns how many are open again.
    Result<int> reopenAnsweredBy(qint64 replyRowId);
    Result<int> closeForStatus(qint64 ticketId, const QDateTime &now);
    // The ticket became (non-)urgent: its open deadlines follow the other clock.
    Result<int> setUrgent(qint64 ticketId, bool urgent);
    // After a calendar change: every open deadline again, every affected ticket's due time.
    Result<int> recomputeAllOpen();

    Result<QDateTime> refreshDue(qint64 ticketId);
    Result<int> openCount(qint64 ticketId);

private:
    Result<qint64> firstDeliveredReplyAfter(qint64 ticketId, const QDateTime &received, QDateTime *sent);
    Result<int> recompute(const QString &where, const QVariantList &values, int urgentOverride);

    Database &m_database;
    CalendarStore &m_calendar;
};

} // namespace Madoguchi
