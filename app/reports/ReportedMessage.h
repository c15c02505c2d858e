#pragma once

#include <QDateTime>
#include <QString>

namespace Madoguchi {

// Where one customer message stands at the report's "now" (categories do not overlap; their
// counts add up to the messages received).
enum class MessageOutcome {
    AnsweredOnTime,     // a staff reply at or before the deadline
    AnsweredLate,       // a staff reply after the deadline
    ClosedWithoutReply, // the ticket was set waiting/resolved/closed with no reply to it
    OpenOverdue,        // no answer yet and now is past the deadline
    OpenNotDue,         // no answer yet and the deadline is still ahead
};

// One customer message (one response obligation) as the reports see it.
struct ReportedMessage
{
    qint64 obligationId = 0;
    qint64 ticketId = 0;
    QString subject;
    QDateTime received; // UTC
    QDateTime deadline; // UTC
    bool urgent = false;
    QDateTime answered; // the answering reply's time (UTC); invalid when not answered by now
    MessageOutcome outcome = MessageOutcome::OpenNotDue;
    // Business minutes from receipt to the reply (wall-clock minutes when urgent); -1 when
    // not answered.
    qint64 responseMinutes = -1;
    // True for the first customer message of its ticket: its response time is the ticket's
    // first response time.
    bool firstOfTicket = false;
    // The staff member the message counts for: the reply's author when answered, else the
    // ticket's assignee; 0 when nobody.
    qint64 staffId = 0;
    QString staffName;
    QString assigneeName; // the ticket's current assignee, for the ticket lists
    qint64 organisationId = 0;
    QString organisationName;

    bool isAnswered() const
    {
        return outcome == MessageOutcome::AnsweredOnTime || outcome == MessageOutcome::AnsweredLate;
    }
};

} // namespace Madoguchi
