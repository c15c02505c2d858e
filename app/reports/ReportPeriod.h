#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

namespace Madoguchi {

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

    QList<QDate> days() const;
    QList<QDate> months() const; // the first day of every month the period touches
};

} // namespace Madoguchi
