#include "mail/imap/ImapConnectionCheck.h"

#include "mail/imap/ImapSession.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

ImapConnectionCheck::ImapConnectionCheck(const Clock &clock, ImapTimeouts timeouts, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timeouts(timeouts)
{
}

ImapConnectionCheck::~ImapConnectionCheck() = default;

ImapTimeouts ImapConnectionCheck::shortTimeouts()
{
    ImapTimeouts timeouts;
    timeouts.connectMs = 15'000;
    timeouts.loginMs = 15'000;
    timeouts.commandMs = 20'000;
    return timeouts;
}

ImapSession *ImapConnectionCheck::prepare(const QString &inbox)
{
    m_session = std::make_unique<ImapSession>(m_clock, ImapSession::SocketFactory{}, m_timeouts);
    m_session->setAutoReconnect(false);
    m_log.clear();
    ImapSession *session = m_session.get();
    connect(session, &ImapSession::ready, this, [this, session, inbox] {
        session->select(inbox, true, [this, session](const Result<ImapMailboxStatus> &status) {
            if (!status) {
                finish(status);
                return;
            }
            // The answer is known; a server that does not answer LOGOUT changes nothing.
            session->logout();
            finish(status);
        });
    });
    connect(session, &ImapSession::failed, this, [this](const Error &error) { finish(error); });
    connect(session, &ImapSession::connectionLost, this, [this](const Error &error) { finish(error); });
    return session;
}

void ImapConnectionCheck::start(const ImapServerSettings &settings, SaslBearer::TokenProvider tokens,
                                const QString &inbox)
{
    prepare(inbox)->open(settings, std::move(tokens));
}

void ImapConnectionCheck::start(const ImapServerSettings &settings, const QString &password, const QString &inbox)
{
    ImapSession *session = prepare(inbox);
    if (password.isEmpty()) {
        finish(makeError(u"input"_s, QCoreApplication::translate("ImapConnectionCheck",
                                                                 "Enter the password to test the connection.")));
        return;
    }
    session->open(settings, password);
}

void ImapConnectionCheck::finish(const Result<ImapMailboxStatus> &result)
{
    if (!m_session)
        return; // reported already
    m_log = m_session->protocolLog().toText();
    // The session may be in the middle of emitting: delete it once control is back.
    m_session.release()->deleteLater();
    Q_EMIT finished(result);
}

} // namespace Madoguchi
