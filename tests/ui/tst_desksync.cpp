// The desktop's own mailbox sync, end to end: a real Dovecot (with-dovecot.sh --seed 60),
// the password in a real keyring (with-keyring.sh), the main window offscreen. The status
// bar shows N of M during the first sync, new mail delivered on the server appears in the
// list within 10 seconds (IDLE), and the sync status dialog shows the protocol log.
#include "../common/TestDatabase.h"
#include "../common/TestImapServer.h"

#include "settings/AccountsPage.h"
#include "sync/DeskMailboxSync.h"
#include "settings/MailboxForm.h"
#include "ScriptedPrompts.h"
#include "desk/DeskStatusBar.h"
#include "desk/MainWindow.h"
#include "desk/QueuePanel.h"
#include "sync/SyncStatusDialog.h"
#include "desk/TicketListModel.h"
#include "core/Clock.h"
#include "mail/account/MailAccountSettings.h"
#include "store/MailboxLock.h"
#include "store/PasswordKeychain.h"
#include "tickets/KeywordUrgency.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
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

// Delivers a mail on the server as the mail system would (doveadm save into INBOX).
bool deliverToInbox(const QByteArray &mail)
{
    QProcess save;
    save.start(env("MADOGUCHI_TEST_IMAP_DOVEADM"), {u"-c"_s, env("MADOGUCHI_TEST_IMAP_DOVECOT_CONF"), u"save"_s,
                                                    u"-u"_s, env("MADOGUCHI_TEST_IMAP_USER"), u"-m"_s, u"INBOX"_s});
    if (!save.waitForStarted())
        return false;
    save.write(mail);
    save.closeWriteChannel();
    return save.waitForFinished(30000) && save.exitCode() == 0;
}

MailAccountSettings account()
{
    MailAccountSettings settings;
    settings.imap = Testing::testImapServer();
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

// A desktop whose mailbox is set up but whose password is not on this computer.
struct WithoutPassword
{
    MainWindow window;
    DeskMailboxSync sync;

    WithoutPassword(Desk &rig, const MailAccountSettings &settings)
        : window(*rig.desk, rig.me), sync(*rig.desk, env("PGPASSWORD"), rig.keychain)
    {
        QVERIFY(settings.save(rig.db.db()).ok());
        (void)rig.keychain.remove(settings.imapPasswordKey());
        window.setMailboxSync(&sync);
        sync.start();
    }
};

} // namespace

class TestDeskSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutAMailboxTheStatusBarSaysSo();
    void aMissingPasswordIsExplained();
    void syncErrorsNameTheAccountAsTyped();
    void firstSyncShowsProgressThenNewMailArrivesWithinTenSeconds();
    void anotherDesktopHoldingTheLockIsNamed();
    void settingsTestTheConnectionAndKeepEveryOption();
    void urgentKeywordMailArrivesUrgent();
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
    WithoutPassword desktop(rig, account());
    MainWindow &window = desktop.window;
    DeskMailboxSync &sync = desktop.sync;
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

