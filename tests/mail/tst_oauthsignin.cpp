// The OAuth 2.0 sign-in and token source (issue 14) against the test authorization server,
// the real Dovecot behind it and the real keychain (tests/scripts/with-oauth.sh,
// with-keyring.sh): the browser flow with PKCE and state, refusals of a foreign state and of
// a code whose verifier does not match, refresh before expiry and after a refused token,
// a revoked refresh token as "sign in again", and IMAP sessions that sign in with the tokens.
#include "../common/TestImapServer.h"
#include "../common/TestOAuthServer.h"
#include "core/Clock.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/account/OAuthBrowserSignIn.h"
#include "mail/account/OAuthTokenSource.h"
#include "mail/imap/ImapSession.h"
#include "mail/sync/MailboxSyncWorker.h"
#include "store/DatabaseAddress.h"
#include "store/PasswordKeychain.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Madoguchi;
using namespace Madoguchi::Testing;
using namespace Qt::Literals::StringLiterals;

namespace {

QString clientSecret()
{
    return qEnvironmentVariable("MADOGUCHI_TEST_OAUTH_CLIENT_SECRET");
}

struct SignInOutcome
{
    QUrl authorizationUrl;
    std::optional<OAuthTokens> tokens;
    std::optional<Error> error;
};

// Signs in; `tamper` may change the authorization URL before the "browser" follows it.
SignInOutcome signIn(const Clock &clock, const std::function<QUrl(const QUrl &)> &tamper = {})
{
    SignInOutcome outcome;
    OAuthBrowserSignIn flow(testOAuthProvider(), clientSecret(), clock);
    QObject::connect(&flow, &OAuthBrowserSignIn::openBrowser, &flow, [&](const QUrl &url) { outcome.authorizationUrl = url; });
    QObject::connect(&flow, &OAuthBrowserSignIn::signedIn, &flow, [&](const OAuthTokens &t) { outcome.tokens = t; });
    QObject::connect(&flow, &OAuthBrowserSignIn::failed, &flow, [&](const Error &e) { outcome.error = e; });
    if (auto started = flow.start(); !started) {
        outcome.error = started.error();
        return outcome;
    }
    if (!QTest::qWaitFor([&] { return outcome.authorizationUrl.isValid(); }, 5000))
        return outcome;
    playBrowser(tamper ? tamper(outcome.authorizationUrl) : outcome.authorizationUrl);
    (void)QTest::qWaitFor([&] { return outcome.tokens || outcome.error; }, 20000);
    return outcome;
}

Result<QString> tokenFrom(OAuthTokenSource &source, bool renew)
{
    std::optional<Result<QString>> got;
    source.accessToken(renew, [&](const Result<QString> &token) { got = token; });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 20000))
        return makeError(u"timeout"_s, u"no answer from the token source"_s);
    return *got;
}

// Opens an IMAP session that signs in with `source`; true when it became ready.
bool imapSignsIn(OAuthTokenSource &source, const Clock &clock, QString *failure = nullptr)
{
    ImapSession session(clock);
    session.setAutoReconnect(false);
    QSignalSpy ready(&session, &ImapSession::ready);
    QSignalSpy failed(&session, &ImapSession::failed);
    session.open(testImapServer(), source.provider());
    (void)QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 30000);
    if (failure && !failed.isEmpty())
        *failure = failed.first().first().value<Error>().message;
    return !ready.isEmpty();
}

int refreshes()
{
    return oauthStats().value(u"refreshes"_s).toInt();
}

} // namespace

class TestOAuthSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (oauthUrl().isEmpty())
            QSKIP("run through tests/scripts/with-oauth.sh");
        // Whole seconds: the keychain keeps the expiry to the second.
        m_clock.set(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC));
    }

    void codeChallengeIsS256()
    {
        // RFC 7636 appendix B.
        QCOMPARE(OAuthBrowserSignIn::codeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const QByteArray verifier = OAuthBrowserSignIn::newCodeVerifier();
        QCOMPARE(verifier.size(), 43);
        QVERIFY(verifier != OAuthBrowserSignIn::newCodeVerifier());
    }

    void firstSignIn()
    {
        const SignInOutcome outcome = signIn(m_clock);
        QVERIFY2(outcome.tokens, outcome.error ? qPrintable(outcome.error->message) : "no answer");
        const QUrlQuery query(outcome.authorizationUrl);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(query.queryItemValue(u"code_challenge"_s).size(), 43);
        QVERIFY(!query.queryItemValue(u"state"_s).isEmpty());
        const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), u"127.0.0.1"_s);
        QVERIFY(redirect.port() > 0);
        QVERIFY(!outcome.tokens->accessToken.isEmpty());
        QVERIFY(!outcome.tokens->refreshToken.isEmpty());
        QCOMPARE(outcome.tokens->clientSecret, clientSecret());
        QCOMPARE(outcome.tokens->signedInAs, u"testuser"_s);
        QCOMPARE(m_clock.now().secsTo(outcome.tokens->accessExpires), 3600);
        m_tokens = *outcome.tokens;
    }

    void foreignStateRefused()
    {
        const int codes = oauthStats().value(u"codes"_s).toInt();
        const SignInOutcome outcome = signIn(m_clock, [](const QUrl &url) {
            return withQueryItem(url, u"state"_s, u"someone-elses"_s);
        });
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, u"oauth-state"_s);
        QVERIFY(!outcome.tokens);
        QCOMPARE(oauthStats().value(u"codes"_s).toInt(), codes + 1); // the server did issue a code
    }

    void wrongVerifierRefused()
    {
        // The code is issued for another challenge: the verifier this flow holds does not fit.
        const SignInOutcome outcome = signIn(m_clock, [](const QUrl &url) {
            const QByteArray other = OAuthBrowserSignIn::codeChallenge(OAuthBrowserSignIn::newCodeVerifier());
            return withQueryItem(url, u"code_challenge"_s, QString::fromLatin1(other));
        });
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, u"oauth-code-refused"_s);
        QVERIFY2(outcome.error->message.contains(u"PKCE"_s), qPrintable(outcome.error->message));
        QVERIFY(!outcome.tokens);
    }

    void tokenSourceRefreshesBeforeExpiry()
    {
        PasswordKeychain keychain;
        OAuthTokenVault vault(keychain, u"oauth:test-refresh"_s);
        QVERIFY(vault.write(m_tokens).ok());
        OAuthTokenSource source(testOAuthProvider(), vault, m_clock);
        const int before = refreshes();
        auto fresh = tokenFrom(source, false);
        QVERIFY(fresh.ok());
        QCOMPARE(fresh.value(), m_tokens.accessToken); // an hour left: no refresh
        QCOMPARE(refreshes(), before);
        m_clock.advanceSecs(3600 - OAuthTokenSource::refreshMarginSecs + 10);
        auto refreshed = tokenFrom(source, false);
        QVERIFY2(refreshed.ok(), refreshed.ok() ? "" : qPrintable(refreshed.error().message));
        QVERIFY(refreshed.value() != m_tokens.accessToken);
        QCOMPARE(refreshes(), before + 1);
        // Saved back, with the new expiry; the refresh token stays.
        const auto saved = vault.read();
        QVERIFY(saved.ok());
        QCOMPARE(saved->accessToken, refreshed.value());
        QCOMPARE(m_clock.now().secsTo(saved->accessExpires), 3600);
        QCOMPARE(saved->refreshToken, m_tokens.refreshToken);
        QVERIFY(imapSignsIn(source, m_clock));
        QVERIFY(vault.remove().ok());
    }

    void expiredInTheMiddleRenewsOnce()
    {
        PasswordKeychain keychain;
        OAuthTokenVault vault(keychain, u"oauth:test-expiry"_s);
        QVERIFY(vault.write(m_tokens).ok());
        OAuthTokenSource source(testOAuthProvider(), vault, m_clock);
        QString failure;
        QVERIFY2(imapSignsIn(source, m_clock, &failure), qPrintable(failure));
        // The server ends every token early (as after a password change); the source still
        // thinks its token good for most of an hour.
        oauthControl(u"expire"_s);
        const int before = refreshes();
        QVERIFY2(imapSignsIn(source, m_clock, &failure), qPrintable(failure));
        QCOMPARE(refreshes(), before + 1);
        QVERIFY(vault.remove().ok());
    }

    // The desktop's sync thread (MailboxSyncWorker) signs in with the tokens in the keychain.
    void desktopSyncSignsInWithTokens()
    {
        const SignInOutcome outcome = signIn(m_clock);
        QVERIFY(outcome.tokens);
        MailAccountSettings account;
        account.imap = testImapServer();
        account.oauth = testOAuthProvider();
        PasswordKeychain keychain;
        OAuthTokenVault vault(keychain, account.oauthTokensKey());
        QVERIFY(vault.write(*outcome.tokens).ok());
        QProcess doveadm;
        doveadm.start(qEnvironmentVariable("MADOGUCHI_TEST_IMAP_DOVEADM"),
                      {u"-c"_s, qEnvironmentVariable("MADOGUCHI_TEST_IMAP_DOVECOT_CONF"), u"save"_s, u"-u"_s,
                       u"testuser"_s, u"-m"_s, u"INBOX"_s});
        QVERIFY(doveadm.waitForStarted());
        doveadm.write("From: yamada@example.jp\r\nSubject: desktop sync\r\nMessage-ID: <desk-1@example.jp>\r\n\r\nx\r\n");
        doveadm.closeWriteChannel();
        QVERIFY(doveadm.waitForFinished(30000) && doveadm.exitCode() == 0);
        QTemporaryDir dir;
        MailboxSyncRunner::Setup setup;
        setup.database = DatabaseAddress::parse(dir.filePath(u"desk.sqlite"_s)).value();
        setup.account = account; // no password anywhere
        OAuthTokenSource source(testOAuthProvider(), vault, m_clock); // on this thread, as the desktop keeps it
        setup.tokens = source.crossThreadProvider();
        MailboxSyncWorker worker(setup, m_clock);
        std::optional<MailboxSyncSummary> finished;
        std::optional<Error> failed;
        connect(&worker, &MailboxSyncWorker::passFinished, this, [&](const MailboxSyncSummary &s) { finished = s; });
        connect(&worker, &MailboxSyncWorker::failed, this, [&](const Error &e) { failed = e; });
        worker.start();
        QVERIFY(QTest::qWaitFor([&] { return finished || failed; }, 60000));
        QVERIFY2(!failed, failed ? qPrintable(failed->message) : "");
        QVERIFY(finished->stored >= 1);
        QVERIFY(vault.remove().ok());
    }

    void revokedRefreshTokenAsksToSignInAgain()
    {
        PasswordKeychain keychain;
        OAuthTokenVault vault(keychain, u"oauth:test-revoked"_s);
        const SignInOutcome outcome = signIn(m_clock);
        QVERIFY(outcome.tokens);
        QVERIFY(vault.write(*outcome.tokens).ok());
        OAuthTokenSource source(testOAuthProvider(), vault, m_clock);
        QSignalSpy signInRequired(&source, &OAuthTokenSource::signInRequired);
        oauthControl(u"revoke"_s);
        QString failure;
        QVERIFY(!imapSignsIn(source, m_clock, &failure));
        QCOMPARE(signInRequired.size(), 1);
        QVERIFY2(failure.startsWith(u"Sign in again"_s), qPrintable(failure));
        QVERIFY(failure.contains(u"invalid_grant"_s));
        // Nothing is thrown away: the keychain entry is as it was.
        QCOMPARE(vault.read().valueOr(OAuthTokens()).refreshToken, outcome.tokens->refreshToken);
        QVERIFY(vault.remove().ok());
    }

    void notSignedInYet()
    {
        PasswordKeychain keychain;
        OAuthTokenSource source(testOAuthProvider(), OAuthTokenVault(keychain, u"oauth:never"_s), m_clock);
        auto token = tokenFrom(source, false);
        QVERIFY(!token.ok());
        QCOMPARE(token.error().code, u"oauth-signin-required"_s);
    }

private:
    FixedClock m_clock;
    OAuthTokens m_tokens;
};

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"
