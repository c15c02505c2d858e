// Scripted conversations over an in-process fake socket: every byte the client sends is
// checked, and the server's answers arrive split however the test likes.
#include "FakeImapSocket.h"

#include "core/Clock.h"
#include "mail/imap/ImapSession.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

ImapTimeouts fastTimeouts()
{
    ImapTimeouts timeouts;
    timeouts.connectMs = 5000;
    timeouts.loginMs = 5000;
    timeouts.commandMs = 5000;
    timeouts.reconnectFirstMs = 20;
    timeouts.reconnectMaxMs = 100;
    return timeouts;
}

// One session whose sockets are fakes the test drives.
struct Harness
{
    explicit Harness(ImapTimeouts timeouts = fastTimeouts())
        : clock(QDateTime(QDate(2026, 11, 25), QTime(1, 0), Qt::UTC))
        , session(clock,
                  [this]() {
                      auto socket = std::make_unique<FakeImapSocket>();
                      socket->connectSilently = silentConnect;
                      sockets.append(socket.get());
                      return socket;
                  },
                  timeouts)
    {
        QObject::connect(&session, &ImapSession::failed, &session,
                         [this](const Error &error) { failures.append(error); });
        QObject::connect(&session, &ImapSession::connectionLost, &session,
                         [this](const Error &error) { losses.append(error); });
    }

    FakeImapSocket *socket() const { return sockets.isEmpty() ? nullptr : sockets.last().data(); }
    QByteArray written() const { return socket() ? socket()->written : QByteArray(); }

    void open(ImapServerSettings::Security security = ImapServerSettings::Security::ImplicitTls,
              bool allowPlaintext = false, const QString &password = u"secret"_s)
    {
        ImapServerSettings settings;
        settings.host = u"mail.example.co.jp"_s;
        settings.port = security == ImapServerSettings::Security::ImplicitTls ? 993 : 143;
        settings.security = security;
        settings.user = u"user"_s;
        settings.allowPlaintext = allowPlaintext;
        session.open(settings, password);
    }

    FixedClock clock;
    bool silentConnect = false;
    QList<QPointer<FakeImapSocket>> sockets;
    ImapSession session;
    QList<Error> failures;
    QList<Error> losses;
};

// Compares and consumes what the client wrote, waiting for it to arrive.
#define EXPECT_SENT(harness, bytes)                                                                                   \
    do {                                                                                                               \
        QTRY_COMPARE((harness).written(), QByteArray(bytes));                                                          \
        (harness).socket()->written.clear();                                                                           \
    } while (false)

const QByteArray fetchResponse = "* 1 FETCH (UID 5 RFC822.SIZE 37 INTERNALDATE \"25-Nov-2026 10:15:00 +0900\" "
                                 "BODY[] {37}\r\nSubject: =?UTF-8?B?5LiN5YW35ZCI?=\r\n\r\n)\r\n";

} // namespace

class TestImapProtocol : public QObject
{
    Q_OBJECT
private:
    // Greets with the given capabilities over implicit TLS and logs in with LOGIN.
    void loginReady(Harness &h, const QByteArray &capabilities = "IMAP4rev1 IDLE UIDPLUS")
    {
        h.open();
        QTRY_VERIFY(h.socket());
        h.socket()->serverSends("* OK [CAPABILITY " + capabilities + "] Dovecot ready.\r\n");
        EXPECT_SENT(h, "a1 LOGIN \"user\" \"secret\"\r\n");
        QSignalSpy ready(&h.session, &ImapSession::ready);
        h.socket()->serverSends("a1 OK [CAPABILITY " + capabilities + "] Logged in\r\n");
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(h.session.state(), ImapSession::State::Ready);
    }

    void selectInbox(Harness &h, int tag)
    {
        bool done = false;
        h.session.select(u"INBOX"_s, true, [&](const Result<ImapMailboxStatus> &status) {
            QVERIFY(status.ok());
            done = true;
        });
        const QByteArray t = 'a' + QByteArray::number(tag);
        EXPECT_SENT(h, t + " EXAMINE \"INBOX\"\r\n");
        h.socket()->serverSends("* 3 EXISTS\r\n* OK [UIDVALIDITY 42] UIDs valid\r\n" + t + " OK [READ-ONLY] done\r\n");
        QTRY_VERIFY(done);
    }

private Q_SLOTS:
    void loginWithSaslIr();
    void authenticateWaitsForContinuation();
    void loginQuoting_data();
    void loginQuoting();
    void startTlsUpgradesBeforeLogin();
    void dataAfterStartTlsIsRefused();
    void plaintextLoginRefusedByDefault();
    void plaintextLoginWhenAllowed();
    void loginDisabledWithoutTls();
    void wrongPasswordGivesUp();
    void privacyRequired();
    void preauthGreeting();
    void byeGreeting();
    void selectReportsStatus();
    void selectWithoutUidValidity();
    void noAndBadAnswers_data();
    void noAndBadAnswers();
    void searchAndFetch();
    void fetchSplitAtEveryPosition();
    void unsolicitedFlagsDuringFetch();
    void idleDeliversNewMail();
    void idleRenewedBeforeServerLimit();
    void commandWaitsForIdleContinuation();
    void pollsWithNoopWithoutIdle();
    void untaggedByeThenClose();
    void commandTimeout();
    void connectTimeout();
    void loginTimeout();
    void malformedResponseDropsConnection();
    void unexpectedContinuation();
    void reconnectsWithBackoff();
    void callbacksRunOnceWhenConnectionDrops();
    void markSeen();
    void moveWithMove();
    void moveWithoutMove();
    void alertIsReported();
    void protocolLogMasksSecretsAndKeepsLastLines();
    void logout();
    void operationsWhenNotConnected();
};

