// madoguchi-cli incident | maintenance | availability: the agreement's availability chapters
// (incidents per function, maintenance plans checked against the agreement, the monthly figure).
#include "availability/AvailabilityTable.h"
#include "availability/AvailabilityTarget.h"
#include "availability/IncidentTickets.h"
#include "availability/MaintenanceCheck.h"
#include "availability/MonthlyAvailability.h"
#include "availability/OutageStore.h"
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliStore.h"
#include "cli/TerminalText.h"
#include "cli/TextTable.h"
#include "core/Jst.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString shown(const QDateTime &moment)
{
    return moment.isValid() ? Jst::toJst(moment).toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

// An ISO 8601 time option; an empty optional when absent, an error message when malformed.
struct TimeOption
{
    QDateTime value;
    QString error;
};

TimeOption timeOption(const QCommandLineParser &parser, const QString &name, bool required)
{
    if (!parser.isSet(name))
        return {{}, required ? u"--%1 ISO8601 is needed"_s.arg(name) : QString()};
    const auto parsed = Jst::parseIso(parser.value(name));
    if (!parsed)
        return {{}, u"--%1: \"%2\" is not ISO 8601 with an offset (2026-12-02T10:00:00+09:00)"_s.arg(
                        name, parser.value(name))};
    return {*parsed, {}};
}

std::optional<QDate> monthOption(const QString &text)
{
    const QDate month = QDate::fromString(text + u"-01"_s, u"yyyy-MM-dd"_s);
    return month.isValid() ? std::optional<QDate>(month) : std::nullopt;
}

// The store's refusals of what was typed (exit 2), as against the database failing (exit 1).
bool isInputError(const Error &error)
{
    return error.code == u"bad-input"_s || error.code == u"not-found"_s;
}

std::optional<qint64> idArgument(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int incidentAdd(CliContext &context, const QCommandLineParser &parser)
{
    const auto function = functionFromKey(parser.value(u"function"_s));
    if (!function)
        return context.usageError(u"incident add: --function must be client, webform or clickcount"_s);
    const auto cause = causeFromKey(parser.value(u"cause"_s));
    if (!cause)
        return context.usageError(u"incident add: --cause must be internal, maintenance, platform or force-majeure"_s);
    const TimeOption from = timeOption(parser, u"from"_s, true);
    const TimeOption to = timeOption(parser, u"to"_s, false);
    const TimeOption announced = timeOption(parser, u"announced"_s, false);
    for (const TimeOption &t : {from, to, announced}) {
        if (!t.error.isEmpty())
            return context.usageError(u"incident add: "_s + t.error);
    }
    if (to.value.isValid() && to.value <= from.value)
        return context.usageError(u"incident add: --to (%1) must come after --from (%2)"_s.arg(
            Jst::format(to.value), Jst::format(from.value)));
    if (announced.value.isValid() && *cause != OutageCause::Maintenance)
        return context.usageError(u"incident add: --announced is for --cause maintenance only"_s);
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    Incident incident;
    incident.function = *function;
    incident.cause = *cause;
    incident.start = from.value;
    incident.end = to.value;
    incident.announced = announced.value;
    incident.note = parser.value(u"note"_s);
    auto id = OutageStore(**database, context.clock).addIncident(incident);
    if (!id)
        return context.failure(id.error());
    context.out << *id << '\n';
    return 0;
}

int incidentList(CliContext &context, const QCommandLineParser &parser)
{
    QDate month;
    if (parser.isSet(u"month"_s)) {
        const auto parsed = monthOption(parser.value(u"month"_s));
        if (!parsed)
            return context.usageError(u"incident list: --month must be YYYY-MM"_s);
        month = *parsed;
    }
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    auto list = OutageStore(**database, context.clock).incidents(month);
    if (!list)
        return context.failure(list.error());
    TextTable table({u"#"_s, QCoreApplication::translate("AvailabilityCommand", "Function"),
                     QCoreApplication::translate("AvailabilityCommand", "From (JST)"),
                     QCoreApplication::translate("AvailabilityCommand", "To (JST)"),
                     QCoreApplication::translate("AvailabilityCommand", "Cause"),
                     QCoreApplication::translate("AvailabilityCommand", "Announced"),
                     QCoreApplication::translate("AvailabilityCommand", "Note")});
    for (const Incident &i : std::as_const(*list)) {
        table.addRow({QString::number(i.id), functionKey(i.function), shown(i.start),
                      i.end.isValid() ? shown(i.end) : QCoreApplication::translate("AvailabilityCommand", "(ongoing)"),
                      causeKey(i.cause), shown(i.announced), i.note});
    }
    context.out << table.render(40);
    return 0;
}

// incident link ID TICKET / incident unlink ID TICKET: the ticket as its number (#12 or 12).
int incidentLink(CliContext &context, const QStringList &words)
{
    const QString action = words.at(0);
    const auto id = idArgument(words.at(1));
    if (!id)
        return context.usageError(u"incident %1: ID must be an incident number"_s.arg(action));
    const auto ticket = idArgument(QString(words.at(2)).remove(u'#'));
    if (!ticket)
        return context.usageError(u"incident %1: TICKET must be a ticket number"_s.arg(action));
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    TicketDesk desk(**database, context.clock);
    IncidentTickets links(**database, desk.audit());
    auto done = action == u"link"_s ? links.link(StaffUser::system(), *id, *ticket)
                                    : links.unlink(StaffUser::system(), *id, *ticket);
    if (!done)
        return isInputError(done.error()) ? context.usageError(u"incident %1: "_s.arg(action) + done.error().message)
                                          : context.failure(done.error());
    return 0;
}

// incident show ID: the incident and the tickets linked to it.
int incidentShow(CliContext &context, const QString &idText)
{
    const auto id = idArgument(idText);
    if (!id)
        return context.usageError(u"incident show: ID must be an incident number"_s);
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    auto found = OutageStore(**database, context.clock).incident(*id);
    if (!found)
        return context.failure(found.error());
    if (!found->has_value())
        return context.usageError(u"incident show: there is no incident %1"_s.arg(*id));
    const Incident &i = **found;
    TicketDesk desk(**database, context.clock);
    auto tickets = IncidentTickets(**database, desk.audit()).ticketsOf(*id);
    if (!tickets)
        return context.failure(tickets.error());
    const auto line = [&](const char *label, const QString &value) {
        context.out << QCoreApplication::translate("AvailabilityCommand", label) << u": "_s
                    << TerminalText::line(value) << '\n';
    };
    context.out << u"#"_s << i.id << '\n';
    line(QT_TRANSLATE_NOOP("AvailabilityCommand", "Function"), functionKey(i.function));
    line(QT_TRANSLATE_NOOP("AvailabilityCommand", "From (JST)"), shown(i.start));
    line(QT_TRANSLATE_NOOP("AvailabilityCommand", "To (JST)"),
         i.end.isValid() ? shown(i.end) : QCoreApplication::translate("AvailabilityCommand", "(ongoing)"));
    line(QT_TRANSLATE_NOOP("AvailabilityCommand", "Cause"), causeKey(i.cause));
    if (i.announced.isValid())
        line(QT_TRANSLATE_NOOP("AvailabilityCommand", "Announced"), shown(i.announced));
    line(QT_TRANSLATE_NOOP("AvailabilityCommand", "Note"), i.note);
    context.out << QCoreApplication::translate("AvailabilityCommand", "Linked tickets") << u": "_s << tickets->size()
                << '\n';
    for (const LinkedTicket &t : std::as_const(*tickets))
        context.out << u"  #"_s << t.ticketId << u"  "_s << statusKey(t.status) << u"  "_s
                    << TerminalText::line(t.subject) << '\n';
    return 0;
}

QList<ServiceFunction> functionsOption(const QString &text, bool *ok)
{
    QList<ServiceFunction> functions;
    *ok = !text.isEmpty();
    for (const QString &key : text.split(u',', Qt::SkipEmptyParts)) {
        const auto f = functionFromKey(key.trimmed());
        if (!f)
            *ok = false;
        else if (!functions.contains(*f))
            functions.append(*f);
    }
    return functions;
}

int maintenanceAdd(CliContext &context, const QCommandLineParser &parser)
{
    bool functionsOk = false;
    const auto functions = functionsOption(parser.value(u"functions"_s), &functionsOk);
    if (!functionsOk)
        return context.usageError(
            u"maintenance add: --functions is a comma-separated list of client, webform, clickcount"_s);
    const TimeOption from = timeOption(parser, u"from"_s, true);
    const TimeOption to = timeOption(parser, u"to"_s, true);
    const TimeOption announced = timeOption(parser, u"announced"_s, false);
    for (const TimeOption &t : {from, to, announced}) {
        if (!t.error.isEmpty())
            return context.usageError(u"maintenance add: "_s + t.error);
    }
    if (to.value <= from.value)
        return context.usageError(u"maintenance add: --to (%1) must come after --from (%2)"_s.arg(
            Jst::format(to.value), Jst::format(from.value)));
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    MaintenancePlan plan;
    plan.functions = functions;
    plan.start = from.value;
    plan.end = to.value;
    plan.announced = announced.value;
    plan.emergency = parser.isSet(u"emergency"_s);
    plan.note = parser.value(u"note"_s);
    auto id = OutageStore(**database, context.clock).addPlan(plan);
    if (!id)
        return context.failure(id.error());
    context.out << *id << '\n';
    // What the agreement would say about it, at once.
    for (const MaintenanceFinding &finding : MaintenanceCheck::check(plan, context.clock.now()))
        context.err << u"madoguchi-cli: maintenance %1: "_s.arg(*id) << MaintenanceCheck::describe(finding) << '\n';
    return 0;
}

int maintenanceList(CliContext &context, bool checkOnly, bool all)
{
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    auto plans = OutageStore(**database, context.clock).plans();
    if (!plans)
        return context.failure(plans.error());
    const QDateTime now = context.clock.now();
    int findings = 0;
    TextTable table({u"#"_s, QCoreApplication::translate("AvailabilityCommand", "Functions"),
                     QCoreApplication::translate("AvailabilityCommand", "From (JST)"),
                     QCoreApplication::translate("AvailabilityCommand", "To (JST)"),
                     QCoreApplication::translate("AvailabilityCommand", "Announced"),
                     QCoreApplication::translate("AvailabilityCommand", "Ended"),
                     QCoreApplication::translate("AvailabilityCommand", "Agreement")});
    for (const MaintenancePlan &plan : std::as_const(*plans)) {
        const QDateTime ended = plan.actualEnd.isValid() ? plan.actualEnd : plan.end;
        if (checkOnly && !all && ended < now)
            continue; // past plans are history; --all lists them too
        QStringList keys;
        QStringList lines;
        for (const MaintenanceFinding &finding : MaintenanceCheck::check(plan, now)) {
            keys.append(MaintenanceCheck::breachKey(finding.breach));
            lines.append(MaintenanceCheck::describe(finding));
        }
        findings += int(keys.size());
        QStringList functions;
        for (ServiceFunction f : plan.functions)
            functions.append(functionKey(f));
        if (checkOnly) {
            for (const QString &line : std::as_const(lines))
                context.out << u"maintenance %1 (%2 – %3): "_s.arg(plan.id).arg(shown(plan.start), shown(plan.end))
                            << line << '\n';
            continue;
        }
        table.addRow({QString::number(plan.id), functions.join(u',') + (plan.emergency ? u" !"_s : QString()),
                      shown(plan.start), shown(plan.end), shown(plan.announced), shown(plan.actualEnd),
                      keys.isEmpty() ? u"ok"_s : keys.join(u' ')});
    }
    if (!checkOnly) {
        context.out << table.render(40);
        return 0;
    }
    if (findings == 0)
        context.out << QCoreApplication::translate("AvailabilityCommand",
                                                   "Every maintenance plan keeps the agreement.")
                    << '\n';
    return findings == 0 ? 0 : 1;
}

} // namespace

int runIncident(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"function"_s, u"client, webform or clickcount"_s, u"function"_s});
    parser.addOption({u"from"_s, u"when it began (ISO 8601 with an offset)"_s, u"time"_s});
    parser.addOption({u"to"_s, u"when it ended; leave out while it lasts"_s, u"time"_s});
    parser.addOption({u"cause"_s, u"internal, maintenance, platform or force-majeure"_s, u"cause"_s});
    parser.addOption({u"announced"_s, u"when a maintenance stop was announced"_s, u"time"_s});
    parser.addOption({u"note"_s, u"what happened"_s, u"text"_s});
    parser.addOption({u"at"_s, u"incident end: when it ended"_s, u"time"_s});
    parser.addOption({u"month"_s, u"incident list: only this month (YYYY-MM)"_s, u"month"_s});
    if (!context.parse(parser, args, 1, 3))
        return context.parseStatus();
    const QStringList words = parser.positionalArguments().mid(1);
    const QString action = words.value(0);
    if (action == u"add"_s && words.size() == 1)
        return incidentAdd(context, parser);
    if ((action == u"link"_s || action == u"unlink"_s) && words.size() == 3)
        return incidentLink(context, words);
    if (action == u"show"_s && words.size() == 2)
        return incidentShow(context, words.at(1));
    if (action == u"list"_s && words.size() == 1)
        return incidentList(context, parser);
    if (action == u"end"_s && words.size() == 2) {
        const auto id = idArgument(words.at(1));
        if (!id)
            return context.usageError(u"incident end: ID must be an incident number"_s);
        const TimeOption at = timeOption(parser, u"at"_s, true);
        if (!at.error.isEmpty())
            return context.usageError(u"incident end: "_s + at.error);
        auto database = openCliStore(context);
        if (!database)
            return context.failure(database.error());
        auto ended = OutageStore(**database, context.clock).endIncident(*id, at.value);
        if (!ended)
            return isInputError(ended.error()) ? context.usageError(u"incident end: "_s + ended.error().message)
                                               : context.failure(ended.error());
        return 0;
    }
    return context.usageError(u"incident: use add, end ID --at TIME, list [--month YYYY-MM], show ID, "
                              "link ID TICKET, or unlink ID TICKET"_s);
}

