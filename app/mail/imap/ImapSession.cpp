#include "mail/imap/ImapSession.h"

#include "mail/imap/AuthenticateBearerTask.h"
#include "mail/imap/AuthenticatePlainTask.h"
#include "mail/imap/CapabilityTask.h"
#include "mail/imap/IdleTask.h"
#include "mail/imap/ImapConnection.h"
#include "mail/imap/SelectTask.h"
#include "mail/imap/SimpleCommandTask.h"
#include "mail/imap/SslImapSocket.h"
#include "mail/imap/UidFetchTask.h"
#include "mail/imap/UidSearchTask.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// A refusal comes from the server's NO/BAD; anything else is a broken connection, which
// the lost() signal reports on its own.
bool isRefusal(const Error &error)
{
    return error.code == u"imap-no"_s || error.code == u"imap-bad"_s || error.code == u"auth"_s
        || error.code == u"plaintext-refused"_s || error.code == u"protocol"_s;
}

} // namespace

ImapSession::ImapSession(const Clock &clock, SocketFactory factory, ImapTimeouts timeouts, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_factory(std::move(factory))
    , m_timeouts(timeouts)
    , m_log(clock)
    , m_backoff(timeouts.reconnectFirstMs, timeouts.reconnectMaxMs)
{
    if (!m_factory)
        m_factory = []() -> std::unique_ptr<ImapSocket> { return std::make_unique<SslImapSocket>(); };
    for (QTimer *timer : {&m_reconnectTimer, &m_idleRenewTimer, &m_pollTimer})
        timer->setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ImapSession::connectNow);
    connect(&m_idleRenewTimer, &QTimer::timeout, this, [this]() {
        if (m_connection)
            m_connection->interruptIdle(); // the drained() that follows starts a fresh IDLE
    });
    connect(&m_pollTimer, &QTimer::timeout, this, [this]() {
        if (m_watching && m_state == State::Ready && m_connection && m_connection->isIdle())
            noop([](const Result<void> &) { });
    });
}

ImapSession::~ImapSession()
{
    ++m_generation;
    if (m_connection)
        m_connection->disconnect(this);
}

bool ImapSession::isEncrypted() const
{
    return m_connection && m_connection->isEncrypted();
}

void ImapSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ImapSession::open(const ImapServerSettings &settings, const QString &password)
{
    m_reconnectTimer.stop();
    dropConnection();
    m_settings = settings;
    m_password = password;
    m_tokens = nullptr;
    m_backoff.reset();
    connectNow();
}

void ImapSession::open(const ImapServerSettings &settings, SaslBearer::TokenProvider tokens)
{
    m_reconnectTimer.stop();
    dropConnection();
    m_settings = settings;
    m_password.clear();
    m_tokens = std::move(tokens);
    m_backoff.reset();
    connectNow();
}

void ImapSession::dropConnection()
{
    ++m_generation;
    m_idleRenewTimer.stop();
    m_pollTimer.stop();
    m_idling = false;
    m_selected = false;
    m_selecting = false;
    if (!m_connection)
        return;
    ImapConnection *connection = m_connection;
    m_connection = nullptr;
    connection->disconnect(this);
    connection->close(makeError(u"closed"_s, tr("The connection to the mailbox server was closed.")));
    connection->deleteLater();
}

void ImapSession::connectNow()
{
    dropConnection();
    m_capabilities.clear();
    m_triedStartTls = false;
    m_idleRefused = false;
    setState(State::Connecting);
    std::unique_ptr<ImapSocket> socket = m_factory();
    if (!m_settings.caFile.isEmpty()) {
        if (auto *ssl = qobject_cast<SslImapSocket *>(socket.get())) {
            const Result<void> trusted = ssl->trustCertificateFile(m_settings.caFile);
            if (!trusted) {
                giveUp(trusted.error());
                return;
            }
        }
    }
    auto *connection = new ImapConnection(std::move(socket), m_log, m_timeouts, this);
    m_connection = connection;
    connect(connection, &ImapConnection::greeted, this, &ImapSession::onGreeted);
    connect(connection, &ImapConnection::untaggedReceived, this, &ImapSession::onUntagged);
    connect(connection, &ImapConnection::lost, this, &ImapSession::onLost);
    connect(connection, &ImapConnection::drained, this, &ImapSession::onDrained);
    connect(connection, &ImapConnection::encrypted, this, [this]() {
        m_capabilities.clear(); // RFC 3501 6.2.1: forget what was said in clear text
        checkCapabilities();
    });
    connection->open(m_settings.host, m_settings.port,
                     m_settings.security == ImapServerSettings::Security::ImplicitTls);
}

