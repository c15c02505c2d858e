#pragma once

#include "availability/Outage.h"

#include <QDate>
#include <QList>

// The agreement's monthly availability (chapter 4), per scope (client, consumer):
//   service minutes = days in month x 24 x 60 - excluded minutes
//   availability    = (service minutes - downtime) / service minutes x 100, two decimals.
// Excluded: maintenance announced at least 14 days ahead (inside its announced window),
// platform-caused stops (SFDC / Force.com) and force majeure. A maintenance stop announced
// later than that, and a plan's overrun past its announced window, are downtime.
// The month runs from 00:00 JST on its first day to 00:00 JST on the next month's, so a stop
// over a month boundary is split at JST midnight. Stops overlapping in time (of one function,
// or web forms and click counting for the consumer function, which is down when either is)
// count once; a minute both excluded and down counts as excluded. Times count to the minute:
// seconds are dropped. A stop still going counts until `now`.
namespace Madoguchi {

struct AvailabilityContribution
{
    QString source; // "incident 3", "maintenance 2"
    ServiceFunction function = ServiceFunction::Client;
    qint64 excludedMinutes = 0; // inside the month, before overlaps are merged
    qint64 downtimeMinutes = 0;
    QString why; // the rule that applied, in English keys for scripts: see reasonKey()
};

struct AvailabilityFigures
{
    AvailabilityScope scope = AvailabilityScope::Client;
    QDate month; // its first day
    qint64 monthMinutes = 0;
    qint64 excludedMinutes = 0;
    qint64 serviceMinutes = 0;
    qint64 downtimeMinutes = 0;
    double percent = 100.0;      // rounded to two decimals, as shown
    double exactPercent = 100.0; // what the target is checked against (98.996 does not meet 99)
    double targetPercent = 99.0;
    bool meetsTarget() const { return exactPercent >= targetPercent; }
    QList<AvailabilityContribution> contributions;
};

class MonthlyAvailability
{
public:
    static constexpr int announcementDays = 14;

    static AvailabilityFigures compute(AvailabilityScope scope, QDate month, const QList<Incident> &incidents,
                                       const QList<MaintenancePlan> &plans, const QDateTime &now,
                                       double targetPercent = 99.0);
    // True when the announcement came at least 14 days before the stop began.
    static bool announcedInTime(const QDateTime &announced, const QDateTime &start);
};

} // namespace Madoguchi
