// madoguchi-cli tickets [--queue new|open|waiting|due-soon|overdue|all] [--format table|tsv|json]

#include "cli/CliCommands.h"
#include "cli/CliStore.h"
#include "cli/TerminalText.h"
#include "cli/TextTable.h"
#include "core/Jst.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString flagKey(const QueueEntry &entry)
{
    if (!entry.ticket.due.isValid())
        return u"none"_s;
    switch (entry.flag) {
    case DeadlineFlag::Overdue:
        return u"overdue"_s;
    case DeadlineFlag::DueSoon:
        return u"due-soon"_s;
    case DeadlineFlag::OnTime:
        break;
    }
    return u"on-time"_s;
}

QString flagText(const QueueEntry &entry)
{
    const QString key = flagKey(entry);
    if (key == u"overdue"_s)
        return QCoreApplication::translate("TicketsCommand", "Overdue");
    if (key == u"due-soon"_s)
        return QCoreApplication::translate("TicketsCommand", "Due soon");
    return {};
}

QString shortJst(const QDateTime &moment)
{
    return moment.isValid() ? Jst::toJst(moment).toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

} // namespace

int runTickets(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"queue"_s, u"new, open, waiting, due-soon, overdue or all"_s, u"queue"_s, u"all"_s});
    parser.addOption({u"format"_s, u"table, tsv or json"_s, u"format"_s, u"table"_s});
    parser.addOption({u"limit"_s, u"at most this many tickets (default 500)"_s, u"n"_s, u"500"_s});
    if (!context.parse(parser, args, 0, 0))
        return context.parseStatus();
    const auto filter = queueFilterFromKey(parser.value(u"queue"_s));
    if (!filter)
        return context.usageError(u"tickets: unknown queue \""_s + parser.value(u"queue"_s)
                                  + u"\" (new, open, waiting, due-soon, overdue, all)"_s);
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"tsv"_s && format != u"json"_s)
        return context.usageError(u"tickets: unknown format \""_s + format + u"\" (table, tsv, json)"_s);
    bool limitOk = false;
    const int limit = parser.value(u"limit"_s).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        return context.usageError(u"tickets: --limit needs a positive number"_s);

    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    TicketDesk desk(**database, context.clock);
    const QDateTime now = context.clock.now();
    // One more than asked for tells whether the list was cut; the extra entry is not shown.
    const auto listed = desk.queue().list(*filter, now, limit + 1);
    if (!listed)
        return context.failure(listed.error().message);
    const QList<QueueEntry> entries = listed->mid(0, limit);
    if (listed->size() > limit) {
        context.err << QCoreApplication::translate("TicketsCommand",
                                                   "madoguchi-cli: only the first %1 tickets are shown "
                                                   "(--limit N shows more)")
                           .arg(limit)
                    << '\n';
        context.err.flush();
    }

    if (format == u"json"_s) {
        QJsonArray list;
        for (const QueueEntry &e : entries) {
            list.append(QJsonObject{
                {u"number"_s, e.ticket.number()},
                {u"subject"_s, e.ticket.subject},
                {u"status"_s, statusKey(e.ticket.status)},
                {u"priority"_s, priorityKey(e.ticket.priority)},
                {u"assignee"_s, e.ticket.assigneeName},
                {u"customer"_s, e.ticket.customerAddress},
                {u"received"_s, Jst::format(e.received)},
                {u"due"_s, e.ticket.due.isValid() ? QJsonValue(Jst::format(e.ticket.due)) : QJsonValue()},
                {u"flag"_s, flagKey(e)},
                {u"remainingMinutes"_s, e.ticket.due.isValid() ? QJsonValue(e.remainingMinutes) : QJsonValue()},
                {u"replyUndelivered"_s, e.ticket.replyUndelivered},
                {u"tags"_s, QJsonArray::fromStringList(e.ticket.tags)},
                {u"version"_s, e.ticket.version},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (format == u"tsv"_s) {
        // For scripts: no header, the number first, keys instead of translated words; tab,
        // CR, LF and backslash in a field are written \t, \r, \n and \\.
        for (const QueueEntry &e : entries) {
            context.out << e.ticket.number() << '\t' << TerminalText::tsvField(e.ticket.subject) << '\t'
                        << statusKey(e.ticket.status) << '\t' << TerminalText::tsvField(e.ticket.assigneeName) << '\t'
                        << Jst::format(e.received) << '\t'
                        << (e.ticket.due.isValid() ? Jst::format(e.ticket.due) : QString()) << '\t' << flagKey(e)
                        << '\n';
        }
        context.out.flush();
        return 0;
    }
    TextTable table({u"#"_s, QCoreApplication::translate("TicketsCommand", "Subject"),
                     QCoreApplication::translate("TicketsCommand", "Status"),
                     QCoreApplication::translate("TicketsCommand", "Assignee"),
                     QCoreApplication::translate("TicketsCommand", "Received (JST)"),
                     QCoreApplication::translate("TicketsCommand", "Due (JST)"),
                     QCoreApplication::translate("TicketsCommand", "Flag")});
    for (const QueueEntry &e : entries) {
        QString status = statusLabel(e.ticket.status);
        if (e.ticket.isUrgent())
            status += u" / "_s + priorityLabel(e.ticket.priority);
        QString flag = flagText(e);
        if (e.ticket.replyUndelivered)
            flag += (flag.isEmpty() ? QString() : u" "_s)
                    + QCoreApplication::translate("TicketsCommand", "(reply undelivered)");
        table.addRow({QString::number(e.ticket.number()), e.ticket.subject, status, e.ticket.assigneeName,
                      shortJst(e.received), shortJst(e.ticket.due), flag});
    }
    context.out << table.render(60);
    const auto counts = desk.queue().counts(now);
    if (counts) {
        context.out << QCoreApplication::translate("TicketsCommand", "Overdue %1, due soon %2, new %3 (as of %4 JST)")
                           .arg(counts->overdue)
                           .arg(counts->dueSoon)
                           .arg(counts->newTickets)
                           .arg(shortJst(now))
                    << '\n';
    }
    context.out.flush();
    return 0;
}

} // namespace Madoguchi
