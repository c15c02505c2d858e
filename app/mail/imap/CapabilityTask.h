#pragma once

#include "mail/imap/ImapTask.h"

#include <QSet>

#include <functional>

namespace Madoguchi {

// CAPABILITY: what the server offers (IDLE, STARTTLS, LOGINDISABLED, AUTH=PLAIN, MOVE, ...).
class CapabilityTask final : public ImapTask
{
public:
    using Callback = std::function<void(const Result<QSet<QByteArray>> &)>;

    explicit CapabilityTask(Callback done) : m_done(std::move(done)) {}

    ImapCommand command() const override { return ImapCommand("CAPABILITY"); }
    TimeoutKind timeoutKind() const override { return TimeoutKind::Login; }
    void untagged(const ImapResponse &response) override;
    void completed(const ImapResponse &response) override;
    void aborted(const Error &error) override { m_done(error); }

private:
    Callback m_done;
    QSet<QByteArray> m_capabilities;
};

} // namespace Madoguchi
