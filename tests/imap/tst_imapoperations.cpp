// Scripted conversations over an in-process fake socket, once logged in: SELECT, SEARCH,
// FETCH (literals split at every byte), IDLE and polling, drops, timeouts, STORE/MOVE and the
// protocol log. Every byte the client sends is checked.
#include "ImapProtocolHarness.h"

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using namespace Madoguchi::Testing;

class TestImapOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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

void TestImapOperations::searchAndFetch()
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

void TestImapOperations::fetchSplitAtEveryPosition()
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

void TestImapOperations::unsolicitedFlagsDuringFetch()
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

void TestImapOperations::idleDeliversNewMail()
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

void TestImapOperations::idleRenewedBeforeServerLimit()
{
    ImapTimeouts timeouts = fastTimeouts();
    timeouts.idleRenewMs = 100;
    timeouts.commandMs = 50; // silence while idling must not count as a timeout
    Harness h(timeouts);
    loginReady(h);
    selectInbox(h, 2);
    // The server answers IDLE and DONE at once, so the 50 ms command timeout is never raced by
    // the test on a busy machine (it was: the test answered after its own 50 ms poll); the only
    // long silences are the idle periods themselves.
    QByteArray idleTag;
    h.socket()->respond = [&idleTag](const QByteArray &written) -> QByteArray {
        if (written.endsWith(" IDLE\r\n")) {
            idleTag = written.left(written.indexOf(' '));
            return "+ idling\r\n";
        }
        if (written == "DONE\r\n")
            return idleTag + " OK Idle completed.\r\n";
        return {};
    };
    h.session.setWatching(true);
    // Two renewals: IDLE, 100 ms of silence, DONE, and IDLE again, with no connection lost.
    QTRY_VERIFY(h.written().startsWith("a3 IDLE\r\nDONE\r\na4 IDLE\r\nDONE\r\na5 IDLE\r\n"));
    QVERIFY(h.losses.isEmpty());
}

void TestImapOperations::commandWaitsForIdleContinuation()
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

void TestImapOperations::pollsWithNoopWithoutIdle()
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

void TestImapOperations::untaggedByeThenClose()
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

void TestImapOperations::commandTimeout()
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

void TestImapOperations::connectTimeout()
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

void TestImapOperations::loginTimeout()
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

void TestImapOperations::malformedResponseDropsConnection()
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

void TestImapOperations::unexpectedContinuation()
{
    Harness h;
    loginReady(h);
    h.session.noop([](const Result<void> &) { });
    EXPECT_SENT(h, "a2 NOOP\r\n");
    h.socket()->serverSends("+ what?\r\n");
    QTRY_COMPARE(h.losses.size(), 1);
    QCOMPARE(h.losses.first().code, u"protocol"_s);
}

void TestImapOperations::reconnectsWithBackoff()
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

void TestImapOperations::callbacksRunOnceWhenConnectionDrops()
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

void TestImapOperations::markSeen()
{
    Harness h;
    loginReady(h);
    bool done = false;
    h.session.markSeen({3, 1, 2, 7}, [&](const Result<void> &result) { done = result.ok(); });
    EXPECT_SENT(h, "a2 UID STORE 1:3,7 +FLAGS.SILENT (\\Seen)\r\n");
    h.socket()->serverSends("a2 OK Store completed.\r\n");
    QTRY_VERIFY(done);
}

void TestImapOperations::moveWithMove()
{
    Harness h;
    loginReady(h, "IMAP4rev1 MOVE");
    bool done = false;
    h.session.moveMessages({4, 5}, u"Imported"_s, [&](const Result<void> &result) { done = result.ok(); });
    EXPECT_SENT(h, "a2 UID MOVE 4:5 \"Imported\"\r\n");
    h.socket()->serverSends("* OK [COPYUID 9 4:5 1:2] Moved\r\n* 1 EXPUNGE\r\n* 1 EXPUNGE\r\na2 OK Move completed.\r\n");
    QTRY_VERIFY(done);
}

void TestImapOperations::moveWithoutMove()
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

void TestImapOperations::alertIsReported()
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

void TestImapOperations::protocolLogMasksSecretsAndKeepsLastLines()
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

void TestImapOperations::logout()
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

void TestImapOperations::operationsWhenNotConnected()
{
    Harness h;
    std::optional<Result<QList<quint32>>> uids;
    h.session.uidSearch("ALL", [&](const Result<QList<quint32>> &result) { uids = result; });
    QVERIFY(uids.has_value());
    QCOMPARE(uids->error().code, u"not-connected"_s);
}

QTEST_GUILESS_MAIN(TestImapOperations)
#include "tst_imapoperations.moc"