void TestImapProtocol::loginWithSaslIr()
{
    Harness h;
    h.open();
    QTRY_VERIFY(h.socket());
    QCOMPARE(h.socket()->host, u"mail.example.co.jp"_s);
    QCOMPARE(h.socket()->port, quint16(993));
    QVERIFY(h.socket()->implicit);
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN IDLE] ready\r\n");
    // base64("\0user\0secret")
    EXPECT_SENT(h, "a1 AUTHENTICATE PLAIN AHVzZXIAc2VjcmV0\r\n");
    QSignalSpy ready(&h.session, &ImapSession::ready);
    h.socket()->serverSends("a1 OK [CAPABILITY IMAP4rev1 IDLE MOVE] Logged in\r\n");
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(h.session.hasCapability("MOVE"));
    QVERIFY(h.session.isEncrypted());
    QCOMPARE(h.written(), QByteArray()); // capabilities came with the OK, no extra CAPABILITY
    const QString log = h.session.protocolLog().toText();
    QVERIFY(log.contains(u"C: a1 AUTHENTICATE PLAIN ***"_s));
    QVERIFY(!log.contains(u"AHVzZXIAc2VjcmV0"_s));
}

void TestImapProtocol::authenticateWaitsForContinuation()
{
    Harness h;
    h.open();
    QTRY_VERIFY(h.socket());
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n");
    EXPECT_SENT(h, "a1 AUTHENTICATE PLAIN\r\n");
    h.socket()->serverSends("+ \r\n");
    EXPECT_SENT(h, "AHVzZXIAc2VjcmV0\r\n");
    h.socket()->serverSends("a1 OK Logged in\r\n");
    EXPECT_SENT(h, "a2 CAPABILITY\r\n");
    QSignalSpy ready(&h.session, &ImapSession::ready);
    h.socket()->serverSends("* CAPABILITY IMAP4rev1 IDLE\r\na2 OK done\r\n");
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(h.session.hasCapability("IDLE"));
    QVERIFY(!h.session.protocolLog().toText().contains(u"AHVzZXIAc2VjcmV0"_s));
}

void TestImapProtocol::loginQuoting_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QList<QByteArray>>("exchange"); // client lines; each after the first follows a "+"
    QTest::newRow("simple") << u"secret"_s << QList<QByteArray>{"a1 LOGIN \"user\" \"secret\"\r\n"};
    QTest::newRow("double quote") << u"pa\"ss"_s << QList<QByteArray>{"a1 LOGIN \"user\" \"pa\\\"ss\"\r\n"};
    QTest::newRow("backslash") << u"pa\\ss"_s << QList<QByteArray>{"a1 LOGIN \"user\" \"pa\\\\ss\"\r\n"};
    QTest::newRow("space paren brace") << u"a b(c){3}"_s << QList<QByteArray>{"a1 LOGIN \"user\" \"a b(c){3}\"\r\n"};
    QTest::newRow("percent star") << u"%*]["_s << QList<QByteArray>{"a1 LOGIN \"user\" \"%*][\"\r\n"};
    QTest::newRow("japanese literal") << u"パスワード"_s
                                      << QList<QByteArray>{"a1 LOGIN \"user\" {15}\r\n", "パスワード\r\n"};
    QTest::newRow("latin-1 literal") << u"pässword"_s << QList<QByteArray>{"a1 LOGIN \"user\" {9}\r\n", "pässword\r\n"};
}

void TestImapProtocol::loginQuoting()
{
    QFETCH(QString, password);
    QFETCH(QList<QByteArray>, exchange);
    Harness h;
    h.open(ImapServerSettings::Security::ImplicitTls, false, password);
    QTRY_VERIFY(h.socket());
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    for (qsizetype i = 0; i < exchange.size(); ++i) {
        if (i > 0)
            h.socket()->serverSends("+ Ready for literal data\r\n");
        EXPECT_SENT(h, exchange.at(i));
    }
    QSignalSpy ready(&h.session, &ImapSession::ready);
    h.socket()->serverSends("a1 OK [CAPABILITY IMAP4rev1] Logged in\r\n");
    QTRY_COMPARE(ready.size(), 1);
    const QString log = h.session.protocolLog().toText();
    QVERIFY(log.contains(u"a1 LOGIN \"user\" ***"_s));
    QVERIFY(!log.contains(password));
}

