#include "cli/CliCommands.h"

namespace Madoguchi {

// One line per command; each command lives in its own *Command.cpp file.
QList<CliCommand> cliCommands()
{
    return {
        {"holidays", "holidays FROM_YEAR [TO_YEAR]   national days off, one per line", runHolidays},
        {"deadline", "deadline RECEIVED [--policy next-business-day|after-hours-next-day] [--urgent]\n"
                     "                                 the response deadline and why", runDeadline},
        {"business-minutes", "business-minutes FROM TO       business minutes in [FROM, TO)", runBusinessMinutes},
        {"calendar", "calendar YYYY-MM               every day of the month, days off with their reason", runCalendar},
        {"report", "report [--from DATE] [--to DATE] [--by team|staff|org|day|month] [--format table|csv|json]\n"
                   "                                 response figures against the deadline", runReport},
    };
}

} // namespace Madoguchi
