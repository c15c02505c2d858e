#pragma once

// The scripted-server harness of the IMAP protocol tests (tst_imapprotocol: connecting,
// logging in, SELECT; tst_imapoperations: what a logged-in session does next): a session whose sockets
// are fakes the test drives, and the steps most tests begin with.
#include "FakeImapSocket.h"

#include "core/Clock.h"
#include "mail/imap/ImapSession.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace Madoguchi::Testing {

using namespace Qt::Literals::StringLiterals;

inline ImapTimeouts fastTimeouts()
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

inline const QByteArray fetchResponse = "* 1 FETCH (UID 5 RFC822.SIZE 37 INTERNALDATE \"25-Nov-2026 10:15:00 +0900\" "
                                 "BODY[] {37}\r\nSubject: =?UTF-8?B?5LiN5YW35ZCI?=\r\n\r\n)\r\n";

// Greets with the given capabilities over implicit TLS and logs in with LOGIN.
inline void loginReady(Harness &h, const QByteArray &capabilities = "IMAP4rev1 IDLE UIDPLUS")
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

inline void selectInbox(Harness &h, int tag)
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

} // namespace Madoguchi::Testing