void TestImapProtocol::startTlsUpgradesBeforeLogin()
{
    Harness h;
    h.open(ImapServerSettings::Security::StartTls);
    QTRY_VERIFY(h.socket());
    QVERIFY(!h.socket()->implicit);
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n");
    EXPECT_SENT(h, "a1 STARTTLS\r\n");
    h.socket()->serverSends("a1 OK Begin TLS negotiation now.\r\n");
    QTRY_COMPARE(h.socket()->startTlsCalls, 1);
    // Capabilities heard in clear text are forgotten and asked again.
    EXPECT_SENT(h, "a2 CAPABILITY\r\n");
    h.socket()->serverSends("* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\na2 OK done\r\n");
    EXPECT_SENT(h, "a3 AUTHENTICATE PLAIN AHVzZXIAc2VjcmV0\r\n");
    QSignalSpy ready(&h.session, &ImapSession::ready);
    h.socket()->serverSends("a3 OK [CAPABILITY IMAP4rev1] Logged in\r\n");
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(h.session.isEncrypted());
}

void TestImapProtocol::dataAfterStartTlsIsRefused()
{
    Harness h;
    h.open(ImapServerSettings::Security::StartTls);
    QTRY_VERIFY(h.socket());
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n");
    EXPECT_SENT(h, "a1 STARTTLS\r\n");
    h.socket()->serverSends("a1 OK Begin TLS\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n");
    QTRY_COMPARE(h.failures.size(), 1);
    QCOMPARE(h.failures.first().code, u"tls"_s);
    QVERIFY(h.failures.first().message.contains(u"after accepting STARTTLS"_s));
    QVERIFY(!h.socket() || h.socket()->aborted); // closed, and deleted with its connection
}

void TestImapProtocol::plaintextLoginRefusedByDefault()
{
    Harness h;
    h.open(ImapServerSettings::Security::StartTls);
    QTRY_VERIFY(h.socket());
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n");
    QTRY_COMPARE(h.failures.size(), 1);
    QCOMPARE(h.failures.first().code, u"plaintext-refused"_s);
    QVERIFY(h.failures.first().message.contains(u"mail.example.co.jp offers no encryption"_s));
    QVERIFY(h.failures.first().message.contains(u"allow plaintext"_s));
    QCOMPARE(h.written(), QByteArray()); // not a byte of the password went out
    QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
}

void TestImapProtocol::plaintextLoginWhenAllowed()
{
    Harness h;
    h.open(ImapServerSettings::Security::StartTls, true);
    QTRY_VERIFY(h.socket());
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    EXPECT_SENT(h, "a1 LOGIN \"user\" \"secret\"\r\n");
}

void TestImapProtocol::loginDisabledWithoutTls()
{
    Harness h;
    h.open(ImapServerSettings::Security::StartTls, true);
    QTRY_VERIFY(h.socket());
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1 LOGINDISABLED] ready\r\n");
    QTRY_COMPARE(h.failures.size(), 1);
    QCOMPARE(h.failures.first().code, u"plaintext-refused"_s);
    QVERIFY(h.failures.first().message.contains(u"LOGINDISABLED"_s));
    QCOMPARE(h.written(), QByteArray());
}

