// madoguchi-cli with an OAuth 2.0 mailbox (issue 14), end to end against the test
// authorization server, the real Dovecot and SMTP servers that check its tokens, and the real
// keychain (with-oauth.sh, with-keyring.sh): account set/login/show, sync --once and outbox
// send with the token, the token expiring in the middle, a revoked sign-in ("sign in again",
// nothing lost, then working again after a new login), a foreign state refused, the device
// grant, no token anywhere in the database, the settings or the output, and a token file
// for serve under the system unit.
#include "../common/TestOAuthServer.h"
#include "core/Clock.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/account/OAuthTokenVault.h"
#include "mail/MailIngestor.h"
#include "mail/outbox/TicketReplies.h"
#include "store/Database.h"
#include "store/DatabaseAddress.h"
#include "store/PasswordKeychain.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Madoguchi;
using namespace Madoguchi::Testing;
using namespace Qt::Literals::StringLiterals;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliOAuth : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;
    QString m_outputs; // everything every run printed: searched for tokens at the end
    QStringList m_seenTokens;
    StaffUser m_author;

    // `withoutSession`: as under the system unit, no D-Bus session and so no keychain.
    CliRun cli(const QStringList &args, bool withoutSession = false)
    {
        QProcess process;
        if (withoutSession)
            process.setProcessEnvironment(withoutSessionEnvironment());
        process.start(QStringLiteral(MADOGUCHI_CLI), QStringList{u"--database"_s, m_database} + args);
        CliRun run;
        if (!process.waitForStarted())
            return run;
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            process.kill();
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        m_outputs += run.out + run.err;
        return run;
    }

    // `account login` in the background; `browser` gets what it printed and plays the browser.
    CliRun login(const QStringList &extra, const std::function<void(const QString &printed)> &browser)
    {
        QProcess process;
        process.start(QStringLiteral(MADOGUCHI_CLI),
                      QStringList{u"--database"_s, m_database, u"account"_s, u"login"_s} + extra);
        CliRun run;
        if (!process.waitForStarted())
            return run;
        QString printed;
        (void)QTest::qWaitFor([&] {
            printed += QString::fromUtf8(process.readAllStandardOutput());
            return printed.contains(u"Waiting for"_s) || process.state() == QProcess::NotRunning;
        }, 20000);
        browser(printed);
        if (!process.waitForFinished(30000))
            process.kill();
        run.exitCode = process.exitCode();
        run.out = printed + QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        m_outputs += run.out + run.err;
        return run;
    }

    static QProcessEnvironment withoutSessionEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        return environment;
    }

    static QJsonObject tokenFileContent(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }

    static bool onlyOwnerMayRead(const QString &path)
    {
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        const QFile::Permissions mode = QFileInfo(path).permissions();
        return (mode & QFile::ReadOwner) && (mode & QFile::WriteOwner) && !(mode & others);
    }

    static QUrl firstUrl(const QString &printed)
    {
        for (const QString &line : printed.split(u'\n')) {
            if (line.startsWith(u"http"_s))
                return QUrl(line.trimmed());
        }
        return {};
    }

    CliRun loginWithBrowser()
    {
        return login({u"--client-secret-file"_s, m_dir.filePath(u"client-secret"_s)},
                     [](const QString &printed) { playBrowser(firstUrl(printed)); });
    }

    OAuthTokens storedTokens()
    {
        PasswordKeychain keychain;
        auto database = Database::open(DatabaseAddress::parse(m_database).value());
        auto settings = MailAccountSettings::load(*database.value());
        const auto tokens = OAuthTokenVault(keychain, settings->value().oauthTokensKey()).read();
        if (tokens && !m_seenTokens.contains(tokens->accessToken))
            m_seenTokens << tokens->accessToken << tokens->refreshToken;
        return tokens.valueOr(OAuthTokens());
    }

    bool deliver(const QByteArray &messageId)
    {
        QProcess process;
        process.start(env("MADOGUCHI_TEST_IMAP_DOVEADM"), {u"-c"_s, env("MADOGUCHI_TEST_IMAP_DOVECOT_CONF"), u"save"_s,
                                                          u"-u"_s, u"testuser"_s, u"-m"_s, u"INBOX"_s});
        process.waitForStarted();
        process.write("From: yamada@example.jp\r\nTo: support@desk.example.com\r\nSubject: OAuth test " + messageId
                      + "\r\nMessage-ID: <" + messageId + ">\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nbody\r\n");
        process.closeWriteChannel();
        return process.waitForFinished(30000) && process.exitCode() == 0;
    }

    // Queues a reply to the newest ticket, as a desktop would; its outbox id.
    qint64 queueReply()
    {
        auto database = Database::open(DatabaseAddress::parse(m_database).value());
        if (!database)
            return 0;
        TicketDesk desk(**database, Clock::system());
        const qint64 ticket = (*database)->scalar(u"newest ticket"_s, u"SELECT MAX(id) FROM tickets"_s, {})
                                  .valueOr(QVariant())
                                  .toLongLong();
        if (m_author.id == 0) { // the first time: who replies, from which address
            m_author = TicketFixtureBuilder(desk).staff(u"sato"_s, u"佐藤"_s).valueOr(StaffUser());
            DeskAddresses addresses;
            addresses.supportAddresses = {u"support@desk.example.com"_s};
            if (!MailIngestor::saveAddresses(desk, addresses))
                return 0;
            // Sent at once: the send-cancel window (issue 12) has its own tests.
            if (!desk.settings().setValue(StaffUser::system(), QString::fromLatin1(TicketReplies::sendCancelSetting),
                                          u"0"_s))
                return 0;
        }
        auto draft = TicketReplies(desk).draft(ticket);
        if (!draft) {
            qWarning() << "cannot draft a reply to ticket" << ticket << draft.error().message;
            return 0;
        }
        const auto queued = TicketReplies(desk).queue(m_author, *draft);
        if (!queued)
            qWarning() << "cannot queue:" << queued.error().message;
        return queued.valueOr(QueuedReply()).outboxId;
    }

    int sinkMessages() const
    {
        return int(QDir(env("MADOGUCHI_TEST_SMTP_STARTTLS_DIR")).entryList({u"*.eml"_s}, QDir::Files).size());
    }

    int refreshes() { return oauthStats().value(u"refreshes"_s).toInt(); }

