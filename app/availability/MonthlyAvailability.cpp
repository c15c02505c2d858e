#include "availability/MonthlyAvailability.h"

#include "core/Jst.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// Half-open intervals in whole minutes since the epoch.
struct Span
{
    qint64 from = 0;
    qint64 to = 0;
};

qint64 minuteOf(const QDateTime &moment)
{
    const qint64 ms = moment.toMSecsSinceEpoch();
    return ms >= 0 ? ms / 60000 : -((-ms + 59999) / 60000);
}

Span clip(Span span, Span month)
{
    return {std::max(span.from, month.from), std::min(span.to, month.to)};
}

qint64 length(Span span)
{
    return std::max<qint64>(0, span.to - span.from);
}

QList<Span> merged(QList<Span> spans)
{
    spans.erase(std::remove_if(spans.begin(), spans.end(), [](const Span &s) { return s.to <= s.from; }),
                spans.end());
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
    QList<Span> result;
    for (const Span &s : std::as_const(spans)) {
        if (!result.isEmpty() && s.from <= result.last().to)
            result.last().to = std::max(result.last().to, s.to);
        else
            result.append(s);
    }
    return result;
}

qint64 total(const QList<Span> &spans)
{
    qint64 sum = 0;
    for (const Span &s : spans)
        sum += length(s);
    return sum;
}

// The minutes of `down` that are not in `excluded` (both merged).
qint64 minutesOutside(const QList<Span> &down, const QList<Span> &excluded)
{
    qint64 sum = 0;
    for (const Span &d : down) {
        qint64 covered = 0;
        for (const Span &e : excluded)
            covered += length({std::max(d.from, e.from), std::min(d.to, e.to)});
        sum += length(d) - covered;
    }
    return sum;
}

} // namespace

bool MonthlyAvailability::announcedInTime(const QDateTime &announced, const QDateTime &start)
{
    return announced.isValid() && announced <= start.addDays(-announcementDays);
}

AvailabilityFigures MonthlyAvailability::compute(AvailabilityScope scope, QDate month,
                                                 const QList<Incident> &incidents,
                                                 const QList<MaintenancePlan> &plans, const QDateTime &now,
                                                 double targetPercent)
{
    AvailabilityFigures figures;
    figures.scope = scope;
    figures.month = QDate(month.year(), month.month(), 1);
    figures.targetPercent = targetPercent;
    const Span monthSpan{minuteOf(Jst::at(figures.month, QTime(0, 0))),
                         minuteOf(Jst::at(figures.month.addMonths(1), QTime(0, 0)))};
    figures.monthMinutes = length(monthSpan); // days x 24 x 60: JST has no daylight saving
    const qint64 nowMinute = minuteOf(now);

    QList<Span> excluded;
    QList<Span> down;
    auto add = [&](const QString &source, ServiceFunction function, Span span, bool isExcluded, const QString &why) {
        const Span inMonth = clip(span, monthSpan);
        if (length(inMonth) == 0)
            return;
        (isExcluded ? excluded : down).append(inMonth);
        AvailabilityContribution c;
        c.source = source;
        c.function = function;
        (isExcluded ? c.excludedMinutes : c.downtimeMinutes) = length(inMonth);
        c.why = why;
        figures.contributions.append(c);
    };

    for (const Incident &incident : incidents) {
        if (!scopeCovers(scope, incident.function) || !incident.start.isValid())
            continue;
        const qint64 end = incident.end.isValid() ? minuteOf(incident.end) : nowMinute;
        const Span span{minuteOf(incident.start), end};
        const QString source = u"incident %1"_s.arg(incident.id);
        switch (incident.cause) {
        case OutageCause::Internal:
            add(source, incident.function, span, false, u"internal"_s);
            break;
        case OutageCause::Platform:
            add(source, incident.function, span, true, u"platform"_s);
            break;
        case OutageCause::ForceMajeure:
            add(source, incident.function, span, true, u"force-majeure"_s);
            break;
        case OutageCause::Maintenance:
            if (announcedInTime(incident.announced, incident.start))
                add(source, incident.function, span, true, u"maintenance-announced"_s);
            else
                add(source, incident.function, span, false, u"maintenance-not-announced-in-time"_s);
            break;
        }
    }

    for (const MaintenancePlan &plan : plans) {
        if (!plan.start.isValid() || !plan.end.isValid() || nowMinute <= minuteOf(plan.start))
            continue; // not begun
        const qint64 start = minuteOf(plan.start);
        const qint64 plannedEnd = minuteOf(plan.end);
        const qint64 end = plan.actualEnd.isValid() ? minuteOf(plan.actualEnd) : std::min(plannedEnd, nowMinute);
        const bool inTime = announcedInTime(plan.announced, plan.start);
        const QString source = u"maintenance %1"_s.arg(plan.id);
        for (ServiceFunction function : plan.functions) {
            if (!scopeCovers(scope, function))
                continue;
            add(source, function, {start, std::min(end, plannedEnd)}, inTime,
                inTime ? u"maintenance-announced"_s : u"maintenance-not-announced-in-time"_s);
            if (end > plannedEnd)
                add(source, function, {plannedEnd, end}, false, u"maintenance-overrun"_s);
        }
    }

    const QList<Span> excludedMerged = merged(excluded);
    figures.excludedMinutes = total(excludedMerged);
    figures.serviceMinutes = figures.monthMinutes - figures.excludedMinutes;
    figures.downtimeMinutes = minutesOutside(merged(down), excludedMerged);
    if (figures.serviceMinutes > 0) {
        const double exact = double(figures.serviceMinutes - figures.downtimeMinutes) * 100.0
                             / double(figures.serviceMinutes);
        figures.exactPercent = exact;
        figures.percent = std::floor(exact * 100.0 + 0.5) / 100.0;
    }
    return figures;
}

} // namespace Madoguchi
