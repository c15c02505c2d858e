#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <QString>

#include <optional>

// The monthly availability the team promises (agreement chapter 4: 99 %), a manager setting
// shared by the team (team setting "availability_target_percent", audited like every team
// setting). The Availability view, `madoguchi-cli availability` and the chart all read it.
namespace Madoguchi {

class Database;
class TeamSettings;

class AvailabilityTarget
{
public:
    static constexpr double agreementPercent = 99.0;
    static constexpr double lowestPercent = 90.0;
    static constexpr double highestPercent = 100.0;

    // The stored target; the agreement's 99 % when none was set or the stored text is not a
    // target (so a bad value never hides the figures).
    static Result<double> read(Database &database);
    // Managers only; a target outside 90.00–100.00 % (or with more than two decimals) is
    // refused with one clear message.
    static Result<void> write(TeamSettings &settings, const StaffUser &actor, double percent);
    // "99.5", "99.50", "99.5%" → 99.5; nothing when it is not a target with at most two decimals
    // inside the range.
    static std::optional<double> parse(const QString &text);
    static QString text(double percent); // "99.50"
    static QString rangeError();         // the one message for a target out of range
};

} // namespace Madoguchi
