#pragma once

#include "core/Result.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportedMessage.h"

#include <QList>

#include <optional>

namespace Madoguchi {

class BusinessCalendar;
class Database;

// The customer messages of a long period with only what the 12-month trend shows (compliance
// and response times per month): no subjects, no names. Outcomes and response times come
// from MessageOutcomeRule, like the full reports, so each month's figures equal that month's
// report. Built for a year of a busy desk (100,000 messages) in well under half a second.
class TrendMessageSource
{
public:
    struct Message
    {
        qint64 receivedMs = 0;
        bool urgent = false;
        MessageOutcome outcome = MessageOutcome::OpenNotDue;
        qint64 responseMinutes = -1;
        bool firstOfTicket = false;
        qint64 staffId = 0; // only filled in for a staff member's trend
    };

    TrendMessageSource(Database &database, const BusinessCalendar &calendar)
        : m_database(database), m_calendar(calendar) {}

    // With `staffId`, a staff member's own trend: the messages that may count for them (the
    // caller keeps those whose staffId matches).
    Result<QList<Message>> messages(const ReportPeriod &period, const QDateTime &now,
                                    std::optional<qint64> staffId = std::nullopt);

private:
    Database &m_database;
    const BusinessCalendar &m_calendar;
};

} // namespace Madoguchi
