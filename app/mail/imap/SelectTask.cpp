#include "mail/imap/SelectTask.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

SelectTask::SelectTask(const QString &mailbox, bool readOnly, Callback done)
    : m_examine(readOnly)
    , m_done(std::move(done))
{
    m_status.name = mailbox;
    m_status.readOnly = readOnly;
}

ImapCommand SelectTask::command() const
{
    ImapCommand command(m_examine ? "EXAMINE" : "SELECT");
    command.mailbox(m_status.name);
    return command;
}

void SelectTask::untagged(const ImapResponse &response)
{
    if (response.name == "EXISTS") {
        m_status.exists = quint32(response.number);
    } else if (response.name == "RECENT") {
        m_status.recent = quint32(response.number);
    } else if (response.name == "FLAGS" && !response.values.isEmpty()) {
        m_status.flags.clear();
        for (const ImapValue &flag : response.values.first().items)
            m_status.flags.append(flag.text);
    } else if (response.status == ImapResponse::Status::Ok) {
        if (response.code == "UIDVALIDITY")
            m_status.uidValidity = quint32(response.codeNumber().value_or(0));
        else if (response.code == "UIDNEXT")
            m_status.uidNext = quint32(response.codeNumber().value_or(0));
    }
}

void SelectTask::completed(const ImapResponse &response)
{
    if (response.status != ImapResponse::Status::Ok) {
        m_done(refusal(response, m_examine ? "EXAMINE" : "SELECT"));
        return;
    }
    if (response.code == "READ-WRITE")
        m_status.readOnly = false;
    else if (response.code == "READ-ONLY")
        m_status.readOnly = true;
    if (m_status.uidValidity == 0) {
        // Without UIDVALIDITY no UID can be trusted across sessions (RFC 3501 2.3.1.1).
        m_done(makeError(u"protocol"_s, QCoreApplication::translate("SelectTask",
                                                                    "The server did not report UIDVALIDITY for %1, "
                                                                    "so messages cannot be tracked safely.")
                                            .arg(m_status.name)));
        return;
    }
    m_done(m_status);
}

} // namespace Madoguchi
