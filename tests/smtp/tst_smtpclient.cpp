// SmtpClient against real SMTP servers (tests/scripts/with-smtp.sh: aiosmtpd with STARTTLS,
// implicit TLS and plaintext), plus scripted conversations for what a test server cannot
// easily be made to do (AUTH LOGIN only, multi-line replies, silence).

#include "../common/TestSmtpServer.h"
#include "../imap/FakeImapSocket.h"
#include "mail/imap/SslImapSocket.h"
#include "mail/smtp/SmtpClient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Madoguchi;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Outcome
{
    bool done = false;
    std::optional<SmtpFailure> failure;
    QString reply;
};

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QStringList storedMessages(const QString &dir)
{
    return QDir(dir).entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
}

Outcome run(SmtpClient &client, const SmtpEnvelope &envelope)
{
    Outcome outcome;
    QObject::connect(&client, &SmtpClient::finished, &client,
                     [&outcome](const std::optional<SmtpFailure> &failure, const QString &reply) {
                         outcome.done = true;
                         outcome.failure = failure;
                         outcome.reply = reply;
                     });
    client.send(envelope);
    (void)QTest::qWaitFor([&outcome]() { return outcome.done; }, 20000); // the caller checks outcome.done
    return outcome;
}

const QByteArray sampleMessage = "From: support@desk.example.com\r\nTo: yamada@example.jp\r\nSubject: test\r\n"
                                 "\r\n.a line that starts with a dot\r\n..two dots\r\nbare LF next\nlast line";

} // namespace

class TestSmtpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (env("MADOGUCHI_TEST_SMTP_HOST").isEmpty())
            QSKIP("run through tests/scripts/with-smtp.sh");
    }

    void dataBlock_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("crlf kept") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
        QTest::newRow("lf made crlf") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n.\r\n");
        QTest::newRow("bare cr made crlf") << QByteArray("a\rb") << QByteArray("a\r\nb\r\n.\r\n");
        QTest::newRow("no final line end") << QByteArray("a\r\nb") << QByteArray("a\r\nb\r\n.\r\n");
        QTest::newRow("leading dot stuffed") << QByteArray(".x\r\n") << QByteArray("..x\r\n.\r\n");
        QTest::newRow("lone dot line") << QByteArray("a\r\n.\r\nb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
        QTest::newRow("dot after lf") << QByteArray("a\n.b") << QByteArray("a\r\n..b\r\n.\r\n");
        QTest::newRow("dot inside a line untouched") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n");
        QTest::newRow("empty message") << QByteArray() << QByteArray(".\r\n");
        QTest::newRow("utf-8 bytes untouched") << QByteArray("日本語\n") << QByteArray("日本語\r\n.\r\n");
    }
    void dataBlock()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, wire);
        QCOMPARE(SmtpClient::dataBlock(message), wire);
    }

    void realServer_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("allowPlaintext");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<QString>("outcome"); // sent, temporary, permanent, account
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");

        const QString pw = env("MADOGUCHI_TEST_SMTP_PASSWORD");
        const QStringList one{u"yamada@example.jp"_s};
        QTest::newRow("starttls sent") << u"starttls"_s << false << pw << one << u"sent"_s << 0 << QString();
        QTest::newRow("smtps sent") << u"smtps"_s << false << pw << one << u"sent"_s << 0 << QString();
        QTest::newRow("two recipients") << u"starttls"_s << false << pw
                                        << QStringList{u"yamada@example.jp"_s, u"sato@example.co.jp"_s}
                                        << u"sent"_s << 0 << QString();
        QTest::newRow("plaintext refused") << u"plain"_s << false << pw << one << u"account"_s << 0
                                           << u"STARTTLS"_s;
        QTest::newRow("plaintext allowed") << u"plain"_s << true << pw << one << u"sent"_s << 0 << QString();
        QTest::newRow("wrong password") << u"starttls"_s << false << u"wrong"_s << one << u"account"_s << 535
                                        << u"535"_s;
        QTest::newRow("wrong password smtps") << u"smtps"_s << false << u"wrong"_s << one << u"account"_s << 535
                                              << u"535"_s;
        QTest::newRow("450 temporary") << u"starttls"_s << false << pw << QStringList{u"temp-fail@example.jp"_s}
                                       << u"temporary"_s << 450 << u"temporarily unavailable"_s;
        QTest::newRow("550 permanent") << u"starttls"_s << false << pw << QStringList{u"reject@example.jp"_s}
                                       << u"permanent"_s << 550 << u"User unknown"_s;
        QTest::newRow("550 after a good one") << u"smtps"_s << false << pw
                                              << QStringList{u"yamada@example.jp"_s, u"reject@example.jp"_s}
                                              << u"permanent"_s << 550 << u"reject@example.jp"_s;
        QTest::newRow("451 after data") << u"starttls"_s << false << pw << QStringList{u"data-temp@example.jp"_s}
                                        << u"temporary"_s << 451 << u"Queue file write error"_s;
        QTest::newRow("554 after data") << u"smtps"_s << false << pw << QStringList{u"data-reject@example.jp"_s}
                                        << u"permanent"_s << 554 << u"refused by policy"_s;
    }
    void realServer()
    {
        QFETCH(QString, kind);
        QFETCH(bool, allowPlaintext);
        QFETCH(QString, password);
        QFETCH(QStringList, recipients);
        QFETCH(QString, outcome);
        QFETCH(int, code);
        QFETCH(QString, words);

        SmtpServerSettings settings = Testing::testSmtpServer(kind);
        settings.allowPlaintext = allowPlaintext;
        auto *socket = new SslImapSocket;
        QVERIFY(socket->trustCertificateFile(settings.caFile).ok());
        SmtpClient client(settings, password, socket);
        const QStringList before = storedMessages(Testing::testSmtpDir(kind));
        const Outcome result = run(client, {u"support@desk.example.com"_s, recipients, sampleMessage});
        QVERIFY(result.done);

        if (outcome == u"sent"_s) {
            QVERIFY2(!result.failure, result.failure ? qPrintable(result.failure->message) : "");
            QVERIFY2(result.reply.startsWith(u"250"_s), qPrintable(result.reply));
            QStringList after = storedMessages(Testing::testSmtpDir(kind));
            QCOMPARE(after.size(), before.size() + 1);
            const QString base = Testing::testSmtpDir(kind) + u'/' + after.constLast().chopped(4);
            QFile eml(base + u".eml"_s);
            QVERIFY(eml.open(QIODevice::ReadOnly));
            // What arrived is the message itself: dot-stuffing undone, every line end CRLF.
            QByteArray expected = sampleMessage;
            expected.replace("bare LF next\n", "bare LF next\r\n");
            QCOMPARE(eml.readAll(), expected + "\r\n");
            QFile json(base + u".json"_s);
            QVERIFY(json.open(QIODevice::ReadOnly));
            const QJsonObject envelope = QJsonDocument::fromJson(json.readAll()).object();
            QCOMPARE(envelope.value(u"mail_from"_s).toString(), u"support@desk.example.com"_s);
            QCOMPARE(envelope.value(u"rcpt_tos"_s).toVariant().toStringList(), recipients);
            QCOMPARE(envelope.value(u"auth_user"_s).toString(), env("MADOGUCHI_TEST_SMTP_USER"));
            if (kind == u"starttls"_s)
                QVERIFY(envelope.value(u"tls"_s).toBool());
            // The password never appears in the transcript.
            QVERIFY(!client.transcript().join(u'\n').contains(password));
            QVERIFY(client.transcript().contains(u"AUTH PLAIN ***"_s));
            return;
        }
        QVERIFY(result.failure);
        const SmtpFailure::Kind expected = outcome == u"temporary"_s   ? SmtpFailure::Kind::Temporary
                                           : outcome == u"permanent"_s ? SmtpFailure::Kind::Permanent
                                                                       : SmtpFailure::Kind::Account;
        QVERIFY2(result.failure->kind == expected, qPrintable(result.failure->message));
        QCOMPARE(result.failure->replyCode, code);
        QVERIFY2(result.failure->message.contains(words), qPrintable(result.failure->message));
        QCOMPARE(storedMessages(Testing::testSmtpDir(kind)).size(), before.size());
    }

    void untrustedCertificateIsAnAccountProblem()
    {
        SmtpServerSettings settings = Testing::testSmtpServer(u"smtps"_s);
        SmtpClient client(settings, env("MADOGUCHI_TEST_SMTP_PASSWORD"), new SslImapSocket); // no CA file
        const Outcome result = run(client, {u"support@desk.example.com"_s, {u"yamada@example.jp"_s}, sampleMessage});
        QVERIFY(result.done);
        QVERIFY(result.failure);
        QVERIFY(result.failure->kind == SmtpFailure::Kind::Account);
        QVERIFY2(result.failure->message.contains(u"not trusted"_s), qPrintable(result.failure->message));
    }

    void refusedConnectionIsTemporary()
    {
        SmtpServerSettings settings = Testing::testSmtpServer(u"starttls"_s);
        settings.port = 1; // nothing listens there
        SmtpClient client(settings, QString(), new SslImapSocket);
        const Outcome result = run(client, {u"support@desk.example.com"_s, {u"yamada@example.jp"_s}, sampleMessage});
        QVERIFY(result.done);
        QVERIFY(result.failure);
        QVERIFY(result.failure->kind == SmtpFailure::Kind::Temporary);
    }

    // Scripted: a server that offers only AUTH LOGIN, answers EHLO in several lines and
    // needs no STARTTLS because the connection is implicit TLS. Checks the exact bytes.
    void authLoginScripted()
    {
        SmtpServerSettings settings;
        settings.host = u"mail.example.co.jp"_s;
        settings.port = 465;
        settings.security = SmtpServerSettings::Security::ImplicitTls;
        settings.user = u"support@example.co.jp"_s;
        auto *fake = new FakeImapSocket;
        SmtpClient client(settings, u"パスワード"_s, fake);
        Outcome outcome;
        connect(&client, &SmtpClient::finished, this,
                [&outcome](const std::optional<SmtpFailure> &failure, const QString &reply) {
                    outcome = {true, failure, reply};
                });
        client.send({u"support@example.co.jp"_s, {u"yamada@example.jp"_s}, "Subject: x\r\n\r\nbody\r\n"});
        QTRY_VERIFY(fake->isEncrypted());
        fake->serverSends("220 mail.example.co.jp ESMTP\r\n");
        QVERIFY(fake->takeWritten().startsWith("EHLO "));
        fake->serverSends("250-mail.example.co.jp\r\n250-PIPELINING\r\n250-AUTH LOGIN\r\n250 8BITMIME\r\n");
        QCOMPARE(fake->takeWritten(), QByteArray("AUTH LOGIN\r\n"));
        fake->serverSends("334 VXNlcm5hbWU6\r\n");
        QCOMPARE(fake->takeWritten(), QByteArray("c3VwcG9ydEBleGFtcGxlLmNvLmpw\r\n"));
        fake->serverSends("334 UGFzc3dvcmQ6\r\n");
        QCOMPARE(fake->takeWritten(), u"パスワード"_s.toUtf8().toBase64() + "\r\n");
        fake->serverSends("235 2.7.0 Authentication successful\r\n");
        QCOMPARE(fake->takeWritten(), QByteArray("MAIL FROM:<support@example.co.jp>\r\n"));
        fake->serverSends("250 2.1.0 Ok\r\n");
        QCOMPARE(fake->takeWritten(), QByteArray("RCPT TO:<yamada@example.jp>\r\n"));
        fake->serverSends("250 2.1.5 Ok\r\n");
        QCOMPARE(fake->takeWritten(), QByteArray("DATA\r\n"));
        fake->serverSends("354 End data with <CR><LF>.<CR><LF>\r\n");
        QCOMPARE(fake->takeWritten(), QByteArray("Subject: x\r\n\r\nbody\r\n.\r\n"));
        // A reply split across reads still counts once.
        fake->serverSends("250 2.0.0 Ok: que");
        QVERIFY(fake->takeWritten().isEmpty());
        fake->serverSends("ued as 4F2A\r\n");
        QCOMPARE(fake->takeWritten(), QByteArray("QUIT\r\n"));
        fake->serverSends("221 2.0.0 Bye\r\n");
        QTRY_VERIFY(outcome.done);
        QVERIFY(!outcome.failure);
        QCOMPARE(outcome.reply, u"250 2.0.0 Ok: queued as 4F2A"_s);
        QVERIFY(!client.transcript().join(u'\n').contains(QString::fromLatin1(u"パスワード"_s.toUtf8().toBase64())));
    }

    void silentServerTimesOut()
    {
        SmtpServerSettings settings;
        settings.host = u"mail.example.co.jp"_s;
        settings.security = SmtpServerSettings::Security::ImplicitTls;
        auto *fake = new FakeImapSocket;
        SmtpTimeouts timeouts;
        timeouts.connectMs = 200;
        SmtpClient client(settings, QString(), fake, timeouts);
        Outcome outcome;
        connect(&client, &SmtpClient::finished, this,
                [&outcome](const std::optional<SmtpFailure> &failure, const QString &reply) {
                    outcome = {true, failure, reply};
                });
        client.send({u"support@example.co.jp"_s, {u"yamada@example.jp"_s}, "x"});
        QTRY_VERIFY(outcome.done);
        QVERIFY(outcome.failure);
        QVERIFY(outcome.failure->kind == SmtpFailure::Kind::Temporary);
        QVERIFY(fake->aborted);
    }

    void settingsFromUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("implicitTls");
        QTest::addColumn<QString>("user");
        QTest::newRow("submission") << u"smtp://support@mail.example.co.jp"_s << true << 587 << false << u"support"_s;
        QTest::newRow("smtps") << u"smtps://support@mail.example.co.jp"_s << true << 465 << true << u"support"_s;
        QTest::newRow("port") << u"smtp://a@h:2525"_s << true << 2525 << false << u"a"_s;
        QTest::newRow("encoded user") << u"smtps://support%40example.co.jp@h"_s << true << 465 << true
                                      << u"support@example.co.jp"_s;
        QTest::newRow("no user: relay") << u"smtp://relay.example.co.jp:25"_s << true << 25 << false << QString();
        QTest::newRow("imap scheme") << u"imaps://a@h"_s << false << 0 << false << QString();
        QTest::newRow("password in url") << u"smtp://a:pw@h"_s << false << 0 << false << QString();
        QTest::newRow("empty") << QString() << false << 0 << false << QString();
    }
    void settingsFromUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QFETCH(int, port);
        QFETCH(bool, implicitTls);
        QFETCH(QString, user);
        auto settings = SmtpServerSettings::fromUrl(url);
        QCOMPARE(settings.ok(), valid);
        if (!valid) {
            QVERIFY(!settings.error().message.isEmpty());
            return;
        }
        QCOMPARE(int(settings->port), port);
        QCOMPARE(settings->security == SmtpServerSettings::Security::ImplicitTls, implicitTls);
        QCOMPARE(settings->user, user);
        QCOMPARE(SmtpServerSettings::fromUrl(settings->toUrl())->toUrl(), settings->toUrl());
    }
};

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
