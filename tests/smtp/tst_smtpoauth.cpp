// SMTP AUTH XOAUTH2 (issue 14) as exact bytes over a scripted server: the token on the AUTH
// line, hidden in the transcript; the server's base64 JSON error in a 334 answered with an
// empty line; a refused token renewed once in the same session; a second refusal an account
// problem with the server's words; a server without XOAUTH2.
#include "../imap/FakeImapSocket.h"
#include "mail/smtp/SmtpClient.h"

#include <QTest>

using namespace Madoguchi;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    SmtpServerSettings settings;
    FakeImapSocket *fake = new FakeImapSocket;
    std::unique_ptr<SmtpClient> client;
    QList<bool> asks;
    bool done = false;
    std::optional<SmtpFailure> failure;

    Run()
    {
        settings.host = u"smtp.example.co.jp"_s;
        settings.port = 465;
        settings.security = SmtpServerSettings::Security::ImplicitTls;
        settings.user = u"support@example.co.jp"_s;
        client = std::make_unique<SmtpClient>(settings, QString(), fake);
        client->setTokenProvider([this](bool renew, SaslBearer::TokenCallback callback) {
            asks.append(renew);
            callback(u"token-%1"_s.arg(asks.size()));
        });
        QObject::connect(client.get(), &SmtpClient::finished, client.get(),
                         [this](const std::optional<SmtpFailure> &f, const QString &) {
                             done = true;
                             failure = f;
                         });
        client->send({u"support@example.co.jp"_s, {u"yamada@example.jp"_s}, "Subject: x\r\n\r\nbody\r\n"});
    }

    void greet(const QByteArray &auth)
    {
        QTRY_VERIFY(fake->isEncrypted());
        fake->serverSends("220 smtp.example.co.jp ESMTP\r\n");
        QVERIFY(fake->takeWritten().startsWith("EHLO "));
        fake->serverSends("250-smtp.example.co.jp\r\n250-" + auth + "\r\n250 8BITMIME\r\n");
    }
};

QByteArray authLine(int n)
{
    return "AUTH XOAUTH2 "
        + QByteArray("user=support@example.co.jp\x01" "auth=Bearer token-" + QByteArray::number(n) + "\x01\x01").toBase64()
        + "\r\n";
}

const QByteArray jsonError = QByteArray(R"({"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"})").toBase64();

} // namespace

class TestSmtpOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signsInWithToken()
    {
        Run run;
        run.greet("AUTH LOGIN PLAIN XOAUTH2");
        QCOMPARE(run.fake->takeWritten(), authLine(1));
        run.fake->serverSends("235 2.7.0 Accepted\r\n");
        QCOMPARE(run.fake->takeWritten(), QByteArray("MAIL FROM:<support@example.co.jp>\r\n"));
        QCOMPARE(run.asks, QList<bool>{false});
        const QString transcript = run.client->transcript().join(u'\n');
        QVERIFY(transcript.contains(u"AUTH XOAUTH2 ***"_s));
        QVERIFY(!transcript.contains(QString::fromLatin1(authLine(1).mid(13, 20))));
    }

    void refusedTokenRenewedOnce()
    {
        Run run;
        run.greet("AUTH XOAUTH2");
        QCOMPARE(run.fake->takeWritten(), authLine(1));
        run.fake->serverSends("334 " + jsonError + "\r\n");
        QCOMPARE(run.fake->takeWritten(), QByteArray("\r\n")); // asks for the final answer
        run.fake->serverSends("535 5.7.8 Username and Password not accepted\r\n");
        QTRY_VERIFY(!run.fake->written.isEmpty()); // the renewed token may come a moment later
        QCOMPARE(run.fake->takeWritten(), authLine(2));
        QCOMPARE(run.asks, (QList<bool>{false, true}));
        run.fake->serverSends("235 2.7.0 Accepted\r\n");
        QCOMPARE(run.fake->takeWritten(), QByteArray("MAIL FROM:<support@example.co.jp>\r\n"));
        QVERIFY(!run.done);
    }

    void secondRefusalIsAnAccountProblem()
    {
        Run run;
        run.greet("AUTH XOAUTH2");
        for (int n : {1, 2}) {
            QTRY_VERIFY(!run.fake->written.isEmpty());
            QCOMPARE(run.fake->takeWritten(), authLine(n));
            run.fake->serverSends("334 " + jsonError + "\r\n");
            QCOMPARE(run.fake->takeWritten(), QByteArray("\r\n"));
            run.fake->serverSends("535 5.7.8 Username and Password not accepted\r\n");
        }
        QTRY_VERIFY(run.done);
        QVERIFY(run.failure);
        QCOMPARE(run.failure->kind, SmtpFailure::Kind::Account);
        QCOMPARE(run.failure->replyCode, 535);
        QVERIFY2(run.failure->message.contains(u"status: 401"_s), qPrintable(run.failure->message));
        QVERIFY(run.failure->message.contains(u"535 5.7.8"_s));
        QCOMPARE(run.asks.size(), 2);
    }

    void serverWithoutXOAuth2()
    {
        Run run;
        run.greet("AUTH LOGIN PLAIN");
        QTRY_VERIFY(run.done);
        QVERIFY(run.failure);
        QCOMPARE(run.failure->kind, SmtpFailure::Kind::Account);
        QVERIFY(run.failure->message.contains(u"XOAUTH2"_s));
        QVERIFY(run.asks.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmtpOAuth)
#include "tst_smtpoauth.moc"
