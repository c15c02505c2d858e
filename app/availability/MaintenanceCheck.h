#pragma once

#include "availability/Outage.h"

#include <QList>

// A maintenance plan against the agreement (chapter 2, 3): announced at least 14 days ahead
// (unless it is an emergency), inside one weekend window from Friday 21:00 to Monday 03:00
// JST, at most 8 hours when it stops the client function and 4 hours when it stops the
// consumer function; and, once it ran, not past its announced window.
namespace Madoguchi {

enum class MaintenanceBreach {
    AnnouncedLate,      // announced, but less than 14 days ahead
    NotAnnounced,       // starts within 14 days (or began) and nobody was told
    OutsideWeekend,     // not inside Friday 21:00 - Monday 03:00 JST
    TooLongForClient,   // more than 8 hours
    TooLongForConsumer, // more than 4 hours
    Overran,            // the actual end came after the announced end
};

struct MaintenanceFinding
{
    MaintenanceBreach breach;
    qint64 minutes = 0; // how long (TooLong*), how late (Overran), days short x 1440 (AnnouncedLate)
};

class MaintenanceCheck
{
public:
    static QList<MaintenanceFinding> check(const MaintenancePlan &plan, const QDateTime &now);
    // True when [start, end) lies inside one weekend window [Friday 21:00, Monday 03:00) JST.
    static bool inWeekendWindow(const QDateTime &start, const QDateTime &end);
    static QString breachKey(MaintenanceBreach breach); // announced-late, not-announced, ...
    static QString describe(const MaintenanceFinding &finding); // one English or Japanese line
};

} // namespace Madoguchi
