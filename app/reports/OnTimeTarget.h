#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"

namespace Madoguchi {

class TeamSettings;

// The on-time rate the team aims at, drawn on the Reports view's trend chart: the
// agreement's 99 % until a manager sets another (team setting "reports.on_time_target",
// audited like every team setting).
class OnTimeTarget
{
public:
    static constexpr double agreementPercent = 99.0;

    // The stored target; the agreement's 99 % when none was set or the stored text is not
    // a percentage (so a bad value never hides the chart).
    static Result<double> read(TeamSettings &settings);
    // Managers only; a target outside 1–100 % is refused with one clear message.
    static Result<void> write(TeamSettings &settings, const StaffUser &actor, double percent);
};

} // namespace Madoguchi
