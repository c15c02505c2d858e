#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

namespace Madoguchi {

class BusinessCalendar;

// The period selector of the Reports view: 今月 / 先月 / 直近30日 / a custom range.
enum class ReportPeriodChoice { ThisMonth, LastMonth, Last30Days, Custom };

// A range of JST calendar dates, both ends included: a message belongs to the period when
// the JST date of its receipt is between `from` and `to`.
struct ReportPeriod
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    QDateTime startUtc() const; // from 00:00 JST
    QDateTime endUtc() const;   // the day after `to`, 00:00 JST (exclusive)

    // The JST month containing `now` (the default report).
    static ReportPeriod monthOf(const QDateTime &now);
    static ReportPeriod month(int year, int month);
    // The twelve whole months ending with the month that contains `lastDay`.
    static ReportPeriod twelveMonthsEnding(QDate lastDay);

    // The period a choice stands for on `today` (JST); Custom gives an invalid period.
    static ReportPeriod of(ReportPeriodChoice choice, QDate today);
    // The `days` days ending with `today` (直近30日: today and the 29 days before).
    static ReportPeriod lastDays(QDate today, int days);
    // The choice the Reports view opens on: this month, unless fewer than `minimumDays`
    // business days of it have begun by `today` (today included): then last month, whose
    // figures are complete.
    static ReportPeriodChoice openingChoice(QDate today, const BusinessCalendar &calendar, int minimumDays = 5);

    // The period of the same length just before this one, for "change from the previous
    // period": whole calendar months give the same number of whole months before (November
    // → October, not the 30 days before November); any other range gives the same number of
    // days ending the day before `from`.
    ReportPeriod previous() const;
    bool isWholeMonths() const;
    int dayCount() const { return isValid() ? int(from.daysTo(to)) + 1 : 0; }

    QList<QDate> days() const;
    QList<QDate> months() const; // the first day of every month the period touches
};

} // namespace Madoguchi
