#pragma once

#include "mail/imap/ImapMailboxStatus.h"
#include "mail/imap/ImapTask.h"

#include <functional>

namespace Madoguchi {

// SELECT (read-write) or EXAMINE (read-only) a mailbox and collect its status.
class SelectTask final : public ImapTask
{
public:
    using Callback = std::function<void(const Result<ImapMailboxStatus> &)>;

    SelectTask(const QString &mailbox, bool readOnly, Callback done);

    ImapCommand command() const override;
    void untagged(const ImapResponse &response) override;
    void completed(const ImapResponse &response) override;
    void aborted(const Error &error) override { m_done(error); }

private:
    ImapMailboxStatus m_status;
    bool m_examine;
    Callback m_done;
};

} // namespace Madoguchi
