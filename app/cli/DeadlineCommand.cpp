#include "calendar/ResponseDeadline.h"
#include "cli/CalendarCliOptions.h"
#include "cli/CliCommands.h"
#include "core/Jst.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

// `deadline RECEIVED [--policy …] [--urgent]`: the deadline as ISO 8601 in JST on the first
// line, then its explanation.
int runDeadline(CliContext &context, const QStringList &args)
{
    const QString command = u"deadline"_s;
    if (CalendarCliOptions::wantsHelp(args)) {
        context.out << u"Usage: madoguchi-cli deadline RECEIVED [--policy next-business-day|after-hours-next-day]\n"
                       u"                                [--urgent] [options]\n\n"
                       u"RECEIVED is ISO 8601 with an offset (2025-06-11T19:30:00+09:00, 2025-06-11T10:30:00Z).\n"
                       u"Prints the deadline as ISO 8601 in JST (+09:00), then the lines that explain it.\n\n"
                       u"Options:\n"
                       u"  --policy next-business-day     18:00 on the first business day after the date of\n"
                       u"                                 receipt (the default)\n"
                       u"  --policy after-hours-next-day  mail received outside business hours is accepted on\n"
                       u"                                 the next business day\n"
                       u"  --urgent                       24x7 clock, due the urgent target (60 minutes by\n"
                       u"                                 default) after receipt\n"
                       u"The last line says which calendar answered.\n\n"_s
                    << CalendarCliOptions::helpText();
        return 0;
    }
    QCommandLineParser parser;
    const QCommandLineOption policyOption(u"policy"_s, u"deadline policy"_s, u"POLICY"_s);
    const QCommandLineOption urgentOption(u"urgent"_s, u"urgent ticket"_s);
    parser.addOption(policyOption);
    parser.addOption(urgentOption);
    CalendarCliOptions::addTo(parser);
    if (!context.parse(parser, args, 1, 1))
        return context.parseStatus();
    const auto received = CalendarCliOptions::moment(context, command, parser.positionalArguments().at(1));
    if (!received)
        return 2;
    std::optional<DeadlinePolicy> policy;
    if (parser.isSet(policyOption)) {
        const QString value = parser.value(policyOption);
        if (value == u"after-hours-next-day"_s)
            policy = DeadlinePolicy::AfterHoursNextDay;
        else if (value == u"next-business-day"_s)
            policy = DeadlinePolicy::NextBusinessDay;
        else
            return context.usageError(command + u": unknown policy \""_s + value
                                      + u"\" (next-business-day or after-hours-next-day)"_s);
    }
    int status = 0;
    const auto calendar = CalendarCliOptions::calendar(context, parser, command, status);
    if (!calendar)
        return status;
    // Without --policy, the desk's own policy (the standard rule when there is no desk).
    const DeadlineCalculator calculator(calendar->calendar);
    const bool urgent = parser.isSet(urgentOption);
    const ResponseDeadline deadline = policy ? calculator.compute(*received, urgent, *policy)
                                             : calculator.compute(*received, urgent);
    context.out << Jst::format(deadline.deadline) << '\n' << deadline.explanation() << '\n' << calendar->source
                << Qt::endl;
    return 0;
}

} // namespace Madoguchi
