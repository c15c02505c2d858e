#include "availability/OutageStore.h"

#include "availability/AvailabilityTarget.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QVariant msOrNull(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(moment.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime momentOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QString functionsText(const QList<ServiceFunction> &functions)
{
    QStringList keys;
    for (ServiceFunction f : functions)
        keys.append(functionKey(f));
    return keys.join(u',');
}

QList<ServiceFunction> functionsFrom(const QString &text)
{
    QList<ServiceFunction> functions;
    for (const QString &key : text.split(u',', Qt::SkipEmptyParts)) {
        if (auto f = functionFromKey(key))
            functions.append(*f);
    }
    return functions;
}

Error notFound(const QString &what, qint64 id)
{
    return makeError(u"not-found"_s, QCoreApplication::translate("OutageStore", "There is no %1 %2.").arg(what).arg(id));
}

} // namespace

OutageStore::OutageStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<void> OutageStore::validate(const Incident &incident)
{
    if (!incident.start.isValid())
        return makeError(u"bad-input"_s, QCoreApplication::translate("OutageStore", "An incident needs its start."));
    if (incident.end.isValid() && incident.end <= incident.start)
        return makeError(u"bad-input"_s,
                         QCoreApplication::translate("OutageStore", "The end (%1) must come after the start (%2).")
                             .arg(Jst::format(incident.end), Jst::format(incident.start)));
    if (incident.announced.isValid() && incident.cause != OutageCause::Maintenance)
        return makeError(u"bad-input"_s, QCoreApplication::translate(
                                             "OutageStore", "Only a maintenance stop has an announcement time."));
    return {};
}

Result<qint64> OutageStore::addIncident(const Incident &incident)
{
    if (auto valid = validate(incident); !valid)
        return valid.error();
    return m_database.insert(u"Recording an incident"_s,
                             u"INSERT INTO incidents (function, started_ms, ended_ms, cause, announced_ms, note, "
                             "created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                             {functionKey(incident.function), incident.start.toMSecsSinceEpoch(),
                              msOrNull(incident.end), causeKey(incident.cause), msOrNull(incident.announced),
                              incident.note, m_clock.now().toMSecsSinceEpoch()});
}

Result<void> OutageStore::updateIncident(const Incident &incident)
{
    if (auto valid = validate(incident); !valid)
        return valid;
    auto done = m_database.exec(u"Changing an incident"_s,
                                u"UPDATE incidents SET function = ?, started_ms = ?, ended_ms = ?, cause = ?, "
                                "announced_ms = ?, note = ? WHERE id = ?"_s,
                                {functionKey(incident.function), incident.start.toMSecsSinceEpoch(),
                                 msOrNull(incident.end), causeKey(incident.cause), msOrNull(incident.announced),
                                 incident.note, incident.id});
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 0)
        return notFound(QCoreApplication::translate("OutageStore", "incident"), incident.id);
    return {};
}

Result<QList<Incident>> OutageStore::openIncidents()
{
    auto all = incidents();
    if (!all)
        return all.error();
    QList<Incident> open;
    for (const Incident &i : std::as_const(*all)) {
        if (!i.end.isValid())
            open.append(i);
    }
    return open;
}

