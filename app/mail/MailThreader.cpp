#include "mail/MailThreader.h"

#include "mail/SubjectLine.h"

#include <QSet>

namespace Madoguchi {

MailThreader::MailThreader(ThreadLookup lookup, QString ticketTagPrefix)
    : m_lookup(std::move(lookup))
    , m_prefix(std::move(ticketTagPrefix))
{ }

QList<QByteArray> MailThreader::referencedIds(const MailMessage &message)
{
    // The direct parent first, then the References chain from the newest. Only its two ends
    // are read, as mail programs do: the last ids are the nearest ancestors, the first the
    // thread's root; a chain of 100,000 ids would otherwise make one mail stall a sync.
    const qsizetype count = message.references.size();
    QList<QByteArray> ids;
    QSet<QByteArray> seen { message.messageId }; // a mail never threads onto itself
    auto take = [&ids, &seen](const QByteArray &id) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    take(message.inReplyTo);
    for (qsizetype i = count - 1; i >= std::max(qsizetype(0), count - kReferenceEnds); --i)
        take(message.references.at(i));
    for (qsizetype i = 0; i < std::min(kReferenceEnds, count - kReferenceEnds); ++i)
        take(message.references.at(i));
    return ids;
}

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
    const QList<QByteArray> ids = referencedIds(message);
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
