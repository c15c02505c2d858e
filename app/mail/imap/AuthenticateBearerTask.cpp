#include "mail/imap/AuthenticateBearerTask.h"

#include "mail/imap/ImapConnection.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

AuthenticateBearerTask::AuthenticateBearerTask(SaslBearer::Mechanism mechanism, const QByteArray &initialResponse,
                                               bool saslIr, Callback done)
    : m_mechanism(mechanism)
    , m_credentials(initialResponse.toBase64())
    , m_initialResponse(saslIr)
    , m_done(std::move(done))
{
}

ImapCommand AuthenticateBearerTask::command() const
{
    ImapCommand command("AUTHENTICATE");
    command.atom(SaslBearer::mechanismName(m_mechanism));
    if (m_initialResponse)
        command.secretAtom(m_credentials); // SASL-IR (RFC 4959)
    return command;
}

Result<void> AuthenticateBearerTask::continuation(const ImapResponse &response, ImapConnection &connection)
{
    if (!m_sent && !m_initialResponse) {
        m_sent = true;
        connection.sendContinuation(m_credentials, "***");
        return {};
    }
    if (!m_serverError.isEmpty()) {
        connection.sendContinuation("*", "*"); // a second error challenge: cancel
        return {};
    }
    m_serverError = SaslBearer::describeErrorChallenge(response.text.toLatin1());
    const QByteArray answer = SaslBearer::errorChallengeAnswer(m_mechanism).toBase64();
    connection.sendContinuation(answer, answer);
    return {};
}

void AuthenticateBearerTask::completed(const ImapResponse &response)
{
    const QByteArray name = "AUTHENTICATE " + SaslBearer::mechanismName(m_mechanism);
    if (response.status == ImapResponse::Status::Ok) {
        m_done(response);
        return;
    }
    Error error = refusal(response, name);
    if (error.code == u"imap-no"_s)
        error.code = u"auth"_s; // a NO to AUTHENTICATE is a refused token, whatever its code
    if (!m_serverError.isEmpty()) {
        error.message += u" ("_s
            + QCoreApplication::translate("AuthenticateBearerTask", "the server said: %1").arg(m_serverError)
            + u')';
    }
    m_done(error);
}

} // namespace Madoguchi
