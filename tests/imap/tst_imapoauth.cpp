// AUTHENTICATE XOAUTH2 / OAUTHBEARER (issue 14) as exact bytes over a scripted server: which
// mechanism, SASL-IR or the continuation, the token hidden in the log, the server's JSON
// error decoded and answered, a refused token renewed once, a token that cannot be had.
#include "ImapProtocolHarness.h"

#include <QTest>

using namespace Madoguchi;
using namespace Madoguchi::Testing;
using namespace Qt::Literals::StringLiterals;

namespace {

// Hands out "token-1", "token-2", … and records whether each ask wanted a renewal.
struct Tokens
{
    QList<bool> asks;
    std::optional<Error> failure;

    SaslBearer::TokenProvider provider()
    {
        return [this](bool renew, SaslBearer::TokenCallback done) {
            asks.append(renew);
            if (failure)
                done(*failure);
            else
                done(u"token-%1"_s.arg(asks.size()));
        };
    }
};

void openWithTokens(Harness &h, Tokens &tokens)
{
    ImapServerSettings settings;
    settings.host = u"mail.example.co.jp"_s;
    settings.port = 993;
    settings.user = u"support@example.co.jp"_s;
    h.session.open(settings, tokens.provider());
    QTRY_VERIFY(h.socket());
}

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64();
}

} // namespace

class TestImapOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mechanismAndInitialResponse_data();
    void mechanismAndInitialResponse();
    void refusedTokenIsRenewedOnce_data();
    void refusedTokenIsRenewedOnce();
    void tokenThatCannotBeHad();
    void serverWithoutOAuth();
    void errorChallengeDescribed_data();
    void errorChallengeDescribed();
};

void TestImapOAuth::mechanismAndInitialResponse_data()
{
    QTest::addColumn<QByteArray>("capabilities");
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("continuation"); // empty: the response went with the command (SASL-IR)
    const QByteArray xoauth2 = b64("user=support@example.co.jp\x01" "auth=Bearer token-1\x01\x01");
    const QByteArray bearer = b64("n,a=support@example.co.jp,\x01host=mail.example.co.jp\x01port=993\x01"
                                  "auth=Bearer token-1\x01\x01");
    QTest::newRow("XOAUTH2 with SASL-IR (Gmail, Outlook)")
        << QByteArray("IMAP4rev1 SASL-IR AUTH=XOAUTH2") << QByteArray("a1 AUTHENTICATE XOAUTH2 " + xoauth2 + "\r\n")
        << QByteArray();
    QTest::newRow("XOAUTH2 waits for the continuation without SASL-IR")
        << QByteArray("IMAP4rev1 AUTH=XOAUTH2") << QByteArray("a1 AUTHENTICATE XOAUTH2\r\n") << xoauth2;
    QTest::newRow("OAUTHBEARER (RFC 7628) when announced")
        << QByteArray("IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2 AUTH=OAUTHBEARER")
        << QByteArray("a1 AUTHENTICATE OAUTHBEARER " + bearer + "\r\n") << QByteArray();
}

void TestImapOAuth::mechanismAndInitialResponse()
{
    QFETCH(QByteArray, capabilities);
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, continuation);
    Harness h;
    Tokens tokens;
    openWithTokens(h, tokens);
    h.socket()->serverSends("* OK [CAPABILITY " + capabilities + "] ready\r\n");
    EXPECT_SENT(h, command);
    if (!continuation.isEmpty()) {
        h.socket()->serverSends("+ \r\n");
        EXPECT_SENT(h, continuation + "\r\n");
    }
    QSignalSpy ready(&h.session, &ImapSession::ready);
    h.socket()->serverSends("a1 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n");
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(tokens.asks, QList<bool>{false});
    const QString log = h.session.protocolLog().toText();
    QVERIFY(!log.contains(u"token-1"_s));
    QVERIFY(!log.contains(QString::fromLatin1(b64("token-1").left(6))));
    QVERIFY(continuation.isEmpty() ? log.contains(u"AUTHENTICATE "_s) && log.contains(u"***"_s) : log.contains(u"C: ***"_s));
}

