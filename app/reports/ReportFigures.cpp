#include "reports/ReportFigures.h"

namespace Madoguchi {

void ReportFigures::add(const ReportedMessage &message)
{
    add(message.outcome, message.responseMinutes, message.firstOfTicket);
}

void ReportFigures::add(MessageOutcome outcome, qint64 responseMinutes, bool firstOfTicket)
{
    ++received;
    switch (outcome) {
    case MessageOutcome::AnsweredOnTime: ++answeredOnTime; break;
    case MessageOutcome::AnsweredLate: ++answeredLate; break;
    case MessageOutcome::ClosedWithoutReply: ++closedWithoutReply; break;
    case MessageOutcome::OpenOverdue: ++openOverdue; break;
    case MessageOutcome::OpenNotDue: ++openNotDue; break;
    }
    if (outcome == MessageOutcome::AnsweredOnTime || outcome == MessageOutcome::AnsweredLate) {
        m_messageMinutes.append(responseMinutes);
        if (firstOfTicket)
            m_ticketMinutes.append(responseMinutes);
    }
}

void ReportFigures::finish()
{
    perMessage = ResponseTimeStats::of(m_messageMinutes);
    perTicket = ResponseTimeStats::of(m_ticketMinutes);
    m_messageMinutes.clear();
    m_ticketMinutes.clear();
}

std::optional<double> ReportFigures::compliancePercent() const
{
    if (judged() == 0)
        return std::nullopt;
    return 100.0 * answeredOnTime / judged();
}

} // namespace Madoguchi
