// What the desktop shows of its mailbox sync (MailboxSyncMonitor), driven by a real
// MailboxSyncWorker against a real Dovecot (tests/scripts/with-dovecot.sh --seed 120).
#include "../common/TestDatabase.h"
#include "../common/TestImapServer.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/sync/MailboxSyncMonitor.h"
#include "mail/sync/MailboxSyncWorker.h"
#include "store/MailboxLock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

MailboxSyncRunner::Setup setupFor(const TestDatabase &db, const QString &password)
{
    MailboxSyncRunner::Setup setup;
    setup.database = db.address();
    setup.databasePassword = env("PGPASSWORD");
    setup.account.imap = Testing::testImapServer();
    setup.imapPassword = password;
    setup.lockRetryMs = 100;
    return setup;
}

} // namespace

class TestMailboxSyncMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsNotConfigured();
    void followsTheLockTheFirstSyncAndItsProgress();
    void keepsOnlyTheNewestProtocolLinesWithThePasswordMasked();
    void wrongPasswordIsAFailureTheUserMustAct();
    void aFailureBeforeAnyWorkerIsShown();
};

void TestMailboxSyncMonitor::startsNotConfigured()
{
    MailboxSyncMonitor monitor(Clock::system());
    QCOMPARE(monitor.state(), MailboxSyncMonitor::State::NotConfigured);
    QVERIFY(!monitor.lastPassFinished().isValid());
    QVERIFY(monitor.protocolLog().isEmpty());
    QCOMPARE(monitor.protocolLogText(), QString());
}

void TestMailboxSyncMonitor::followsTheLockTheFirstSyncAndItsProgress()
{
    TestDatabase db;
    QVERIFY(db.isValid());
    const auto setup = setupFor(db, env("MADOGUCHI_TEST_IMAP_PASSWORD"));
    MailboxLock otherDesktop(db.another(), setup.account.accountName());
    QVERIFY(otherDesktop.tryAcquire().valueOr(false));

    MailboxSyncMonitor monitor(Clock::system());
    QList<MailboxSyncMonitor::State> states;
    QList<MailboxSyncMonitor::Progress> progress;
    connect(&monitor, &MailboxSyncMonitor::changed, this, [&] {
        if (states.isEmpty() || states.last() != monitor.state())
            states.append(monitor.state());
        if (monitor.state() == MailboxSyncMonitor::State::Syncing && monitor.progress().total > 0)
            progress.append(monitor.progress());
    });
    QSignalSpy finished(&monitor, &MailboxSyncMonitor::passFinished);
    MailboxSyncWorker worker(setup, Clock::system());
    monitor.watch(worker);
    QCOMPARE(monitor.state(), MailboxSyncMonitor::State::Starting);
    worker.start();

    // Someone else syncs: the desk says who.
    QTRY_COMPARE(monitor.state(), MailboxSyncMonitor::State::OtherDesktop);
    QVERIFY2(monitor.holder().contains(u"pid"_s), qPrintable(monitor.holder()));
    QVERIFY(otherDesktop.release().ok());

    // They stop: this desktop takes over and reads the 120 seeded messages.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(monitor.state(), MailboxSyncMonitor::State::UpToDate);
    QCOMPARE(monitor.lastSummary().stored, 120);
    QVERIFY(monitor.lastPassFinished().isValid());
    QVERIFY(monitor.holder().isEmpty());
    const QList<MailboxSyncMonitor::State> expected{MailboxSyncMonitor::State::Starting,
                                                    MailboxSyncMonitor::State::OtherDesktop,
                                                    MailboxSyncMonitor::State::Connecting,
                                                    MailboxSyncMonitor::State::Syncing,
                                                    MailboxSyncMonitor::State::UpToDate};
    QCOMPARE(states.mid(states.indexOf(MailboxSyncMonitor::State::OtherDesktop) - 1, expected.size()), expected);
    // N of M as the window shows it: INBOX, rising to 120 of 120.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().folder, u"INBOX"_s);
    QCOMPARE(progress.last().total, 120);
    QCOMPARE(progress.last().done, 120);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).done >= progress.at(i - 1).done);
    QVERIFY(monitor.lastError().message.isEmpty());
}

