#pragma once

#include "calendar/BusinessCalendar.h"

#include <QString>

namespace Madoguchi {

// The words for days off in the UI language, shared by the deadline explanation, the CLI
// and the calendar window so that all three say 振替休日 the same way.
class DayOffText
{
public:
    static QString weekdayShort(int dayOfWeek); // 月 / Mon
    static QString weekdayName(int dayOfWeek); // 月曜 / Monday
    // 土曜, 日曜, 祝日 (憲法記念日), 振替休日, 国民の休日, 年末年始, 会社休日 (創立記念日)
    static QString reasonLabel(DayOffReason reason, const QString &name = {});
    static QString reasonLabel(const DayInfo &day) { return reasonLabel(day.reason, day.displayName()); }
    // The short form used after a weekday: the holiday's own name for national and company
    // holidays, empty for weekends (月曜(振替休日), 水曜(憲法記念日), 土曜).
    static QString shortLabel(DayOffReason reason, const QString &name = {});
    // A stable English key for scripts: saturday, sunday, national-holiday, … (never translated).
    static QString reasonKey(DayOffReason reason);
    // "2025-06-14 (土)"
    static QString dateWithWeekday(QDate date);
};

} // namespace Madoguchi
