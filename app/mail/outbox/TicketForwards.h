#pragma once

#include "core/Result.h"
#include "mail/outbox/TicketReplies.h"
#include "tickets/TicketMessage.h"

#include <QString>

namespace Madoguchi {

class TicketDesk;

// Forwarding (転送) a customer's mail from a ticket, e.g. to a colleague in development or to
// the sales person in charge. The draft goes through the reply editor, the send confirmation
// and TicketReplies::queue like a reply, but as a MessageKind::Forward: it is never an answer,
// not while it waits in the outbox and not once the SMTP server accepted it, so the ticket's
// obligations keep their deadlines (DESIGN.md, "The clock" 5).
class TicketForwards
{
public:
    explicit TicketForwards(TicketDesk &desk) : m_desk(desk) {}

    // A forward of `messageRowId` (0: the ticket's newest customer message, else its newest
    // message with text): To empty (staff choose), "Fwd: [#N] subject", the author's
    // signature, then the forwarded message (forwardedBlock) and the original's attachments
    // byte for byte (staff may remove them before sending). Error "not-found" for a ticket or
    // message that does not exist or a message of another ticket.
    Result<ReplyDraft> draft(qint64 ticketId, qint64 messageRowId = 0, qint64 authorId = 0);

    // "Fwd: [#N] subject". The prefix is the same in every language, like "Re:", so the
    // recipient's mail program and our threading both know it.
    static QString forwardSubject(const QString &original, qint64 ticketNumber, const QString &tagPrefix);
    // The forwarded message as mail programs write it inline, in the desk's language:
    //   -------- 転送メッセージ --------
    //   件名: … / 日付: Sun, 29 Nov 2026 14:10:00 +0900 / 差出人: 名前 <address> / 宛先: … / Cc: …
    // then a blank line and the original text unchanged (not quoted with ">").
    static QString forwardedBlock(const TicketMessage &original);

private:
    TicketDesk &m_desk;
};

} // namespace Madoguchi
