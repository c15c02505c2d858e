#include "mail/imap/CapabilityTask.h"

namespace Madoguchi {

void CapabilityTask::untagged(const ImapResponse &response)
{
    if (response.name == "CAPABILITY")
        m_capabilities = response.capabilities();
}

void CapabilityTask::completed(const ImapResponse &response)
{
    if (response.status != ImapResponse::Status::Ok) {
        m_done(refusal(response, "CAPABILITY"));
        return;
    }
    if (m_capabilities.isEmpty() && response.code == "CAPABILITY")
        m_capabilities = response.capabilities();
    m_done(m_capabilities);
}

} // namespace Madoguchi
