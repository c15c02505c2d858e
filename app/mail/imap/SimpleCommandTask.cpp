#include "mail/imap/SimpleCommandTask.h"

namespace Madoguchi {

SimpleCommandTask::SimpleCommandTask(ImapCommand command, Callback done, TimeoutKind timeoutKind)
    : m_command(std::move(command))
    , m_done(std::move(done))
    , m_timeoutKind(timeoutKind)
{
}

void SimpleCommandTask::completed(const ImapResponse &response)
{
    if (response.status == ImapResponse::Status::Ok)
        m_done(response);
    else
        m_done(refusal(response, m_command.name()));
}

void SimpleCommandTask::aborted(const Error &error)
{
    m_done(error);
}

} // namespace Madoguchi
