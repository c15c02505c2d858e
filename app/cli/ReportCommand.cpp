#include "cli/CliCommands.h"
#include "cli/CliStore.h"
#include "cli/TerminalText.h"
#include "core/Jst.h"
#include "reports/ReportExport.h"
#include "reports/ResponseReportBuilder.h"
#include "cli/CliStore.h"
#include "tickets/TicketDesk.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QString helpText = uR"(Usage: madoguchi-cli report [--from DATE] [--to DATE] [--by team|staff|org|day|month]
                           [--format table|csv|json] [--staff LOGIN] [--trend] [--output FILE]

Response figures for the customer messages received between two JST dates (both included):
received, answered on time (count and %), answered late, open and overdue now, open and not
yet due, closed without a reply, response times in business minutes (median, p90, mean,
max; per message and first response per ticket), and urgent tickets on their 24x7 clock.
"Now" is the real time or --now. See docs/reports.md for the definition of every figure.

Options:
  --from DATE       first day, YYYY-MM-DD (default: the first day of the month of --to,
                    or of the current month)
  --to DATE         last day (default: the last day of the month of --from, or of the
                    current month)
  --by GROUPING     team (default), staff, org, day or month
  --format FORMAT   table (default), csv (UTF-8 with BOM, CRLF, Japanese column names, for
                    Excel) or json
  --staff LOGIN     only the messages that count for this staff member
  --trend           the 12 months ending with the month of --to, one row per month
  --output FILE     write to FILE instead of standard output
)"_s;

std::optional<QDate> parseDate(const CliContext &context, const QString &option, const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        context.usageError(u"report: %1 \"%2\" is not a date (YYYY-MM-DD)"_s.arg(option, text));
        return std::nullopt;
    }
    return date;
}

} // namespace

// `report`: the managers' figures for cron jobs and spreadsheets.
int runReport(CliContext &context, const QStringList &args)
{
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        context.out << helpText;
        return 0;
    }
    QCommandLineParser parser;
    const QCommandLineOption fromOption(u"from"_s, u"first day"_s, u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, u"last day"_s, u"DATE"_s);
    const QCommandLineOption byOption(u"by"_s, u"grouping"_s, u"GROUPING"_s, u"team"_s);
    const QCommandLineOption formatOption(u"format"_s, u"format"_s, u"FORMAT"_s, u"table"_s);
    const QCommandLineOption staffOption(u"staff"_s, u"staff login"_s, u"LOGIN"_s);
    const QCommandLineOption trendOption(u"trend"_s, u"12-month trend"_s);
    const QCommandLineOption outputOption(u"output"_s, u"output file"_s, u"FILE"_s);
    parser.addOptions({fromOption, toOption, byOption, formatOption, staffOption, trendOption, outputOption});
    if (!context.parse(parser, args, 0, 0))
        return context.parseStatus();

    ReportPeriod period = ReportPeriod::monthOf(context.clock.now());
    std::optional<QDate> from, to;
    if (parser.isSet(fromOption) && !(from = parseDate(context, u"--from"_s, parser.value(fromOption))))
        return 2;
    if (parser.isSet(toOption) && !(to = parseDate(context, u"--to"_s, parser.value(toOption))))
        return 2;
    if (from && to)
        period = {*from, *to};
    else if (from)
        period = {*from, ReportPeriod::month(from->year(), from->month()).to};
    else if (to)
        period = {ReportPeriod::month(to->year(), to->month()).from, *to};
    if (!period.isValid())
        return context.usageError(u"report: --from must not be after --to"_s);
    const auto grouping = groupingFromKey(parser.value(byOption));
    if (!grouping)
        return context.usageError(u"report: --by must be team, staff, org, day or month"_s);
    const QString format = parser.value(formatOption);
    if (format != u"table"_s && format != u"csv"_s && format != u"json"_s)
        return context.usageError(u"report: --format must be table, csv or json"_s);

    auto database = openCliStore(context);
    if (!database) {
        return database.error().code == u"no-database"_s ? context.failure(database.error())
                                                          : context.failure(u"report: "_s + database.error().message);
    }
    TicketDesk desk(**database, context.clock);
    auto calendar = desk.calendar().calendar();
    if (!calendar)
        return context.failure(u"report: "_s + calendar.error().message);

    ReportQuery query{period, *grouping, std::nullopt};
    if (parser.isSet(staffOption)) {
        auto user = desk.team().userByLogin(parser.value(staffOption));
        if (!user)
            return context.failure(u"report: "_s + user.error().message);
        if (!user->has_value())
            return context.usageError(u"report: no staff member with login \""_s + parser.value(staffOption) + u'"');
        query.staffId = (*user)->id;
    }
    ResponseReportBuilder builder(**database, **calendar, context.clock);
    auto report = parser.isSet(trendOption) ? builder.trend(period.to, query.staffId) : builder.build(query);
    if (!report)
        return context.failure(u"report: "_s + report.error().message);

    QByteArray bytes;
    if (format == u"csv"_s)
        bytes = ReportExport::csv(*report);
    else if (format == u"json"_s)
        bytes = ReportExport::json(*report);
    else
        bytes = TerminalText::block(ReportExport::textTable(*report)).toUtf8();
    if (parser.isSet(outputOption)) {
        QFile file(parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return context.failure(u"report: cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
        return 0;
    }
    // Through the same filtered device as every other output (TerminalDevice), after what
    // the stream holds.
    context.out.flush();
    if (context.out.device()->write(bytes) != bytes.size())
        return context.failure(u"report: cannot write to standard output"_s);
    return 0;
}

} // namespace Madoguchi
