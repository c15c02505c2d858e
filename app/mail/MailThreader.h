#pragma once

#include "core/Result.h"
#include "mail/MailClassifier.h"

#include <functional>
#include <optional>

namespace Madoguchi {

// Where a mail belongs, and why (for the thread view and the logs).
struct ThreadDecision
{
    enum class By { TicketTag, Reference, Bounce, NewTicket };
    By by = By::NewTicket;
    qint64 ticketId = 0; // 0 for a new ticket
};

// What the threader needs to know about stored tickets; the ingestor answers from the store,
// tests from a small table.
struct ThreadLookup
{
    // Ticket id for a ticket number in a subject tag (merged numbers already redirected).
    std::function<Result<std::optional<qint64>>(qint64 number)> ticketByNumber;
    // Ticket id holding a message with any of these Message-IDs.
    std::function<Result<std::optional<qint64>>(const QList<QByteArray> &messageIds)> ticketByMessageIds;
};

// The threading rules of DESIGN.md, in order: a bounce goes where the mail it returns is;
// a ticket tag in the subject ([#1234]); In-Reply-To/References matching any stored
// Message-ID, ours or theirs (this covers reply-all from people in Cc); else a new ticket.
class MailThreader
{
public:
    MailThreader(ThreadLookup lookup, QString ticketTagPrefix);

    Result<ThreadDecision> decide(const MailMessage &message, const MailClassification &classification) const;

    // The Message-IDs a mail is threaded by: In-Reply-To, then kReferenceEnds ids from each
    // end of References, newest first, without repeats or the mail's own id.
    static QList<QByteArray> referencedIds(const MailMessage &message);
    // How many References ids are read from each end of the chain.
    static constexpr qsizetype kReferenceEnds = 50;

private:
    ThreadLookup m_lookup;
    QString m_prefix;
};

} // namespace Madoguchi
