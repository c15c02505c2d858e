// madoguchi-cli serve: the always-on sync (systemd: madoguchi-serve.service, from resources/madoguchi-serve.service.in).
#include "cli/CliCommands.h"
#include "cli/CliMailbox.h"
#include "cli/DeadlineFlagLog.h"
#include "cli/TerminalText.h"
#include "cli/TerminationSignal.h"
#include "store/AutomaticBackup.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcServe, "madoguchi.serve", QtInfoMsg)

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

int runServe(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"password-file"_s, u"read the IMAP password from this file (mode 0600)"_s, u"file"_s},
        {u"token-file"_s, u"keep the OAuth 2.0 sign-in in this file (mode 0600) instead of the keychain"_s, u"file"_s},
        {u"lock-retry"_s, u"seconds between attempts to take the team's sync lock (default 30)"_s, u"seconds"_s,
         u"30"_s},
    });
    if (!context.parse(parser, args, 0, 0))
        return context.parseStatus();
    const int retrySeconds = std::max(1, parser.value(u"lock-retry"_s).toInt());
    // systemd's journal adds the time; the category says which part speaks.
    qSetMessagePattern(u"%{if-warning}warning: %{endif}%{if-critical}error: %{endif}%{category}: %{message}"_s);

    auto opened = CliMailbox::open(context, parser.value(u"password-file"_s), parser.value(u"token-file"_s));
    if (!opened)
        return context.failure(opened.error());
    CliMailbox &mailbox = *opened.value();
    const QString account = mailbox.settings().accountName();
    ImapSession &session = mailbox.session();
    MailboxSync &sync = mailbox.sync();

    QEventLoop loop;
    int status = 0;
    TerminationSignal termination;
    DeadlineFlagLog deadlines(mailbox.desk().queue(), context.clock);
    QTimer lockRetry;
    lockRetry.setInterval(retrySeconds * 1000);
    QString lastHolder;
    bool syncing = false;

    auto tryLock = [&]() {
        const auto held = mailbox.lock().tryAcquire();
        if (!held) {
            qCCritical(lcServe).noquote() << TerminalText::line(held.error().message);
            status = 1;
            loop.quit();
            return;
        }
        if (!held.value()) {
            const QString holder = mailbox.lock().holder().valueOr(u"another process"_s);
            if (holder != lastHolder)
                qCInfo(lcServe).noquote() << u"%1 holds the sync lock for %2; retrying every %3 s"_s.arg(
                    holder, account).arg(retrySeconds);
            lastHolder = holder;
            lockRetry.start();
            return;
        }
        lockRetry.stop();
        syncing = true;
        qCInfo(lcServe).noquote() << u"holding the sync lock for %1; connecting to %2"_s.arg(
            account, mailbox.settings().imap.toUrl());
        session.setAutoReconnect(true);
        sync.setFollowing(true);
        mailbox.connect();
    };
    QObject::connect(&lockRetry, &QTimer::timeout, &loop, tryLock);

    QObject::connect(&session, &ImapSession::ready, &loop,
                     [&]() { qCInfo(lcServe).noquote() << u"logged in to %1"_s.arg(mailbox.settings().imap.host); });
    QObject::connect(&session, &ImapSession::failed, &loop, [&](const Error &error) {
        // Wrong password, certificate, policy: retrying cannot help; systemd shows the failure.
        qCCritical(lcServe).noquote() << TerminalText::line(error.message);
        status = 1;
        loop.quit();
    });
    QObject::connect(&session, &ImapSession::connectionLost, &loop,
                     [&](const Error &error) { qCWarning(lcServe).noquote() << TerminalText::line(error.message); });
    QObject::connect(&session, &ImapSession::reconnectScheduled, &loop, [&](int delayMs) {
        qCInfo(lcServe).noquote() << u"reconnecting in %1 s"_s.arg(delayMs / 1000.0);
    });
    QObject::connect(&session, &ImapSession::alert, &loop, [&](const QString &text) {
        qCWarning(lcServe).noquote() << u"server alert: "_s + TerminalText::line(text);
    });
    QObject::connect(&sync, &MailboxSync::passFinished, &loop, [&](const MailboxSyncSummary &summary) {
        if (summary.stored > 0 || !summary.rescannedFolders.isEmpty())
            qCInfo(lcServe).noquote() << u"%1 new message(s) stored, %2 already stored"_s.arg(summary.stored).arg(
                summary.duplicates);
        deadlines.check();
    });
    QObject::connect(&sync, &MailboxSync::passFailed, &loop, [&](const Error &error) {
        qCWarning(lcServe).noquote() << u"sync pass failed: "_s + TerminalText::line(error.message);
    });
    QObject::connect(&termination, &TerminationSignal::received, &loop, [&](int signalNumber) {
        qCInfo(lcServe).noquote() << u"stopping (signal %1)"_s.arg(signalNumber);
        sync.setFollowing(false);
        lockRetry.stop();
        if (syncing && session.state() == ImapSession::State::Ready) {
            session.logout([&](const Result<void> &) { loop.quit(); });
            QTimer::singleShot(5000, &loop, &QEventLoop::quit); // a silent server does not delay the stop
        } else {
            loop.quit();
        }
    });

    // The daily SQLite backup (last 7 kept): now, and hourly while serve runs, so a server
    // that is never restarted still writes one each JST day. Nothing on PostgreSQL.
    AutomaticBackup backup(mailbox.database(), context.clock);
    QObject::connect(&backup, &AutomaticBackup::backupWritten, &loop,
                     [&](const QString &path) { qCInfo(lcServe).noquote() << u"backup written: "_s + path; });
    QObject::connect(&backup, &AutomaticBackup::backupFailed, &loop, [&](const QString &message) {
        qCWarning(lcServe).noquote() << u"the daily backup failed: "_s + message;
    });

    qCInfo(lcServe).noquote() << u"madoguchi serve for %1"_s.arg(account);
    backup.start();
    deadlines.check();
    tryLock();
    if (status == 0 || syncing)
        loop.exec();
    session.close();
    (void)mailbox.lock().release();
    qCInfo(lcServe).noquote() << u"stopped"_s;
    return status;
}

} // namespace Madoguchi