Result<void> OutageStore::endIncident(qint64 id, const QDateTime &end)
{
    auto found = incident(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound(QCoreApplication::translate("OutageStore", "incident"), id);
    if (end <= (*found)->start)
        return makeError(u"bad-input"_s,
                         QCoreApplication::translate("OutageStore", "The end (%1) must come after the start (%2).")
                             .arg(Jst::format(end), Jst::format((*found)->start)));
    auto done = m_database.exec(u"Ending an incident"_s, u"UPDATE incidents SET ended_ms = ? WHERE id = ?"_s,
                                {end.toMSecsSinceEpoch(), id});
    if (!done)
        return done.error();
    return {};
}

Result<std::optional<Incident>> OutageStore::incident(qint64 id)
{
    auto all = incidents();
    if (!all)
        return all.error();
    for (const Incident &i : std::as_const(*all)) {
        if (i.id == id)
            return std::optional<Incident>(i);
    }
    return std::optional<Incident>();
}

Result<QList<Incident>> OutageStore::incidents(QDate month)
{
    QString sql = u"SELECT id, function, started_ms, ended_ms, cause, announced_ms, note FROM incidents"_s;
    QVariantList values;
    if (month.isValid()) {
        const QDate first(month.year(), month.month(), 1);
        sql += u" WHERE started_ms < ? AND (ended_ms IS NULL OR ended_ms > ?)"_s;
        values = {Jst::at(first.addMonths(1), QTime(0, 0)).toMSecsSinceEpoch(),
                  Jst::at(first, QTime(0, 0)).toMSecsSinceEpoch()};
    }
    auto query = m_database.exec(u"Reading incidents"_s, sql + u" ORDER BY started_ms, id"_s, values);
    if (!query)
        return query.error();
    QList<Incident> result;
    for (QSqlQuery &rows = query.value(); rows.next();) {
        Incident i;
        i.id = rows.value(0).toLongLong();
        i.function = functionFromKey(rows.value(1).toString()).value_or(ServiceFunction::Client);
        i.start = momentOf(rows.value(2));
        i.end = momentOf(rows.value(3));
        i.cause = causeFromKey(rows.value(4).toString()).value_or(OutageCause::Internal);
        i.announced = momentOf(rows.value(5));
        i.note = rows.value(6).toString();
        result.append(i);
    }
    return result;
}

Result<qint64> OutageStore::addPlan(const MaintenancePlan &plan)
{
    return m_database.insert(u"Recording a maintenance plan"_s,
                             u"INSERT INTO maintenance_plans (announced_ms, starts_ms, ends_ms, functions, emergency, "
                             "actual_end_ms, note, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                             {msOrNull(plan.announced), plan.start.toMSecsSinceEpoch(), plan.end.toMSecsSinceEpoch(),
                              functionsText(plan.functions), plan.emergency ? 1 : 0, msOrNull(plan.actualEnd),
                              plan.note, m_clock.now().toMSecsSinceEpoch()});
}

Result<QList<MaintenancePlan>> OutageStore::plans()
{
    auto query = m_database.exec(u"Reading maintenance plans"_s,
                                 u"SELECT id, announced_ms, starts_ms, ends_ms, functions, emergency, actual_end_ms, "
                                 "note FROM maintenance_plans ORDER BY starts_ms, id"_s);
    if (!query)
        return query.error();
    QList<MaintenancePlan> result;
    for (QSqlQuery &rows = query.value(); rows.next();) {
        MaintenancePlan p;
        p.id = rows.value(0).toLongLong();
        p.announced = momentOf(rows.value(1));
        p.start = momentOf(rows.value(2));
        p.end = momentOf(rows.value(3));
        p.functions = functionsFrom(rows.value(4).toString());
        p.emergency = rows.value(5).toInt() != 0;
        p.actualEnd = momentOf(rows.value(6));
        p.note = rows.value(7).toString();
        result.append(p);
    }
    return result;
}

Result<void> OutageStore::recordPlanEnd(qint64 id, const QDateTime &actualEnd)
{
    auto all = plans();
    if (!all)
        return all.error();
    for (const MaintenancePlan &p : std::as_const(*all)) {
        if (p.id != id)
            continue;
        if (actualEnd <= p.start)
            return makeError(u"bad-input"_s, QCoreApplication::translate("OutageStore",
                                                                         "The end (%1) must come after the start (%2).")
                                                 .arg(Jst::format(actualEnd), Jst::format(p.start)));
        auto done = m_database.exec(u"Recording the end of a maintenance"_s,
                                    u"UPDATE maintenance_plans SET actual_end_ms = ? WHERE id = ?"_s,
                                    {actualEnd.toMSecsSinceEpoch(), id});
        if (!done)
            return done.error();
        return {};
    }
    return notFound(QCoreApplication::translate("OutageStore", "maintenance plan"), id);
}

Result<void> OutageStore::recordAnnouncement(qint64 id, const QDateTime &announced)
{
    auto done = m_database.exec(u"Recording a maintenance announcement"_s,
                                u"UPDATE maintenance_plans SET announced_ms = ? WHERE id = ?"_s,
                                {announced.toMSecsSinceEpoch(), id});
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 0)
        return notFound(QCoreApplication::translate("OutageStore", "maintenance plan"), id);
    return {};
}

Result<double> OutageStore::targetPercent()
{
    return AvailabilityTarget::read(m_database);
}

} // namespace Madoguchi
