// The IMAP client against a real Dovecot started by tests/scripts/with-dovecot.sh.
#include "CuttingProxy.h"

#include "core/Clock.h"
#include "mail/imap/ImapSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
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

ImapServerSettings settings(const QString &host, quint16 port, bool implicitTls, bool trustTestCa = true)
{
    ImapServerSettings s;
    s.host = host;
    s.port = port;
    s.security = implicitTls ? ImapServerSettings::Security::ImplicitTls : ImapServerSettings::Security::StartTls;
    s.user = env("MADOGUCHI_TEST_IMAP_USER");
    if (trustTestCa)
        s.caFile = env("MADOGUCHI_TEST_IMAP_CA_FILE");
    return s;
}

ImapServerSettings mainServer()
{
    return settings(env("MADOGUCHI_TEST_IMAP_HOST"), envPort("MADOGUCHI_TEST_IMAPS_PORT"), true);
}

// Runs doveadm against the test server; returns its standard output, or nothing on failure.
std::optional<QByteArray> doveadm(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(env("MADOGUCHI_TEST_IMAP_DOVEADM"),
                  QStringList{u"-c"_s, env("MADOGUCHI_TEST_IMAP_DOVECOT_CONF")} + args);
    if (!process.waitForStarted())
        return std::nullopt;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (process.exitCode() != 0) {
        qWarning() << "doveadm" << args << "failed:" << process.readAllStandardError();
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

bool run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QByteArray sampleMessage(const QByteArray &messageId, const QByteArray &subject)
{
    return "From: yamada@example.co.jp\r\nTo: support@desk.example.com\r\nSubject: " + subject
        + "\r\nMessage-ID: " + messageId + "\r\nDate: Wed, 25 Nov 2026 10:00:00 +0900\r\n\r\nbody\r\n";
}

struct Opened
{
    bool ready = false;
    std::optional<Error> failure;
};

// Opens the session and waits for ready() or failed().
Opened openAndWait(ImapSession &session, const ImapServerSettings &s, const QString &password)
{
    Opened result;
    QMetaObject::Connection a = QObject::connect(&session, &ImapSession::ready, &session, [&]() { result.ready = true; });
    QMetaObject::Connection b = QObject::connect(&session, &ImapSession::failed, &session,
                                                 [&](const Error &error) { result.failure = error; });
    session.open(s, password);
    if (!QTest::qWaitFor([&]() { return result.ready || result.failure.has_value(); }, 20000))
        qWarning("the session neither became ready nor failed within 20 s");
    QObject::disconnect(a);
    QObject::disconnect(b);
    return result;
}

template<typename T>
std::optional<Result<T>> waitFor(const std::function<void(ImapSession::Callback<T>)> &start)
{
    std::optional<Result<T>> result;
    start([&](const Result<T> &value) { result = value; });
    if (!QTest::qWaitFor([&]() { return result.has_value(); }, 30000))
        qWarning("no answer within 30 s");
    return result;
}

} // namespace

class TestImapDovecot : public QObject
{
    Q_OBJECT
private:
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(1, 0), Qt::UTC)};
    QString m_password;

    ImapTimeouts timeouts() const
    {
        ImapTimeouts t;
        t.connectMs = 10000;
        t.loginMs = 10000;
        t.commandMs = 20000;
        t.reconnectFirstMs = 50;
        t.reconnectMaxMs = 400;
        return t;
    }

    std::optional<Result<ImapMailboxStatus>> examine(ImapSession &session, const QString &mailbox)
    {
        return waitFor<ImapMailboxStatus>(
            [&](ImapSession::Callback<ImapMailboxStatus> done) { session.select(mailbox, true, done); });
    }

private Q_SLOTS:
    void initTestCase();
    void firstSyncOfSeveralHundredMessages();
    void newMailArrivesThroughIdle();
    void uidValidityChangeIsReported();
    void wrongPasswordIsAClearError();
    void untrustedCertificateIsRefused();
    void startTls();
    void startTlsOnServerThatDemandsIt();
    void cutInTheMiddleOfAFetchLiteral();
};

