// The OAuth 2.0 sign-in in the desktop program (issue 14), offscreen, against the test
// authorization server, the real Dovecot and SMTP servers that check its tokens
// (with-oauth.sh) and the real keychain (with-keyring.sh). The test plays the browser: the
// form's URL opener only hands it the authorization URL, which it follows with a plain GET.
// Settings → Mailbox: a preset fills the servers; "Sign in…" ends with the address shown and
// the tokens in the keychain only; Cancel closes the loopback listener and keeps nothing; a
// forged state is refused in words. The sync status: a revoked sign-in shows "Sign in again",
// its button signs in again, the sync resumes and the reply that waited goes out.
#include "../common/TestDatabase.h"
#include "../common/TestImapServer.h"
#include "../common/TestOAuthServer.h"
#include "ScriptedPrompts.h"

#include "core/Clock.h"
#include "desk/DeskStatusBar.h"
#include "desk/MainWindow.h"
#include "mail/MailIngestor.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/outbox/TicketReplies.h"
#include "reply/DeskOutbox.h"
#include "settings/AccountsPage.h"
#include "settings/MailboxForm.h"
#include "settings/OAuthSignInPanel.h"
#include "store/PasswordKeychain.h"
#include "sync/DeskMailboxSync.h"
#include "sync/SyncStatusDialog.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QComboBox>
#include <QFile>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using namespace Madoguchi::Testing;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

bool deliverToInbox(const QByteArray &messageId)
{
    QProcess save;
    save.start(env("MADOGUCHI_TEST_IMAP_DOVEADM"), {u"-c"_s, env("MADOGUCHI_TEST_IMAP_DOVECOT_CONF"), u"save"_s,
                                                    u"-u"_s, u"testuser"_s, u"-m"_s, u"INBOX"_s});
    if (!save.waitForStarted())
        return false;
    save.write("From: yamada@example.jp\r\nTo: support@desk.example.com\r\nSubject: OAuth desk " + messageId
               + "\r\nMessage-ID: <" + messageId + ">\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nbody\r\n");
    save.closeWriteChannel();
    return save.waitForFinished(30000) && save.exitCode() == 0;
}

struct Desk
{
    TestDatabase db;
    std::unique_ptr<TicketDesk> desk;
    PasswordKeychain keychain{u"MadoguchiOAuthGuiTest"_s, 5000};
    StaffUser manager;

    Desk()
    {
        desk = std::make_unique<TicketDesk>(db.db(), Clock::system());
        auto staff = TicketFixtureBuilder(*desk).staff(u"sato"_s, u"佐藤"_s);
        QVERIFY(staff.ok());
        manager = staff.value();
        manager.role = StaffRole::Manager;
    }
    qint64 tickets()
    {
        return db.db().scalar(u"count"_s, u"SELECT COUNT(*) FROM tickets"_s).value().toLongLong();
    }
    // Every byte of the database files (SQLite, with its WAL) or of its settings (PostgreSQL).
    QByteArray stored()
    {
        if (!db.db().address().filePath.isEmpty()) {
            QByteArray bytes;
            for (const QString &suffix : {QString(), u"-wal"_s}) {
                QFile file(db.db().address().filePath + suffix);
                if (file.open(QIODevice::ReadOnly))
                    bytes += file.readAll();
            }
            return bytes;
        }
        return db.db()
            .scalar(u"settings"_s, u"SELECT string_agg(name || '=' || value, ';') FROM settings"_s)
            .valueOr(QVariant())
            .toString()
            .toUtf8();
    }
};

// The browser the form opens: it only notes the address; the test follows it.
struct Browser
{
    QUrl url;
    MailboxSignIn::UrlOpener opener()
    {
        return [this](const QUrl &address) {
            url = address;
            return true;
        };
    }
};

} // namespace

class TestOAuthGui : public QObject
{
    Q_OBJECT
private:
    // The settings page of a manager with the test server's mailbox typed in.
    struct Page
    {
        Desk rig;
        ScriptedPrompts prompts;
        Browser browser;
        std::unique_ptr<AccountsPage> page;
        MailboxForm *form = nullptr;
        OAuthSignInPanel *panel = nullptr;

