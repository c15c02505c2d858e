#include "calendar/BusinessCalendar.h"

#include <QSet>

#include <algorithm>

namespace Madoguchi {

namespace {

std::vector<std::pair<int, int>> normalisedHours(const QList<BusinessHoursInterval> &intervals)
{
    std::vector<std::pair<int, int>> hours;
    for (const BusinessHoursInterval &interval : intervals) {
        if (!interval.start.isValid() || !interval.end.isValid() || interval.end <= interval.start)
            continue;
        hours.emplace_back(interval.start.msecsSinceStartOfDay() / 1000, interval.end.msecsSinceStartOfDay() / 1000);
    }
    std::sort(hours.begin(), hours.end());
    std::vector<std::pair<int, int>> merged;
    for (const auto &h : hours) {
        if (!merged.empty() && h.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, h.second);
        else
            merged.push_back(h);
    }
    return merged;
}

} // namespace

BusinessCalendar::BusinessCalendar(CalendarSettings settings, JapaneseHolidays holidays)
    : m_settings(std::move(settings))
    , m_holidays(std::move(holidays))
{
    rebuild();
}

void BusinessCalendar::setSettings(CalendarSettings settings)
{
    m_settings = std::move(settings);
    rebuild();
}

void BusinessCalendar::setHolidays(JapaneseHolidays holidays)
{
    m_holidays = std::move(holidays);
    rebuild();
}

void BusinessCalendar::rebuild()
{
    m_hours = normalisedHours(m_settings.businessHours);
    if (m_hours.empty())
        m_hours = normalisedHours(CalendarSettings {}.businessHours);
    m_dailySeconds = 0;
    for (const auto &h : m_hours)
        m_dailySeconds += h.second - h.first;

    m_companyHolidays.clear();
    for (const CompanyHoliday &day : std::as_const(m_settings.companyHolidays))
        m_companyHolidays.insert(day.date, day.name);

    auto table = std::make_shared<BusinessDayTable>();
    for (int year = BusinessDayTable::firstYear; year <= BusinessDayTable::lastYear; ++year) {
        const QList<Holiday> holidaysOfYear = m_holidays.holidaysInYear(year);
        const QDate end(year, 12, 31);
        for (QDate d(year, 1, 1); d <= end; d = d.addDays(1))
            table->setReason(BusinessDayTable::dayNumber(d), quint8(computeReason(d, holidaysOfYear)));
    }
    table->finish();
    m_table = std::move(table);
}

bool BusinessCalendar::inYearEndBreak(QDate date) const
{
    if (!m_settings.yearEndBreakEnabled)
        return false;
    const int md = date.month() * 100 + date.day();
    const int start = m_settings.yearEndStartMonth * 100 + m_settings.yearEndStartDay;
    const int end = m_settings.yearEndEndMonth * 100 + m_settings.yearEndEndDay;
    return start <= end ? (md >= start && md <= end) : (md >= start || md <= end);
}

DayOffReason BusinessCalendar::computeReason(QDate date, const QList<Holiday> &holidaysOfYear) const
{
    if (m_settings.extraWorkingDays.contains(date))
        return DayOffReason::None;
    const int weekday = date.dayOfWeek();
    if (weekday == Qt::Saturday)
        return DayOffReason::Saturday;
    if (weekday == Qt::Sunday)
        return DayOffReason::Sunday;
    for (const Holiday &h : holidaysOfYear) {
        if (h.date != date)
            continue;
        switch (h.kind) {
        case HolidayKind::National:
            return DayOffReason::NationalHoliday;
        case HolidayKind::Substitute:
            return DayOffReason::SubstituteHoliday;
        case HolidayKind::Citizens:
            return DayOffReason::CitizensHoliday;
        }
    }
    if (inYearEndBreak(date))
        return DayOffReason::YearEndBreak;
    if (m_companyHolidays.contains(date))
        return DayOffReason::CompanyHoliday;
    return DayOffReason::None;
}

DayInfo BusinessCalendar::dayInfo(QDate date) const
{
    DayInfo info;
    info.date = date;
    if (!date.isValid())
        return info;
    const qint64 day = BusinessDayTable::dayNumber(date);
    info.reason = m_table->contains(day) ? DayOffReason(m_table->reason(day))
                                         : computeReason(date, m_holidays.holidaysInYear(date.year()));
    if (info.reason == DayOffReason::None)
        return info;
    if (const auto holiday = m_holidays.holiday(date)) {
        info.name = holiday->nameJa;
        info.nameEn = holiday->nameEn;
    } else if (const auto it = m_companyHolidays.constFind(date); it != m_companyHolidays.constEnd()) {
        info.name = it.value();
        info.nameEn = it.value();
    }
    return info;
}

bool BusinessCalendar::isBusinessEpochDay(qint64 day) const
{
    if (m_table->contains(day))
        return m_table->isBusinessDay(day);
    const QDate date = BusinessDayTable::dateOf(day);
    return computeReason(date, m_holidays.holidaysInYear(date.year())) == DayOffReason::None;
}

qint64 BusinessCalendar::nextBusinessEpochDay(qint64 day) const
{
    if (m_table->contains(day)) {
        const qint64 next = m_table->nextBusinessDay(day);
        if (next >= 0)
            return next;
    }
    qint64 next = day + 1;
    while (!isBusinessEpochDay(next))
        ++next;
    return next;
}

QDate BusinessCalendar::nextBusinessDay(QDate date) const
{
    return BusinessDayTable::dateOf(nextBusinessEpochDay(BusinessDayTable::dayNumber(date)));
}

QTime BusinessCalendar::closingTime() const
{
    return QTime::fromMSecsSinceStartOfDay(closingSecond() * 1000);
}

bool BusinessCalendar::isBusinessTime(const QDateTime &moment) const
{
    const qint64 t = jstSeconds(moment);
    const qint64 day = dayOfJstSeconds(t);
    const qint64 second = t - day * secondsPerDay;
    if (!isBusinessEpochDay(day))
        return false;
    return std::any_of(m_hours.begin(), m_hours.end(),
                       [second](const auto &h) { return second >= h.first && second < h.second; });
}

qint64 BusinessCalendar::businessSecondsInDay(qint64 day, qint64 fromSecond, qint64 toSecond) const
{
    if (fromSecond >= toSecond || !isBusinessEpochDay(day))
        return 0;
    qint64 total = 0;
    for (const auto &h : m_hours)
        total += std::max<qint64>(0, std::min<qint64>(h.second, toSecond) - std::max<qint64>(h.first, fromSecond));
    return total;
}

qint64 BusinessCalendar::businessSecondsBetween(qint64 from, qint64 to) const
{
    const qint64 fromDay = dayOfJstSeconds(from);
    const qint64 toDay = dayOfJstSeconds(to);
    const qint64 fromSecond = from - fromDay * secondsPerDay;
    const qint64 toSecond = to - toDay * secondsPerDay;
    if (fromDay == toDay)
        return businessSecondsInDay(fromDay, fromSecond, toSecond);
    qint64 total = businessSecondsInDay(fromDay, fromSecond, secondsPerDay) + businessSecondsInDay(toDay, 0, toSecond);
    if (m_table->contains(fromDay + 1) && m_table->contains(toDay)) {
        // Whole days in between, counted from the prefix sums.
        total += (m_table->businessDaysBefore(toDay) - m_table->businessDaysBefore(fromDay + 1)) * m_dailySeconds;
    } else {
        for (qint64 day = fromDay + 1; day < toDay; ++day)
            total += isBusinessEpochDay(day) ? m_dailySeconds : 0;
    }
    return total;
}

qint64 BusinessCalendar::businessMinutesBetween(const QDateTime &from, const QDateTime &to) const
{
    const qint64 a = jstSeconds(from);
    const qint64 b = jstSeconds(to);
    return b >= a ? businessSecondsBetween(a, b) / 60 : -(businessSecondsBetween(b, a) / 60);
}

qint64 BusinessCalendar::businessSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    const qint64 a = jstSeconds(from);
    const qint64 b = jstSeconds(to);
    return b >= a ? businessSecondsBetween(a, b) : -businessSecondsBetween(b, a);
}