void TestImapDovecot::initTestCase()
{
    if (env("MADOGUCHI_TEST_IMAP_DOVECOT_CONF").isEmpty())
        QFAIL("Run through tests/scripts/with-dovecot.sh (ctest does).");
    m_password = env("MADOGUCHI_TEST_IMAP_PASSWORD");
}

void TestImapDovecot::firstSyncOfSeveralHundredMessages()
{
    ImapSession session(m_clock, {}, timeouts());
    const Opened opened = openAndWait(session, mainServer(), m_password);
    QVERIFY2(opened.ready, opened.failure ? qPrintable(opened.failure->message) : "no answer");
    QVERIFY(session.isEncrypted());

    const auto status = examine(session, u"INBOX"_s);
    QVERIFY(status && status->ok());
    QCOMPARE(status->value().exists, 300u);
    QVERIFY(status->value().uidValidity != 0);
    QCOMPARE(status->value().uidNext, 301u);

    const auto uids = waitFor<QList<quint32>>(
        [&](ImapSession::Callback<QList<quint32>> done) { session.uidSearch("UID 1:*", done); });
    QVERIFY(uids && uids->ok());
    QCOMPARE(uids->value().size(), 300);

    QList<ImapFetchedMessage> messages;
    for (qsizetype start = 0; start < uids->value().size(); start += 100) {
        const auto done = waitFor<void>([&](ImapSession::Callback<void> finished) {
            session.uidFetch(uids->value().mid(start, 100),
                             [&](const ImapFetchedMessage &message) { messages.append(message); }, finished);
        });
        QVERIFY(done && done->ok());
    }
    QCOMPARE(messages.size(), 300);
    QSet<quint32> seen;
    QSet<QByteArray> messageIds;
    for (const ImapFetchedMessage &message : std::as_const(messages)) {
        QVERIFY(!seen.contains(message.uid));
        seen.insert(message.uid);
        QCOMPARE(message.source.size(), message.size);
        QVERIFY(message.internalDate.isValid());
        const qsizetype at = message.source.indexOf("Message-ID: ");
        QVERIFY(at >= 0);
        messageIds.insert(message.source.mid(at, message.source.indexOf('\r', at) - at));
    }
    QCOMPARE(messageIds.size(), 300);
    // BODY.PEEK: nothing became \Seen on the server.
    const auto unseen = doveadm({u"-f"_s, u"flow"_s, u"mailbox"_s, u"status"_s, u"-u"_s,
                                 env("MADOGUCHI_TEST_IMAP_USER"), u"unseen"_s, u"INBOX"_s});
    QVERIFY(unseen.has_value());
    QVERIFY2(unseen->trimmed().endsWith(" unseen=300"), unseen->constData());
    session.logout();
}

void TestImapDovecot::newMailArrivesThroughIdle()
{
    ImapSession session(m_clock, {}, timeouts());
    const Opened opened = openAndWait(session, mainServer(), m_password);
    QVERIFY(opened.ready);
    QVERIFY(session.hasCapability("IDLE"));
    const auto status = examine(session, u"INBOX"_s);
    QVERIFY(status && status->ok());
    const quint32 before = status->value().exists;

    QSignalSpy changed(&session, &ImapSession::mailboxChanged);
    session.setWatching(true);
    QTRY_VERIFY(session.protocolLog().toText().contains(u"S: + idling"_s));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(doveadm({u"save"_s, u"-u"_s, env("MADOGUCHI_TEST_IMAP_USER"), u"-m"_s, u"INBOX"_s},
                     sampleMessage("<idle-1@example.co.jp>", "IDLE test"))
                 .has_value());
    QVERIFY(changed.wait(10000));
    qInfo("new mail reported %lld ms after doveadm save", timer.elapsed());
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(changed.last().first().toUInt(), before + 1);

    // The new message can be fetched right away; IDLE ends and resumes around the commands.
    const auto uids = waitFor<QList<quint32>>([&](ImapSession::Callback<QList<quint32>> done) {
        session.uidSearch("UID " + QByteArray::number(status->value().uidNext) + ":*", done);
    });
    QVERIFY(uids && uids->ok());
    QCOMPARE(uids->value().size(), 1);
    QList<ImapFetchedMessage> fetched;
    const auto done = waitFor<void>([&](ImapSession::Callback<void> finished) {
        session.uidFetch(uids->value(), [&](const ImapFetchedMessage &m) { fetched.append(m); }, finished);
    });
    QVERIFY(done && done->ok());
    QCOMPARE(fetched.size(), 1);
    QVERIFY(fetched.first().source.contains("<idle-1@example.co.jp>"));
    session.logout();
}

