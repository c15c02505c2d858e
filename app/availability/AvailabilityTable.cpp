#include "availability/AvailabilityTable.h"

#include "availability/OutageStore.h"
#include "core/Jst.h"
#include "reports/CsvWriter.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString shown(const QDateTime &moment)
{
    return Jst::toJst(moment).toString(u"yyyy-MM-dd HH:mm"_s);
}

// "incident 3" → {"incident", 3}
std::pair<QString, qint64> sourceOf(const AvailabilityContribution &contribution)
{
    const QStringList words = contribution.source.split(u' ');
    return {words.value(0), words.value(1).toLongLong()};
}

// The incident or plan among `list` that a contribution of `kind` names, or null.
template<typename Outage>
const Outage *namedIn(const AvailabilityContribution &c, const QList<Outage> &list, const QString &kind)
{
    const auto [sourceKind, id] = sourceOf(c);
    if (sourceKind != kind)
        return nullptr;
    for (const Outage &o : list) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

const Incident *incidentOf(const AvailabilityContribution &c, const AvailabilityMonth &month)
{
    return namedIn(c, month.incidents, u"incident"_s);
}

const MaintenancePlan *planOf(const AvailabilityContribution &c, const AvailabilityMonth &month)
{
    return namedIn(c, month.plans, u"maintenance"_s);
}

} // namespace

namespace {

// What the figures are computed from: the incidents (of a month, or all), every plan, the target.
struct StoredOutages
{
    QList<Incident> incidents;
    QList<MaintenancePlan> plans;
    double target = 0;
};

Result<StoredOutages> readStore(OutageStore &store, QDate month)
{
    auto incidents = store.incidents(month);
    if (!incidents)
        return incidents.error();
    auto plans = store.plans();
    if (!plans)
        return plans.error();
    auto target = store.targetPercent();
    if (!target)
        return target.error();
    return StoredOutages{*incidents, *plans, *target};
}

} // namespace

Result<AvailabilityMonth> AvailabilityTable::month(OutageStore &store, QDate month, const QDateTime &now)
{
    AvailabilityMonth result;
    result.month = QDate(month.year(), month.month(), 1);
    auto stored = readStore(store, result.month);
    if (!stored)
        return stored.error();
    result.incidents = stored->incidents;
    result.plans = stored->plans;
    for (auto scope : {AvailabilityScope::Client, AvailabilityScope::Consumer})
        result.figures.append(MonthlyAvailability::compute(scope, result.month, result.incidents, result.plans, now,
                                                           stored->target));
    return result;
}

Result<QList<AvailabilityFigures>> AvailabilityTable::trend(OutageStore &store, AvailabilityScope scope, QDate last,
                                                            const QDateTime &now, int months)
{
    auto stored = readStore(store, QDate());
    if (!stored)
        return stored.error();
    const QDate lastMonth(last.year(), last.month(), 1);
    QList<AvailabilityFigures> figures;
    for (int back = months - 1; back >= 0; --back)
        figures.append(MonthlyAvailability::compute(scope, lastMonth.addMonths(-back), stored->incidents,
                                                    stored->plans, now, stored->target));
    return figures;
}

QStringList AvailabilityTable::header()
{
    // The command's context: the Japanese was filed under it first.
    return {QCoreApplication::translate("AvailabilityCommand", "Function"),
            QCoreApplication::translate("AvailabilityCommand", "Month"),
            QCoreApplication::translate("AvailabilityCommand", "Service minutes"),
            QCoreApplication::translate("AvailabilityCommand", "Excluded minutes"),
            QCoreApplication::translate("AvailabilityCommand", "Downtime minutes"),
            QCoreApplication::translate("AvailabilityCommand", "Availability %"),
            QCoreApplication::translate("AvailabilityCommand", "Target %")};
}

QString AvailabilityTable::percentText(double percent)
{
    return QString::number(percent, 'f', 2);
}

QStringList AvailabilityTable::cells(const AvailabilityFigures &f)
{
    return {scopeKey(f.scope),
            f.month.toString(u"yyyy-MM"_s),
            QString::number(f.serviceMinutes),
            QString::number(f.excludedMinutes),
            QString::number(f.downtimeMinutes),
            percentText(f.percent),
            percentText(f.targetPercent)};
}

QList<QStringList> AvailabilityTable::rows(const QList<AvailabilityFigures> &figures)
{
    QList<QStringList> table{header()};
    for (const AvailabilityFigures &f : figures)
        table.append(cells(f));
    return table;
}

QByteArray AvailabilityTable::csv(const QList<AvailabilityFigures> &figures)
{
    return CsvWriter::toBytes(rows(figures));
}

QString AvailabilityTable::spanText(const AvailabilityContribution &c, const AvailabilityMonth &month)
{
    if (const Incident *i = incidentOf(c, month)) {
        return i->end.isValid()
                   ? u"%1 – %2"_s.arg(shown(i->start), shown(i->end))
                   : QCoreApplication::translate("AvailabilityTable", "%1 – (ongoing)").arg(shown(i->start));
    }
    if (const MaintenancePlan *p = planOf(c, month)) {
        QString text = u"%1 – %2"_s.arg(shown(p->start), shown(p->end));
        if (p->actualEnd.isValid() && p->actualEnd != p->end)
            text += u" "_s + QCoreApplication::translate("AvailabilityTable", "(ended %1)").arg(shown(p->actualEnd));
        return text;
    }
    return {};
}

QString AvailabilityTable::causeText(const AvailabilityContribution &c, const AvailabilityMonth &month)
{
    if (const Incident *i = incidentOf(c, month))
        return i->note.isEmpty() ? causeLabel(i->cause) : u"%1: %2"_s.arg(causeLabel(i->cause), i->note);
    if (const MaintenancePlan *p = planOf(c, month))
        return p->note.isEmpty() ? causeLabel(OutageCause::Maintenance)
                                 : u"%1: %2"_s.arg(causeLabel(OutageCause::Maintenance), p->note);
    return {};
}

QString AvailabilityTable::sourceLabel(const AvailabilityContribution &c)
{
    const auto [kind, id] = sourceOf(c);
    return kind == u"incident"_s ? QCoreApplication::translate("AvailabilityTable", "Incident %1").arg(id)
                                 : QCoreApplication::translate("AvailabilityTable", "Maintenance %1").arg(id);
}

} // namespace Madoguchi