void TestMailboxSyncMonitor::keepsOnlyTheNewestProtocolLinesWithThePasswordMasked()
{
    TestDatabase db;
    QVERIFY(db.isValid());
    MailboxSyncMonitor monitor(Clock::system(), 30);
    QSignalSpy finished(&monitor, &MailboxSyncMonitor::passFinished);
    QStringList everything;
    connect(&monitor, &MailboxSyncMonitor::protocolAppended, this,
            [&](const QStringList &lines) { everything.append(lines); });
    MailboxSyncWorker worker(setupFor(db, env("MADOGUCHI_TEST_IMAP_PASSWORD")), Clock::system());
    monitor.watch(worker);
    worker.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    // The IDLE that follows the pass is logged too: wait for it to arrive here.
    QTRY_VERIFY(everything.join(u'\n').contains(u"IDLE"_s));

    const QString whole = everything.join(u'\n');
    QVERIFY2(whole.contains(u"C: "_s) && whole.contains(u"S: "_s), qPrintable(whole.left(400)));
    QVERIFY(whole.contains(u"LOGIN"_s) || whole.contains(u"AUTHENTICATE"_s));
    QVERIFY(whole.contains(u"***"_s));
    QVERIFY(!whole.contains(env("MADOGUCHI_TEST_IMAP_PASSWORD")));
    QCOMPARE(monitor.protocolLog().size(), 30);
    QCOMPARE(monitor.protocolLog(), everything.mid(everything.size() - 30));
    QVERIFY(monitor.protocolLogText().endsWith(everything.last() + u'\n'));
    // Stamped in JST, like every time the desk shows.
    const QDateTime local = QDateTime::fromString(everything.last().left(23), u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    QVERIFY(local.isValid());
    const QDateTime stamp = Jst::at(local.date(), local.time());
    QVERIFY2(qAbs(stamp.secsTo(QDateTime::currentDateTimeUtc())) < 300, qPrintable(everything.last()));
}

void TestMailboxSyncMonitor::wrongPasswordIsAFailureTheUserMustAct()
{
    TestDatabase db;
    QVERIFY(db.isValid());
    MailboxSyncMonitor monitor(Clock::system());
    MailboxSyncWorker worker(setupFor(db, u"not-the-password"_s), Clock::system());
    monitor.watch(worker);
    worker.start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), MailboxSyncMonitor::State::Failed, 20000);
    QCOMPARE(monitor.lastError().code, u"auth"_s);
    QVERIFY2(monitor.lastError().message.contains(env("MADOGUCHI_TEST_IMAP_USER")),
             qPrintable(monitor.lastError().message));
    QVERIFY(!monitor.lastPassFinished().isValid());
}

void TestMailboxSyncMonitor::aFailureBeforeAnyWorkerIsShown()
{
    MailboxSyncMonitor monitor(Clock::system());
    QSignalSpy changed(&monitor, &MailboxSyncMonitor::changed);
    monitor.setAccount(u"support@example.co.jp"_s);
    monitor.setFailed(makeError(u"keychain-missing"_s, u"no password"_s));
    QCOMPARE(monitor.state(), MailboxSyncMonitor::State::Failed);
    QCOMPARE(monitor.lastError().message, u"no password"_s);
    QCOMPARE(changed.size(), 2);
    monitor.setNotConfigured();
    QCOMPARE(monitor.state(), MailboxSyncMonitor::State::NotConfigured);
    QVERIFY(monitor.account().isEmpty());
}

QTEST_GUILESS_MAIN(TestMailboxSyncMonitor)
#include "tst_mailboxsyncmonitor.moc"
