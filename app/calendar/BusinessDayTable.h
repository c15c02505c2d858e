#pragma once

#include <QDate>
#include <QtGlobal>

#include <vector>

namespace Madoguchi {

// Precomputed business days for 1950–2150, indexed by JST day number (days since
// 1970-01-01). Deadlines and business-minute sums are asked for millions of times (the
// queue, reports, the benchmark), so the hot paths read three flat arrays instead of
// asking the holiday rules again: whether a day is off, how many business days came
// before it, and which business day follows it.
class BusinessDayTable
{
public:
    static constexpr int firstYear = 1950;
    static constexpr int lastYear = 2150;
    static constexpr qint64 epochJulianDay = 2440588; // QDate(1970, 1, 1).toJulianDay()

    static qint64 dayNumber(QDate date) { return date.toJulianDay() - epochJulianDay; }
    static QDate dateOf(qint64 dayNumber) { return QDate::fromJulianDay(dayNumber + epochJulianDay); }

    BusinessDayTable();

    qint64 firstDay() const { return m_firstDay; }
    qint64 lastDay() const { return m_firstDay + qint64(m_reason.size()) - 1; }
    bool contains(qint64 day) const { return day >= m_firstDay && day <= lastDay(); }

    // `reason` is a DayOffReason as a byte; 0 means a business day.
    void setReason(qint64 day, quint8 reason) { m_reason[size_t(day - m_firstDay)] = reason; }
    quint8 reason(qint64 day) const { return m_reason[size_t(day - m_firstDay)]; }
    bool isBusinessDay(qint64 day) const { return reason(day) == 0; }

    // Call once after the last setReason().
    void finish();
    // Business days in [firstDay(), day); day may be lastDay() + 1.
    qint64 businessDaysBefore(qint64 day) const { return m_before[size_t(day - m_firstDay)]; }
    // The first business day strictly after `day`, or -1 past the end of the table.
    qint64 nextBusinessDay(qint64 day) const
    {
        const qint32 next = m_next[size_t(day - m_firstDay)];
        return next < 0 ? -1 : m_firstDay + next;
    }
    // The first day >= firstDay() with businessDaysBefore(day + 1) > count, or -1.
    qint64 dayOfBusinessDayNumber(qint64 count) const;

private:
    qint64 m_firstDay;
    std::vector<quint8> m_reason;
    std::vector<qint32> m_before; // size + 1
    std::vector<qint32> m_next; // offset from m_firstDay, -1 when none
};

} // namespace Madoguchi
