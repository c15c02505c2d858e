#include "mail/imap/AuthenticatePlainTask.h"

#include "mail/imap/ImapConnection.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

AuthenticatePlainTask::AuthenticatePlainTask(const QString &user, const QString &password, bool initialResponse,
                                             Callback done)
    : m_credentials(QByteArray('\0' + user.toUtf8() + '\0' + password.toUtf8()).toBase64())
    , m_initialResponse(initialResponse)
    , m_done(std::move(done))
{
}

ImapCommand AuthenticatePlainTask::command() const
{
    ImapCommand command("AUTHENTICATE");
    command.atom("PLAIN");
    if (m_initialResponse)
        command.secretAtom(m_credentials); // SASL-IR (RFC 4959)
    return command;
}

Result<void> AuthenticatePlainTask::continuation(const ImapResponse &response, ImapConnection &connection)
{
    if (m_sent || m_initialResponse) {
        // A second challenge means the server did not accept the answer; cancel the exchange.
        connection.sendContinuation("*", "*");
        return {};
    }
    Q_UNUSED(response);
    m_sent = true;
    connection.sendContinuation(m_credentials, "***");
    return {};
}

void AuthenticatePlainTask::completed(const ImapResponse &response)
{
    if (response.status == ImapResponse::Status::Ok)
        m_done(response);
    else
        m_done(refusal(response, "AUTHENTICATE PLAIN"));
}

} // namespace Madoguchi
