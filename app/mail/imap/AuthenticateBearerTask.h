#pragma once

#include "mail/imap/ImapTask.h"
#include "mail/imap/SaslBearer.h"

#include <functional>

namespace Madoguchi {

// AUTHENTICATE XOAUTH2 or OAUTHBEARER with an OAuth 2.0 access token. With SASL-IR the token
// goes on the command line, otherwise after the server's first "+". A later "+" is the
// server's error (base64 JSON): it is answered as the mechanism asks and its words become
// part of the refusal. The log shows "***" for the token. A refusal has the code "auth".
class AuthenticateBearerTask final : public ImapTask
{
public:
    using Callback = std::function<void(const Result<ImapResponse> &)>;

    AuthenticateBearerTask(SaslBearer::Mechanism mechanism, const QByteArray &initialResponse, bool saslIr,
                           Callback done);

    ImapCommand command() const override;
    TimeoutKind timeoutKind() const override { return TimeoutKind::Login; }
    Result<void> continuation(const ImapResponse &response, ImapConnection &connection) override;
    void completed(const ImapResponse &response) override;
    void aborted(const Error &error) override { m_done(error); }

private:
    SaslBearer::Mechanism m_mechanism;
    QByteArray m_credentials; // base64
    bool m_initialResponse;
    bool m_sent = false;
    QString m_serverError; // the decoded error challenge
    Callback m_done;
};

} // namespace Madoguchi