        Page()
        {
            page = std::make_unique<AccountsPage>(*rig.desk, rig.manager, rig.keychain, prompts);
            form = page->form();
            panel = form->signInPanel();
            form->setUrlOpener(browser.opener());
        }
        void chooseMethod(int index)
        {
            auto *method = panel->findChild<QComboBox *>(u"signInMethodComboBox"_s);
            method->setCurrentIndex(index);
            Q_EMIT method->activated(index);
        }
        QLineEdit *field(const QString &name) const { return form->findChild<QLineEdit *>(name); }
        void enterTestProvider()
        {
            form->setImap(testImapServer());
            chooseMethod(3); // another OAuth 2.0 provider
            field(u"oauthClientIdLineEdit"_s)->setText(env("MADOGUCHI_TEST_OAUTH_CLIENT_ID"));
            field(u"oauthClientSecretLineEdit"_s)->setText(env("MADOGUCHI_TEST_OAUTH_CLIENT_SECRET"));
            field(u"oauthAuthorizationUrlLineEdit"_s)->setText(oauthUrl(u"/authorize"_s));
            field(u"oauthTokenUrlLineEdit"_s)->setText(oauthUrl(u"/token"_s));
            field(u"oauthScopesLineEdit"_s)->setText(u"https://mail.google.com/"_s);
        }
        OAuthTokenVault vault()
        {
            MailAccountSettings account;
            account.imap = testImapServer();
            return account.oauthTokenVault(rig.keychain);
        }
        QPushButton *button(const QString &name) const { return form->findChild<QPushButton *>(name); }
    };

private Q_SLOTS:
    void initTestCase()
    {
        if (oauthUrl().isEmpty())
            QSKIP("run through tests/scripts/with-oauth.sh and with-keyring.sh");
    }

    void init()
    {
        // Every case starts signed out.
        PasswordKeychain keychain(u"MadoguchiOAuthGuiTest"_s, 5000);
        MailAccountSettings account;
        account.imap = testImapServer();
        (void)account.oauthTokenVault(keychain).remove();
    }

