// madoguchi-cli reply NUMBER: a reply queued from a script, as the program's editor queues it.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliStore.h"
#include "mail/outbox/ReplyRequest.h"
#include "tickets/TicketDesk.h"

#include <QFile>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// The text of --body-file: UTF-8, else nothing (one line saying why in `problem`).
QString readBodyFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (path.isEmpty()) {
        *problem = u"reply: --body-file FILE is needed"_s;
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = u"reply: cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QByteArray bytes = file.readAll();
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        *problem = u"reply: %1 is not UTF-8 text"_s.arg(path);
        return {};
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
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
    request.text = readBodyFile(parser.value(u"body-file"_s), &problem);
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
    StaffUser author = StaffUser::system();
    if (parser.isSet(u"as"_s)) {
        auto user = desk.team().userByLogin(parser.value(u"as"_s));
        if (!user)
            return context.failure(user.error().message);
        if (!user->has_value())
            return context.usageError(u"reply: there is no staff member with the login \""_s + parser.value(u"as"_s)
                                      + u'"');
        author = **user;
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
