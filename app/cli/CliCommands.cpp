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
        {"import", "import [--support-address A]... [--tag-prefix P] [--save] [--progress] PATH...\n"
                   "                                 .eml files, maildir folders, mbox files into tickets", runImport},
        {"mail-show", "mail-show [--body] [--support-address A] PATH...   how a mail file is read and classified", runMailShow},
    };
}

} // namespace Madoguchi
