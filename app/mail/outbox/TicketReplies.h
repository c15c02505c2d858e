#pragma once

#include "core/Result.h"
#include "mail/HeaderEncoder.h"
#include "mail/mime/MailMessage.h"
#include "tickets/StaffUser.h"
#include "tickets/TicketMessage.h"

#include <QList>
#include <QString>

namespace Madoguchi {

class TicketDesk;

// What a reply editor holds: prefilled by TicketReplies::draft(), edited by staff.
struct ReplyDraft
{
    qint64 ticketId = 0;
    qint64 answeringRowId = 0; // the customer message it replies to (In-Reply-To/References)
    MailAddress from;          // the support address
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QString subject;
    QString body;
    OutgoingCharset charset = OutgoingCharset::Utf8;
};

struct QueuedReply
{
    qint64 messageRowId = 0;
    qint64 outboxId = 0;
    QString messageId;
};

// Replying from a ticket. queue() composes the reply (OutgoingMail), stores it in the thread
// as a StaffReply whose raw source is exactly the bytes that will be sent, and puts it in the
// outbox — in ONE transaction, so a reply is never in the thread without being queued, nor
// queued without being in the thread.
//
// When a reply counts as the answer (DESIGN.md, "The clock" 5): when the SMTP server accepted
// it (250 after DATA; OutboxSender calls MailIntake::markSent), and that moment is its sent
// time for the deadline and every report figure. While it waits in the outbox (queued,
// retrying) it is shown "waiting to be sent" and answers nothing, so an overdue ticket stays
// overdue until the mail has really gone. 二重返信防止 still counts it (ReplyEditors). A reply
// the server refuses for good is marked undelivered, as a bounce is.
class TicketReplies
{
public:
    explicit TicketReplies(TicketDesk &desk) : m_desk(desk) {}

    // A reply to the ticket's newest customer message: To its sender, Cc the others it was
    // addressed to (never the desk's own addresses), "Re: [#N] subject", the original quoted.
    Result<ReplyDraft> draft(qint64 ticketId);
    Result<QueuedReply> queue(const StaffUser &author, const ReplyDraft &draft);
    // Staff gave up on a reply that has not gone out (queued or refused): the outbox entry
    // ends as Failed "Discarded by …", the reply stays in the thread as "discarded (not
    // sent)"; it answered nothing, so the obligations keep their deadlines. One transaction,
    // audited.
    Result<void> discard(const StaffUser &actor, qint64 outboxId);

    // "On 2026-11-26 (Thu) 10:00 JST, 山田 太郎 <yamada@example.jp> wrote:" and the text with "> ".
    static QString quoted(const TicketMessage &original);

    // Settings rows: the name shown with the support address ("株式会社サンプル サポート窓口").
    static constexpr const char *fromNameSetting = "mail.from_name";

private:
    TicketDesk &m_desk;
};

} // namespace Madoguchi
