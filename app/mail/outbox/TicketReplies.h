#pragma once

#include "core/Result.h"
#include "mail/HeaderEncoder.h"
#include "mail/OutgoingAttachment.h"
#include "mail/mime/MailMessage.h"
#include "tickets/Outbox.h"
#include "tickets/StaffUser.h"
#include "tickets/TicketMessage.h"

#include <QList>
#include <QString>

namespace Madoguchi {

class TicketDesk;

// What a reply editor holds: prefilled by TicketReplies::draft(), edited by staff.
struct ReplyDraft
{
    // StaffReply, or Forward (TicketForwards::draft): queued the same way, but a forward
    // answers nothing, even once sent.
    MessageKind kind = MessageKind::StaffReply;
    qint64 ticketId = 0;
    qint64 answeringRowId = 0; // the customer message it replies to (In-Reply-To/References)
    MailAddress from;          // the support address
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QList<MailAddress> bcc; // RCPT TO only: never written into the mail's headers
    QString subject;
    QString body;
    OutgoingCharset charset = OutgoingCharset::Utf8;
    QList<OutgoingAttachment> attachments;
};

// Who a reply goes to: the sender of the customer's message (Reply), or the sender with
// everyone else on that message in Cc except the desk's own addresses (Reply all).
enum class ReplyScope { Sender, All };

struct QueuedReply
{
    qint64 messageRowId = 0;
    qint64 outboxId = 0; // 0 when it is held for approval
    QString messageId;
    qint64 approvalId = 0; // 承認: the author's replies need approval (ReplyApprovals)
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

    // A reply to the ticket's newest customer message: To its sender (and for Reply all, Cc
    // the others it was addressed to, never the desk's own addresses), "Re: [#N] subject",
    // the original quoted under the desk's quote header; the signature of `authorId` (their
    // own, else the team's: ReplySignatures) between the place to write and the quote.
    Result<ReplyDraft> draft(qint64 ticketId, ReplyScope scope = ReplyScope::Sender, qint64 authorId = 0);
    // Refused (error "input", naming both sizes) when the attachments together exceed the
    // administrator's limit (attachmentLimitSetting).
    // When the author's replies need approval (承認, TeamDirectory::setNeedsApproval) the reply
    // is stored "waiting for approval" and held (ReplyApprovals) instead of queued: it is not
    // in the outbox and answers nothing until a manager approves it.
    Result<QueuedReply> queue(const StaffUser &author, const ReplyDraft &draft);
    // The reply's stored form (bytes, text, attachments; delivery Pending) as queue() makes it,
    // with `messageId` kept when given. Used again when a manager edits a held reply.
    Result<TicketMessage> compose(const StaffUser &author, const ReplyDraft &draft, const QDateTime &now,
                                  const QString &messageId = {});
    // Into the outbox, not due before the send-cancel window has passed (inside the caller's
    // transaction).
    Result<qint64> enqueueWithWindow(qint64 messageRowId, const QDateTime &now);
    // A stored reply as the editor holds it again (recipients with names, subject, text,
    // charset, attachments) — for undo, a reply sent back, a manager's edit.
    Result<ReplyDraft> storedDraft(const StaffUser &actor, qint64 messageRowId);
    // The most a reply's attachments may come to, in bytes (default 10 MB).
    Result<qint64> attachmentLimit();
    // Error "input" when `totalBytes` is over `limit`, saying both in the reader's units.
    static Result<void> checkAttachmentSize(qint64 totalBytes, qint64 limit);
    static qint64 totalBytes(const QList<OutgoingAttachment> &attachments);
    // 取り消し (send-cancel window, 誤送信防止): a queued reply waits sendCancelSecs() in the
    // outbox before it may go out (OutboxSender and `outbox send` skip it until then, on the
    // program's clock). Within the window its writer pulls it back: the reply is discarded
    // ("discarded (not sent)") and its draft — recipients, subject, text, charset,
    // attachments — returned for the editor. Error "input" once the window has passed or the
    // reply is no longer waiting.
    Result<ReplyDraft> withdraw(const StaffUser &actor, qint64 outboxId);
    // The ticket's reply that can still be withdrawn now, or nullopt.
    Result<std::optional<OutboxEntry>> withdrawable(qint64 ticketId);
    Result<int> sendCancelSecs();

    // Staff gave up on a reply that has not gone out (queued or refused): the outbox entry
    // ends as Failed "Discarded by …", the reply stays in the thread as "discarded (not
    // sent)"; it answered nothing, so the obligations keep their deadlines. One transaction,
    // audited.
    Result<void> discard(const StaffUser &actor, qint64 outboxId);

    // The header line above the quote, as Japanese business mail writes it, and the text with
    // "> ". `header` has the placeholders {date} (2026年11月29日(日)), {time} (14:10, JST) and
    // {from} (中村 一郎様 <nakamura@example.jp>); empty means defaultQuoteHeader.
    static QString quoted(const TicketMessage &original, const QString &header = {});
    // 「{date} {time} {from} からのメール:」
    static QString defaultQuoteHeader();
    // Unknown placeholders in a quote header, for refusing it when it is saved.
    static QStringList unknownQuotePlaceholders(const QString &header);

    // Settings rows: the name shown with the support address ("株式会社サンプル サポート窓口")
    // and the quote header (empty: the default).
    static constexpr const char *fromNameSetting = "mail.from_name";
    static constexpr const char *quoteHeaderSetting = "mail.quote_header";
    // Bytes; empty: defaultAttachmentLimit.
    static constexpr const char *attachmentLimitSetting = "mail.attachment_limit_bytes";
    static constexpr qint64 defaultAttachmentLimit = 10 * 1024 * 1024;
    // Seconds a confirmed reply waits before it may go out; 0 switches the window off.
    static constexpr const char *sendCancelSetting = "mail.send_cancel_secs";
    static constexpr int defaultSendCancelSecs = 30;

private:
    TicketDesk &m_desk;
};

} // namespace Madoguchi
