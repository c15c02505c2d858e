// madoguchi-cli sync --once: one pass over the configured mailbox, then a summary line.
#include "cli/CliCommands.h"
#include "cli/CliMailbox.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

int runSync(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"once"_s, u"one pass, then exit"_s},
        {u"password-file"_s, u"read the IMAP password from this file (mode 0600)"_s, u"file"_s},
        {u"token-file"_s, u"keep the OAuth 2.0 sign-in in this file (mode 0600) instead of the keychain"_s, u"file"_s},
    });
    if (!context.parse(parser, args, 0, 0))
        return context.parseStatus();
    if (!parser.isSet(u"once"_s))
        return context.usageError(u"sync: use --once for one pass, or `madoguchi-cli serve` to keep syncing"_s);

    auto opened = CliMailbox::open(context, parser.value(u"password-file"_s), parser.value(u"token-file"_s));
    if (!opened)
        return context.failure(opened.error());
    CliMailbox &mailbox = *opened.value();
    const auto held = mailbox.lock().tryAcquire();
    if (!held)
        return context.failure(held.error().message);
    if (!held.value()) {
        const QString holder = mailbox.lock().holder().valueOr(QString());
        return context.failure(u"%1 is being synced by another process%2; try again later"_s.arg(
            mailbox.settings().accountName(), holder.isEmpty() ? QString() : u" ("_s + holder + u')'));
    }

    QEventLoop loop;
    int status = 1;
    QElapsedTimer elapsed;
    elapsed.start();
    const bool showProgress = isatty(STDERR_FILENO);
    ImapSession &session = mailbox.session();
    session.setAutoReconnect(false);
    QObject::connect(&session, &ImapSession::failed, &loop, [&](const Error &error) {
        context.failure(error.message);
        loop.quit();
    });
    QObject::connect(&session, &ImapSession::ready, &loop, [&]() { mailbox.sync().syncOnce(); },
                     Qt::SingleShotConnection);
    QObject::connect(&session, &ImapSession::alert, &loop,
                     [&](const QString &text) { context.err << "Server alert: " << text << Qt::endl; });
    QObject::connect(&mailbox.sync(), &MailboxSync::progress, &loop, [&](const QString &folder, int done, int total) {
        if (showProgress)
            context.err << '\r' << folder << ": " << done << " of " << total << Qt::flush;
    });
    QObject::connect(&mailbox.sync(), &MailboxSync::passFailed, &loop, [&](const Error &error) {
        if (showProgress)
            context.err << '\n';
        context.failure(error.message);
        session.close();
        loop.quit();
    });
    QObject::connect(&mailbox.sync(), &MailboxSync::passFinished, &loop, [&](const MailboxSyncSummary &summary) {
        if (showProgress && summary.fetched > 0)
            context.err << '\n';
        context.out << mailbox.settings().accountName() << ": " << summary.stored << " new message(s) stored, "
                    << summary.duplicates << " already stored";
        if (!summary.rescannedFolders.isEmpty())
            context.out << ", re-read after a UIDVALIDITY change: " << summary.rescannedFolders.join(u", "_s);
        context.out << " (" << QString::number(elapsed.elapsed() / 1000.0, 'f', 1) << " s)" << Qt::endl;
        status = 0;
        session.logout([&](const Result<void> &) { loop.quit(); });
    });
    mailbox.connect();
    loop.exec();
    (void)mailbox.lock().release();
    return status;
}

} // namespace Madoguchi
