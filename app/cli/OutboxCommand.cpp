#include "cli/CliActor.h"
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliStore.h"
#include "cli/TerminalText.h"
#include "core/Jst.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/account/MailPasswordSource.h"
#include "mail/account/OAuthTokenSource.h"
#include "mail/outbox/OutboxSender.h"
#include "mail/outbox/TicketReplies.h"
#include "store/PasswordKeychain.h"
#include "tickets/TicketDesk.h"

#include <QEventLoop>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString stateKey(OutboxState state)
{
    static const char *keys[] = {"queued", "sending", "sent", "failed"};
    return QString::fromLatin1(keys[int(state)]);
}

int listOutbox(CliContext &context, TicketDesk &desk)
{
    auto entries = desk.outbox().entries();
    if (!entries)
        return context.failure(entries.error().message);
    for (const OutboxEntry &e : std::as_const(*entries)) {
        const QDateTime when = e.state == OutboxState::Sent ? e.sent : e.created;
        // A reply staff gave up is "discarded", not "failed" (issue 12).
        context.out << u"%1\t%2\t#%3\t%4\t%5\t%6\t%7\n"_s.arg(e.id)
                           .arg(e.discarded ? u"discarded"_s : stateKey(e.state))
                           .arg(e.ticketId)
                           .arg(Jst::format(when), TerminalText::tsvField(e.recipients),
                                TerminalText::tsvField(e.subject), TerminalText::tsvField(e.lastError));
    }
    return 0;
}

// Sends every reply that is due now, once, and reports each outcome: for a server without
// a desktop, from cron or by hand. Status 1 when something was deferred or refused.
int sendOutbox(CliContext &context, TicketDesk &desk, const QString &passwordFile, const QString &tokenFile)
{
    auto account = MailAccountSettings::load(desk.database());
    if (!account)
        return context.failure(account.error().message);
    if (!account->has_value())
        return context.failure(u"No mailbox is configured. Run: madoguchi-cli account set --smtp …"_s);
    auto server = SmtpServerSettings::fromAccount(**account);
    if (!server)
        return context.failure(server.error().message);
    QString password;
    PasswordKeychain tokenKeychain;
    std::unique_ptr<OAuthTokenSource> tokens;
    if ((*account)->oauth) {
        tokens = std::make_unique<OAuthTokenSource>(
            *(*account)->oauth, (*account)->oauthTokenVault(tokenKeychain, tokenFile), context.clock);
    } else if (!server->user.isEmpty()) {
        PasswordKeychain keychain;
        auto found = MailPasswordSource::resolve(passwordFile, (*account)->smtpPasswordKey(), keychain);
        if (!found && passwordFile.isEmpty())
            found = keychain.read((*account)->imapPasswordKey()); // "same as incoming"
        if (!found)
            return context.failure(found.error().message);
        password = *found;
    }
    OutboxSender sender(desk, *server, password);
    if (tokens)
        sender.setTokenProvider(tokens->provider());
    QEventLoop loop;
    int status = 0;
    QObject::connect(&sender, &OutboxSender::replySent, &loop, [&](qint64 id, qint64 ticket) {
        context.out << u"sent %1 (#%2)\n"_s.arg(id).arg(ticket);
    });
    QObject::connect(&sender, &OutboxSender::replyDeferred, &loop, [&](qint64 id, qint64 ticket, const QString &words) {
        context.out << u"deferred %1 (#%2): %3\n"_s.arg(id).arg(ticket).arg(TerminalText::line(words));
        status = 1;
    });
    QObject::connect(&sender, &OutboxSender::replyRefused, &loop, [&](qint64 id, qint64 ticket, const QString &words) {
        context.out << u"refused %1 (#%2): %3\n"_s.arg(id).arg(ticket).arg(TerminalText::line(words));
        status = 1;
    });
    QObject::connect(&sender, &OutboxSender::problem, &loop, [&](const QString &message) {
        context.err << u"madoguchi-cli: "_s << message << u'\n';
        status = 1;
        loop.quit();
    });
    QObject::connect(&sender, &OutboxSender::idle, &loop, &QEventLoop::quit);
    sender.start();
    loop.exec();
    context.out.flush();
    return status;
}

// outbox list | send | retry ID | discard ID on the opened desk.
int outboxAction(CliContext &context, const QCommandLineParser &parser, TicketDesk &desk, const QStringList &words,
                 const QString &action)
{
    if (action == u"list"_s && words.size() <= 1)
        return listOutbox(context, desk);
    if (action == u"send"_s && words.size() == 1)
        return sendOutbox(context, desk, parser.value(u"smtp-password-file"_s), parser.value(u"token-file"_s));
    bool ok = false;
    const qint64 id = words.value(1).toLongLong(&ok);
    if ((action == u"retry"_s || action == u"discard"_s) && ok) {
        auto actor = cliActor(desk); // the audit log names who discarded it
        if (!actor)
            return context.failure(actor.error());
        const Result<void> done = action == u"retry"_s ? desk.outbox().retryNow(id)
                                                        : TicketReplies(desk).discard(*actor, id);
        if (!done)
            return context.failure(done.error().message);
        return 0;
    }
    return context.usageError(u"outbox: use list, send, retry ID or discard ID"_s);
}

} // namespace

int runOutbox(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"smtp-password-file"_s, u"read the SMTP password from this file (mode 0600)"_s, u"file"_s});
    parser.addOption({u"token-file"_s, u"keep the OAuth 2.0 sign-in in this file (mode 0600) instead of the keychain"_s,
                      u"file"_s});
    return runOnCliDesk(context, parser, args, u"list"_s,
                        [&](TicketDesk &desk, const QStringList &words, const QString &action) {
                            return outboxAction(context, parser, desk, words, action);
                        });
}

} // namespace Madoguchi
