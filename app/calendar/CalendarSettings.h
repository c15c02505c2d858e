#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace Madoguchi {

// One business-hours interval on a business day, half-open: [start, end).
struct BusinessHoursInterval
{
    QTime start;
    QTime end;
    friend bool operator==(const BusinessHoursInterval &, const BusinessHoursInterval &) = default;
};

struct CompanyHoliday
{
    QDate date;
    QString name; // 創立記念日, 夏季休業, …
    friend bool operator==(const CompanyHoliday &, const CompanyHoliday &) = default;
};

enum class DeadlinePolicy {
    NextBusinessDay, // 翌営業日: 18:00 on the first business day after the JST date of receipt
    AfterHoursNextDay, // after-hours mail is accepted at the next business-hours start
};

// Everything an administrator can set about the calendar. Defaults are the agreement's.
struct CalendarSettings
{
    // Empty or invalid intervals fall back to these defaults (a calendar with no business
    // hours at all would make every deadline unreachable).
    QList<BusinessHoursInterval> businessHours { { QTime(10, 0), QTime(12, 0) }, { QTime(13, 0), QTime(18, 0) } };
    // Year-end break as month/day pairs; wraps over the new year (28 Dec – 4 Jan).
    int yearEndStartMonth = 12, yearEndStartDay = 28;
    int yearEndEndMonth = 1, yearEndEndDay = 4;
    bool yearEndBreakEnabled = true;
    QList<CompanyHoliday> companyHolidays;
    QList<QDate> extraWorkingDays; // business days that would otherwise be off (e.g. a Saturday)
    DeadlinePolicy policy = DeadlinePolicy::NextBusinessDay;
    int urgentTargetMinutes = 60; // 24×7 clock
    int dueSoonThresholdMinutes = 120; // business minutes
    int urgentDueSoonThresholdMinutes = 15; // wall-clock minutes, for the 24×7 clock

    friend bool operator==(const CalendarSettings &, const CalendarSettings &) = default;
};

} // namespace Madoguchi
