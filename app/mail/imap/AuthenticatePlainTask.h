#pragma once

#include "mail/imap/ImapTask.h"

#include <functional>

namespace Madoguchi {

// AUTHENTICATE PLAIN (RFC 4616). With SASL-IR the credentials go on the command line,
// otherwise after the server's "+". The log shows "***" for the credentials.
class AuthenticatePlainTask final : public ImapTask
{
public:
    using Callback = std::function<void(const Result<ImapResponse> &)>;

    AuthenticatePlainTask(const QString &user, const QString &password, bool initialResponse, Callback done);

    ImapCommand command() const override;
    TimeoutKind timeoutKind() const override { return TimeoutKind::Login; }
    Result<void> continuation(const ImapResponse &response, ImapConnection &connection) override;
    void completed(const ImapResponse &response) override;
    void aborted(const Error &error) override { m_done(error); }

private:
    QByteArray m_credentials; // base64 of "\0user\0password"
    bool m_initialResponse;
    bool m_sent = false;
    Callback m_done;
};

} // namespace Madoguchi
