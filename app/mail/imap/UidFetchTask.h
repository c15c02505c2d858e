#pragma once

#include "mail/imap/ImapFetchedMessage.h"
#include "mail/imap/ImapTask.h"

#include <QList>

#include <functional>
#include <optional>

namespace Madoguchi {

// UID FETCH uids (UID RFC822.SIZE INTERNALDATE BODY.PEEK[]): each message goes to
// `received` as soon as its response is complete, so a batch never piles up in memory.
// BODY.PEEK keeps the server's \Seen flag untouched (read-only by default).
class UidFetchTask final : public ImapTask
{
public:
    using MessageCallback = std::function<void(const ImapFetchedMessage &)>;
    using Callback = std::function<void(const Result<void> &)>;

    UidFetchTask(const QList<quint32> &uids, MessageCallback received, Callback done);

    ImapCommand command() const override;
    void untagged(const ImapResponse &response) override;
    void completed(const ImapResponse &response) override;
    void aborted(const Error &error) override { m_done(error); }

private:
    QByteArray m_uidSet;
    MessageCallback m_received;
    Callback m_done;
    std::optional<Error> m_problem;
};

} // namespace Madoguchi
