// The desktop's own mailbox sync, end to end: a real Dovecot (with-dovecot.sh --seed 60),
// the password in a real keyring (with-keyring.sh), the main window offscreen. The status
// bar shows N of M during the first sync, new mail delivered on the server appears in the
// list within 10 seconds (IDLE), and the sync status dialog shows the protocol log.
#include "../common/TestDatabase.h"

#include "DeskMailboxSync.h"
#include "DeskStatusBar.h"
#include "MainWindow.h"
#include "QueuePanel.h"
#include "SyncStatusDialog.h"
#include "TicketListModel.h"
#include "core/Clock.h"
#include "mail/imap/MailAccountSettings.h"
#include "store/MailboxLock.h"
#include "store/PasswordKeychain.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

MailAccountSettings account()
{
    MailAccountSettings settings;
    settings.imap.host = env("MADOGUCHI_TEST_IMAP_HOST");
    settings.imap.port = quint16(qEnvironmentVariableIntValue("MADOGUCHI_TEST_IMAPS_PORT"));
    settings.imap.user = env("MADOGUCHI_TEST_IMAP_USER");
    settings.imap.caFile = env("MADOGUCHI_TEST_IMAP_CA_FILE");
    return settings;
}

struct Desk
{
    Testing::TestDatabase db;
    std::unique_ptr<TicketDesk> desk;
    PasswordKeychain keychain{u"MadoguchiDeskSyncTest"_s, 5000};
    StaffUser me;

    Desk()
    {
        desk = std::make_unique<TicketDesk>(db.db(), Clock::system());
        auto staff = TicketFixtureBuilder(*desk).staff(u"sato"_s, u"佐藤"_s);
        QVERIFY(staff.ok());
        me = staff.value();
    }
    qint64 tickets()
    {
        return db.db().scalar(u"count"_s, u"SELECT COUNT(*) FROM tickets"_s).value().toLongLong();
    }
};

} // namespace

class TestDeskSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutAMailboxTheStatusBarSaysSo();
    void aMissingPasswordIsExplained();
    void firstSyncShowsProgressThenNewMailArrivesWithinTenSeconds();
    void anotherDesktopHoldingTheLockIsNamed();
};

void TestDeskSync::withoutAMailboxTheStatusBarSaysSo()
{
    Desk rig;
    MainWindow window(*rig.desk, rig.me);
    DeskMailboxSync sync(*rig.desk, env("PGPASSWORD"), rig.keychain);
    window.setMailboxSync(&sync);
    sync.start();
    QVERIFY(!sync.isRunning());
    QCOMPARE(window.deskStatusBar()->syncText(), u"No mailbox set up"_s);
    QVERIFY(!window.deskStatusBar()->syncProgressBar()->isVisible());
}

