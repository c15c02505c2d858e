// Company holidays from an iCalendar file: all-day VEVENTs, multi-day ones giving a day per
// date. Whatever it accepts is a list of real dates.

#include "FuzzTarget.h"
#include "calendar/CompanyHolidayImport.h"

using namespace Madoguchi;

MADOGUCHI_FUZZ_TARGET(holiday_ical)
{
    const QByteArray input = Fuzz::bytes(data, size);
    if (const auto days = CompanyHolidayImport::fromICalendar(input)) {
        for (const CompanyHoliday &day : *days)
            MADOGUCHI_FUZZ_CHECK(day.date.isValid());
    } else {
        MADOGUCHI_FUZZ_CHECK(!days.error().message.isEmpty());
    }
    (void)CompanyHolidayImport::fromFile(input);
    return 0;
}
