#include "reports/MessageOutcomeRule.h"

#include "calendar/BusinessCalendar.h"

namespace Madoguchi {

MessageOutcomeRule::Judgement MessageOutcomeRule::judge(const BusinessCalendar &calendar, qint64 receivedMs,
                                                        qint64 deadlineMs, bool urgent,
                                                        std::optional<qint64> closedMs, bool closedByReply,
                                                        std::optional<qint64> replyMs, qint64 nowMs)
{
    Judgement j;
    const bool closedByNow = closedMs && *closedMs <= nowMs;
    if (closedByNow && closedByReply && replyMs && *replyMs <= nowMs) {
        j.answered = QDateTime::fromMSecsSinceEpoch(*replyMs, Qt::UTC);
        j.outcome = *replyMs <= deadlineMs ? MessageOutcome::AnsweredOnTime : MessageOutcome::AnsweredLate;
        const QDateTime received = QDateTime::fromMSecsSinceEpoch(receivedMs, Qt::UTC);
        j.responseMinutes = urgent ? received.secsTo(j.answered) / 60
                                   : calendar.businessMinutesBetween(received, j.answered);
    } else if (closedByNow) {
        j.outcome = MessageOutcome::ClosedWithoutReply;
    } else {
        j.outcome = nowMs > deadlineMs ? MessageOutcome::OpenOverdue : MessageOutcome::OpenNotDue;
    }
    return j;
}

} // namespace Madoguchi