void TestImapProtocol::wrongPasswordGivesUp()
{
    Harness h;
    QSignalSpy reconnects(&h.session, &ImapSession::reconnectScheduled);
    h.open();
    QTRY_VERIFY(h.socket());
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    EXPECT_SENT(h, "a1 LOGIN \"user\" \"secret\"\r\n");
    h.socket()->serverSends("a1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
    QTRY_COMPARE(h.failures.size(), 1);
    QCOMPARE(h.failures.first().code, u"auth"_s);
    QVERIFY(h.failures.first().message.contains(u"mail.example.co.jp rejected the user name or password for \"user\""_s));
    QVERIFY(h.failures.first().message.contains(u"Authentication failed."_s));
    QTest::qWait(60); // longer than the first reconnect delay: nothing may be scheduled
    QCOMPARE(reconnects.size(), 0);
    QCOMPARE(h.sockets.size(), 1);
    QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
}

void TestImapProtocol::privacyRequired()
{
    Harness h;
    h.open(ImapServerSettings::Security::StartTls, true);
    QTRY_VERIFY(h.socket());
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    EXPECT_SENT(h, "a1 LOGIN \"user\" \"secret\"\r\n");
    h.socket()->serverSends("a1 NO [PRIVACYREQUIRED] Plaintext authentication disallowed.\r\n");
    QTRY_COMPARE(h.failures.size(), 1);
    QCOMPARE(h.failures.first().code, u"plaintext-refused"_s);
    QVERIFY(h.failures.first().message.contains(u"requires an encrypted connection"_s));
}

void TestImapProtocol::preauthGreeting()
{
    Harness h;
    QSignalSpy ready(&h.session, &ImapSession::ready);
    h.open();
    QTRY_VERIFY(h.socket());
    h.socket()->serverSends("* PREAUTH [CAPABILITY IMAP4rev1 IDLE] welcome back\r\n");
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(h.written(), QByteArray());
}

void TestImapProtocol::byeGreeting()
{
    Harness h;
    h.session.setAutoReconnect(false);
    h.open();
    QTRY_VERIFY(h.socket());
    h.socket()->serverSends("* BYE Too many connections\r\n");
    QTRY_COMPARE(h.failures.size(), 1);
    QVERIFY(h.failures.first().message.contains(u"Too many connections"_s));
}

void TestImapProtocol::selectReportsStatus()
{
    Harness h;
    loginReady(h);
    std::optional<Result<ImapMailboxStatus>> status;
    h.session.select(u"送信済み"_s, false, [&](const Result<ImapMailboxStatus> &result) { status = result; });
    EXPECT_SENT(h, "a2 SELECT \"&kAFP4W4IMH8-\"\r\n");
    h.socket()->serverSends("* FLAGS (\\Answered \\Seen)\r\n* 172 EXISTS\r\n* 1 RECENT\r\n"
                            "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n* OK [UIDNEXT 4392] Predicted next UID\r\n"
                            "a2 OK [READ-WRITE] SELECT completed\r\n");
    QTRY_VERIFY(status.has_value());
    QVERIFY(status->ok());
    QCOMPARE(status->value().exists, 172u);
    QCOMPARE(status->value().recent, 1u);
    QCOMPARE(status->value().uidValidity, 3857529045u);
    QCOMPARE(status->value().uidNext, 4392u);
    QCOMPARE(status->value().readOnly, false);
    QCOMPARE(status->value().flags, (QList<QByteArray>{"\\Answered", "\\Seen"}));
}

void TestImapProtocol::selectWithoutUidValidity()
{
    Harness h;
    loginReady(h);
    std::optional<Result<ImapMailboxStatus>> status;
    h.session.select(u"INBOX"_s, true, [&](const Result<ImapMailboxStatus> &result) { status = result; });
    EXPECT_SENT(h, "a2 EXAMINE \"INBOX\"\r\n");
    h.socket()->serverSends("* 1 EXISTS\r\na2 OK done\r\n");
    QTRY_VERIFY(status.has_value());
    QVERIFY(!status->ok());
    QVERIFY(status->error().message.contains(u"UIDVALIDITY"_s));
}

void TestImapProtocol::noAndBadAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no") << QByteArray("a2 NO [NONEXISTENT] Mailbox doesn't exist: Archive\r\n") << u"imap-no"_s
                        << u"The server refused EXAMINE: [NONEXISTENT] Mailbox doesn't exist: Archive"_s;
    QTest::newRow("bad") << QByteArray("a2 BAD Error in IMAP command EXAMINE: Invalid arguments.\r\n") << u"imap-bad"_s
                         << u"The server refused EXAMINE: Error in IMAP command EXAMINE: Invalid arguments."_s;
    QTest::newRow("no without text") << QByteArray("a2 NO\r\n") << u"imap-no"_s << u"The server refused EXAMINE: "_s;
}

void TestImapProtocol::noAndBadAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, code);
    QFETCH(QString, message);
    Harness h;
    loginReady(h);
    std::optional<Result<ImapMailboxStatus>> status;
    h.session.select(u"Archive"_s, true, [&](const Result<ImapMailboxStatus> &result) { status = result; });
    EXPECT_SENT(h, "a2 EXAMINE \"Archive\"\r\n");
    h.socket()->serverSends(answer);
    QTRY_VERIFY(status.has_value());
    QVERIFY(!status->ok());
    QCOMPARE(status->error().code, code);
    QCOMPARE(status->error().message, message);
    // A refused command leaves the connection usable.
    QCOMPARE(h.session.state(), ImapSession::State::Ready);
    bool noopDone = false;
    h.session.noop([&](const Result<void> &result) { noopDone = result.ok(); });
    EXPECT_SENT(h, "a3 NOOP\r\n");
    h.socket()->serverSends("a3 OK NOOP completed.\r\n");
    QTRY_VERIFY(noopDone);
}

