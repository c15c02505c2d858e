#include "cli/CalendarCliOptions.h"

#include "calendar/CompanyHolidayImport.h"
#include "cli/CliStore.h"
#include "core/Jst.h"
#include "tickets/TicketDesk.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QString holidaysCsvOption = u"holidays-csv"_s;
const QString companyHolidaysOption = u"company-holidays"_s;

std::optional<QByteArray> readFile(const CliContext &context, const QString &command, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.usageError(command + u": cannot read \""_s + path + u"\": "_s + file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

void CalendarCliOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(holidaysCsvOption, u"official holiday list"_s, u"FILE"_s));
    parser.addOption(QCommandLineOption(companyHolidaysOption, u"company holidays"_s, u"FILE"_s));
}

QString CalendarCliOptions::helpText()
{
    return u"  --holidays-csv FILE      apply the Cabinet Office syukujitsu.csv (Shift_JIS or UTF-8);\n"
           u"                           it replaces the computed days for the years it covers\n"
           u"  --company-holidays FILE  add company holidays from a CSV (date,name) or an\n"
           u"                           iCalendar file (all-day VEVENTs)\n"
           u"  --help                   show this help\n\n"
           u"With a desk database (--database, MADOGUCHI_DATABASE, or the default one when it\n"
           u"exists) the desk's calendar is used: company holidays, official list, hours, policy.\n"_s;
}

bool CalendarCliOptions::wantsHelp(const QStringList &args)
{
    return args.contains(u"--help"_s) || args.contains(u"-h"_s);
}

std::optional<CalendarCliOptions::Calendar> CalendarCliOptions::calendar(const CliContext &context,
                                                                         const QCommandLineParser &parser,
                                                                         const QString &command, int &status)
{
    status = 2;
    JapaneseHolidays holidays;
    CalendarSettings settings;
    QString source = QCoreApplication::translate(
        "CalendarCliOptions", "Calendar: built in (national holidays, year-end break, 10:00-12:00 and 13:00-18:00; "
                              "no desk database)");
    // The desk's own calendar whenever there is a desk: the answer must be the one `ticket N` gives.
    if (cliDeskExists(context)) {
        auto database = openExistingCliStore(context);
        if (!database) {
            status = database.error().code == u"missing"_s ? 2 : 1;
            context.failure(command + u": "_s + database.error().message);
            return std::nullopt;
        }
        TicketDesk desk(**database, context.clock);
        auto stored = desk.calendar().calendar();
        if (!stored) {
            status = 1;
            context.failure(command + u": "_s + stored.error().message);
            return std::nullopt;
        }
        holidays = (*stored)->holidays();
        settings = (*stored)->settings();
        source = QCoreApplication::translate("CalendarCliOptions",
                                             "Calendar: the desk's, from %1 (company holidays, official holiday "
                                             "list, business hours, policy)")
                     .arg((*database)->address().toString());
    }
    if (parser.isSet(holidaysCsvOption)) {
        const QString path = parser.value(holidaysCsvOption);
        const auto data = readFile(context, command, path);
        if (!data)
            return std::nullopt;
        const auto imported = holidays.importOfficialCsv(*data);
        if (!imported) {
            context.usageError(command + u": "_s + path + u": "_s + imported.error().message);
            return std::nullopt;
        }
        source += QCoreApplication::translate("CalendarCliOptions", " + official holidays from %1").arg(path);
    }
    if (parser.isSet(companyHolidaysOption)) {
        const QString path = parser.value(companyHolidaysOption);
        const auto data = readFile(context, command, path);
        if (!data)
            return std::nullopt;
        const auto days = CompanyHolidayImport::fromFile(*data);
        if (!days) {
            context.usageError(command + u": "_s + path + u": "_s + days.error().message);
            return std::nullopt;
        }
        settings.companyHolidays += days.value();
        source += QCoreApplication::translate("CalendarCliOptions", " + company holidays from %1").arg(path);
    }
    status = 0;
    return Calendar{BusinessCalendar(settings, holidays), source};
}

std::optional<int> CalendarCliOptions::year(const CliContext &context, const QString &command, const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || text.size() != 4) {
        context.usageError(command + u": \""_s + text + u"\" is not a year (expected YYYY)"_s);
        return std::nullopt;
    }
    if (value < JapaneseHolidays::firstYear || value > JapaneseHolidays::lastYear) {
        context.usageError(command
                           + u": year %1 is outside %2-%3"_s.arg(value)
                                 .arg(JapaneseHolidays::firstYear)
                                 .arg(JapaneseHolidays::lastYear));
        return std::nullopt;
    }
    return value;
}

std::optional<QDateTime> CalendarCliOptions::moment(const CliContext &context, const QString &command,
                                                    const QString &text)
{
    const auto parsed = Jst::parseIso(text);
    if (!parsed) {
        context.usageError(command + u": cannot parse \""_s + text
                           + u"\" as ISO 8601 with an offset (e.g. 2025-06-11T19:30:00+09:00)"_s);
        return std::nullopt;
    }
    const int year = Jst::dateOf(*parsed).year();
    if (year < JapaneseHolidays::firstYear || year > JapaneseHolidays::lastYear) {
        context.usageError(command + u": \""_s + text
                           + u"\" is in %1, outside %2-%3"_s.arg(year)
                                 .arg(JapaneseHolidays::firstYear)
                                 .arg(JapaneseHolidays::lastYear));
        return std::nullopt;
    }
    return parsed;
}

} // namespace Madoguchi
