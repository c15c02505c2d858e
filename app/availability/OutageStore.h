#pragma once

#include "availability/Outage.h"
#include "core/Result.h"

#include <QDate>

// Incidents and maintenance plans in the desk's database (schema version 15), and the
// availability target managers set (AvailabilityTarget).
namespace Madoguchi {

class Clock;
class Database;

class OutageStore
{
public:
    OutageStore(Database &database, const Clock &clock);

    // What the desk refuses in an incident, as one message (code "bad-input"): no start, an
    // end not after the start, an announcement on anything but maintenance.
    static Result<void> validate(const Incident &incident);

    Result<qint64> addIncident(const Incident &incident);
    // Function, times, cause, announcement and note of an existing incident, validated.
    Result<void> updateIncident(const Incident &incident);
    Result<void> endIncident(qint64 id, const QDateTime &end);
    Result<std::optional<Incident>> incident(qint64 id);
    // Incidents that touch the JST month (an open one touches every month from its start), or
    // all when month is invalid; oldest first.
    Result<QList<Incident>> incidents(QDate month = {});

    Result<qint64> addPlan(const MaintenancePlan &plan);
    Result<void> recordPlanEnd(qint64 id, const QDateTime &actualEnd);
    Result<void> recordAnnouncement(qint64 id, const QDateTime &announced);
    Result<QList<MaintenancePlan>> plans();

    // Incidents still going (no end), oldest first.
    Result<QList<Incident>> openIncidents();

    Result<double> targetPercent(); // AvailabilityTarget::read

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Madoguchi