// Issue 13: the account as the user typed it (support@…, not support%40…), and the whole
// message in the status bar, not cut at a fixed length.
void TestDeskSync::syncErrorsNameTheAccountAsTyped()
{
    Desk rig;
    MailAccountSettings settings = account();
    settings.imap.user = u"support@desk.example.co.jp"_s;
    WithoutPassword desktop(rig, settings);
    DeskMailboxSync &sync = desktop.sync;
    QCOMPARE(sync.monitor().state(), MailboxSyncMonitor::State::Failed);
    const QString text = desktop.window.deskStatusBar()->syncText();
    QVERIFY2(text.contains(u"imaps://support@desk.example.co.jp@"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"%40"_s), qPrintable(text));
    QCOMPARE(text, u"Sync error: "_s + sync.monitor().lastError().message);
    QVERIFY2(text.endsWith(u"Settings → Mailbox."_s), qPrintable(text));
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
    QVERIFY(deliverToInbox(mail));
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

void TestDeskSync::settingsTestTheConnectionAndKeepEveryOption()
{
    Desk rig;
    StaffUser manager = rig.me;
    manager.role = StaffRole::Manager;
    Testing::ScriptedPrompts prompts;
    AccountsPage page(*rig.desk, manager, rig.keychain, prompts);
    MailboxForm *form = page.form();
    auto field = [form](const char *name) { return form->findChild<QLineEdit *>(QString::fromLatin1(name)); };
    field("imapHostLineEdit")->setText(env("MADOGUCHI_TEST_IMAP_HOST"));
    form->findChild<QSpinBox *>(u"imapPortSpinBox"_s)->setValue(qEnvironmentVariableIntValue("MADOGUCHI_TEST_IMAPS_PORT"));
    field("imapUserLineEdit")->setText(env("MADOGUCHI_TEST_IMAP_USER"));
    field("imapPasswordLineEdit")->setText(u"wrong"_s);

    // Without the server's CA: refused with the reason, in bounded time.
    QSignalSpy tested(form, &MailboxForm::connectionTested);
    form->findChild<QPushButton *>(u"testConnectionButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
    QCOMPARE(tested.last().first().toBool(), false);
    QVERIFY2(form->connectionTestText().contains(u"is not trusted"_s), qPrintable(form->connectionTestText()));

    // With it, a wrong password says so; the right one reports the inbox.
    field("caFileLineEdit")->setText(env("MADOGUCHI_TEST_IMAP_CA_FILE"));
    form->testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 20000);
    QCOMPARE(tested.last().first().toBool(), false);
    QVERIFY2(form->connectionTestText().contains(u"rejected the user name or password"_s),
             qPrintable(form->connectionTestText()));
    field("imapPasswordLineEdit")->setText(env("MADOGUCHI_TEST_IMAP_PASSWORD"));
    form->testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 3, 20000);
    QCOMPARE(tested.last().first().toBool(), true);
    QVERIFY2(QRegularExpression(u"^Connected and logged in: INBOX holds \\d+ message"_s)
                 .match(form->connectionTestText())
                 .hasMatch(),
             qPrintable(form->connectionTestText()));

    // Every option is saved (and a typed field marks the page as edited).
    QTest::keyClicks(field("sentFolderLineEdit"), u"Sent"_s);
    field("moveToLineEdit")->setText(u"Imported"_s);
    form->findChild<QCheckBox *>(u"markSeenCheckBox"_s)->click();
    QVERIFY(page.apply().ok());
    auto saved = MailAccountSettings::load(rig.db.db());
    QVERIFY(saved.ok() && saved->has_value());
    QCOMPARE(saved->value().imap.caFile, env("MADOGUCHI_TEST_IMAP_CA_FILE"));
    QCOMPARE(saved->value().sentFolder, u"Sent"_s);
    QCOMPARE(saved->value().moveToFolder, u"Imported"_s);
    QVERIFY(saved->value().markSeen);
    QVERIFY(!saved->value().imap.allowPlaintext);
    QCOMPARE(rig.keychain.read(saved->value().imapPasswordKey()).valueOr(QString()), env("MADOGUCHI_TEST_IMAP_PASSWORD"));

    // A page that only changes the security choice is saved too; a new page shows it all
    // and tests with the password saved in the keychain.
    AccountsPage again(*rig.desk, manager, rig.keychain, prompts);
    auto *security = again.form()->findChild<QComboBox *>(u"imapSecurityComboBox"_s);
    QCOMPARE(again.form()->findChild<QLineEdit *>(u"sentFolderLineEdit"_s)->text(), u"Sent"_s);
    QVERIFY(again.form()->findChild<QCheckBox *>(u"markSeenCheckBox"_s)->isChecked());
    QSignalSpy againTested(again.form(), &MailboxForm::connectionTested);
    again.form()->testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(againTested.size(), 1, 20000);
    QCOMPARE(againTested.last().first().toBool(), true);
    security->setFocus();
    QTest::keyClick(security, Qt::Key_Down); // a person choosing STARTTLS
    QCOMPARE(security->currentIndex(), 1);
    QVERIFY(again.apply().ok());
    saved = MailAccountSettings::load(rig.db.db());
    QCOMPARE(saved->value().imap.security, ImapServerSettings::Security::StartTls);
    QVERIFY(rig.keychain.remove(saved->value().imapPasswordKey()).ok());
}

// Issue 20: the desktop's own sync applies the urgent keyword rules like import and sync --once.
void TestDeskSync::urgentKeywordMailArrivesUrgent()
{
    Desk rig;
    QVERIFY(account().save(rig.db.db()).ok());
    QVERIFY(rig.keychain.store(account().imapPasswordKey(), env("MADOGUCHI_TEST_IMAP_PASSWORD")).ok());
    MainWindow window(*rig.desk, rig.me);
    DeskMailboxSync sync(*rig.desk, env("PGPASSWORD"), rig.keychain);
    window.setMailboxSync(&sync);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(window.deskStatusBar()->syncText() == u"Mail up to date"_s, 60000);

    const QByteArray mail = "From: kato@outage.example.jp\r\nTo: support@desk.example.com\r\n"
                            "Subject: =?UTF-8?B?" + u"【至急】管理画面"_s.toUtf8().toBase64() + "?=\r\n"
                            "Message-ID: <desksync-urgent@outage.example.jp>\r\n"
                            "Content-Type: text/plain; charset=UTF-8\r\n\r\nbody\r\n";
    QVERIFY(deliverToInbox(mail));
    const auto ticketOfMail = [&rig]() -> qint64 {
        return rig.db.db()
            .scalar(u"find"_s, u"SELECT ticket_id FROM messages WHERE message_id = ?"_s,
                    {u"desksync-urgent@outage.example.jp"_s})
            .valueOr(QVariant())
            .toLongLong();
    };
    QTRY_VERIFY_WITH_TIMEOUT(ticketOfMail() > 0, 20000);
    auto ticket = rig.desk->tickets().ticket(ticketOfMail());
    QVERIFY(ticket.ok() && ticket->has_value());
    QVERIFY((*ticket)->isUrgent());
    QCOMPARE(KeywordUrgency(*rig.desk).reason((*ticket)->id).valueOr(QString()),
             u"the mail matched the urgent keyword rule “至急”"_s);
    QVERIFY(rig.keychain.remove(account().imapPasswordKey()).ok());
}

QTEST_MAIN(TestDeskSync)
#include "tst_desksync.moc"
