// madoguchi-cli forward NUMBER --to ADDRESS: a customer's mail forwarded (転送) from a script, as
// the program's editor forwards it; never an answer.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliStore.h"
#include "mail/OutgoingMail.h"
#include "mail/outbox/TicketForwards.h"
#include "tickets/TicketDesk.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

int runForward(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"to"_s, u"forward to this address, or \"Name <address>\" (repeat for more)"_s, u"address"_s});
    parser.addOption({u"message"_s,
                      u"the message to forward, as `ticket NUMBER` numbers it (default: the newest customer mail)"_s,
                      u"id"_s});
    parser.addOption({u"body-file"_s, u"what you write (UTF-8); it goes above the signature and the forwarded mail"_s,
                      u"file"_s});
    parser.addOption({u"charset"_s, u"utf-8 (default) or iso-2022-jp"_s, u"charset"_s, u"utf-8"_s});
    parser.addOption({u"as"_s, u"the staff member who forwards it (default: the system)"_s, u"login"_s});
    if (!context.parse(parser, args, 1, 1))
        return context.parseStatus();
    bool ok = false;
    const qint64 number = QString(parser.positionalArguments().at(1)).remove(u'#').toLongLong(&ok);
    if (!ok || number <= 0)
        return context.usageError(u"forward: \""_s + parser.positionalArguments().at(1) + u"\" is not a ticket number"_s);
    const QStringList toValues = parser.values(u"to"_s);
    if (toValues.join(QString()).trimmed().isEmpty())
        return context.usageError(u"forward: --to ADDRESS is needed"_s);
    auto to = OutgoingMail::parseAddresses(toValues.join(u", "_s));
    if (!to)
        return context.usageError(u"forward: "_s + to.error().message);
    qint64 messageRowId = 0;
    if (parser.isSet(u"message"_s)) {
        messageRowId = parser.value(u"message"_s).toLongLong(&ok);
        if (!ok || messageRowId <= 0)
            return context.usageError(u"forward: --message takes a message number, not \""_s
                                      + parser.value(u"message"_s) + u'"');
    }
    const QString charset = parser.value(u"charset"_s).toLower();
    if (charset != u"utf-8"_s && charset != u"iso-2022-jp"_s)
        return context.usageError(u"forward: --charset is utf-8 or iso-2022-jp, not \""_s + charset + u'"');
    QString written;
    if (parser.isSet(u"body-file"_s)) {
        QString problem;
        written = readBodyFile(u"forward"_s, parser.value(u"body-file"_s), &problem);
        if (!problem.isEmpty())
            return context.usageError(problem);
        written.replace(u"\r\n"_s, u"\n"_s);
        while (written.endsWith(u'\n'))
            written.chop(1);
    }

    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    TicketDesk desk(**database, context.clock);
    StaffUser author;
    if (const int status = staffFromOption(context, desk, u"forward"_s, parser.value(u"as"_s), &author); status != 0)
        return status;
    auto ticket = desk.tickets().findByNumber(number); // a merged ticket's number: the one it went into
    if (!ticket)
        return context.failure(ticket.error().message);
    if (!ticket->has_value())
        return context.usageError(u"forward: ticket #%1 does not exist"_s.arg(number));
    auto draft = TicketForwards(desk).draft((*ticket)->id, messageRowId, author.id);
    if (!draft) {
        if (draft.error().code == u"not-found"_s)
            return context.usageError(u"forward: "_s + draft.error().message);
        return context.failure(draft.error().message);
    }
    if (draft->from.address.isEmpty())
        return context.usageError(u"forward: the desk's support address, which mail is sent from, is not set yet"_s);
    ReplyDraft forward = *draft;
    forward.to = *to;
    forward.charset = charset == u"utf-8"_s ? OutgoingCharset::Utf8 : OutgoingCharset::Iso2022Jp;
    if (!written.isEmpty()) {
        forward.body = written + forward.body;
    } else {
        while (forward.body.startsWith(u'\n'))
            forward.body.remove(0, 1);
    }
    auto queued = TicketReplies(desk).queue(author, forward);
    if (!queued) {
        // What staff can fix (a charset that cannot carry the text, attachments over the
        // limit) is status 2; a store failure is 1.
        const QString code = queued.error().code;
        if (code == u"input"_s || code == u"charset"_s)
            return context.usageError(u"forward: "_s + queued.error().message);
        return context.failure(queued.error().message);
    }
    context.out << queued->outboxId << '\n';
    return 0;
}

} // namespace Madoguchi
