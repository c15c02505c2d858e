#include "calendar/DayOffText.h"
#include "cli/CalendarCliOptions.h"
#include "cli/CliCommands.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

// `calendar YYYY-MM`: every day of the month; days off carry a stable reason key and the
// reason in the UI language, so both scripts and people can read it.
int runCalendar(CliContext &context, const QStringList &args)
{
    const QString command = u"calendar"_s;
    if (CalendarCliOptions::wantsHelp(args)) {
        context.out << u"Usage: madoguchi-cli calendar YYYY-MM [options]\n\n"
                       u"Prints the month: a summary line, then one line per day:\n"
                       u"  YYYY-MM-DD<TAB>weekday<TAB>reason<TAB>description\n"
                       u"reason is business-day, saturday, sunday, national-holiday, substitute-holiday,\n"
                       u"citizens-holiday, year-end-break or company-holiday; the description names the\n"
                       u"holiday (empty on business days). The last line says which calendar answered.\n\n"
                       u"Options:\n"_s
                    << CalendarCliOptions::helpText();
        return 0;
    }
    QCommandLineParser parser;
    CalendarCliOptions::addTo(parser);
    if (!context.parse(parser, args, 1, 1))
        return context.parseStatus();
    const QString text = parser.positionalArguments().at(1);
    static const QRegularExpression monthPattern(u"^(\\d{4})-(\\d{2})$"_s);
    const QRegularExpressionMatch m = monthPattern.match(text);
    const int month = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (month < 1 || month > 12)
        return context.usageError(command + u": \""_s + text + u"\" is not a month (expected YYYY-MM)"_s);
    const auto year = CalendarCliOptions::year(context, command, m.captured(1));
    if (!year)
        return 2;
    int status = 0;
    const auto calendar = CalendarCliOptions::calendar(context, parser, command, status);
    if (!calendar)
        return status;

    const QDate first(*year, month, 1);
    QList<DayInfo> days;
    int businessDays = 0;
    for (QDate d = first; d.month() == month; d = d.addDays(1)) {
        days.append(calendar->calendar.dayInfo(d));
        businessDays += days.last().isBusinessDay() ? 1 : 0;
    }
    context.out << u"%1: %2 business days, %3 days off"_s.arg(text).arg(businessDays).arg(days.size() - businessDays)
                << '\n';
    for (const DayInfo &day : std::as_const(days)) {
        QString description;
        if (!day.isBusinessDay()) {
            description = DayOffText::reasonLabel(day);
            // A holiday on a weekend is off because of the weekend, but people still want its name.
            if ((day.reason == DayOffReason::Saturday || day.reason == DayOffReason::Sunday) && !day.name.isEmpty())
                description = QCoreApplication::translate("DayOffText", "%1 (%2)").arg(description, day.displayName());
        }
        context.out << day.date.toString(Qt::ISODate) << '\t' << DayOffText::weekdayShort(day.date.dayOfWeek()) << '\t'
                    << DayOffText::reasonKey(day.reason) << '\t' << description << '\n';
    }
    context.out << calendar->source << '\n';
    context.out.flush();
    return 0;
}

} // namespace Madoguchi