private Q_SLOTS:
    void initTestCase()
    {
        if (oauthUrl().isEmpty())
            QSKIP("run through tests/scripts/with-oauth.sh");
        m_database = m_dir.filePath(u"desk.sqlite"_s);
        QVERIFY(writeCombinedCaFile(m_dir.filePath(u"ca.pem"_s)));
        QFile secret(m_dir.filePath(u"client-secret"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(env("MADOGUCHI_TEST_OAUTH_CLIENT_SECRET").toUtf8() + '\n');
        secret.close();
        QVERIFY(secret.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void setUpAndFirstSignIn()
    {
        const CliRun set = cli({u"account"_s, u"set"_s, u"--imap"_s,
                                u"imaps://testuser@127.0.0.1:%1"_s.arg(env("MADOGUCHI_TEST_IMAPS_PORT")),
                                u"--smtp"_s, u"smtp://testuser@127.0.0.1:%1"_s.arg(env("MADOGUCHI_TEST_SMTP_STARTTLS_PORT")),
                                u"--ca-file"_s, m_dir.filePath(u"ca.pem"_s), u"--sign-in"_s, u"other"_s,
                                u"--client-id"_s, env("MADOGUCHI_TEST_OAUTH_CLIENT_ID"),
                                u"--authorization-url"_s, oauthUrl(u"/authorize"_s),
                                u"--token-url"_s, oauthUrl(u"/token"_s),
                                u"--device-authorization-url"_s, oauthUrl(u"/device_authorization"_s),
                                u"--scope"_s, u"https://mail.google.com/"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const CliRun before = cli({u"account"_s, u"show"_s});
        QVERIFY(before.out.contains(u"Signed in         no (run: madoguchi-cli account login)"_s));
        const CliRun syncBefore = cli({u"sync"_s, u"--once"_s});
        QCOMPARE(syncBefore.exitCode, 1);
        QVERIFY2(syncBefore.err.contains(u"Sign in again"_s), qPrintable(syncBefore.err));

        const CliRun signedIn = loginWithBrowser();
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.out + signedIn.err));
        QVERIFY(signedIn.out.contains(u"code_challenge_method=S256"_s));
        QVERIFY(signedIn.out.contains(u"Signed in as testuser"_s));
        const OAuthTokens tokens = storedTokens();
        QVERIFY(!tokens.refreshToken.isEmpty());
        const CliRun show = cli({u"account"_s, u"show"_s});
        QVERIFY(show.out.contains(u"Sign-in           OAuth 2.0 (other provider)"_s));
        QVERIFY(show.out.contains(u"Signed in as      testuser"_s));
        QVERIFY(show.out.contains(u"Refresh token     kept in the keychain"_s));
        QVERIFY2(show.out.contains(u"Access token      expires at 20"_s), qPrintable(show.out));
    }

    void syncAndSendWithTheToken()
    {
        QVERIFY(deliver("oauth-1@example.jp"));
        const int before = refreshes();
        const CliRun sync = cli({u"sync"_s, u"--once"_s});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY(sync.out.contains(u"1 new message(s) stored"_s));
        const qint64 outboxId = queueReply();
        QVERIFY(outboxId > 0);
        const int sent = sinkMessages();
        const CliRun send = cli({u"outbox"_s, u"send"_s});
        QVERIFY2(send.exitCode == 0, qPrintable(send.out + send.err));
        QVERIFY(send.out.contains(u"sent %1"_s.arg(outboxId)));
        QCOMPARE(sinkMessages(), sent + 1);
        QFile json(QDir(env("MADOGUCHI_TEST_SMTP_STARTTLS_DIR")).filePath(u"%1.json"_s.arg(sent + 1, 6, 10, QChar(u'0'))));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject envelope = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(envelope.value(u"auth_oauth"_s).toBool(), true);
        QCOMPARE(envelope.value(u"auth_user"_s).toString(), u"testuser"_s);
        QCOMPARE(refreshes(), before); // the token from the sign-in was still good
    }

    void tokenExpiresInTheMiddle()
    {
        // The provider ends the token early; the keychain still says it has most of an hour.
        oauthControl(u"expire"_s);
        QVERIFY(deliver("oauth-2@example.jp"));
        int before = refreshes();
        const CliRun sync = cli({u"sync"_s, u"--once"_s});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY(sync.out.contains(u"1 new message(s) stored"_s));
        QCOMPARE(refreshes(), before + 1);
        storedTokens();
        oauthControl(u"expire"_s);
        const qint64 outboxId = queueReply();
        before = refreshes();
        const CliRun send = cli({u"outbox"_s, u"send"_s});
        QVERIFY2(send.exitCode == 0, qPrintable(send.out + send.err));
        QVERIFY(send.out.contains(u"sent %1"_s.arg(outboxId)));
        QCOMPARE(refreshes(), before + 1);
        storedTokens();
    }

    void revokedSignInLosesNothing()
    {
        oauthControl(u"revoke"_s);
        QVERIFY(deliver("oauth-3@example.jp"));
        const CliRun sync = cli({u"sync"_s, u"--once"_s});
        QCOMPARE(sync.exitCode, 1);
        QVERIFY2(sync.err.contains(u"Sign in again"_s), qPrintable(sync.err));
        const qint64 outboxId = queueReply();
        const CliRun send = cli({u"outbox"_s, u"send"_s});
        QCOMPARE(send.exitCode, 1);
        QVERIFY2(send.out.contains(u"deferred %1"_s.arg(outboxId)) && send.out.contains(u"Sign in again"_s),
                 qPrintable(send.out));
        // Signed in again: the mail that waited comes in, the reply that waited goes out.
        const CliRun again = loginWithBrowser();
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        storedTokens();
        const CliRun sync2 = cli({u"sync"_s, u"--once"_s});
        QVERIFY2(sync2.exitCode == 0 && sync2.out.contains(u"1 new message(s) stored"_s), qPrintable(sync2.out + sync2.err));
        const CliRun retry = cli({u"outbox"_s, u"retry"_s, QString::number(outboxId)});
        QCOMPARE(retry.exitCode, 0);
        const CliRun send2 = cli({u"outbox"_s, u"send"_s});
        QVERIFY2(send2.out.contains(u"sent %1"_s.arg(outboxId)), qPrintable(send2.out + send2.err));
    }

    void foreignStateRefused()
    {
        const CliRun run = login({u"--client-secret-file"_s, m_dir.filePath(u"client-secret"_s)},
                                 [](const QString &printed) {
                                     playBrowser(withQueryItem(firstUrl(printed), u"state"_s, u"forged"_s));
                                 });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"state does not match"_s), qPrintable(run.err));
    }

    void deviceGrant()
    {
        const CliRun run = login({u"--device"_s}, [](const QString &printed) {
            const qsizetype at = printed.indexOf(u"(or open "_s);
            const QString url = printed.mid(at + 9).section(u')', 0, 0);
            (void)httpRequest(QUrl(url));
        });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(u"enter the code"_s));
        QVERIFY(run.out.contains(u"Signed in as testuser"_s));
        storedTokens();
        const CliRun sync = cli({u"sync"_s, u"--once"_s});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    }

    void providerPresets_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("Google Workspace")
            << QStringList{u"--sign-in"_s, u"google"_s, u"--address"_s, u"support@example.co.jp"_s, u"--client-id"_s,
                           u"123.apps.googleusercontent.com"_s}
            << QStringList{u"IMAP              imaps://support%40example.co.jp@imap.gmail.com:993"_s,
                           u"SMTP              smtps://support%40example.co.jp@smtp.gmail.com:465"_s,
                           u"Sign-in           OAuth 2.0, Google Workspace"_s,
                           u"Token endpoint    https://oauth2.googleapis.com/token"_s};
        QTest::newRow("Microsoft 365 with its tenant")
            << QStringList{u"--sign-in"_s, u"microsoft"_s, u"--address"_s, u"support@example.co.jp"_s,
                           u"--client-id"_s, u"00000000-1111"_s, u"--tenant"_s, u"example.co.jp"_s}
            << QStringList{u"IMAP              imaps://support%40example.co.jp@outlook.office365.com:993"_s,
                           u"SMTP              smtp://support%40example.co.jp@smtp.office365.com:587"_s,
                           u"Sign-in           OAuth 2.0, Microsoft 365"_s, u"Tenant            example.co.jp"_s,
                           u"Token endpoint    https://login.microsoftonline.com/example.co.jp/oauth2/v2.0/token"_s};
    }
    void providerPresets()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, shown);
        const QString saved = m_database;
        m_database = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).left(6) + u".sqlite"_s);
        const CliRun set = cli(QStringList{u"account"_s, u"set"_s} + args);
        const CliRun show = cli({u"account"_s, u"show"_s});
        const CliRun noClient = cli({u"account"_s, u"set"_s, u"--client-id"_s, u""_s});
        m_database = saved;
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        for (const QString &line : shown)
            QVERIFY2(show.out.contains(line), qPrintable(line + u"\n"_s + show.out));
        QCOMPARE(noClient.exitCode, 2);
        QVERIFY(noClient.err.contains(u"client ID"_s));
    }

    // The tokens live in the keychain only: not in the database file, not in any settings or
    // other file under the test's home and folder, not in anything the CLI printed.
    void tokensNeverOutsideTheKeychain()
    {
        QVERIFY(m_seenTokens.size() >= 6);
        QStringList files;
        for (const QString &root : {m_dir.path(), QDir::homePath()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        QVERIFY(files.contains(m_database));
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const QString &token : std::as_const(m_seenTokens))
                QVERIFY2(!token.isEmpty() && !bytes.contains(token.toUtf8()), qPrintable(path));
        }
        for (const QString &token : std::as_const(m_seenTokens))
            QVERIFY(!m_outputs.contains(token));
    }

    // serve under the system unit (issue 14): no user session, so no keychain. The sign-in is
    // kept in a token file of the service user: written with mode 0600 by account login,
    // used by sync --once and serve without D-Bus, written back when the provider rotates the
    // refresh token, and refused with one line once others may read it.
    void tokenFileWithoutSession()
    {
        QTemporaryDir service; // not under m_dir: the check above scans that for keychain tokens
        const QString tokenFile = service.filePath(u"oauth-tokens.json"_s);
        const CliRun signedIn = login({u"--client-secret-file"_s, m_dir.filePath(u"client-secret"_s), u"--token-file"_s,
                                       tokenFile},
                                      [](const QString &printed) { playBrowser(firstUrl(printed)); });
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.out + signedIn.err));
        QVERIFY2(signedIn.out.contains(u"kept in the file "_s + tokenFile), qPrintable(signedIn.out));
        QVERIFY(onlyOwnerMayRead(tokenFile));
        const QJsonObject first = tokenFileContent(tokenFile);
        QVERIFY(!first.value(u"refresh_token"_s).toString().isEmpty());
        QCOMPARE(first.value(u"signed_in_as"_s).toString(), u"testuser"_s);

        const CliRun show = cli({u"account"_s, u"show"_s, u"--token-file"_s, tokenFile}, true);
        QVERIFY2(show.exitCode == 0 && show.out.contains(u"Token file        "_s + tokenFile)
                     && show.out.contains(u"Refresh token     kept in the token file"_s),
                 qPrintable(show.out + show.err));

        QVERIFY(deliver("token-file-1@example.jp"));
        const CliRun sync = cli({u"sync"_s, u"--once"_s, u"--token-file"_s, tokenFile}, true);
        QVERIFY2(sync.exitCode == 0 && sync.out.contains(u"1 new message(s) stored"_s), qPrintable(sync.out + sync.err));

        // The provider rotates: the refresh token used is revoked, the new one must be kept.
        oauthControl(u"rotate"_s);
        oauthControl(u"expire"_s);
        QVERIFY(deliver("token-file-2@example.jp"));
        const int before = refreshes();
        const CliRun rotated = cli({u"sync"_s, u"--once"_s, u"--token-file"_s, tokenFile}, true);
        QVERIFY2(rotated.exitCode == 0 && rotated.out.contains(u"1 new message(s) stored"_s),
                 qPrintable(rotated.out + rotated.err));
        QCOMPARE(refreshes(), before + 1);
        const QJsonObject second = tokenFileContent(tokenFile);
        QVERIFY(second.value(u"refresh_token"_s).toString() != first.value(u"refresh_token"_s).toString());
        QVERIFY(second.value(u"access_token"_s).toString() != first.value(u"access_token"_s).toString());
        QVERIFY(onlyOwnerMayRead(tokenFile));

        // serve signs in with the rotated token (the old one is revoked) and stops on SIGTERM.
        oauthControl(u"expire"_s);
        QProcess serve;
        serve.setProcessEnvironment(withoutSessionEnvironment());
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(MADOGUCHI_CLI),
                    {u"--database"_s, m_database, u"serve"_s, u"--token-file"_s, tokenFile});
        QVERIFY(serve.waitForStarted());
        QString said;
        const bool loggedIn = QTest::qWaitFor([&] {
            said += QString::fromUtf8(serve.readAll());
            return said.contains(u"logged in to"_s) || serve.state() == QProcess::NotRunning;
        }, 30000);
        serve.terminate();
        if (!serve.waitForFinished(20000))
            serve.kill();
        said += QString::fromUtf8(serve.readAll());
        QVERIFY2(loggedIn && said.contains(u"logged in to"_s), qPrintable(said));
        const QJsonObject third = tokenFileContent(tokenFile);
        QVERIFY(third.value(u"refresh_token"_s).toString() != second.value(u"refresh_token"_s).toString());

        // Readable by others: refused with one line, the file left as it was.
        QVERIFY(QFile::setPermissions(tokenFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                     | QFile::ReadOther));
        const CliRun refused = cli({u"sync"_s, u"--once"_s, u"--token-file"_s, tokenFile}, true);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.trimmed().count(u'\n') == 0
                     && refused.err.contains(u"may be read by other users; refusing to use it"_s),
                 qPrintable(refused.err));
        QCOMPARE(tokenFileContent(tokenFile), third);
    }
};

QTEST_GUILESS_MAIN(TestCliOAuth)
#include "tst_cli_oauth.moc"
