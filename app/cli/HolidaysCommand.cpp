#include "cli/CalendarCliOptions.h"
#include "cli/CliCommands.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

// `holidays FROM_YEAR [TO_YEAR]`: the national days off (祝日, 振替休日, 国民の休日), one per
// line, for scripts that need the same calendar as the desk.
int runHolidays(CliContext &context, const QStringList &args)
{
    const QString command = u"holidays"_s;
    if (CalendarCliOptions::wantsHelp(args)) {
        context.out << u"Usage: madoguchi-cli holidays FROM_YEAR [TO_YEAR] [options]\n\n"
                       u"Prints every national day off (national holiday, substitute holiday, citizens' holiday)\n"
                       u"from FROM_YEAR to TO_YEAR (1955-2099), one per line, sorted:\n"
                       u"  YYYY-MM-DD<TAB>Japanese name<TAB>English name\n"
                       u"Weekends, the year-end break and company holidays are not listed.\n"
                       u"Days after the last officially published year are computed and provisional.\n\nOptions:\n"_s
                    << CalendarCliOptions::helpText();
        return 0;
    }
    QCommandLineParser parser;
    CalendarCliOptions::addTo(parser);
    if (!context.parse(parser, args, 1, 2))
        return context.parseStatus();
    const QStringList positional = parser.positionalArguments();
    const auto from = CalendarCliOptions::year(context, command, positional.at(1));
    if (!from)
        return 2;
    const auto to = positional.size() > 2 ? CalendarCliOptions::year(context, command, positional.at(2)) : from;
    if (!to)
        return 2;
    if (*to < *from)
        return context.usageError(command + u": TO_YEAR %1 is before FROM_YEAR %2"_s.arg(*to).arg(*from));
    int status = 0;
    const auto calendar = CalendarCliOptions::calendar(context, parser, command, status);
    if (!calendar)
        return status;
    for (const Holiday &h : calendar->calendar.holidays().holidaysBetween(QDate(*from, 1, 1), QDate(*to, 12, 31)))
        context.out << h.date.toString(Qt::ISODate) << '\t' << h.nameJa << '\t' << h.nameEn << '\n';
    context.out.flush();
    return 0;
}

} // namespace Madoguchi