void TestImapProtocol::searchAndFetch()
{
    Harness h;
    loginReady(h);
    selectInbox(h, 2);
    std::optional<Result<QList<quint32>>> uids;
    h.session.uidSearch("UID 5:*", [&](const Result<QList<quint32>> &result) { uids = result; });
    EXPECT_SENT(h, "a3 UID SEARCH UID 5:*\r\n");
    h.socket()->serverSends("* SEARCH 9 5 7\r\na3 OK Search completed\r\n");
    QTRY_VERIFY(uids.has_value());
    QCOMPARE(uids->value(), (QList<quint32>{5, 7, 9}));

    QList<ImapFetchedMessage> messages;
    std::optional<Result<void>> done;
    h.session.uidFetch(uids->value(), [&](const ImapFetchedMessage &m) { messages.append(m); },
                       [&](const Result<void> &result) { done = result; });
    EXPECT_SENT(h, "a4 UID FETCH 5,7,9 (UID RFC822.SIZE INTERNALDATE BODY.PEEK[])\r\n");
    h.socket()->serverSends("* 1 FETCH (UID 5 RFC822.SIZE 3 INTERNALDATE \"25-Nov-2026 10:15:00 +0900\" BODY[] {3}\r\nabc)\r\n"
                            "* 2 FETCH (UID 7 RFC822.SIZE 0 INTERNALDATE \"25-Nov-2026 10:16:00 +0900\" BODY[] {0}\r\n)\r\n"
                            "* 3 FETCH (UID 9 RFC822.SIZE 2 INTERNALDATE \"25-Nov-2026 10:17:00 +0900\" BODY[] \"hi\")\r\n"
                            "a4 OK Fetch completed.\r\n");
    QTRY_VERIFY(done.has_value());
    QVERIFY(done->ok());
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).uid, 5u);
    QCOMPARE(messages.at(0).source, QByteArray("abc"));
    QCOMPARE(messages.at(0).internalDate, QDateTime(QDate(2026, 11, 25), QTime(1, 15), Qt::UTC));
    QCOMPARE(messages.at(1).source, QByteArray());
    QCOMPARE(messages.at(2).source, QByteArray("hi"));
}

void TestImapProtocol::fetchSplitAtEveryPosition()
{
    Harness h;
    loginReady(h);
    selectInbox(h, 2);
    const QByteArray answerTail = " OK Fetch completed.\r\n";
    int tag = 3;
    for (qsizetype split = 0; split <= fetchResponse.size(); ++split, ++tag) {
        QList<ImapFetchedMessage> messages;
        std::optional<Result<void>> done;
        h.session.uidFetch({5}, [&](const ImapFetchedMessage &m) { messages.append(m); },
                           [&](const Result<void> &result) { done = result; });
        const QByteArray t = 'a' + QByteArray::number(tag);
        EXPECT_SENT(h, t + " UID FETCH 5 (UID RFC822.SIZE INTERNALDATE BODY.PEEK[])\r\n");
        const QByteArray all = fetchResponse + t + answerTail;
        h.socket()->serverSends(all.left(split));
        QCOMPARE(messages.size(), split < fetchResponse.size() ? 0 : 1);
        QVERIFY(!done.has_value());
        h.socket()->serverSends(all.mid(split));
        QVERIFY(done.has_value());
        QVERIFY(done->ok());
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().uid, 5u);
        QCOMPARE(messages.first().size, 37);
        QCOMPARE(messages.first().source, QByteArray("Subject: =?UTF-8?B?5LiN5YW35ZCI?=\r\n\r\n"));
    }
}

void TestImapProtocol::unsolicitedFlagsDuringFetch()
{
    Harness h;
    loginReady(h);
    selectInbox(h, 2);
    QList<ImapFetchedMessage> messages;
    std::optional<Result<void>> done;
    h.session.uidFetch({5}, [&](const ImapFetchedMessage &m) { messages.append(m); },
                       [&](const Result<void> &result) { done = result; });
    EXPECT_SENT(h, "a3 UID FETCH 5 (UID RFC822.SIZE INTERNALDATE BODY.PEEK[])\r\n");
    h.socket()->serverSends("* 2 FETCH (FLAGS (\\Seen) UID 6)\r\n" + fetchResponse + "a3 OK done\r\n");
    QTRY_VERIFY(done.has_value());
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().uid, 5u);
}