void TestImapOAuth::refusedTokenIsRenewedOnce_data()
{
    QTest::addColumn<QByteArray>("capabilities");
    QTest::addColumn<QByteArray>("answer"); // to the error challenge
    QTest::newRow("XOAUTH2: an empty answer") << QByteArray("SASL-IR AUTH=XOAUTH2") << QByteArray("");
    QTest::newRow("OAUTHBEARER: ^A") << QByteArray("SASL-IR AUTH=OAUTHBEARER") << QByteArray("AQ==");
}

void TestImapOAuth::refusedTokenIsRenewedOnce()
{
    QFETCH(QByteArray, capabilities);
    QFETCH(QByteArray, answer);
    const QByteArray error = b64(R"({"status":"invalid_token","schemes":"bearer","scope":"mail"})");
    Harness h;
    Tokens tokens;
    openWithTokens(h, tokens);
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1 " + capabilities + "] ready\r\n");
    QTRY_VERIFY(h.written().startsWith("a1 AUTHENTICATE "));
    h.socket()->written.clear();
    h.socket()->serverSends("+ " + error + "\r\n");
    EXPECT_SENT(h, answer + "\r\n");
    h.socket()->serverSends("a1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
    // The second try, on the same connection, with a renewed token.
    QTRY_VERIFY(h.written().startsWith("a2 AUTHENTICATE "));
    QCOMPARE(tokens.asks, (QList<bool>{false, true}));
    const QByteArray second = QByteArray::fromBase64(h.written().split(' ').value(3).trimmed());
    QVERIFY2(second.contains("auth=Bearer token-2\x01"), second.constData());
    h.socket()->written.clear();
    // Refused again: the session gives up with the server's decoded words.
    h.socket()->serverSends("+ " + error + "\r\n");
    EXPECT_SENT(h, answer + "\r\n");
    h.socket()->serverSends("a2 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
    QTRY_COMPARE(h.failures.size(), 1);
    QCOMPARE(h.failures.first().code, u"auth"_s);
    QVERIFY2(h.failures.first().message.contains(u"status: invalid_token"_s), qPrintable(h.failures.first().message));
    QVERIFY(h.failures.first().message.contains(u"OAuth 2.0"_s));
    QCOMPARE(tokens.asks.size(), 2);
}

void TestImapOAuth::tokenThatCannotBeHad()
{
    Harness h;
    Tokens tokens;
    tokens.failure = makeError(u"oauth-signin-required"_s, u"Sign in again"_s);
    openWithTokens(h, tokens);
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] ready\r\n");
    QTRY_COMPARE(h.failures.size(), 1);
    QCOMPARE(h.failures.first().code, u"oauth-signin-required"_s);
    QCOMPARE(h.written(), QByteArray()); // nothing was sent in place of a token
}

void TestImapOAuth::serverWithoutOAuth()
{
    Harness h;
    Tokens tokens;
    openWithTokens(h, tokens);
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n");
    QTRY_COMPARE(h.failures.size(), 1);
    QCOMPARE(h.failures.first().code, u"auth"_s);
    QVERIFY(h.failures.first().message.contains(u"XOAUTH2"_s));
    QVERIFY(tokens.asks.isEmpty());
    QCOMPARE(h.written(), QByteArray());
}

void TestImapOAuth::errorChallengeDescribed_data()
{
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<QString>("described");
    QTest::newRow("Gmail") << b64(R"({"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"})")
                           << u"status: 400, schemes: Bearer, scope: https://mail.google.com/"_s;
    QTest::newRow("Dovecot") << b64(R"({"status":"invalid_token"})") << u"status: invalid_token"_s;
    QTest::newRow("not JSON") << b64("try later") << u"try later"_s;
}

void TestImapOAuth::errorChallengeDescribed()
{
    QFETCH(QByteArray, challenge);
    QFETCH(QString, described);
    QCOMPARE(SaslBearer::describeErrorChallenge(challenge), described);
}

QTEST_GUILESS_MAIN(TestImapOAuth)
#include "tst_imapoauth.moc"
