#include "cli/CalendarCliOptions.h"
#include "cli/CliCommands.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

// `business-minutes FROM TO`: business minutes in [FROM, TO), as one integer.
int runBusinessMinutes(CliContext &context, const QStringList &args)
{
    const QString command = u"business-minutes"_s;
    if (CalendarCliOptions::wantsHelp(args)) {
        context.out << u"Usage: madoguchi-cli business-minutes FROM TO [options]\n\n"
                       u"Prints the business minutes in [FROM, TO) as an integer (negative when TO is before\n"
                       u"FROM). Nights, lunch, weekends, holidays, the year-end break and company holidays do\n"
                       u"not count. FROM and TO are ISO 8601 with an offset.\n\nOptions:\n"_s
                    << CalendarCliOptions::helpText();
        return 0;
    }
    QCommandLineParser parser;
    CalendarCliOptions::addTo(parser);
    if (!context.parse(parser, args, 2, 2))
        return context.parseStatus();
    const auto from = CalendarCliOptions::moment(context, command, parser.positionalArguments().at(1));
    if (!from)
        return 2;
    const auto to = CalendarCliOptions::moment(context, command, parser.positionalArguments().at(2));
    if (!to)
        return 2;
    int status = 0;
    const auto calendar = CalendarCliOptions::calendar(context, parser, command, status);
    if (!calendar)
        return status;
    context.out << calendar->calendar.businessMinutesBetween(*from, *to) << Qt::endl;
    return 0;
}

} // namespace Madoguchi