void TestImapProtocol::idleDeliversNewMail()
{
    Harness h;
    loginReady(h);
    selectInbox(h, 2);
    QSignalSpy changed(&h.session, &ImapSession::mailboxChanged);
    h.session.setWatching(true);
    EXPECT_SENT(h, "a3 IDLE\r\n");
    h.socket()->serverSends("+ idling\r\n");
    h.socket()->serverSends("* 4 EXISTS\r\n");
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toUInt(), 4u);
    QCOMPARE(h.written(), QByteArray());

    // Any command ends the IDLE first, and IDLE resumes once the command is done.
    bool searched = false;
    h.session.uidSearch("UID 10:*", [&](const Result<QList<quint32>> &result) { searched = result.ok(); });
    EXPECT_SENT(h, "DONE\r\n");
    h.socket()->serverSends("a3 OK Idle completed (0.001 + 1.000 secs).\r\n");
    EXPECT_SENT(h, "a4 UID SEARCH UID 10:*\r\n");
    h.socket()->serverSends("* SEARCH 10\r\na4 OK done\r\n");
    QTRY_VERIFY(searched);
    EXPECT_SENT(h, "a5 IDLE\r\n");
    h.socket()->serverSends("+ idling\r\n");

    h.session.setWatching(false);
    EXPECT_SENT(h, "DONE\r\n");
    h.socket()->serverSends("a5 OK Idle completed.\r\n");
    QTest::qWait(20);
    QCOMPARE(h.written(), QByteArray());
}

void TestImapProtocol::idleRenewedBeforeServerLimit()
{
    ImapTimeouts timeouts = fastTimeouts();
    timeouts.idleRenewMs = 100;
    timeouts.commandMs = 50; // silence while idling must not count as a timeout
    Harness h(timeouts);
    loginReady(h);
    selectInbox(h, 2);
    h.session.setWatching(true);
    EXPECT_SENT(h, "a3 IDLE\r\n");
    h.socket()->serverSends("+ idling\r\n");
    EXPECT_SENT(h, "DONE\r\n");
    h.socket()->serverSends("a3 OK Idle completed.\r\n");
    EXPECT_SENT(h, "a4 IDLE\r\n");
    h.socket()->serverSends("+ idling\r\n");
    EXPECT_SENT(h, "DONE\r\n");
    QVERIFY(h.losses.isEmpty());
}

void TestImapProtocol::commandWaitsForIdleContinuation()
{
    Harness h;
    loginReady(h);
    selectInbox(h, 2);
    h.session.setWatching(true);
    EXPECT_SENT(h, "a3 IDLE\r\n");
    bool done = false;
    h.session.noop([&](const Result<void> &result) { done = result.ok(); });
    QTest::qWait(20);
    QCOMPARE(h.written(), QByteArray()); // DONE before "+" would be a protocol error
    h.socket()->serverSends("+ idling\r\n");
    EXPECT_SENT(h, "DONE\r\n");
    h.socket()->serverSends("a3 OK Idle completed.\r\n");
    EXPECT_SENT(h, "a4 NOOP\r\n");
    h.socket()->serverSends("a4 OK done\r\n");
    QTRY_VERIFY(done);
}

void TestImapProtocol::pollsWithNoopWithoutIdle()
{
    ImapTimeouts timeouts = fastTimeouts();
    timeouts.pollMs = 30;
    Harness h(timeouts);
    loginReady(h, "IMAP4rev1");
    selectInbox(h, 2);
    QSignalSpy changed(&h.session, &ImapSession::mailboxChanged);
    h.session.setWatching(true);
    EXPECT_SENT(h, "a3 NOOP\r\n");
    h.socket()->serverSends("* 5 EXISTS\r\na3 OK NOOP completed.\r\n");
    QTRY_COMPARE(changed.size(), 1);
    EXPECT_SENT(h, "a4 NOOP\r\n");
}

void TestImapProtocol::untaggedByeThenClose()
{
    Harness h;
    QSignalSpy reconnects(&h.session, &ImapSession::reconnectScheduled);
    loginReady(h);
    std::optional<Result<void>> noop;
    h.session.noop([&](const Result<void> &result) { noop = result; });
    EXPECT_SENT(h, "a2 NOOP\r\n");
    h.socket()->serverSends("* BYE Server shutting down.\r\n");
    h.socket()->serverCloses();
    QTRY_COMPARE(h.losses.size(), 1);
    QCOMPARE(h.losses.first().code, u"bye"_s);
    QCOMPARE(h.losses.first().message, u"mail.example.co.jp closed the connection: Server shutting down."_s);
    QVERIFY(noop.has_value());
    QVERIFY(!noop->ok());
    QTRY_COMPARE(reconnects.size(), 1);
    QCOMPARE(reconnects.first().first().toInt(), 20);
}

void TestImapProtocol::commandTimeout()
{
    ImapTimeouts timeouts = fastTimeouts();
    timeouts.commandMs = 80;
    Harness h(timeouts);
    h.session.setAutoReconnect(false);
    loginReady(h);
    std::optional<Result<void>> noop;
    h.session.noop([&](const Result<void> &result) { noop = result; });
    EXPECT_SENT(h, "a2 NOOP\r\n");
    QTRY_VERIFY(noop.has_value());
    QCOMPARE(noop->error().code, u"timeout"_s);
    QCOMPARE(noop->error().message, u"mail.example.co.jp did not answer NOOP within 0.08 seconds."_s);
    QCOMPARE(h.failures.size(), 1);
    QVERIFY(!h.socket() || h.socket()->aborted); // closed, and deleted with its connection
}

