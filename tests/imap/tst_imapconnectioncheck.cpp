// "Test connection" (ImapConnectionCheck) against a real Dovecot: every answer a person
// setting up the mailbox can get, each within a bounded time (with-dovecot.sh --seed 25).
#include "core/Clock.h"
#include "mail/imap/ImapConnectionCheck.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

quint16 envPort(const char *name)
{
    return quint16(qEnvironmentVariableIntValue(name));
}

enum class Server { Main, Strict, Closed, Silent };

} // namespace

Q_DECLARE_METATYPE(Server)
Q_DECLARE_METATYPE(ImapServerSettings::Security)

class TestImapConnectionCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answers_data();
    void answers();
};

void TestImapConnectionCheck::answers_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<ImapServerSettings::Security>("security");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("inbox");
    QTest::addColumn<QString>("code");     // empty: success
    QTest::addColumn<QString>("mentions"); // in the message, or the mailbox name on success

    const QString right = env("MADOGUCHI_TEST_IMAP_PASSWORD");
    using S = ImapServerSettings::Security;
    QTest::newRow("imaps, right password") << Server::Main << S::ImplicitTls << true << right << u"INBOX"_s << QString()
                                           << u"INBOX"_s;
    QTest::newRow("starttls on a strict server") << Server::Strict << S::StartTls << true << right << u"INBOX"_s
                                                 << QString() << u"INBOX"_s;
    QTest::newRow("wrong password") << Server::Main << S::ImplicitTls << true << u"wrong"_s << u"INBOX"_s << u"auth"_s
                                    << u"rejected the user name or password"_s;
    QTest::newRow("no password typed") << Server::Main << S::ImplicitTls << true << QString() << u"INBOX"_s
                                       << u"input"_s << u"Enter the password"_s;
    QTest::newRow("untrusted certificate") << Server::Main << S::ImplicitTls << false << right << u"INBOX"_s
                                           << u"tls"_s << u"is not trusted"_s;
    QTest::newRow("no such folder") << Server::Main << S::ImplicitTls << true << right << u"Nowhere"_s << u"imap-no"_s
                                    << u"Nowhere"_s;
    QTest::newRow("nothing listens") << Server::Closed << S::ImplicitTls << true << right << u"INBOX"_s
                                     << u"network"_s << u"127.0.0.1"_s;
    QTest::newRow("silent server") << Server::Silent << S::ImplicitTls << true << right << u"INBOX"_s << u"timeout"_s
                                   << u"127.0.0.1"_s;
}

void TestImapConnectionCheck::answers()
{
    QFETCH(Server, server);
    QFETCH(ImapServerSettings::Security, security);
    QFETCH(bool, trustCa);
    QFETCH(QString, password);
    QFETCH(QString, inbox);
    QFETCH(QString, code);
    QFETCH(QString, mentions);

    ImapServerSettings settings;
    settings.security = security;
    settings.user = env("MADOGUCHI_TEST_IMAP_USER");
    settings.caFile = trustCa ? env("MADOGUCHI_TEST_IMAP_CA_FILE") : QString();
    settings.host = env("MADOGUCHI_TEST_IMAP_HOST");
    const bool tls = security == ImapServerSettings::Security::ImplicitTls;
    settings.port = envPort(tls ? "MADOGUCHI_TEST_IMAPS_PORT" : "MADOGUCHI_TEST_IMAP_PORT");
    QTcpServer silent; // accepts, never greets
    if (server == Server::Strict) {
        settings.host = env("MADOGUCHI_TEST_IMAP_STRICT_HOST");
        settings.port = envPort(tls ? "MADOGUCHI_TEST_IMAP_STRICT_IMAPS_PORT" : "MADOGUCHI_TEST_IMAP_STRICT_PORT");
    } else if (server == Server::Closed) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        settings.host = u"127.0.0.1"_s;
        settings.port = probe.serverPort();
    } else if (server == Server::Silent) {
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        settings.host = u"127.0.0.1"_s;
        settings.port = silent.serverPort();
    }

    ImapTimeouts timeouts = ImapConnectionCheck::shortTimeouts();
    timeouts.connectMs = 1500; // the silent server's row, kept short
    ImapConnectionCheck check(Clock::system(), timeouts);
    QList<Result<ImapMailboxStatus>> finished;
    connect(&check, &ImapConnectionCheck::finished, this,
            [&](const Result<ImapMailboxStatus> &result) { finished.append(result); });
    QElapsedTimer timer;
    timer.start();
    check.start(settings, password, inbox);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto result = finished.first();
    QVERIFY(!check.isRunning());
    if (code.isEmpty()) {
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result->name, mentions);
        // with-dovecot.sh seeds the main server's INBOX only.
        QCOMPARE(result->exists, server == Server::Main ? 25u : 0u);
        QVERIFY(result->readOnly); // EXAMINE: nothing changes on the server
        QVERIFY(!check.protocolLog().contains(password));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    }
    QVERIFY2(timer.elapsed() < 10000, "a clear answer, not a hang");
    // Reported once, even if the session says more while it goes away.
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestImapConnectionCheck)
#include "tst_imapconnectioncheck.moc"
