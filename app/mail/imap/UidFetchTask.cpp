#include "mail/imap/UidFetchTask.h"

namespace Madoguchi {

UidFetchTask::UidFetchTask(const QList<quint32> &uids, MessageCallback received, Callback done)
    : m_uidSet(ImapCommand::uidSet(uids))
    , m_received(std::move(received))
    , m_done(std::move(done))
{
}

ImapCommand UidFetchTask::command() const
{
    ImapCommand command("UID FETCH");
    command.atom(m_uidSet).atom("(UID RFC822.SIZE INTERNALDATE BODY.PEEK[])");
    return command;
}

void UidFetchTask::untagged(const ImapResponse &response)
{
    if (response.name != "FETCH")
        return;
    auto message = ImapFetchedMessage::fromResponse(response);
    if (!message) {
        if (!m_problem)
            m_problem = message.error();
        return;
    }
    // Flag updates for other messages may arrive unasked; only whole messages are ours.
    if (message->hasSource && message->uid != 0)
        m_received(message.value());
}

void UidFetchTask::completed(const ImapResponse &response)
{
    if (response.status != ImapResponse::Status::Ok)
        m_done(refusal(response, "UID FETCH"));
    else if (m_problem)
        m_done(*m_problem);
    else
        m_done({});
}

} // namespace Madoguchi