void ImapSession::onGreeted(const ImapResponse &greeting)
{
    if (greeting.code == "CAPABILITY")
        m_capabilities = greeting.capabilities();
    if (greeting.status == ImapResponse::Status::Preauth) {
        // A clear-text PREAUTH skips STARTTLS (it is only allowed before authentication), so
        // a man in the middle could feed us any mail: only an explicit plaintext setting may accept it.
        if (!m_connection->isEncrypted() && !m_settings.allowPlaintext) {
            giveUp(makeError(u"plaintext-refused"_s,
                             tr("%1 greeted with PREAUTH before TLS was started, so the session would be "
                                "unencrypted and could have been taken over on the way. Madoguchi closed the "
                                "connection. Use imaps:// (port 993), or allow plaintext in the account settings "
                                "if this network is trusted.")
                                 .arg(m_settings.host)));
            return;
        }
        becomeReady();
        return;
    }
    checkCapabilities();
}

void ImapSession::checkCapabilities()
{
    if (!m_capabilities.isEmpty()) {
        afterCapabilities();
        return;
    }
    const int generation = m_generation;
    m_connection->run(std::make_unique<CapabilityTask>([this, generation](const Result<QSet<QByteArray>> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            if (isRefusal(result.error()))
                giveUp(result.error());
            return;
        }
        m_capabilities = result.value();
        afterCapabilities();
    }));
}

void ImapSession::afterCapabilities()
{
    const bool encrypted = m_connection->isEncrypted();
    if (!encrypted && !m_triedStartTls && hasCapability("STARTTLS")) {
        m_triedStartTls = true;
        const int generation = m_generation;
        auto task = std::make_unique<SimpleCommandTask>(
            ImapCommand("STARTTLS"),
            [this, generation](const Result<ImapResponse> &result) {
                if (generation != m_generation)
                    return;
                if (result)
                    m_connection->startTls();
                else if (isRefusal(result.error()))
                    giveUp(makeError(u"tls"_s, tr("%1 refused to start TLS: %2")
                                                   .arg(m_settings.host, result.error().message)));
            },
            ImapTask::TimeoutKind::Login);
        task->setSwitchesToTls(true);
        m_connection->run(std::move(task));
        return;
    }
    if (!encrypted && !m_settings.allowPlaintext) {
        giveUp(makeError(u"plaintext-refused"_s,
                         tr("%1 offers no encryption (no STARTTLS), so the password would travel in clear text. "
                            "Madoguchi refuses to log in like that. Use imaps:// (port 993), or allow plaintext "
                            "login in the account settings if this network is trusted.")
                             .arg(m_settings.host)));
        return;
    }
    login();
}