    void presetFillsTheServers_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("imapHost");
        QTest::addColumn<QString>("smtpHost");
        QTest::addColumn<int>("smtpPort");
        QTest::addColumn<QString>("help");
        QTest::addColumn<bool>("tenantShown");
        QTest::newRow("Google Workspace") << 1 << u"imap.gmail.com"_s << u"smtp.gmail.com"_s << 465
                                          << u"Google Cloud console"_s << false;
        QTest::newRow("Microsoft 365") << 2 << u"outlook.office365.com"_s << u"smtp.office365.com"_s << 587
                                       << u"Microsoft Entra admin center"_s << true;
    }
    void presetFillsTheServers()
    {
        QFETCH(int, method);
        QFETCH(QString, imapHost);
        QFETCH(QString, smtpHost);
        QFETCH(int, smtpPort);
        QFETCH(QString, help);
        QFETCH(bool, tenantShown);
        Page p;
        p.page->show();
        QVERIFY(QTest::qWaitForWindowExposed(p.page.get()));
        QVERIFY(p.field(u"imapPasswordLineEdit"_s)->isVisible());
        QVERIFY(!p.field(u"oauthClientIdLineEdit"_s)->isVisible());
        p.field(u"imapUserLineEdit"_s)->setText(u"support@example.co.jp"_s);
        p.chooseMethod(method);
        QCOMPARE(p.field(u"imapHostLineEdit"_s)->text(), imapHost);
        QCOMPARE(p.form->findChild<QSpinBox *>(u"imapPortSpinBox"_s)->value(), 993);
        QCOMPARE(p.field(u"smtpHostLineEdit"_s)->text(), smtpHost);
        QCOMPARE(p.form->findChild<QSpinBox *>(u"smtpPortSpinBox"_s)->value(), smtpPort);
        QCOMPARE(p.field(u"smtpUserLineEdit"_s)->text(), u"support@example.co.jp"_s);
        // No password here: the client ID (and secret) and the help on where to get them.
        QVERIFY(!p.field(u"imapPasswordLineEdit"_s)->isVisible());
        QVERIFY(!p.field(u"smtpPasswordLineEdit"_s)->isVisible());
        QVERIFY(p.field(u"oauthClientIdLineEdit"_s)->isVisible());
        QVERIFY(p.field(u"oauthClientSecretLineEdit"_s)->isVisible());
        QCOMPARE(p.field(u"oauthTenantLineEdit"_s)->isVisible(), tenantShown);
        QVERIFY(!p.field(u"oauthTokenUrlLineEdit"_s)->isVisible());
        const QString helpText = p.panel->findChild<QLabel *>(u"oauthHelpLabel"_s)->text();
        QVERIFY2(helpText.contains(help), qPrintable(helpText));
        // Without a client ID nothing is saved, and the error names it.
        auto refused = p.page->apply();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"client ID"_s), qPrintable(refused.error().message));
        p.field(u"oauthClientIdLineEdit"_s)->setText(u"123.apps.example"_s);
        QVERIFY(p.page->apply().ok());
        auto saved = MailAccountSettings::load(p.rig.db.db());
        QVERIFY(saved.ok() && saved->has_value() && saved->value().oauth);
        QCOMPARE(int(saved->value().oauth->provider), method - 1);
        QCOMPARE(saved->value().imap.host, imapHost);
    }

    // Only a manager changes the mailbox: for staff the sign-in choice is disabled too.
    void staffCannotChangeTheSignIn()
    {
        Desk rig;
        ScriptedPrompts prompts;
        StaffUser staff = rig.manager;
        staff.role = StaffRole::Staff;
        AccountsPage page(*rig.desk, staff, rig.keychain, prompts);
        QVERIFY(!page.form()->signInPanel()->findChild<QComboBox *>(u"signInMethodComboBox"_s)->isEnabled());
    }

    void signInEndToEnd()
    {
        Page p;
        p.enterTestProvider();
        QVERIFY(p.form->findChild<QPushButton *>(u"oauthSignInButton"_s)->isEnabled());
        p.button(u"oauthSignInButton"_s)->click();
        QVERIFY(p.browser.url.isValid());
        QVERIFY(p.panel->isWaiting());
        QVERIFY2(p.panel->statusText().startsWith(u"Waiting for the browser"_s), qPrintable(p.panel->statusText()));
        QVERIFY(!p.button(u"oauthCancelSignInButton"_s)->isHidden());
        QVERIFY(!p.button(u"oauthSignInButton"_s)->isEnabled());
        playBrowser(p.browser.url);
        QTRY_COMPARE_WITH_TIMEOUT(p.panel->statusText(), u"Signed in as testuser."_s, 20000);
        QVERIFY(!p.panel->isWaiting());
        QVERIFY(p.button(u"oauthCancelSignInButton"_s)->isHidden());

        // The tokens and the client secret are in the keychain …
        const auto tokens = p.vault().read();
        QVERIFY2(tokens.ok(), tokens.ok() ? "" : qPrintable(tokens.error().message));
        QVERIFY(!tokens->refreshToken.isEmpty() && !tokens->accessToken.isEmpty());
        QCOMPARE(tokens->clientSecret, env("MADOGUCHI_TEST_OAUTH_CLIENT_SECRET"));
        // … "Test connection" signs in to the real IMAP server with them …
        QSignalSpy tested(p.form, &MailboxForm::connectionTested);
        p.form->testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 30000);
        QVERIFY2(tested.first().first().toBool(), qPrintable(p.form->connectionTestText()));
        // … and once saved, the database holds the settings but no token and no secret.
        QVERIFY(p.page->apply().ok());
        auto saved = MailAccountSettings::load(p.rig.db.db());
        QVERIFY(saved.ok() && saved->has_value() && saved->value().oauth);
        QCOMPARE(saved->value().oauth->tokenEndpoint(), QUrl(oauthUrl(u"/token"_s)));
        const QByteArray stored = p.rig.stored();
        QVERIFY(stored.contains(env("MADOGUCHI_TEST_OAUTH_CLIENT_ID").toUtf8()));
        for (const QString &secret : {tokens->refreshToken, tokens->accessToken, tokens->clientSecret})
            QVERIFY2(!stored.contains(secret.toUtf8()), qPrintable(secret));

        // Opened again, the page says who is signed in on this computer.
        AccountsPage again(*p.rig.desk, p.rig.manager, p.rig.keychain, p.prompts);
        QCOMPARE(again.form()->signInPanel()->statusText(), u"Signed in as testuser."_s);
    }

    void cancelClosesTheListener()
    {
        Page p;
        p.enterTestProvider();
        p.button(u"oauthSignInButton"_s)->click();
        QVERIFY(p.panel->isWaiting());
        const QUrl redirect = p.panel->redirectUri();
        QCOMPARE(redirect.host(), u"127.0.0.1"_s);
        QVERIFY(redirect.port() > 0);
        p.button(u"oauthCancelSignInButton"_s)->click();
        QVERIFY(!p.panel->isWaiting());
        QCOMPARE(p.panel->statusText(), u"The sign-in was cancelled; nothing was saved."_s);
        QVERIFY(p.button(u"oauthSignInButton"_s)->isEnabled());
        // Nobody listens any more: a browser that comes back late finds the port closed.
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!late.waitForConnected(3000));
        QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
        (void)httpRequest(QUrl(QString::fromUtf8(httpRequest(p.browser.url))));
        QTest::qWait(200); // give a wrongly open listener the chance to store something
        const auto tokens = p.vault().read();
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().code, u"keychain-missing"_s);
        QCOMPARE(p.panel->statusText(), u"The sign-in was cancelled; nothing was saved."_s);
    }

    void forgedStateIsRefused()
    {
        Page p;
        p.enterTestProvider();
        p.button(u"oauthSignInButton"_s)->click();
        playBrowser(withQueryItem(p.browser.url, u"state"_s, u"someone-elses"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!p.panel->isWaiting(), 20000);
        QVERIFY2(p.panel->statusText().contains(u"the state does not match"_s), qPrintable(p.panel->statusText()));
        QCOMPARE(p.panel->statusText().count(u'\n'), 0);
        const auto tokens = p.vault().read();
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().code, u"keychain-missing"_s);
    }

    // A revoked sign-in: the sync says "Sign in again" with a button, a reply waits in the
    // outbox meanwhile; the button signs in again, new mail comes in and the reply goes out.
    void revokedSignInSignsInAgain()
    {
        Desk rig;
        QTemporaryDir dir;
        QVERIFY(writeCombinedCaFile(dir.filePath(u"ca.pem"_s)));
        MailAccountSettings account;
        account.imap = testImapServer();
        account.imap.caFile = dir.filePath(u"ca.pem"_s);
        account.smtpUrl = u"smtp://testuser@127.0.0.1:%1"_s.arg(env("MADOGUCHI_TEST_SMTP_STARTTLS_PORT"));
        account.oauth = testOAuthProvider();
        QVERIFY(account.save(rig.db.db()).ok());
        DeskAddresses addresses;
        addresses.supportAddresses = {u"support@desk.example.com"_s};
        QVERIFY(MailIngestor::saveAddresses(*rig.desk, addresses).ok());
        QVERIFY(rig.desk->settings()
                    .setValue(StaffUser::system(), QString::fromLatin1(TicketReplies::sendCancelSetting), u"0"_s)
                    .ok());

        // The browser follows the address by itself, as a person signing in would.
        auto browser = [](const QUrl &url) {
            QTimer::singleShot(0, QCoreApplication::instance(), [url] { playBrowser(url); });
            return true;
        };
        MailboxSignIn first(testOAuthProvider(), account.oauthTokenVault(rig.keychain),
                            env("MADOGUCHI_TEST_OAUTH_CLIENT_SECRET"), Clock::system(), browser);
        QSignalSpy signedIn(&first, &MailboxSignIn::signedIn);
        QVERIFY(first.start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);

        QVERIFY(deliverToInbox("gui-oauth-1@example.jp"));
        MainWindow window(*rig.desk, rig.manager);
        DeskMailboxSync sync(*rig.desk, env("PGPASSWORD"), rig.keychain);
        sync.setUrlOpener(browser);
        window.setMailboxSync(&sync);
        DeskOutbox outbox(*rig.desk, rig.keychain);
        window.setOutbox(&outbox);
        connect(&sync, &DeskMailboxSync::signedInAgain, &outbox, &DeskOutbox::resumeAfterSignIn);
        window.show();
        sync.start();
        outbox.start();
        QTRY_COMPARE_WITH_TIMEOUT(sync.monitor().state(), MailboxSyncMonitor::State::UpToDate, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.tickets() >= 1, 10000);
        QVERIFY(!window.deskStatusBar()->signInAgainButton()->isVisible());

        // Revoked (as "sign out everywhere"): the next sign-in to the server fails for good.
        oauthControl(u"revoke"_s);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.needsSignIn(), 30000);
        QVERIFY2(window.deskStatusBar()->syncText().startsWith(u"Sign in again"_s),
                 qPrintable(window.deskStatusBar()->syncText()));
        window.deskStatusBar()->clearMessage(); // a passing message hides the sync line
        QVERIFY(window.deskStatusBar()->signInAgainButton()->isVisible());
        SyncStatusDialog dialog(sync, &window);
        dialog.show();
        auto *again = dialog.findChild<QPushButton *>(u"signInAgainButton"_s);
        QVERIFY(again && again->isVisible() && again->isEnabled());

        // The desk works offline meanwhile: a reply is queued, and waits for the sign-in.
        const qint64 ticket = rig.db.db().scalar(u"newest"_s, u"SELECT MAX(id) FROM tickets"_s).value().toLongLong();
        auto draft = TicketReplies(*rig.desk).draft(ticket);
        QVERIFY(draft.ok());
        auto queued = TicketReplies(*rig.desk).queue(rig.manager, *draft);
        QVERIFY2(queued.ok(), queued.ok() ? "" : qPrintable(queued.error().message));
        outbox.wake();
        QTRY_VERIFY_WITH_TIMEOUT(rig.desk->outbox().entry(queued->outboxId).value()->attempts > 0
                                     && rig.desk->outbox().entry(queued->outboxId).value()->state
                                         == OutboxState::Queued,
                                 30000);
        QVERIFY2(rig.desk->outbox().entry(queued->outboxId).value()->lastError.contains(u"Sign in again"_s),
                 qPrintable(rig.desk->outbox().entry(queued->outboxId).value()->lastError));

        // Signed in again from the sync status: the mail that arrived comes in, the reply goes.
        QVERIFY(deliverToInbox("gui-oauth-2@example.jp"));
        const qint64 before = rig.tickets();
        again->click();
        QTRY_COMPARE_WITH_TIMEOUT(sync.signInStatus(), u"Signed in as testuser."_s, 20000);
        QCOMPARE(dialog.signInText(), u"Signed in as testuser."_s);
        QTRY_COMPARE_WITH_TIMEOUT(sync.monitor().state(), MailboxSyncMonitor::State::UpToDate, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.tickets() > before, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.desk->outbox().entry(queued->outboxId).value()->state, OutboxState::Sent,
                                  30000);
        window.deskStatusBar()->clearMessage();
        QVERIFY(!window.deskStatusBar()->signInAgainButton()->isVisible());
        QVERIFY(!again->isVisible());
    }
};

QTEST_MAIN(TestOAuthGui)
#include "tst_oauthgui.moc"