int runMaintenance(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"functions"_s, u"the functions it stops: client,webform,clickcount"_s, u"list"_s});
    parser.addOption({u"from"_s, u"the announced start (ISO 8601 with an offset)"_s, u"time"_s});
    parser.addOption({u"to"_s, u"the announced end"_s, u"time"_s});
    parser.addOption({u"announced"_s, u"when it was announced to the customers"_s, u"time"_s});
    parser.addOption({u"emergency"_s, u"an emergency: 14 days' notice is not required"_s});
    parser.addOption({u"note"_s, u"what is done"_s, u"text"_s});
    parser.addOption({u"at"_s, u"maintenance end / announce: when"_s, u"time"_s});
    parser.addOption({u"all"_s, u"maintenance check: past plans too"_s});
    if (!context.parse(parser, args, 0, 2))
        return context.parseStatus();
    const QStringList words = parser.positionalArguments().mid(1);
    const QString action = words.value(0, u"list"_s);
    if (action == u"add"_s && words.size() == 1)
        return maintenanceAdd(context, parser);
    if (action == u"list"_s && words.size() <= 1)
        return maintenanceList(context, false, true);
    if (action == u"check"_s && words.size() == 1)
        return maintenanceList(context, true, parser.isSet(u"all"_s));
    if ((action == u"end"_s || action == u"announce"_s) && words.size() == 2) {
        const auto id = idArgument(words.at(1));
        if (!id)
            return context.usageError(u"maintenance %1: ID must be a plan number"_s.arg(action));
        const TimeOption at = timeOption(parser, u"at"_s, true);
        if (!at.error.isEmpty())
            return context.usageError(u"maintenance %1: "_s.arg(action) + at.error);
        auto database = openCliStore(context);
        if (!database)
            return context.failure(database.error());
        OutageStore store(**database, context.clock);
        auto done = action == u"end"_s ? store.recordPlanEnd(*id, at.value) : store.recordAnnouncement(*id, at.value);
        if (!done)
            return isInputError(done.error()) ? context.usageError(u"maintenance %1: "_s.arg(action) + done.error().message)
                                              : context.failure(done.error());
        return 0;
    }
    return context.usageError(
        u"maintenance: use add, list, check [--all], end ID --at TIME, or announce ID --at TIME"_s);
}

