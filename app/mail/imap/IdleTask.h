#pragma once

#include "mail/imap/ImapTask.h"

#include <functional>

namespace Madoguchi {

// IDLE (RFC 2177): after the server's "+", new mail arrives as unsolicited EXISTS while the
// client stays silent. interrupt() sends DONE; the tagged OK then finishes the task.
class IdleTask final : public ImapTask
{
public:
    using Callback = std::function<void(const Result<void> &)>;

    explicit IdleTask(Callback done) : m_done(std::move(done)) {}

    ImapCommand command() const override { return ImapCommand("IDLE"); }
    Result<void> continuation(const ImapResponse &response, ImapConnection &connection) override;
    void completed(const ImapResponse &response) override;
    void aborted(const Error &error) override { m_done(error); }
    bool isWaitingIndefinitely() const override { return m_idling && !m_doneSent; }
    void interrupt(ImapConnection &connection) override;

private:
    bool m_idling = false;
    bool m_doneWanted = false;
    bool m_doneSent = false;
    Callback m_done;
};

} // namespace Madoguchi
