#pragma once

#include "core/Result.h"
#include "mail/HeaderEncoder.h"
#include "mail/OutgoingAttachment.h"
#include "mail/mime/MailMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Madoguchi {

// A reply as it leaves the desk, and its RFC 5322 bytes:
//   From: the support address; To/Cc; Subject with the ticket tag (see replySubject);
//   Date in +0900; Message-ID on the desk's domain; In-Reply-To/References from the
//   customer's message; text/plain in UTF-8 (base64, or 7bit when the text is ASCII) or
//   ISO-2022-JP (7bit; refused when the text holds characters it cannot carry). With
//   attachments: multipart/mixed, the text first, then each file (OutgoingAttachment).
struct OutgoingMail
{
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QString subject;
    QString body;
    QString messageId; // without <>; newMessageId() when empty at compose time
    QString inReplyTo; // the customer message's Message-ID, without <>
    QStringList references; // without <>, oldest first
    QDateTime date;         // when composed (UTC); shown as JST
    OutgoingCharset charset = OutgoingCharset::Utf8;
    QList<OutgoingAttachment> attachments;
    // An automatic acknowledgement (受付自動返信): "Auto-Submitted: auto-replied" (RFC 3834),
    // so that the customer's own autoresponder and other desks leave it unanswered.
    bool autoReplied = false;

    // The bytes to store and send, CRLF line ends. Error "charset" when ISO-2022-JP cannot
    // carry the text (the message names the characters), "input" without From or To.
    Result<QByteArray> compose() const;

    // Every address the message goes to (To and Cc, each once, case-insensitively).
    QStringList recipients() const;

    // "Re: [#1234] subject": the customer's prefixes (Re:, 返信:, Fwd:, …) and any ticket
    // tag removed, then "Re: " and this ticket's tag once.
    static QString replySubject(const QString &original, qint64 ticketNumber, const QString &tagPrefix);
    // "<random>.<ms>@domain": unique without asking anyone, on the desk's own domain.
    static QString newMessageId(const QString &domain, const QDateTime &now);
    // What staff type in To/Cc: "山田 太郎 <yamada@example.jp>, suzuki@example.jp" (commas or
    // semicolons; quoted names may hold commas). Error "input" naming an entry without "@".
    static Result<QList<MailAddress>> parseAddresses(const QString &text);
    static QString formatAddresses(const QList<MailAddress> &addresses);
    // RFC 5322 date in JST: "Thu, 26 Nov 2026 12:40:51 +0900", English names whatever the locale.
    static QByteArray rfc5322Date(const QDateTime &moment);
};

} // namespace Madoguchi
