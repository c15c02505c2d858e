#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "mail/imap/ImapFetchedMessage.h"
#include "mail/imap/ImapMailboxStatus.h"
#include "mail/imap/ImapProtocolLog.h"
#include "mail/imap/ImapServerSettings.h"
#include "mail/imap/ImapTimeouts.h"
#include "mail/imap/ReconnectBackoff.h"
#include "mail/imap/SaslBearer.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace Madoguchi {

class ImapConnection;
class ImapSocket;
struct ImapResponse;

// The mailbox client the rest of the program uses: connect, secure, log in, then operations
// with callbacks (each called exactly once) and signals for what the server reports by
// itself. It keeps the mailbox watched (IDLE, or NOOP polling) while nothing else runs and
// reconnects with growing delays after a drop. It never sends a password unencrypted unless
// the settings explicitly allow it.
class ImapSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Authenticating, Ready, WaitingToReconnect };
    Q_ENUM(State)

    using SocketFactory = std::function<std::unique_ptr<ImapSocket>()>;
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    // Without a factory, sessions use SslImapSocket.
    explicit ImapSession(const Clock &clock, SocketFactory factory = {}, ImapTimeouts timeouts = {},
                         QObject *parent = nullptr);
    ~ImapSession() override;

    void setAutoReconnect(bool enabled) { m_autoReconnect = enabled; }
    void open(const ImapServerSettings &settings, const QString &password);
    // Signs in with an OAuth 2.0 access token from `tokens` (asked on every connect, so a
    // reconnect after an hour gets a fresh one): AUTHENTICATE OAUTHBEARER when the server
    // announces it, else XOAUTH2. A refused token is renewed and tried once more; a token that
    // cannot be had fails with the provider's error (e.g. "oauth-signin-required").
    void open(const ImapServerSettings &settings, SaslBearer::TokenProvider tokens);
    void logout(Callback<void> done = {});
    void close();

    State state() const { return m_state; }
    const ImapServerSettings &settings() const { return m_settings; }
    const QSet<QByteArray> &capabilities() const { return m_capabilities; }
    bool hasCapability(const QByteArray &name) const { return m_capabilities.contains(name); }
    bool isEncrypted() const;
    ImapProtocolLog &protocolLog() { return m_log; }

    // Operations; when not Ready the callback gets an error at once.
    void select(const QString &mailbox, bool readOnly, Callback<ImapMailboxStatus> done);
    void uidSearch(const QByteArray &criteria, Callback<QList<quint32>> done);
    void uidFetch(const QList<quint32> &uids, std::function<void(const ImapFetchedMessage &)> received,
                  Callback<void> done);
    void noop(Callback<void> done);
    // APPEND with \Seen (RFC 3501 6.3.11): a copy of a sent reply into the Sent folder. The
    // message bytes are not written to the protocol log.
    void append(const QString &mailbox, const QByteArray &message, Callback<void> done);
    void markSeen(const QList<quint32> &uids, Callback<void> done);
    // UID MOVE where the server has it, else UID COPY + \Deleted + (UID) EXPUNGE.
    void moveMessages(const QList<quint32> &uids, const QString &target, Callback<void> done);

    // While on and a mailbox is selected, the session idles (or polls) between operations so
    // that new mail is reported through mailboxChanged().
    void setWatching(bool watching);
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    void stateChanged(Madoguchi::ImapSession::State state);
    void ready();                                 // logged in (again): select the mailbox now
    void mailboxChanged(quint32 exists);          // EXISTS outside SELECT: new mail
    void messageExpunged(quint32 sequenceNumber);
    void alert(const QString &text);              // [ALERT]: must be shown to the user (RFC 3501 7.1)
    void connectionLost(const Madoguchi::Error &error);
    void reconnectScheduled(int delayMs);
    void failed(const Madoguchi::Error &error);   // given up: wrong password, certificate, policy

private:
    void setState(State state);
    void connectNow();
    void onGreeted(const ImapResponse &greeting);
    void onUntagged(const ImapResponse &response);
    void onLost(const Error &error);
    void onDrained();
    void checkCapabilities();
    void afterCapabilities();
    void login();
    void loginWithToken(bool renew);
    void afterLogin(const ImapResponse &completion);
    void becomeReady();
    void giveUp(const Error &error);
    void watchNow();
    void dropConnection();
    bool checkReady(const std::function<void(const Error &)> &fail);

    const Clock &m_clock;
    SocketFactory m_factory;
    ImapTimeouts m_timeouts;
    ImapProtocolLog m_log;
    ReconnectBackoff m_backoff;
    QPointer<ImapConnection> m_connection;
    ImapServerSettings m_settings;
    QString m_password;
    SaslBearer::TokenProvider m_tokens;
    QSet<QByteArray> m_capabilities;
    State m_state = State::Disconnected;
    QTimer m_reconnectTimer;
    QTimer m_idleRenewTimer;
    QTimer m_pollTimer;
    bool m_autoReconnect = true;
    bool m_watching = false;
    bool m_selected = false;
    bool m_selecting = false;
    bool m_idling = false;
    bool m_idleRefused = false;
    bool m_triedStartTls = false;
    int m_generation = 0; // internal callbacks of an older connection are ignored
};

} // namespace Madoguchi
