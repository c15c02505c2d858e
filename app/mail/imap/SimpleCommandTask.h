#pragma once

#include "mail/imap/ImapTask.h"

#include <functional>

namespace Madoguchi {

// A command whose only result is its tagged completion: NOOP, LOGOUT, STARTTLS, LOGIN,
// UID STORE, UID COPY, UID MOVE, EXPUNGE. On OK the callback gets the completion (its
// response code may carry [CAPABILITY ...] or [COPYUID ...]); on NO/BAD an error.
class SimpleCommandTask final : public ImapTask
{
public:
    using Callback = std::function<void(const Result<ImapResponse> &)>;

    SimpleCommandTask(ImapCommand command, Callback done, TimeoutKind timeoutKind = TimeoutKind::Command);

    // STARTTLS: the connection must see nothing after the OK until TLS is up.
    void setSwitchesToTls(bool value) { m_switchesToTls = value; }

    ImapCommand command() const override { return m_command; }
    TimeoutKind timeoutKind() const override { return m_timeoutKind; }
    bool switchesToTls() const override { return m_switchesToTls; }
    void completed(const ImapResponse &response) override;
    void aborted(const Error &error) override;

private:
    ImapCommand m_command;
    Callback m_done;
    TimeoutKind m_timeoutKind;
    bool m_switchesToTls = false;
};

} // namespace Madoguchi
