#pragma once

#include "calendar/BusinessDayTable.h"
#include "calendar/CalendarSettings.h"
#include "calendar/JapaneseHolidays.h"

#include <QDateTime>
#include <QHash>

#include <memory>
#include <utility>
#include <vector>

namespace Madoguchi {

// Why a date is not a business day.
enum class DayOffReason : quint8 {
    None, // a business day
    Saturday,
    Sunday,
    NationalHoliday, // 国民の祝日
    SubstituteHoliday, // 振替休日
    CitizensHoliday, // 国民の休日
    YearEndBreak, // 年末年始
    CompanyHoliday, // 弊社所定の休日
};

struct DayInfo
{
    QDate date;
    // When several reasons apply, the first of: Saturday/Sunday, national day off, year-end
    // break, company holiday. An extra working day is a business day whatever else it is.
    DayOffReason reason = DayOffReason::None;
    // The national or company holiday's name (also on a weekend, e.g. 秋分の日 on a
    // Saturday), empty otherwise. nameEn is the English one (company holidays: the same).
    QString name;
    QString nameEn;
    bool isBusinessDay() const { return reason == DayOffReason::None; }
    QString displayName() const { return QLocale().language() == QLocale::Japanese ? name : nameEn; }
};

// The agreement's business calendar in Asia/Tokyo: weekends, national holidays, the
// year-end break and company holidays are off; business hours are a list of half-open
// intervals. All arithmetic is to the second and reported in whole minutes; instants may be
// given in any zone. Results are UTC.
class BusinessCalendar
{
public:
    explicit BusinessCalendar(CalendarSettings settings = {}, JapaneseHolidays holidays = {});

    const CalendarSettings &settings() const { return m_settings; }
    const JapaneseHolidays &holidays() const { return m_holidays; }
    void setSettings(CalendarSettings settings);
    void setHolidays(JapaneseHolidays holidays);

    DayInfo dayInfo(QDate date) const;
    bool isBusinessDay(QDate date) const { return isBusinessEpochDay(BusinessDayTable::dayNumber(date)); }
    QDate nextBusinessDay(QDate date) const; // strictly after date

    bool isBusinessTime(const QDateTime &moment) const;
    // Business minutes in [from, to) (whole minutes, truncated); negative when to < from.
    qint64 businessMinutesBetween(const QDateTime &from, const QDateTime &to) const;
    // Business seconds in [from, to); negative when to < from. Thresholds compare in seconds.
    qint64 businessSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    // The instant N business minutes after `from` (N >= 0). Adding 0 to a moment outside
    // business hours returns the moment itself; N minutes that end exactly at a closing
    // time end there (12:00, 18:00), not at the next opening.
    QDateTime addBusinessMinutes(const QDateTime &from, qint64 minutes) const;
    // The first moment at or after `moment` that is inside business hours.
    QDateTime nextBusinessStart(const QDateTime &moment) const;
    // The end of the last business-hours interval on a business day (18:00 by default).
    QTime closingTime() const;

    // The fast path, on JST day numbers (days since 1970-01-01) and JST seconds (seconds
    // since the epoch + 9 h), used by DeadlineCalculator and the reports.
    static qint64 jstSeconds(const QDateTime &moment) { return moment.toSecsSinceEpoch() + jstOffset; }
    static QDateTime fromJstSeconds(qint64 seconds)
    {
        return QDateTime::fromSecsSinceEpoch(seconds - jstOffset, Qt::UTC);
    }
    static qint64 dayOfJstSeconds(qint64 seconds) { return floorDiv(seconds, secondsPerDay); }
    bool isBusinessEpochDay(qint64 day) const;
    qint64 nextBusinessEpochDay(qint64 day) const; // strictly after
    int closingSecond() const { return m_hours.back().second; }
    int dailyBusinessSeconds() const { return m_dailySeconds; }

    static constexpr qint64 secondsPerDay = 86400;
    static constexpr qint64 jstOffset = 9 * 3600;

private:
    static qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
    void rebuild();
    DayOffReason computeReason(QDate date, const QList<Holiday> &holidaysOfYear) const;
    bool inYearEndBreak(QDate date) const;
    // Business seconds of one day in [fromSecond, toSecond) if it is a business day.
    qint64 businessSecondsInDay(qint64 day, qint64 fromSecond, qint64 toSecond) const;
    qint64 businessSecondsBetween(qint64 from, qint64 to) const; // JST seconds, from <= to

    CalendarSettings m_settings;
    JapaneseHolidays m_holidays;
    std::vector<std::pair<int, int>> m_hours; // sorted, merged, seconds of the day
    int m_dailySeconds = 0;
    QHash<QDate, QString> m_companyHolidays;
    std::shared_ptr<const BusinessDayTable> m_table; // shared between copies
};

} // namespace Madoguchi
