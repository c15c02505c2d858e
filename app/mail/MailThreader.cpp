#include "mail/MailThreader.h"

#include "mail/SubjectLine.h"

namespace Madoguchi {

MailThreader::MailThreader(ThreadLookup lookup, QString ticketTagPrefix)
    : m_lookup(std::move(lookup))
    , m_prefix(std::move(ticketTagPrefix))
{ }

Result<ThreadDecision> MailThreader::decide(const MailMessage &message, const MailClassification &classification) const
{
    if (classification.kind == MailKind::Bounce && !classification.bouncedMessageId.isEmpty()) {
        auto found = m_lookup.ticketByMessageIds({ classification.bouncedMessageId });
        if (!found)
            return found.error();
        if (*found)
            return ThreadDecision { ThreadDecision::By::Bounce, **found };
    }
    if (const auto number = SubjectLine::ticketNumber(message.subject, m_prefix)) {
        auto found = m_lookup.ticketByNumber(*number);
        if (!found)
            return found.error();
        if (*found) // an unknown number (another system's tag) falls through to the references
            return ThreadDecision { ThreadDecision::By::TicketTag, **found };
    }
    // The direct parent first, then the References chain from the newest.
    QList<QByteArray> ids;
    if (!message.inReplyTo.isEmpty())
        ids.append(message.inReplyTo);
    for (auto it = message.references.crbegin(); it != message.references.crend(); ++it)
        if (!ids.contains(*it))
            ids.append(*it);
    ids.removeAll(message.messageId); // a mail never threads onto itself
    if (!ids.isEmpty()) {
        auto found = m_lookup.ticketByMessageIds(ids);
        if (!found)
            return found.error();
        if (*found)
            return ThreadDecision { ThreadDecision::By::Reference, **found };
    }
    return ThreadDecision { ThreadDecision::By::NewTicket, 0 };
}

} // namespace Madoguchi