void TestDeskSync::aMissingPasswordIsExplained()
{
    Desk rig;
    QVERIFY(account().save(rig.db.db()).ok());
    (void)rig.keychain.remove(account().imapPasswordKey());
    MainWindow window(*rig.desk, rig.me);
    DeskMailboxSync sync(*rig.desk, env("PGPASSWORD"), rig.keychain);
    window.setMailboxSync(&sync);
    sync.start();
    QCOMPARE(sync.monitor().state(), MailboxSyncMonitor::State::Failed);
    const QString text = window.deskStatusBar()->syncText();
    QVERIFY2(text.startsWith(u"Sync error: The password of imaps://"_s), qPrintable(text));
    QVERIFY2(sync.monitor().lastError().message.contains(u"Settings"_s), qPrintable(sync.monitor().lastError().message));

    // Entering the password in Settings and closing it restarts the sync.
    QVERIFY(rig.keychain.store(account().imapPasswordKey(), env("MADOGUCHI_TEST_IMAP_PASSWORD")).ok());
    sync.restartIfChanged();
    QVERIFY(sync.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(sync.monitor().state(), MailboxSyncMonitor::State::UpToDate, 60000);
    QVERIFY(rig.keychain.remove(account().imapPasswordKey()).ok());
}

void TestDeskSync::firstSyncShowsProgressThenNewMailArrivesWithinTenSeconds()
{
    Desk rig;
    QVERIFY(account().save(rig.db.db()).ok());
    QVERIFY(rig.keychain.store(account().imapPasswordKey(), env("MADOGUCHI_TEST_IMAP_PASSWORD")).ok());
    MainWindow window(*rig.desk, rig.me);
    window.queuePanel()->setCurrentQueue(DeskQueue::All);
    DeskMailboxSync sync(*rig.desk, env("PGPASSWORD"), rig.keychain);
    window.setMailboxSync(&sync);
    window.show();

    // What a person would have seen in the status bar, in order.
    QStringList seen;
    bool progressShown = false;
    connect(&sync.monitor(), &MailboxSyncMonitor::changed, this, [&] {
        const QString text = window.deskStatusBar()->syncText();
        if (seen.isEmpty() || seen.last() != text)
            seen.append(text);
        progressShown = progressShown || window.deskStatusBar()->syncProgressBar()->isVisible();
    });
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(window.deskStatusBar()->syncText() == u"Mail up to date"_s, 60000);
    const QRegularExpression nOfM(u"^Syncing mail: INBOX (\\d+) of 60$"_s);
    const auto counted = seen.filter(nOfM);
    QVERIFY2(!counted.isEmpty(), qPrintable(seen.join(u" | "_s)));
    QCOMPARE(counted.last(), u"Syncing mail: INBOX 60 of 60"_s);
    QVERIFY(progressShown);
    QVERIFY(!window.deskStatusBar()->syncProgressBar()->isVisible());
    QCOMPARE(sync.monitor().lastSummary().stored, 60);

    // The list follows without anyone pressing refresh.
    const qint64 tickets = rig.tickets();
    QVERIFY(tickets > 0);
    QTRY_COMPARE(qint64(window.listModel()->rowCount()), tickets);
    QVERIFY(!window.findChild<QLabel *>(u"lastSyncLabel"_s)->text().isEmpty());

    // New mail delivered on the server: in the list within 10 seconds (issue 5), through IDLE.
    const QByteArray mail = "From: suzuki@new-customer.example.jp\r\nTo: support@desk.example.com\r\n"
                            "Subject: =?UTF-8?B?5paw44GX44GE44GK5ZWP44GE5ZCI44KP44Gb?=\r\n"
                            "Message-ID: <desksync-new@new-customer.example.jp>\r\n"
                            "Date: Thu, 26 Nov 2026 10:00:00 +0900\r\n\r\nbody\r\n";
    QProcess save;
    save.start(env("MADOGUCHI_TEST_IMAP_DOVEADM"), {u"-c"_s, env("MADOGUCHI_TEST_IMAP_DOVECOT_CONF"), u"save"_s,
                                                    u"-u"_s, env("MADOGUCHI_TEST_IMAP_USER"), u"-m"_s, u"INBOX"_s});
    QVERIFY(save.waitForStarted());
    save.write(mail);
    save.closeWriteChannel();
    QVERIFY(save.waitForFinished(30000) && save.exitCode() == 0);
    QElapsedTimer delivered;
    delivered.start();
    QTRY_COMPARE_WITH_TIMEOUT(qint64(window.listModel()->rowCount()), tickets + 1, 10000);
    qInfo("new mail in the list %lld ms after doveadm save", delivered.elapsed());

    // The status button opens the sync status dialog: headline, protocol log, no password.
    window.deskStatusBar()->findChild<QToolButton *>(u"syncStateButton"_s)->click();
    auto *dialog = window.findChild<SyncStatusDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->headline(), u"Mail up to date"_s);
    QTRY_VERIFY(dialog->logView()->toPlainText().contains(u"IDLE"_s));
    const QString log = dialog->logView()->toPlainText();
    QVERIFY(log.contains(u"***"_s));
    QVERIFY(!log.contains(env("MADOGUCHI_TEST_IMAP_PASSWORD")));
    QVERIFY(dialog->findChild<QPushButton *>(u"syncNowButton"_s)->isEnabled());
    dialog->close();
    QVERIFY(rig.keychain.remove(account().imapPasswordKey()).ok());
}

void TestDeskSync::anotherDesktopHoldingTheLockIsNamed()
{
    Desk rig;
    QVERIFY(account().save(rig.db.db()).ok());
    QVERIFY(rig.keychain.store(account().imapPasswordKey(), env("MADOGUCHI_TEST_IMAP_PASSWORD")).ok());
    MailboxLock otherDesktop(rig.db.another(), account().accountName());
    QVERIFY(otherDesktop.tryAcquire().valueOr(false));

    MainWindow window(*rig.desk, rig.me);
    DeskMailboxSync sync(*rig.desk, env("PGPASSWORD"), rig.keychain);
    window.setMailboxSync(&sync);
    sync.start();
    QTRY_VERIFY(window.deskStatusBar()->syncText().startsWith(u"Mail is synced by "_s));
    QVERIFY2(window.deskStatusBar()->syncText().contains(u"pid"_s), qPrintable(window.deskStatusBar()->syncText()));
    window.showSyncStatus();
    auto *dialog = window.findChild<SyncStatusDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QPushButton *>(u"syncNowButton"_s)->isEnabled());
    QVERIFY(otherDesktop.release().ok());
    QVERIFY(rig.keychain.remove(account().imapPasswordKey()).ok());
}

QTEST_MAIN(TestDeskSync)
#include "tst_desksync.moc"
