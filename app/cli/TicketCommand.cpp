// madoguchi-cli ticket NUMBER: one ticket's thread and why its deadline is what it is.

#include "calendar/ResponseDeadline.h"
#include "cli/CliCommands.h"
#include "cli/CliStore.h"
#include "cli/TerminalText.h"
#include "core/Jst.h"
#include "tickets/KeywordUrgency.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TicketCommand", text);
}

QString jstText(const QDateTime &moment)
{
    return moment.isValid() ? Jst::toJst(moment).toString(u"yyyy-MM-dd HH:mm"_s) + u" JST"_s : u"-"_s;
}

void printThread(QTextStream &out, const QList<TicketMessage> &thread)
{
    out << '\n' << tr(QT_TRANSLATE_NOOP("TicketCommand", "Thread:")) << '\n';
    for (const TicketMessage &m : thread) {
        out << "--- " << jstText(m.received);
        if (m.receivedClaimed)
            out << ' ' << tr(QT_TRANSLATE_NOOP("TicketCommand", "(claimed by the sender)"));
        out << "  " << messageKindLabel(m.kind);
        if ((m.kind == MessageKind::StaffReply || m.kind == MessageKind::Forward) && m.delivery != ReplyDelivery::Delivered)
            out << " (" << replyDeliveryLabel(m.delivery) << ')';
        out << "  "
            << TerminalText::line(m.fromName.isEmpty() ? m.fromAddress : m.fromName + u" <"_s + m.fromAddress + u'>');
        // The id `forward NUMBER --message ID` takes.
        out << "  [" << tr(QT_TRANSLATE_NOOP("TicketCommand", "message %1")).arg(m.id) << "]\n";
        if (!m.subject.isEmpty())
            out << tr(QT_TRANSLATE_NOOP("TicketCommand", "Subject:")) << ' ' << TerminalText::line(m.subject) << '\n';
        for (const MessageAttachment &file : m.attachments)
            out << tr(QT_TRANSLATE_NOOP("TicketCommand", "Attachment:")) << ' ' << TerminalText::line(file.fileName)
                << " (" << TerminalText::line(file.mimeType) << ", " << file.size << ")\n";
        out << TerminalText::block(m.bodyText.trimmed()) << "\n\n";
    }
}

} // namespace

int runTicket(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!context.parse(parser, args, 1, 1))
        return context.parseStatus();
    bool ok = false;
    const qint64 number = QString(parser.positionalArguments().at(1)).remove(u'#').toLongLong(&ok);
    if (!ok || number <= 0)
        return context.usageError(u"ticket: \""_s + parser.positionalArguments().at(1) + u"\" is not a ticket number"_s);
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    TicketDesk desk(**database, context.clock);
    const auto found = desk.tickets().findByNumber(number);
    if (!found)
        return context.failure(found.error().message);
    if (!found->has_value())
        return context.failure(tr(QT_TRANSLATE_NOOP("TicketCommand", "Ticket #%1 does not exist.")).arg(number));
    const Ticket &ticket = **found;
    QTextStream &out = context.out;
    if (ticket.id != number)
        out << tr(QT_TRANSLATE_NOOP("TicketCommand", "#%1 was merged into #%2.")).arg(number).arg(ticket.id) << '\n';
    out << '#' << ticket.number() << ' ' << TerminalText::line(ticket.subject) << '\n';
    out << tr(QT_TRANSLATE_NOOP("TicketCommand", "Status:")) << ' ' << statusLabel(ticket.status) << "  "
        << tr(QT_TRANSLATE_NOOP("TicketCommand", "Priority:")) << ' ' << priorityLabel(ticket.priority) << "  "
        << tr(QT_TRANSLATE_NOOP("TicketCommand", "Assignee:")) << ' '
        << (ticket.assigneeName.isEmpty() ? u"-"_s : TerminalText::line(ticket.assigneeName)) << '\n';
    out << tr(QT_TRANSLATE_NOOP("TicketCommand", "Customer:")) << ' '
        << (ticket.customerAddress.isEmpty() ? u"-"_s : TerminalText::line(ticket.customerAddress));
    if (!ticket.organisationName.isEmpty())
        out << " (" << TerminalText::line(ticket.organisationName) << ')';
    out << '\n';
    if (!ticket.tags.isEmpty())
        out << tr(QT_TRANSLATE_NOOP("TicketCommand", "Tags:")) << ' ' << TerminalText::line(ticket.tags.join(u", "_s))
            << '\n';
    if (ticket.replyUndelivered)
        out << tr(QT_TRANSLATE_NOOP("TicketCommand", "A reply to this ticket was not delivered.")) << '\n';

    auto calendar = desk.calendar().calendar();
    if (!calendar)
        return context.failure(calendar.error().message);
    const DeadlineCalculator calculator(**calendar);
    const QDateTime now = context.clock.now();
    if (ticket.due.isValid()) {
        out << tr(QT_TRANSLATE_NOOP("TicketCommand", "Due:")) << ' ' << jstText(ticket.due);
        switch (calculator.classify(ticket.due, now, ticket.isUrgent())) {
        case DeadlineFlag::Overdue:
            out << "  [" << tr(QT_TRANSLATE_NOOP("TicketCommand", "Overdue")) << ']';
            break;
        case DeadlineFlag::DueSoon:
            out << "  [" << tr(QT_TRANSLATE_NOOP("TicketCommand", "Due soon")) << ']';
            break;
        case DeadlineFlag::OnTime:
            break;
        }
        out << '\n';
    } else {
        out << tr(QT_TRANSLATE_NOOP("TicketCommand", "Due: nothing is waiting for an answer.")) << '\n';
    }
    const auto obligations = desk.tickets().obligations(ticket.id);
    if (!obligations)
        return context.failure(obligations.error().message);
    auto urgentReason = KeywordUrgency(desk).reason(ticket.id);
    if (!urgentReason)
        return context.failure(urgentReason.error().message);
    bool header = false;
    for (const Obligation &o : *obligations) {
        if (!o.isOpen())
            continue;
        if (!header)
            out << '\n' << tr(QT_TRANSLATE_NOOP("TicketCommand", "Unanswered messages and their deadlines:")) << '\n';
        header = true;
        // The stored deadline is what counts (a bounce keeps the original one); the
        // explanation shows how the calendar arrives at it.
        ResponseDeadline explained = calculator.compute(o.received, o.urgent);
        if (o.urgent)
            explained.urgentReason = *urgentReason;
        out << explained.explanation().trimmed() << '\n';
        if (explained.deadline != o.deadline)
            out << tr(QT_TRANSLATE_NOOP("TicketCommand", "Stored deadline:")) << ' ' << jstText(o.deadline) << '\n';
    }
    const auto thread = desk.tickets().messages(ticket.id, true);
    if (!thread)
        return context.failure(thread.error().message);
    printThread(out, *thread);
    out.flush();
    return 0;
}

} // namespace Madoguchi
