#include "reports/ReportPeriod.h"

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
