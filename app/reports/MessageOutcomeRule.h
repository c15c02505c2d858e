#pragma once

#include "reports/ReportedMessage.h"

#include <QDateTime>

#include <optional>

namespace Madoguchi {

class BusinessCalendar;

// Where a customer message stands at `now`, decided from its obligation row: the one rule
// behind every report (the full message lists and the lighter 12-month trend), so the two
// can never disagree. A reply or a closing stamped after `now` has not happened yet.
struct MessageOutcomeRule
{
    struct Judgement
    {
        MessageOutcome outcome = MessageOutcome::OpenNotDue;
        QDateTime answered; // the answering reply's time; invalid when not answered by now
        // Business minutes from receipt to the reply (wall-clock minutes when urgent); -1
        // when not answered.
        qint64 responseMinutes = -1;
    };

    // Times are milliseconds since the epoch; `closedMs` is empty while the obligation is
    // open, `replyMs` when no reply answers it.
    static Judgement judge(const BusinessCalendar &calendar, qint64 receivedMs, qint64 deadlineMs, bool urgent,
                           std::optional<qint64> closedMs, bool closedByReply, std::optional<qint64> replyMs,
                           qint64 nowMs);
    // The staff member a message counts for: the reply's author when answered, else the
    // ticket's assignee (0: nobody).
    static qint64 staffOf(MessageOutcome outcome, qint64 authorId, qint64 assigneeId)
    {
        const bool answered = outcome == MessageOutcome::AnsweredOnTime || outcome == MessageOutcome::AnsweredLate;
        return answered && authorId != 0 ? authorId : assigneeId;
    }
};

} // namespace Madoguchi
