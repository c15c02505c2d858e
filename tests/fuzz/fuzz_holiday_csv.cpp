// The Cabinet Office holiday CSV (Shift_JIS or UTF-8) as the calendar settings import it.
// Whatever it accepts is a list of real dates with names.

#include "FuzzTarget.h"
#include "calendar/CompanyHolidayImport.h"
#include "calendar/HolidayCsv.h"

using namespace Madoguchi;

MADOGUCHI_FUZZ_TARGET(holiday_csv)
{
    const QByteArray input = Fuzz::bytes(data, size);
    if (const auto entries = HolidayCsv::parse(input)) {
        for (const HolidayCsv::Entry &entry : *entries)
            MADOGUCHI_FUZZ_CHECK(entry.date.isValid());
    } else {
        MADOGUCHI_FUZZ_CHECK(!entries.error().message.isEmpty());
    }
    if (const auto days = CompanyHolidayImport::fromCsv(input)) {
        for (const CompanyHoliday &day : *days)
            MADOGUCHI_FUZZ_CHECK(day.date.isValid());
    }
    (void)CompanyHolidayImport::fromFile(input);
    (void)HolidayCsv::parseDate(HolidayCsv::decode(input.left(32)));
    return 0;
}
