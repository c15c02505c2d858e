#pragma once

#include "core/Result.h"
#include "reports/ResponseReport.h"

#include <optional>

namespace Madoguchi {

class BusinessCalendar;
class Clock;
class Database;

// What to report on.
struct ReportQuery
{
    ReportPeriod period;
    ReportGrouping grouping = ReportGrouping::Team;
    // Set for a staff member's own view: only the messages that count for them.
    std::optional<qint64> staffId;
};

// Builds the managers' reports (issue 7) from the store, as of the injected clock's now.
class ResponseReportBuilder
{
public:
    ResponseReportBuilder(Database &database, const BusinessCalendar &calendar, const Clock &clock)
        : m_database(database), m_calendar(calendar), m_clock(clock) {}

    Result<ResponseReport> build(const ReportQuery &query);
    // The twelve months ending with the month of `lastDay`, one row per month (compliance
    // and median first response per month). Every row has exactly the figures of that
    // month's report, but the trend lists no messages (report.messages stays empty): it
    // reads only what the figures need, to stay fast over a year of a busy desk.
    Result<ResponseReport> trend(QDate lastDay, std::optional<qint64> staffId = std::nullopt);

private:
    Database &m_database;
    const BusinessCalendar &m_calendar;
    const Clock &m_clock;
};

} // namespace Madoguchi