void ImapSession::login()
{
    setState(State::Authenticating);
    const bool encrypted = m_connection->isEncrypted();
    const bool plainAvailable = hasCapability("AUTH=PLAIN");
    if (!encrypted && hasCapability("LOGINDISABLED") && !plainAvailable) {
        giveUp(makeError(u"plaintext-refused"_s,
                         tr("%1 does not accept a login without encryption (LOGINDISABLED) and offers no STARTTLS.")
                             .arg(m_settings.host)));
        return;
    }
    if (m_tokens) {
        loginWithToken(false);
        return;
    }
    const int generation = m_generation;
    auto done = [this, generation](const Result<ImapResponse> &result) {
        if (generation != m_generation)
            return;
        if (result) {
            afterLogin(result.value());
            return;
        }
        const Error &error = result.error();
        if (error.code == u"auth"_s || error.code == u"imap-no"_s) {
            giveUp(makeError(u"auth"_s, tr("%1 rejected the user name or password for \"%2\": %3")
                                            .arg(m_settings.host, m_settings.user, error.message)));
        } else if (error.code == u"plaintext-refused"_s) {
            giveUp(makeError(error.code, tr("%1 requires an encrypted connection before login: %2")
                                             .arg(m_settings.host, error.message)));
        } else if (isRefusal(error)) {
            giveUp(error);
        }
    };
    if (plainAvailable) {
        m_connection->run(std::make_unique<AuthenticatePlainTask>(m_settings.user, m_password,
                                                                  hasCapability("SASL-IR"), done));
    } else {
        ImapCommand command("LOGIN");
        command.string(m_settings.user.toUtf8()).string(m_password.toUtf8(), true);
        m_connection->run(std::make_unique<SimpleCommandTask>(command, done, ImapTask::TimeoutKind::Login));
    }
}

void ImapSession::loginWithToken(bool renew)
{
    const bool bearer = hasCapability("AUTH=OAUTHBEARER");
    if (!bearer && !hasCapability("AUTH=XOAUTH2")) {
        giveUp(makeError(u"auth"_s, tr("%1 does not offer signing in with OAuth 2.0 (no AUTH=XOAUTH2 or "
                                       "AUTH=OAUTHBEARER); sign in with a password instead.")
                                        .arg(m_settings.host)));
        return;
    }
    const auto mechanism = bearer ? SaslBearer::Mechanism::OAuthBearer : SaslBearer::Mechanism::XOAuth2;
    const int generation = m_generation;
    m_tokens(renew, [this, generation, renew, mechanism](const Result<QString> &token) {
        if (generation != m_generation || !m_connection)
            return;
        if (!token) {
            giveUp(token.error());
            return;
        }
        m_log.addEvent(renew ? u"signing in with a renewed OAuth 2.0 token"_s : u"signing in with an OAuth 2.0 token"_s);
        const QByteArray credentials = SaslBearer::initialResponse(mechanism, m_settings.user, token.value(),
                                                                   m_settings.host, m_settings.port);
        auto done = [this, generation, renew](const Result<ImapResponse> &result) {
            if (generation != m_generation)
                return;
            if (result) {
                afterLogin(result.value());
            } else if (result.error().code == u"auth"_s && !renew) {
                loginWithToken(true); // expired or revoked early: one fresh token, once
            } else if (result.error().code == u"auth"_s) {
                giveUp(makeError(u"auth"_s, tr("%1 refused the OAuth 2.0 sign-in for \"%2\": %3")
                                                .arg(m_settings.host, m_settings.user, result.error().message)));
            } else if (isRefusal(result.error())) {
                giveUp(result.error());
            }
        };
        m_connection->run(std::make_unique<AuthenticateBearerTask>(mechanism, credentials, hasCapability("SASL-IR"),
                                                                   done));
    });
}

void ImapSession::afterLogin(const ImapResponse &completion)
{
    if (completion.code == "CAPABILITY") {
        m_capabilities = completion.capabilities();
        becomeReady();
        return;
    }
    m_capabilities.clear();
    const int generation = m_generation;
    m_connection->run(std::make_unique<CapabilityTask>([this, generation](const Result<QSet<QByteArray>> &result) {
        if (generation != m_generation)
            return;
        if (result) {
            m_capabilities = result.value();
            becomeReady();
        } else if (isRefusal(result.error())) {
            giveUp(result.error());
        }
    }));
}

void ImapSession::becomeReady()
{
    m_backoff.reset();
    setState(State::Ready);
    m_log.addEvent(u"logged in as %1"_s.arg(m_settings.user));
    Q_EMIT ready();
}

