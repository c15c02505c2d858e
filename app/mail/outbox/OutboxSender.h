#pragma once

#include "mail/smtp/SmtpClient.h"
#include "mail/smtp/SmtpServerSettings.h"
#include "tickets/Outbox.h"
#include "tickets/TicketMessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Madoguchi {

class ImapSocket;
class SentFolderCopy;
class TicketDesk;

struct OutboxSenderOptions
{
    int pollMs = 30'000;        // looks for due replies this often (and whenever woken)
    int firstRetrySecs = 60;    // after a temporary failure; doubles per attempt …
    int maxRetrySecs = 3600;    // … up to this
    int maxAttempts = 48;       // then the reply counts as refused (about two days of trying)
    int staleAfterSecs = 600;   // a claim left in Sending by a crash is retried after this
    SmtpTimeouts timeouts;
};

// Drives the outbox (DESIGN.md, "Mail out"): claims the oldest due reply (claim before send,
// so two desktops never send the same one), submits it with SmtpClient and records the
// outcome:
// - accepted (250 after DATA): Sent, and the reply answers from that moment (until then it
//   answers nothing: DESIGN.md, "The clock" 5);
// - temporary failure (4xx, network) or an account problem (login refused, no STARTTLS, an
//   untrusted certificate): queued again with backoff, the server's words kept;
// - permanent failure (5xx to the sender, a recipient or the message): Failed with the
//   server's words, and the reply is marked undelivered — its obligations come back with
//   their original deadlines and the ticket is flagged "reply undelivered" (as for a bounce).
// Every desktop may run one; a crash while Sending is retried only after the stale timeout.
// The 250 is recorded the moment it is read (Outbox::markAccepted, one row, one commit)
// before anything else happens; a crash after that never sends the reply again, and any
// sender records its answer once the entry is older than the stale timeout (completeAccepted,
// at start and before each claim; a younger one is still being recorded by its sender). A
// crash between the server storing the message and that commit cannot be told from one
// before it, so the reply goes again once stale: the one window docs/store.md names.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    using SocketFactory = std::function<ImapSocket *()>;

    OutboxSender(TicketDesk &desk, SmtpServerSettings server, QString password, OutboxSenderOptions options = {},
                 QObject *parent = nullptr);
    ~OutboxSender() override;

    // Tests hand in a scripted socket; the default is SslImapSocket trusting server.caFile.
    void setSocketFactory(SocketFactory factory) { m_socketFactory = std::move(factory); }
    // Where a copy of each sent reply goes (the account's Sent folder); none by default.
    void setSentCopy(SentFolderCopy *copy);
    // Sign in with AUTH XOAUTH2 and tokens from `tokens` instead of the password.
    void setTokenProvider(SaslBearer::TokenProvider tokens) { m_tokens = std::move(tokens); }

    void start();
    void stop();
    // Look for due replies now (after queuing one, or Retry in the outbox view).
    void wake();
    bool isSending() const { return !m_client.isNull(); }

    // The wait after `attempts` failed tries.
    int retryDelaySecs(int attempts) const;

    // How long the last reply's window lasted: from the server's 250 reaching us to its
    // state change being committed (nanoseconds; -1 before the first). For benchmarks.
    qint64 lastAcceptWindowNanos() const { return m_lastAcceptWindowNanos; }
    // From the same 250 to the answer being committed after QUIT: what the window was when
    // both were recorded together at the end of the session.
    qint64 lastAnswerRecordedNanos() const { return m_lastAnswerRecordedNanos; }

Q_SIGNALS:
    void replySent(qint64 outboxId, qint64 ticketId);
    void replyDeferred(qint64 outboxId, qint64 ticketId, const QString &serverWords);
    void replyRefused(qint64 outboxId, qint64 ticketId, const QString &serverWords);
    // Nothing is due right now.
    void idle();
    // The outbox could not be read or written (database trouble), for the status bar.
    void problem(const QString &message);

private:
    void sendNext();
    void acknowledge(const OutboxEntry &entry);
    void finish(const OutboxEntry &entry, const TicketMessage &reply, const std::optional<SmtpFailure> &failure);
    Result<bool> recordSent(qint64 outboxId, qint64 messageRowId, const QDateTime &acceptedAt);
    bool completeAccepted(const QDateTime &now); // false after a problem
    Result<void> recordRefused(const OutboxEntry &entry, qint64 messageRowId, const QString &words);
    ImapSocket *newSocket();

    TicketDesk &m_desk;
    SmtpServerSettings m_server;
    QString m_password;
    SaslBearer::TokenProvider m_tokens;
    OutboxSenderOptions m_options;
    SocketFactory m_socketFactory;
    QTimer m_poll;
    QPointer<SmtpClient> m_client;
    QPointer<SentFolderCopy> m_sentCopy;
    QDateTime m_acceptedAt; // of the reply being sent, once the server said 250
    QElapsedTimer m_sinceAccepted;
    qint64 m_lastAcceptWindowNanos = -1;
    qint64 m_lastAnswerRecordedNanos = -1;
    bool m_running = false;
    bool m_wakePending = false;
};

} // namespace Madoguchi
