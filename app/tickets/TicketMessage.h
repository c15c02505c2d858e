#pragma once

#include "store/StoredBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace Madoguchi {

// What a message is for the promise (DESIGN.md, "The clock" 5).
enum class MessageKind {
    CustomerMessage, // inbound from a customer: opens an obligation
    StaffReply,      // outbound (or found in the mailbox from a staff address): answers obligations
    InternalNote,    // never leaves the desk; not an answer
    AutoReply,       // inbound out-of-office and loops: shown, opens nothing, reopens nothing
    Acknowledgement, // our automatic "we received your mail": not an answer
    Bounce,          // a delivery status notification about one of our replies
    Forward,         // a customer's mail forwarded by staff (転送): goes out, never an answer
    // Outbound outage or maintenance notice to an organisation's administrators (連絡体制,
    // app/notices/): goes through the outbox like a reply, but answers nothing.
    Notice,
};

// "customer", "reply", "note", "auto-reply", "ack", "bounce", "forward", "notice"
QString messageKindKey(MessageKind kind);
std::optional<MessageKind> messageKindFromKey(const QString &key);
QString messageKindLabel(MessageKind kind); // translated: お客様, 返信, 社内メモ, 自動応答, …

// Where a staff reply stands on its way to the customer (DESIGN.md, "The clock" 5). Only a
// Delivered reply answers anything: a reply waiting in the outbox has not left, a refused or
// bounced one did not arrive, a discarded one never went.
enum class ReplyDelivery {
    Delivered,   // accepted by the SMTP server (250 after DATA), or found in the mailbox
    Pending,     // in the outbox: queued or retrying
    Undelivered, // refused by the server for good, or bounced
    Discarded,   // staff gave it up before it was sent
    Held,        // waiting for a manager's approval (承認), not in the outbox yet
};

QString replyDeliveryKey(ReplyDelivery delivery); // "ok", "pending", "undelivered", "discarded", "held"
ReplyDelivery replyDeliveryFromKey(const QString &key);
// Translated, for the thread: empty for a delivered reply, "waiting to be sent",
// "undelivered", "discarded (not sent)", "waiting for approval".
QString replyDeliveryLabel(ReplyDelivery delivery);

struct MessageAttachment
{
    qint64 id = 0;
    QString fileName; // already sanitised by the mail side
    QString mimeType;
    qint64 size = 0;
    QByteArray sha256; // hex
    QByteArray content;
    // Parsed from the message's own raw source (mail as received): the store then keeps only
    // this row's metadata and reads the bytes back from the source (StoredAttachments).
    bool inSource = false;
};

// A message as handed to the store and as read back.
struct TicketMessage
{
    qint64 id = 0; // row id (not the Message-ID header)
    qint64 ticketId = 0;
    MessageKind kind = MessageKind::CustomerMessage;
    QString messageId; // without angle brackets
    QString inReplyTo;
    QStringList references;
    QString fromAddress;
    QString fromName;
    QStringList to;
    QStringList cc;
    QStringList bcc; // mail sent from the desk only: RCPT TO, never in rawSource
    QString subject;
    // UTC: IMAP INTERNALDATE, or the Date header when claimed. For a reply sent from the
    // desk: when it was queued, and once the SMTP server accepted it, that moment.
    QDateTime received;
    bool receivedClaimed = false; // true when only the sender's Date header was available
    QString bodyText;
    QString bodyHtml; // as received; the UI sanitises before showing
    QByteArray rawSource; // the complete original RFC 5322 bytes
    QByteArray contentHash; // hex SHA-256 of rawSource unless the caller supplies one
    std::optional<StoredBytes::Packed> packedSource; // rawSource packed ahead (MailMessage::packedSource)
    qint64 authorId = 0;    // staff user for replies and notes
    ReplyDelivery delivery = ReplyDelivery::Delivered; // replies and notices only
    bool undelivered() const { return delivery == ReplyDelivery::Undelivered; }
    qint64 bounceOfId = 0;    // for a bounce: the reply it reports on
    QList<MessageAttachment> attachments;
};

} // namespace Madoguchi
