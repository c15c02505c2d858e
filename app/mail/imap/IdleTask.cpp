#include "mail/imap/IdleTask.h"

#include "mail/imap/ImapConnection.h"

namespace Madoguchi {

Result<void> IdleTask::continuation(const ImapResponse &response, ImapConnection &connection)
{
    if (m_idling)
        return ImapTask::continuation(response, connection);
    m_idling = true;
    if (m_doneWanted)
        interrupt(connection);
    return {};
}

void IdleTask::interrupt(ImapConnection &connection)
{
    m_doneWanted = true;
    if (!m_idling || m_doneSent)
        return; // DONE before the "+" would be a protocol error; it goes out when "+" arrives
    m_doneSent = true;
    connection.sendContinuation("DONE", "DONE");
}

void IdleTask::completed(const ImapResponse &response)
{
    if (response.status == ImapResponse::Status::Ok)
        m_done({});
    else
        m_done(refusal(response, "IDLE"));
}

} // namespace Madoguchi
