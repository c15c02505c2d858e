// Scripted conversations over an in-process fake socket: connecting, logging in, SELECT and
// refused commands. Every byte the client sends is checked, and the server's answers arrive
// split however the test likes. What a logged-in session does next is in
// tst_imapoperations.cpp.
#include "ImapProtocolHarness.h"

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using namespace Madoguchi::Testing;

class TestImapProtocol : public QObject
{
    Q_OBJECT
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
    void preauthBeforeTls_data();
    void preauthBeforeTls();
    void byeGreeting();
    void selectReportsStatus();
    void selectWithoutUidValidity();
    void noAndBadAnswers_data();
    void noAndBadAnswers();
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

void TestImapProtocol::preauthBeforeTls_data()
{
    QTest::addColumn<bool>("allowPlaintext");
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("starttls required, capabilities")
        << false << QByteArray("* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS IDLE] hi\r\n") << false;
    QTest::newRow("starttls required, bare") << false << QByteArray("* PREAUTH welcome back\r\n") << false;
    QTest::newRow("plaintext allowed") << true << QByteArray("* PREAUTH [CAPABILITY IMAP4rev1 IDLE] hi\r\n") << true;
}

// A clear-text PREAUTH on an imap:// (STARTTLS) account is a man in the middle skipping
// STARTTLS: the session must never become ready unless plaintext was allowed explicitly.
void TestImapProtocol::preauthBeforeTls()
{
    QFETCH(bool, allowPlaintext);
    QFETCH(QByteArray, greeting);
    QFETCH(bool, accepted);
    Harness h;
    QSignalSpy ready(&h.session, &ImapSession::ready);
    QSignalSpy reconnects(&h.session, &ImapSession::reconnectScheduled);
    h.open(ImapServerSettings::Security::StartTls, allowPlaintext);
    QTRY_VERIFY(h.socket());
    QVERIFY(!h.socket()->implicit);
    h.socket()->serverSends(greeting);
    if (accepted) {
        QTRY_COMPARE(ready.size(), 1);
        QVERIFY(!h.session.isEncrypted());
        return;
    }
    QTRY_COMPARE(h.failures.size(), 1);
    QCOMPARE(h.failures.first().code, u"plaintext-refused"_s);
    QVERIFY2(h.failures.first().message.contains(u"mail.example.co.jp greeted with PREAUTH before TLS"_s),
             qPrintable(h.failures.first().message));
    QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
    QCOMPARE(h.written(), QByteArray()); // not even a CAPABILITY went out
    QVERIFY(!h.socket() || h.socket()->aborted);
    QTest::qWait(60); // longer than the first reconnect delay: it gives up, it does not retry
    QCOMPARE(ready.size(), 0);
    QCOMPARE(reconnects.size(), 0);
    QCOMPARE(h.sockets.size(), 1);
    // No operation reaches the server.
    std::optional<Result<ImapMailboxStatus>> status;
    h.session.select(u"INBOX"_s, true, [&](const Result<ImapMailboxStatus> &result) { status = result; });
    QVERIFY(status.has_value());
    QCOMPARE(status->error().code, u"not-connected"_s);
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

QTEST_GUILESS_MAIN(TestImapProtocol)
#include "tst_imapprotocol.moc"
