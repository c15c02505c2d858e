#pragma once

#include "core/Result.h"
#include "mail/HeaderEncoder.h"
#include "mail/outbox/TicketReplies.h"
#include "tickets/StaffUser.h"

#include <QString>

namespace Madoguchi {

class TicketDesk;

// A reply written outside the editor (madoguchi-cli reply), queued exactly as the editor's
// Send queues it: the draft the editor would open (TicketReplies::draft: recipients, "Re:
// [#N] subject", signature, quote, threading headers), the template's subject and text
// inserted where the editor's cursor starts (above the signature and the quote), then the
// written text, then TicketReplies::queue.
struct ReplyRequest
{
    qint64 ticketNumber = 0; // a merged ticket's number replies on the ticket it went into
    ReplyScope scope = ReplyScope::Sender;
    QString text;         // what the person wrote
    QString templateName; // empty: none
    OutgoingCharset charset = OutgoingCharset::Utf8;
    QList<OutgoingAttachment> attachments; // within TicketReplies::attachmentLimit

    // The draft as it would be queued. Errors: "not-found" (no such ticket or template),
    // "setup" (the desk's support address is not set), "input" (nothing written; attachments over the limit).
    Result<ReplyDraft> draft(TicketDesk &desk, const StaffUser &author) const;
    Result<QueuedReply> queue(TicketDesk &desk, const StaffUser &author) const;
};

} // namespace Madoguchi