void TestImapProtocol::connectTimeout()
{
    ImapTimeouts timeouts = fastTimeouts();
    timeouts.connectMs = 60;
    Harness h(timeouts);
    h.silentConnect = true;
    h.session.setAutoReconnect(false);
    h.open();
    QTRY_COMPARE(h.failures.size(), 1);
    QCOMPARE(h.failures.first().code, u"timeout"_s);
    QCOMPARE(h.failures.first().message, u"mail.example.co.jp did not greet within 0.06 seconds."_s);
}

void TestImapProtocol::loginTimeout()
{
    ImapTimeouts timeouts = fastTimeouts();
    timeouts.loginMs = 70;
    Harness h(timeouts);
    h.session.setAutoReconnect(false);
    h.open();
    QTRY_VERIFY(h.socket());
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    EXPECT_SENT(h, "a1 LOGIN \"user\" \"secret\"\r\n");
    QTRY_COMPARE(h.failures.size(), 1);
    QCOMPARE(h.failures.first().message, u"mail.example.co.jp did not answer LOGIN within 0.07 seconds."_s);
}

void TestImapProtocol::malformedResponseDropsConnection()
{
    Harness h;
    loginReady(h);
    std::optional<Result<void>> noop;
    h.session.noop([&](const Result<void> &result) { noop = result; });
    EXPECT_SENT(h, "a2 NOOP\r\n");
    h.socket()->serverSends("* 1 FETCH (UID 5\r\n");
    QTRY_COMPARE(h.losses.size(), 1);
    QCOMPARE(h.losses.first().code, u"imap-parse"_s);
    QVERIFY(h.losses.first().message.contains(u"line 3, offset 16"_s));
    QVERIFY(noop.has_value() && !noop->ok());
}

void TestImapProtocol::unexpectedContinuation()
{
    Harness h;
    loginReady(h);
    h.session.noop([](const Result<void> &) { });
    EXPECT_SENT(h, "a2 NOOP\r\n");
    h.socket()->serverSends("+ what?\r\n");
    QTRY_COMPARE(h.losses.size(), 1);
    QCOMPARE(h.losses.first().code, u"protocol"_s);
}

void TestImapProtocol::reconnectsWithBackoff()
{
    Harness h;
    QSignalSpy reconnects(&h.session, &ImapSession::reconnectScheduled);
    QSignalSpy ready(&h.session, &ImapSession::ready);
    loginReady(h);
    h.socket()->serverCloses();
    QTRY_COMPARE(h.sockets.size(), 2);
    QCOMPARE(reconnects.first().first().toInt(), 20);
    // The second attempt fails before the greeting: the delay doubles.
    h.socket()->serverCloses();
    QTRY_COMPARE(h.sockets.size(), 3);
    QCOMPARE(reconnects.at(1).first().toInt(), 40);
    h.socket()->serverSends("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    EXPECT_SENT(h, "a1 LOGIN \"user\" \"secret\"\r\n");
    h.socket()->serverSends("a1 OK [CAPABILITY IMAP4rev1] Logged in\r\n");
    QTRY_COMPARE(ready.size(), 2);
    // A working connection starts the backoff again.
    h.socket()->serverCloses();
    QTRY_COMPARE(reconnects.size(), 3);
    QCOMPARE(reconnects.at(2).first().toInt(), 20);
}

void TestImapProtocol::callbacksRunOnceWhenConnectionDrops()
{
    Harness h;
    loginReady(h);
    selectInbox(h, 2);
    int fetchCalls = 0, searchCalls = 0;
    h.session.uidFetch({1, 2}, [](const ImapFetchedMessage &) { }, [&](const Result<void> &result) {
        QVERIFY(!result.ok());
        ++fetchCalls;
    });
    h.session.uidSearch("ALL", [&](const Result<QList<quint32>> &result) {
        QVERIFY(!result.ok());
        ++searchCalls;
    });
    EXPECT_SENT(h, "a3 UID FETCH 1:2 (UID RFC822.SIZE INTERNALDATE BODY.PEEK[])\r\n");
    h.socket()->serverSends("* 1 FETCH (UID 1 BODY[] {100}\r\npartial");
    h.socket()->serverCloses();
    QTRY_COMPARE(fetchCalls, 1);
    QCOMPARE(searchCalls, 1);
    QTest::qWait(50);
    QCOMPARE(fetchCalls, 1);
    QCOMPARE(searchCalls, 1);
}

void TestImapProtocol::markSeen()
{
    Harness h;
    loginReady(h);
    bool done = false;
    h.session.markSeen({3, 1, 2, 7}, [&](const Result<void> &result) { done = result.ok(); });
    EXPECT_SENT(h, "a2 UID STORE 1:3,7 +FLAGS.SILENT (\\Seen)\r\n");
    h.socket()->serverSends("a2 OK Store completed.\r\n");
    QTRY_VERIFY(done);
}

