#pragma once

#include "availability/Outage.h"
#include "core/Result.h"

#include <QDate>

// Incidents and maintenance plans in the desk's database (schema version 15), and the
// availability target managers set (team setting "availability_target_percent", default 99).
namespace Madoguchi {

class Clock;
class Database;

class OutageStore
{
public:
    OutageStore(Database &database, const Clock &clock);

    Result<qint64> addIncident(const Incident &incident);
    Result<void> endIncident(qint64 id, const QDateTime &end);
    Result<std::optional<Incident>> incident(qint64 id);
    // Incidents that touch the JST month (an open one touches every month from its start), or
    // all when month is invalid; oldest first.
    Result<QList<Incident>> incidents(QDate month = {});

    Result<qint64> addPlan(const MaintenancePlan &plan);
    Result<void> recordPlanEnd(qint64 id, const QDateTime &actualEnd);
    Result<void> recordAnnouncement(qint64 id, const QDateTime &announced);
    Result<QList<MaintenancePlan>> plans();

    Result<double> targetPercent();
    Result<void> setTargetPercent(double percent);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Madoguchi