void TestImapDovecot::uidValidityChangeIsReported()
{
    const QString user = env("MADOGUCHI_TEST_IMAP_USER");
    QVERIFY(doveadm({u"mailbox"_s, u"create"_s, u"-u"_s, user, u"Renumbered"_s}).has_value());
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(doveadm({u"save"_s, u"-u"_s, user, u"-m"_s, u"Renumbered"_s},
                         sampleMessage("<renumber-" + QByteArray::number(i) + "@example.co.jp>", "renumber"))
                     .has_value());
    }
    ImapSession session(m_clock, {}, timeouts());
    QVERIFY(openAndWait(session, mainServer(), m_password).ready);
    const auto first = examine(session, u"Renumbered"_s);
    QVERIFY(first && first->ok());
    QCOMPARE(first->value().exists, 3u);
    session.close();

    const quint32 changedValidity = first->value().uidValidity + 1000;
    QVERIFY(doveadm({u"mailbox"_s, u"update"_s, u"-u"_s, user, u"--uid-validity"_s, QString::number(changedValidity),
                      u"Renumbered"_s})
                 .has_value());
    QVERIFY(openAndWait(session, mainServer(), m_password).ready);
    const auto second = examine(session, u"Renumbered"_s);
    QVERIFY(second && second->ok());
    QCOMPARE(second->value().uidValidity, changedValidity);
    QCOMPARE(second->value().exists, 3u);
    session.logout();
}

void TestImapDovecot::wrongPasswordIsAClearError()
{
    ImapSession session(m_clock, {}, timeouts());
    QSignalSpy reconnects(&session, &ImapSession::reconnectScheduled);
    const Opened opened = openAndWait(session, mainServer(), u"wrong-password"_s);
    QVERIFY(!opened.ready);
    QVERIFY(opened.failure.has_value());
    QCOMPARE(opened.failure->code, u"auth"_s);
    QVERIFY2(opened.failure->message.contains(u"rejected the user name or password for \"testuser\""_s),
             qPrintable(opened.failure->message));
    QVERIFY(!session.protocolLog().toText().contains(u"wrong-password"_s));
    QCOMPARE(reconnects.size(), 0);
}

void TestImapDovecot::untrustedCertificateIsRefused()
{
    ImapSession session(m_clock, {}, timeouts());
    QElapsedTimer timer;
    timer.start();
    const Opened opened = openAndWait(
        session, settings(env("MADOGUCHI_TEST_IMAP_HOST"), envPort("MADOGUCHI_TEST_IMAPS_PORT"), true, false),
        m_password);
    QVERIFY(!opened.ready);
    QVERIFY(opened.failure.has_value());
    QCOMPARE(opened.failure->code, u"tls"_s);
    QVERIFY2(opened.failure->message.contains(u"The certificate of 127.0.0.1 is not trusted"_s),
             qPrintable(opened.failure->message));
    QVERIFY2(opened.failure->message.contains(u"self signed"_s, Qt::CaseInsensitive)
                 || opened.failure->message.contains(u"self-signed"_s, Qt::CaseInsensitive),
             qPrintable(opened.failure->message));
    QVERIFY(timer.elapsed() < 5000); // a clear message, not a hang
    QVERIFY(!session.protocolLog().toText().contains(u"LOGIN"_s));
}

void TestImapDovecot::startTls()
{
    ImapSession session(m_clock, {}, timeouts());
    const Opened opened = openAndWait(
        session, settings(env("MADOGUCHI_TEST_IMAP_HOST"), envPort("MADOGUCHI_TEST_IMAP_PORT"), false), m_password);
    QVERIFY2(opened.ready, opened.failure ? qPrintable(opened.failure->message) : "no answer");
    QVERIFY(session.isEncrypted());
    QVERIFY(session.protocolLog().toText().contains(u"C: a1 STARTTLS"_s));
    const auto status = examine(session, u"INBOX"_s);
    QVERIFY(status && status->ok());
    session.logout();
}