void TestImapProtocol::moveWithMove()
{
    Harness h;
    loginReady(h, "IMAP4rev1 MOVE");
    bool done = false;
    h.session.moveMessages({4, 5}, u"Imported"_s, [&](const Result<void> &result) { done = result.ok(); });
    EXPECT_SENT(h, "a2 UID MOVE 4:5 \"Imported\"\r\n");
    h.socket()->serverSends("* OK [COPYUID 9 4:5 1:2] Moved\r\n* 1 EXPUNGE\r\n* 1 EXPUNGE\r\na2 OK Move completed.\r\n");
    QTRY_VERIFY(done);
}

void TestImapProtocol::moveWithoutMove()
{
    Harness h;
    loginReady(h, "IMAP4rev1 UIDPLUS");
    std::optional<Result<void>> done;
    h.session.moveMessages({4}, u"取込済み"_s, [&](const Result<void> &result) { done = result; });
    EXPECT_SENT(h, "a2 UID COPY 4 \"&U9aPvG4IMH8-\"\r\n");
    h.socket()->serverSends("a2 OK Copy completed.\r\n");
    EXPECT_SENT(h, "a3 UID STORE 4 +FLAGS.SILENT (\\Deleted)\r\n");
    h.socket()->serverSends("a3 OK Store completed.\r\n");
    EXPECT_SENT(h, "a4 UID EXPUNGE 4\r\n");
    QVERIFY(!done.has_value());
    h.socket()->serverSends("* 1 EXPUNGE\r\na4 OK Expunge completed.\r\n");
    QTRY_VERIFY(done.has_value());
    QVERIFY(done->ok());
}

void TestImapProtocol::alertIsReported()
{
    Harness h;
    QSignalSpy alerts(&h.session, &ImapSession::alert);
    loginReady(h);
    h.session.noop([](const Result<void> &) { });
    EXPECT_SENT(h, "a2 NOOP\r\n");
    h.socket()->serverSends("* OK [ALERT] Mailbox is at 95% of quota\r\na2 OK done\r\n");
    QTRY_COMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().first().toString(), u"Mailbox is at 95% of quota"_s);
}

void TestImapProtocol::protocolLogMasksSecretsAndKeepsLastLines()
{
    Harness h;
    loginReady(h);
    selectInbox(h, 2);
    h.session.uidFetch({5}, [](const ImapFetchedMessage &) { }, [](const Result<void> &) { });
    EXPECT_SENT(h, "a3 UID FETCH 5 (UID RFC822.SIZE INTERNALDATE BODY.PEEK[])\r\n");
    h.socket()->serverSends(fetchResponse + "a3 OK done\r\n");
    QTRY_VERIFY(h.session.protocolLog().toText().contains(u"S: a3 OK done"_s));
    const QString log = h.session.protocolLog().toText();
    QVERIFY(log.contains(u"C: a1 LOGIN \"user\" ***"_s));
    QVERIFY(!log.contains(u"secret"_s));
    QVERIFY(log.contains(u"BODY[] {37} )"_s));
    QVERIFY(!log.contains(u"5LiN5YW35ZCI"_s)); // message contents stay out of the log
    QVERIFY(log.contains(u"2026-11-25 10:00:00.000 C: a1 LOGIN"_s)); // the fixed clock's 01:00 UTC, in JST

    ImapProtocolLog ring(h.clock, 3);
    for (int i = 1; i <= 5; ++i)
        ring.add(ImapProtocolLog::Direction::Received, QByteArray("* " + QByteArray::number(i) + " EXISTS"));
    const QList<ImapProtocolLog::Entry> entries = ring.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.first().text, u"* 3 EXISTS"_s);
    QCOMPARE(entries.last().text, u"* 5 EXISTS"_s);
}

void TestImapProtocol::logout()
{
    Harness h;
    loginReady(h);
    bool done = false;
    h.session.logout([&](const Result<void> &result) { done = result.ok(); });
    EXPECT_SENT(h, "a2 LOGOUT\r\n");
    h.socket()->serverSends("* BYE Logging out\r\na2 OK Logout completed.\r\n");
    h.socket()->serverCloses();
    QTRY_VERIFY(done);
    QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
    QTest::qWait(50);
    QVERIFY(h.losses.isEmpty());
    QCOMPARE(h.sockets.size(), 1);
}

void TestImapProtocol::operationsWhenNotConnected()
{
    Harness h;
    std::optional<Result<QList<quint32>>> uids;
    h.session.uidSearch("ALL", [&](const Result<QList<quint32>> &result) { uids = result; });
    QVERIFY(uids.has_value());
    QCOMPARE(uids->error().code, u"not-connected"_s);
}

QTEST_GUILESS_MAIN(TestImapProtocol)
#include "tst_imapprotocol.moc"
