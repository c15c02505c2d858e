#pragma once

#include "core/Result.h"
#include "mail/imap/ImapMailboxStatus.h"
#include "mail/imap/ImapServerSettings.h"
#include "mail/imap/ImapTimeouts.h"
#include "mail/imap/SaslBearer.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Madoguchi {

class Clock;
class ImapSession;

// "Test connection" in the mailbox settings: connect, secure, log in, EXAMINE the inbox
// (read-only, nothing changes on the server), log out. One attempt, no reconnect, and a
// bounded wait, so a certificate problem or a silent server is reported, never a hang.
class ImapConnectionCheck : public QObject
{
    Q_OBJECT
public:
    explicit ImapConnectionCheck(const Clock &clock, ImapTimeouts timeouts = shortTimeouts(), QObject *parent = nullptr);
    ~ImapConnectionCheck() override;

    void start(const ImapServerSettings &settings, const QString &password, const QString &inbox = QStringLiteral("INBOX"));
    // The same for a mailbox that signs in with OAuth 2.0.
    void start(const ImapServerSettings &settings, SaslBearer::TokenProvider tokens,
               const QString &inbox = QStringLiteral("INBOX"));
    bool isRunning() const { return m_session != nullptr; }
    // What the session said, passwords masked: shown with a failure.
    QString protocolLog() const { return m_log; }

    static ImapTimeouts shortTimeouts(); // 15 s to connect, 15 s to log in, 20 s per command

Q_SIGNALS:
    void finished(const Madoguchi::Result<Madoguchi::ImapMailboxStatus> &result);

private:
    ImapSession *prepare(const QString &inbox);
    void finish(const Result<ImapMailboxStatus> &result);

    const Clock &m_clock;
    ImapTimeouts m_timeouts;
    std::unique_ptr<ImapSession> m_session;
    QString m_log;
};

} // namespace Madoguchi
