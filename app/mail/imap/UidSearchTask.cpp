#include "mail/imap/UidSearchTask.h"

#include <algorithm>

namespace Madoguchi {

UidSearchTask::UidSearchTask(const QByteArray &criteria, Callback done)
    : m_criteria(criteria)
    , m_done(std::move(done))
{
}

ImapCommand UidSearchTask::command() const
{
    ImapCommand command("UID SEARCH");
    command.atom(m_criteria);
    return command;
}

void UidSearchTask::untagged(const ImapResponse &response)
{
    if (response.name == "SEARCH")
        m_uids.append(response.searchResults());
}

void UidSearchTask::completed(const ImapResponse &response)
{
    if (response.status != ImapResponse::Status::Ok) {
        m_done(refusal(response, "UID SEARCH"));
        return;
    }
    std::sort(m_uids.begin(), m_uids.end());
    m_uids.erase(std::unique(m_uids.begin(), m_uids.end()), m_uids.end());
    m_done(m_uids);
}

} // namespace Madoguchi
