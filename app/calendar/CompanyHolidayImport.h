#pragma once

#include "calendar/CalendarSettings.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>

namespace Madoguchi {

// Reads company holidays (弊社所定の休日) from the files administrators already have: a CSV
// in the Cabinet Office syukujitsu format ("date,name", Shift_JIS or UTF-8) or an iCalendar
// file whose all-day VEVENTs are the days off (a multi-day event gives one day per date).
class CompanyHolidayImport
{
public:
    static Result<QList<CompanyHoliday>> fromCsv(const QByteArray &data);
    static Result<QList<CompanyHoliday>> fromICalendar(const QByteArray &data);
    // Picks the format from the content ("BEGIN:VCALENDAR" or not).
    static Result<QList<CompanyHoliday>> fromFile(const QByteArray &data);
};

} // namespace Madoguchi