void TestImapDovecot::startTlsOnServerThatDemandsIt()
{
    // From 127.0.0.1 to 127.0.0.2 Dovecot treats the client as remote: LOGINDISABLED until TLS.
    ImapSession session(m_clock, {}, timeouts());
    const Opened opened = openAndWait(
        session, settings(env("MADOGUCHI_TEST_IMAP_STRICT_HOST"), envPort("MADOGUCHI_TEST_IMAP_STRICT_PORT"), false),
        m_password);
    QVERIFY2(opened.ready, opened.failure ? qPrintable(opened.failure->message) : "no answer");
    const QString log = session.protocolLog().toText();
    QVERIFY(log.contains(u"LOGINDISABLED"_s));
    QVERIFY(session.isEncrypted());
    QVERIFY(!session.hasCapability("LOGINDISABLED"));
    session.logout();
}

void TestImapDovecot::cutInTheMiddleOfAFetchLiteral()
{
    // Five messages of about 270 kB each in a folder of their own.
    const QString folder = env("MADOGUCHI_TEST_IMAP_MAILDIR") + u"/.Big"_s;
    QVERIFY(run(u"/usr/bin/python3"_s, {env("MADOGUCHI_TEST_IMAP_GENERATOR"), folder, u"5"_s, u"--big-kib"_s,
                                        u"200"_s, u"--prefix"_s, u"big"_s}));
    QVERIFY(run(u"chown"_s, {u"-R"_s, u"nobody:nogroup"_s, folder}));

    CuttingProxy proxy(env("MADOGUCHI_TEST_IMAP_HOST"), envPort("MADOGUCHI_TEST_IMAPS_PORT"));
    ImapSession session(m_clock, {}, timeouts());
    QSignalSpy lost(&session, &ImapSession::connectionLost);
    QSignalSpy ready(&session, &ImapSession::ready);
    ImapServerSettings s = settings(u"127.0.0.1"_s, proxy.port(), true);
    QVERIFY(openAndWait(session, s, m_password).ready);
    auto status = examine(session, u"Big"_s);
    QVERIFY(status.has_value());
    QVERIFY2(status->ok(), status->ok() ? "" : qPrintable(status->error().message));
    QCOMPARE(status->value().exists, 5u);

    QList<quint32> wanted{1, 2, 3, 4, 5};
    QMap<quint32, ImapFetchedMessage> stored;
    int deliveries = 0;
    auto receive = [&](const ImapFetchedMessage &message) {
        ++deliveries;
        QCOMPARE(message.source.size(), message.size); // never half a message
        stored.insert(message.uid, message);
        wanted.removeAll(message.uid);
    };
    proxy.cutAt(proxy.serverBytes() + 400 * 1000); // inside the second message's literal
    auto done = waitFor<void>(
        [&](ImapSession::Callback<void> finished) { session.uidFetch(wanted, receive, finished); });
    QVERIFY(done.has_value());
    QVERIFY(!done->ok());
    QCOMPARE(proxy.cuts(), 1);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(lost.size(), 1);
    QVERIFY2(lost.first().first().value<Error>().message.contains(u"closed the connection"_s),
             qPrintable(lost.first().first().value<Error>().message));

    // The session reconnects by itself; the rest is fetched, each message once.
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 10000);
    status = examine(session, u"Big"_s);
    QVERIFY(status && status->ok());
    done = waitFor<void>([&](ImapSession::Callback<void> finished) { session.uidFetch(wanted, receive, finished); });
    QVERIFY(done && done->ok());
    QCOMPARE(stored.size(), 5);
    QCOMPARE(deliveries, 5);
    QVERIFY(wanted.isEmpty());
    QCOMPARE(proxy.connections(), 2);
    session.logout();
}

QTEST_GUILESS_MAIN(TestImapDovecot)
#include "tst_imapdovecot.moc"
