// madoguchi-cli reply NUMBER: a reply queued from a script, as the program's editor queues it.
#include "cli/CliActor.h"
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliStore.h"
#include "cli/TerminalText.h"
#include "mail/outbox/ReplyRequest.h"
#include "tickets/ReplyEditors.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QString readBodyFile(const QString &command, const QString &path, QString *problem)
{
    QFile file(path);
    if (path.isEmpty()) {
        *problem = command + u": --body-file FILE is needed"_s;
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = command + u": cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QByteArray bytes = file.readAll();
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        *problem = command + u": %1 is not UTF-8 text"_s.arg(path);
        return {};
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

int staffFromOption(CliContext &context, TicketDesk &desk, const QString &command, const QString &login,
                    StaffUser *author)
{
    // Under a person's own database login the mail is theirs, and only theirs (CliActor).
    auto actor = cliActor(desk);
    if (!actor)
        return context.failure(actor.error());
    *author = *actor;
    if (login.isEmpty())
        return 0;
    if (!actsAsTheProgram(*author) && login != author->login) {
        return context.failure(QCoreApplication::translate("ReplyCommand", "%1: --as %2: under the database login %3 "
                                                                           "it is written as %3")
                                   .arg(command, TerminalText::line(login), author->login));
    }
    auto user = desk.team().userByLogin(login);
    if (!user)
        return context.failure(user.error().message);
    if (!user->has_value())
        return context.usageError(command + u": there is no staff member with the login \""_s + login + u'"');
    *author = **user;
    return 0;
}

namespace {

// 二重返信防止, as the desktop editor says it: a reply to the ticket already waiting in the
// outbox (queued, retrying, inside its send-cancel window) makes a second one need --force.
int refuseSecondReply(CliContext &context, TicketDesk &desk, qint64 ticketNumber)
{
    auto ticket = desk.tickets().findByNumber(ticketNumber);
    if (!ticket)
        return context.failure(ticket.error().message);
    if (!ticket->has_value())
        return 0; // ReplyRequest says so
    auto waiting = ReplyEditors(desk.database(), desk.clock()).waitingReplies((*ticket)->id);
    if (!waiting)
        return context.failure(waiting.error().message);
    if (waiting->isEmpty())
        return 0;
    auto entries = desk.outbox().entries();
    if (!entries)
        return context.failure(entries.error().message);
    const ReplySinceOpened &first = waiting->constFirst();
    qint64 outboxId = 0;
    for (const OutboxEntry &entry : std::as_const(*entries)) {
        if (entry.messageRowId == first.messageRowId)
            outboxId = entry.id;
    }
    if (outboxId == 0) { // held for a manager's approval (承認), not in the outbox
        return context.usageError(u"reply: another reply to ticket #%1 is waiting for approval (by %2); "
                                  "--force queues this one too"_s.arg(ticketNumber)
                                      .arg(first.authorName));
    }
    return context.usageError(u"reply: another reply to ticket #%1 is waiting to be sent (outbox %2, by %3); "
                              "--force queues this one too"_s.arg(ticketNumber)
                                  .arg(outboxId)
                                  .arg(first.authorName));
}

} // namespace

int runReply(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"body-file"_s, u"what you write (UTF-8); it goes above the signature and the quote"_s,
                      u"file"_s});
    parser.addOption({u"all"_s, u"Reply all: everyone else on the customer's mail in Cc"_s});
    parser.addOption({u"template"_s, u"insert this template (its placeholders filled) before the text"_s,
                      u"name"_s});
    parser.addOption({u"attach"_s, u"send this file with the reply (repeat for more)"_s, u"file"_s});
    parser.addOption({u"charset"_s, u"utf-8 (default) or iso-2022-jp"_s, u"charset"_s, u"utf-8"_s});
    parser.addOption({u"as"_s, u"the staff member who writes it (default: the system)"_s, u"login"_s});
    parser.addOption({u"force"_s, u"queue it even when another reply to the ticket is waiting to be sent"_s});
    if (!context.parse(parser, args, 1, 1))
        return context.parseStatus();
    bool ok = false;
    ReplyRequest request;
    request.ticketNumber = QString(parser.positionalArguments().at(1)).remove(u'#').toLongLong(&ok);
    if (!ok || request.ticketNumber <= 0)
        return context.usageError(u"reply: \""_s + parser.positionalArguments().at(1) + u"\" is not a ticket number"_s);
    const QString charset = parser.value(u"charset"_s).toLower();
    if (charset != u"utf-8"_s && charset != u"iso-2022-jp"_s)
        return context.usageError(u"reply: --charset is utf-8 or iso-2022-jp, not \""_s + charset + u'"');
    request.charset = charset == u"utf-8"_s ? OutgoingCharset::Utf8 : OutgoingCharset::Iso2022Jp;
    request.scope = parser.isSet(u"all"_s) ? ReplyScope::All : ReplyScope::Sender;
    request.templateName = parser.value(u"template"_s);
    QString problem;
    request.text = readBodyFile(u"reply"_s, parser.value(u"body-file"_s), &problem);
    if (!problem.isEmpty())
        return context.usageError(problem);
    for (const QString &path : parser.values(u"attach"_s)) {
        auto file = OutgoingAttachment::fromFile(path);
        if (!file)
            return context.usageError(u"reply: "_s + file.error().message);
        request.attachments.append(*file);
    }

    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    TicketDesk desk(**database, context.clock);
    StaffUser author;
    if (const int status = staffFromOption(context, desk, u"reply"_s, parser.value(u"as"_s), &author); status != 0)
        return status;
    if (!parser.isSet(u"force"_s)) {
        if (const int status = refuseSecondReply(context, desk, request.ticketNumber); status != 0)
            return status;
    }
    auto queued = request.queue(desk, author);
    if (!queued) {
        // Bad input (no such ticket or template, nothing written, a charset that cannot
        // carry the text, an address, attachments over the limit) is status 2; a store failure is 1.
        const QString code = queued.error().code;
        if (code == u"not-found"_s || code == u"input"_s || code == u"charset"_s || code == u"setup"_s)
            return context.usageError(u"reply: "_s + queued.error().message);
        return context.failure(queued.error().message);
    }
    // 承認: held for a manager's approval instead (madoguchi-cli approvals / approve ID).
    if (queued->approvalId != 0)
        context.out << u"held "_s << queued->approvalId << '\n';
    else
        context.out << queued->outboxId << '\n';
    return 0;
}

} // namespace Madoguchi