void ImapSession::giveUp(const Error &error)
{
    m_reconnectTimer.stop();
    dropConnection();
    m_log.addEvent(u"gave up: %1"_s.arg(error.message));
    setState(State::Disconnected);
    Q_EMIT failed(error);
}

void ImapSession::onLost(const Error &error)
{
    if (sender() != m_connection)
        return;
    // A certificate problem does not go away by retrying; the administrator must act.
    if (error.code == u"tls"_s) {
        giveUp(error);
        return;
    }
    dropConnection();
    Q_EMIT connectionLost(error);
    if (!m_autoReconnect) {
        setState(State::Disconnected);
        Q_EMIT failed(error);
        return;
    }
    const int delay = m_backoff.nextDelayMs();
    m_log.addEvent(u"reconnecting in %1 ms after: %2"_s.arg(delay).arg(error.message));
    setState(State::WaitingToReconnect);
    Q_EMIT reconnectScheduled(delay);
    m_reconnectTimer.start(delay);
}

void ImapSession::onUntagged(const ImapResponse &response)
{
    if (response.name == "CAPABILITY") {
        m_capabilities = response.capabilities();
    } else if (response.code == "ALERT") {
        Q_EMIT alert(response.text);
    } else if (response.name == "EXISTS") {
        if (m_selected && !m_selecting)
            Q_EMIT mailboxChanged(quint32(response.number));
    } else if (response.name == "EXPUNGE") {
        if (m_selected && !m_selecting)
            Q_EMIT messageExpunged(quint32(response.number));
    }
}

bool ImapSession::checkReady(const std::function<void(const Error &)> &fail)
{
    if (m_state == State::Ready && m_connection)
        return true;
    fail(makeError(u"not-connected"_s, tr("Not connected to the mailbox server.")));
    return false;
}

void ImapSession::select(const QString &mailbox, bool readOnly, Callback<ImapMailboxStatus> done)
{
    if (!checkReady([&](const Error &error) { done(error); }))
        return;
    m_selecting = true;
    m_selected = false;
    const int generation = m_generation;
    m_connection->run(std::make_unique<SelectTask>(mailbox, readOnly,
                                                   [this, generation, done](const Result<ImapMailboxStatus> &result) {
                                                       if (generation == m_generation) {
                                                           m_selecting = false;
                                                           m_selected = result.ok();
                                                       }
                                                       done(result);
                                                   }));
}

void ImapSession::uidSearch(const QByteArray &criteria, Callback<QList<quint32>> done)
{
    if (checkReady([&](const Error &error) { done(error); }))
        m_connection->run(std::make_unique<UidSearchTask>(criteria, std::move(done)));
}

void ImapSession::uidFetch(const QList<quint32> &uids, std::function<void(const ImapFetchedMessage &)> received,
                           Callback<void> done)
{
    if (uids.isEmpty()) {
        done({});
        return;
    }
    if (checkReady([&](const Error &error) { done(error); }))
        m_connection->run(std::make_unique<UidFetchTask>(uids, std::move(received), std::move(done)));
}

namespace {

SimpleCommandTask::Callback toVoid(std::function<void(const Result<void> &)> done)
{
    return [done = std::move(done)](const Result<ImapResponse> &result) {
        if (!done)
            return;
        if (result)
            done({});
        else
            done(result.error());
    };
}

} // namespace

void ImapSession::noop(Callback<void> done)
{
    if (checkReady([&](const Error &error) { done(error); }))
        m_connection->run(std::make_unique<SimpleCommandTask>(ImapCommand("NOOP"), toVoid(std::move(done))));
}

void ImapSession::append(const QString &mailbox, const QByteArray &message, Callback<void> done)
{
    if (!checkReady([&](const Error &error) { done(error); }))
        return;
    ImapCommand command("APPEND");
    command.mailbox(mailbox).atom("(\\Seen)").string(message, true);
    m_connection->run(std::make_unique<SimpleCommandTask>(command, toVoid(std::move(done))));
}

