#include "reports/ReportPeriod.h"

#include "calendar/BusinessCalendar.h"
#include "core/Jst.h"

namespace Madoguchi {

QDateTime ReportPeriod::startUtc() const
{
    return Jst::at(from, QTime(0, 0)).toUTC();
}

QDateTime ReportPeriod::endUtc() const
{
    return Jst::at(to.addDays(1), QTime(0, 0)).toUTC();
}

ReportPeriod ReportPeriod::monthOf(const QDateTime &now)
{
    const QDate today = Jst::dateOf(now);
    return month(today.year(), today.month());
}

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::twelveMonthsEnding(QDate lastDay)
{
    const QDate firstOfLast(lastDay.year(), lastDay.month(), 1);
    return {firstOfLast.addMonths(-11), firstOfLast.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::of(ReportPeriodChoice choice, QDate today)
{
    switch (choice) {
    case ReportPeriodChoice::ThisMonth: return month(today.year(), today.month());
    case ReportPeriodChoice::LastMonth: {
        const QDate before = today.addMonths(-1);
        return month(before.year(), before.month());
    }
    case ReportPeriodChoice::Last30Days: return lastDays(today, 30);
    case ReportPeriodChoice::Custom: break;
    }
    return {};
}

ReportPeriod ReportPeriod::lastDays(QDate today, int days)
{
    return {today.addDays(1 - qMax(1, days)), today};
}

ReportPeriodChoice ReportPeriod::openingChoice(QDate today, const BusinessCalendar &calendar, int minimumDays)
{
    int begun = 0;
    for (QDate d(today.year(), today.month(), 1); d <= today; d = d.addDays(1)) {
        if (calendar.isBusinessDay(d))
            ++begun;
    }
    return begun < minimumDays ? ReportPeriodChoice::LastMonth : ReportPeriodChoice::ThisMonth;
}

bool ReportPeriod::isWholeMonths() const
{
    return isValid() && from.day() == 1 && to.addDays(1).day() == 1;
}

ReportPeriod ReportPeriod::previous() const
{
    if (!isValid())
        return {};
    if (isWholeMonths()) {
        const int monthCount = int(months().size());
        return {from.addMonths(-monthCount), from.addDays(-1)};
    }
    return {from.addDays(-dayCount()), from.addDays(-1)};
}

QList<QDate> ReportPeriod::days() const
{
    QList<QDate> result;
    if (!isValid())
        return result;
    for (QDate d = from; d <= to; d = d.addDays(1))
        result.append(d);
    return result;
}

QList<QDate> ReportPeriod::months() const
{
    QList<QDate> result;
    if (!isValid())
        return result;
    for (QDate d(from.year(), from.month(), 1); d <= to; d = d.addMonths(1))
        result.append(d);
    return result;
}

} // namespace Madoguchi