QDateTime BusinessCalendar::addBusinessMinutes(const QDateTime &from, qint64 minutes) const
{
    if (minutes <= 0)
        return from.toUTC();
    const qint64 t = jstSeconds(from);
    qint64 day = dayOfJstSeconds(t);
    qint64 second = t - day * secondsPerDay;
    qint64 remaining = minutes * 60;
    for (;;) {
        if (isBusinessEpochDay(day)) {
            for (const auto &h : m_hours) {
                if (second >= h.second)
                    continue;
                const qint64 start = std::max<qint64>(h.first, second);
                if (remaining <= h.second - start)
                    return fromJstSeconds(day * secondsPerDay + start + remaining);
                remaining -= h.second - start;
            }
        }
        second = 0;
        // Skip whole business days at once where the table covers them.
        const qint64 wholeDays = (remaining - 1) / m_dailySeconds;
        if (wholeDays > 0 && m_table->contains(day + 1)) {
            const qint64 target = m_table->dayOfBusinessDayNumber(m_table->businessDaysBefore(day + 1) + wholeDays);
            if (target >= 0) {
                remaining -= wholeDays * m_dailySeconds;
                day = target;
                continue;
            }
        }
        day = nextBusinessEpochDay(day);
    }
}

QDateTime BusinessCalendar::nextBusinessStart(const QDateTime &moment) const
{
    const qint64 t = jstSeconds(moment);
    const qint64 day = dayOfJstSeconds(t);
    const qint64 second = t - day * secondsPerDay;
    if (isBusinessEpochDay(day)) {
        for (const auto &h : m_hours) {
            if (second < h.first)
                return fromJstSeconds(day * secondsPerDay + h.first);
            if (second < h.second)
                return moment.toUTC();
        }
    }
    return fromJstSeconds(nextBusinessEpochDay(day) * secondsPerDay + m_hours.front().first);
}

} // namespace Madoguchi