// availability target [PERCENT]: prints the target, or sets it (audited, as a manager would).
int availabilityTarget(CliContext &context, const QStringList &words)
{
    std::optional<double> percent;
    if (words.size() == 2) {
        percent = AvailabilityTarget::parse(words.at(1));
        if (!percent)
            return context.usageError(u"availability target: \"%1\": "_s.arg(TerminalText::line(words.at(1)))
                                      + AvailabilityTarget::rangeError());
    }
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    if (!percent) {
        auto target = AvailabilityTarget::read(**database);
        if (!target)
            return context.failure(target.error());
        context.out << AvailabilityTarget::text(*target) << '\n';
        return 0;
    }
    TicketDesk desk(**database, context.clock);
    if (auto saved = AvailabilityTarget::write(desk.settings(), StaffUser::system(), *percent); !saved)
        return context.failure(saved.error());
    return 0;
}

int runAvailability(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"month"_s, u"the month, YYYY-MM (default: the current JST month)"_s, u"month"_s});
    parser.addOption({u"format"_s, u"table (default), csv or json"_s, u"format"_s, u"table"_s});
    if (!context.parse(parser, args, 0, 2))
        return context.parseStatus();
    const QStringList words = parser.positionalArguments().mid(1);
    if (!words.isEmpty()) {
        if (words.at(0) == u"target"_s)
            return availabilityTarget(context, words);
        return context.usageError(u"availability: use --month YYYY-MM [--format table|csv|json], or target [PERCENT]"_s);
    }
    const QDateTime now = context.clock.now();
    QDate month = Jst::dateOf(now);
    if (parser.isSet(u"month"_s)) {
        const auto parsed = monthOption(parser.value(u"month"_s));
        if (!parsed)
            return context.usageError(u"availability: --month must be YYYY-MM"_s);
        month = *parsed;
    }
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"csv"_s && format != u"json"_s)
        return context.usageError(u"availability: unknown format \""_s + format + u"\" (table, csv, json)"_s);
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    OutageStore store(**database, context.clock);
    auto computed = AvailabilityTable::month(store, month, now);
    if (!computed)
        return context.failure(computed.error());
    const QList<AvailabilityFigures> &rows = computed->figures;
    const QString monthText = computed->month.toString(u"yyyy-MM"_s);

    if (format == u"json"_s) {
        QJsonArray list;
        for (const AvailabilityFigures &f : rows) {
            QJsonArray contributions;
            for (const AvailabilityContribution &c : f.contributions)
                contributions.append(QJsonObject{{u"source"_s, c.source}, {u"function"_s, functionKey(c.function)},
                                                 {u"excludedMinutes"_s, c.excludedMinutes},
                                                 {u"downtimeMinutes"_s, c.downtimeMinutes}, {u"rule"_s, c.why}});
            list.append(QJsonObject{{u"function"_s, scopeKey(f.scope)}, {u"month"_s, monthText},
                                    {u"monthMinutes"_s, f.monthMinutes}, {u"excludedMinutes"_s, f.excludedMinutes},
                                    {u"serviceMinutes"_s, f.serviceMinutes}, {u"downtimeMinutes"_s, f.downtimeMinutes},
                                    {u"percent"_s, AvailabilityTable::percentText(f.percent).toDouble()},
                                    {u"target"_s, f.targetPercent}, {u"meetsTarget"_s, f.meetsTarget()},
                                    {u"contributions"_s, contributions}});
        }
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (format == u"csv"_s) {
        // Bytes as they are (BOM, CRLF), like `report --format csv`; the desk's view writes the same.
        const QByteArray bytes = AvailabilityTable::csv(rows);
        context.out.flush();
        if (context.out.device()->write(bytes) != bytes.size())
            return context.failure(u"availability: cannot write to standard output"_s);
        return 0;
    }
    const QList<QStringList> table = AvailabilityTable::rows(rows);
    TextTable text(table.first());
    for (qsizetype i = 1; i < table.size(); ++i)
        text.addRow(table.at(i));
    context.out << text.render(40);
    for (const AvailabilityFigures &f : rows) {
        if (!f.meetsTarget())
            context.out << QCoreApplication::translate("AvailabilityCommand", "%1: below the target of %2 %")
                               .arg(scopeKey(f.scope), AvailabilityTable::percentText(f.targetPercent))
                        << '\n';
    }
    return 0;
}

} // namespace Madoguchi
