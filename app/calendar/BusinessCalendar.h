#pragma once

#include "calendar/CalendarSettings.h"
#include "calendar/JapaneseHolidays.h"

#include <QDateTime>

namespace Madoguchi {

// Why a date is not a business day.
enum class DayOffReason {
    None,              // a business day
    Saturday,
    Sunday,
    NationalHoliday,   // 国民の祝日
    SubstituteHoliday, // 振替休日
    CitizensHoliday,   // 国民の休日
    YearEndBreak,      // 年末年始
    CompanyHoliday,    // 弊社所定の休日
};

struct DayInfo
{
    QDate date;
    DayOffReason reason = DayOffReason::None;
    QString name; // the holiday's or company holiday's name, empty otherwise
    bool isBusinessDay() const { return reason == DayOffReason::None; }
};

// The agreement's business calendar in Asia/Tokyo: weekends, national holidays, the
// year-end break and company holidays are off; business hours are a list of half-open
// intervals. All arithmetic is to the minute; instants may be given in any zone.
class BusinessCalendar
{
public:
    explicit BusinessCalendar(CalendarSettings settings = {}, JapaneseHolidays holidays = {});

    const CalendarSettings &settings() const { return m_settings; }
    const JapaneseHolidays &holidays() const { return m_holidays; }

    DayInfo dayInfo(QDate date) const;
    bool isBusinessDay(QDate date) const { return dayInfo(date).isBusinessDay(); }
    QDate nextBusinessDay(QDate date) const; // strictly after date

    bool isBusinessTime(const QDateTime &moment) const;
    // Business minutes in [from, to); negative when to < from.
    qint64 businessMinutesBetween(const QDateTime &from, const QDateTime &to) const;
    // The instant N business minutes after `from` (N >= 0). Adding 0 to a moment outside
    // business hours returns the moment itself.
    QDateTime addBusinessMinutes(const QDateTime &from, qint64 minutes) const;
    // The first moment at or after `moment` that is inside business hours.
    QDateTime nextBusinessStart(const QDateTime &moment) const;
    // The end of the last business-hours interval on a business day (18:00 by default).
    QTime closingTime() const;

private:
    CalendarSettings m_settings;
    JapaneseHolidays m_holidays;
};

} // namespace Madoguchi
