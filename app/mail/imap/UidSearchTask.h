#pragma once

#include "mail/imap/ImapTask.h"

#include <QList>

#include <functional>

namespace Madoguchi {

// UID SEARCH with criteria such as "UID 101:*" or "ALL"; the UIDs come back sorted.
class UidSearchTask final : public ImapTask
{
public:
    using Callback = std::function<void(const Result<QList<quint32>> &)>;

    UidSearchTask(const QByteArray &criteria, Callback done);

    ImapCommand command() const override;
    void untagged(const ImapResponse &response) override;
    void completed(const ImapResponse &response) override;
    void aborted(const Error &error) override { m_done(error); }

private:
    QByteArray m_criteria;
    QList<quint32> m_uids;
    Callback m_done;
};

} // namespace Madoguchi
