#pragma once

#include "reports/ReportedMessage.h"
#include "reports/ResponseTimeStats.h"

#include <QList>

#include <optional>

namespace Madoguchi {

// The figures for one group of customer messages on one clock (business hours, or 24×7
// for urgent tickets). Collect with add(), then call finish() once.
class ReportFigures
{
public:
    void add(const ReportedMessage &message);
    // The same from the parts the figures use (the trend reads no full messages).
    void add(MessageOutcome outcome, qint64 responseMinutes, bool firstOfTicket);
    void finish();

    int received = 0;
    int answeredOnTime = 0;
    int answeredLate = 0;
    int closedWithoutReply = 0;
    int openOverdue = 0;
    int openNotDue = 0;
    ResponseTimeStats perMessage; // every answered message
    ResponseTimeStats perTicket;  // the first message of each ticket, when answered

    // Messages whose outcome is decided against the deadline: answered (on time or late)
    // plus open and overdue. Not-yet-due and closed-without-reply messages are left out.
    int judged() const { return answeredOnTime + answeredLate + openOverdue; }
    // answeredOnTime ÷ judged × 100; nullopt when nothing is judged yet.
    std::optional<double> compliancePercent() const;
    int late() const { return answeredLate + openOverdue; }

private:
    QList<qint64> m_messageMinutes;
    QList<qint64> m_ticketMinutes;
};

} // namespace Madoguchi