void ImapSession::markSeen(const QList<quint32> &uids, Callback<void> done)
{
    if (uids.isEmpty()) {
        done({});
        return;
    }
    if (!checkReady([&](const Error &error) { done(error); }))
        return;
    ImapCommand command("UID STORE");
    command.atom(ImapCommand::uidSet(uids)).atom("+FLAGS.SILENT (\\Seen)");
    m_connection->run(std::make_unique<SimpleCommandTask>(command, toVoid(std::move(done))));
}

void ImapSession::moveMessages(const QList<quint32> &uids, const QString &target, Callback<void> done)
{
    if (uids.isEmpty()) {
        done({});
        return;
    }
    if (!checkReady([&](const Error &error) { done(error); }))
        return;
    const QByteArray set = ImapCommand::uidSet(uids);
    if (hasCapability("MOVE")) {
        ImapCommand command("UID MOVE");
        command.atom(set).mailbox(target);
        m_connection->run(std::make_unique<SimpleCommandTask>(command, toVoid(std::move(done))));
        return;
    }
    // Without MOVE (RFC 6851): copy, flag \Deleted, expunge. All three are queued at once;
    // a failure of one fails the rest because the server state is then unknown.
    auto failed = std::make_shared<bool>(false);
    auto step = [failed, done](bool last) {
        return [failed, done, last](const Result<ImapResponse> &result) {
            if (*failed)
                return;
            if (!result) {
                *failed = true;
                done(result.error());
            } else if (last) {
                done({});
            }
        };
    };
    ImapCommand copy("UID COPY");
    copy.atom(set).mailbox(target);
    ImapCommand flag("UID STORE");
    flag.atom(set).atom("+FLAGS.SILENT (\\Deleted)");
    ImapCommand expunge(hasCapability("UIDPLUS") ? QByteArray("UID EXPUNGE " + set) : QByteArray("EXPUNGE"));
    m_connection->run(std::make_unique<SimpleCommandTask>(copy, step(false)));
    m_connection->run(std::make_unique<SimpleCommandTask>(flag, step(false)));
    m_connection->run(std::make_unique<SimpleCommandTask>(expunge, step(true)));
}

void ImapSession::logout(Callback<void> done)
{
    m_reconnectTimer.stop();
    if (m_state != State::Ready || !m_connection) {
        close();
        if (done)
            done({});
        return;
    }
    m_watching = false;
    m_idleRenewTimer.stop();
    m_pollTimer.stop();
    const int generation = m_generation;
    m_connection->run(std::make_unique<SimpleCommandTask>(
        ImapCommand("LOGOUT"), [this, generation, done](const Result<ImapResponse> &result) {
            if (generation == m_generation) {
                dropConnection();
                setState(State::Disconnected);
            }
            if (done)
                done(result ? Result<void>() : Result<void>(result.error()));
        }));
}

void ImapSession::close()
{
    m_reconnectTimer.stop();
    dropConnection();
    setState(State::Disconnected);
}

void ImapSession::setWatching(bool watching)
{
    m_watching = watching;
    if (!watching) {
        m_idleRenewTimer.stop();
        m_pollTimer.stop();
        if (m_idling && m_connection)
            m_connection->interruptIdle();
        return;
    }
    watchNow();
}

void ImapSession::onDrained()
{
    watchNow();
}

void ImapSession::watchNow()
{
    if (!m_watching || m_state != State::Ready || !m_selected || !m_connection || !m_connection->isIdle())
        return;
    if (hasCapability("IDLE") && !m_idleRefused) {
        m_idling = true;
        m_idleRenewTimer.start(m_timeouts.idleRenewMs);
        const int generation = m_generation;
        m_connection->run(std::make_unique<IdleTask>([this, generation](const Result<void> &result) {
            if (generation != m_generation)
                return;
            m_idling = false;
            m_idleRenewTimer.stop();
            if (!result && isRefusal(result.error()))
                m_idleRefused = true; // poll instead; drained() follows and starts the timer
        }));
        return;
    }
    if (!m_pollTimer.isActive())
        m_pollTimer.start(m_timeouts.pollMs);
}

} // namespace Madoguchi
