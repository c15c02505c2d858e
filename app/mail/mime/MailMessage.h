#pragma once

#include "store/StoredBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Madoguchi {

struct MailAddress
{
    QString name;
    QString address; // as written; compare with addressKey()

    // Lower-case address for comparisons (local parts are case-insensitive in practice).
    QString addressKey() const { return address.trimmed().toLower(); }
    QString domain() const;
    bool operator==(const MailAddress &) const = default;

    // The bare addresses of a list (To, Cc), as the store keeps them.
    static QStringList addressesOf(const QList<MailAddress> &list);
};

struct MailHeader
{
    QByteArray name; // as written
    QString value; // decoded, unfolded
};

// An attachment or an inline part (image referenced by cid:, winmail.dat, a forwarded mail).
struct MailAttachment
{
    QString fileName; // sanitised: safe to use as a file name
    QString originalFileName; // decoded, as the sender wrote it (for display only)
    QByteArray mimeType; // lower case, e.g. "application/pdf"
    QByteArray contentId; // without <>
    bool isInline = false; // Content-Disposition inline or referenced from the HTML
    QByteArray data; // transfer encoding undone
    QByteArray sha256; // hex SHA-256 of data when hashed ahead on the parsing thread (MailParseAhead), else empty
};

// One mail as Madoguchi understands it: everything the desk shows or threads on, decoded
// to Unicode, plus the raw source so it can be re-parsed after a parser fix. Built by
// MimeParser; nothing outside app/mail/mime sees GMime.
struct MailMessage
{
    QByteArray rawSource;
    QByteArray contentHash; // MimeParser::contentHash(rawSource): hex BLAKE2b-256, line ends normalised
    // rawSource as the store keeps it, when it was packed ahead on the parsing thread
    // (MailParseAhead) so that the storing thread does not compress it.
    std::optional<StoredBytes::Packed> packedSource;

    QList<MailHeader> headers; // top-level headers in order
    MailAddress from;
    QList<MailAddress> sender; // Sender:, when present
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QList<MailAddress> replyTo;
    QString subject;
    QDateTime date; // the Date header (the sender's claim), UTC; null when absent/invalid
    QByteArray messageId; // without <>
    QByteArray inReplyTo; // the first id of In-Reply-To, without <>
    QList<QByteArray> references;

    QByteArray mimeType; // top-level type, lower case ("multipart/report")
    QByteArray reportType; // report-type parameter of a multipart/report
    QString textBody; // preferred for display
    QString htmlBody; // kept as sent; show through HtmlSanitizer
    bool textFromHtml = false; // no text/plain part: textBody was derived from the HTML
    QList<MailAttachment> attachments; // attachments and inline parts, in order

    // Message-IDs of messages enclosed as message/rfc822 or text/rfc822-headers parts
    // (what a bounce returns), and the text of message/delivery-status parts.
    QList<QByteArray> enclosedMessageIds;
    QString deliveryStatus;

    bool charsetGuessed = false; // some text had no usable charset label
    bool unreadable = false; // the structure could not be read; only rawSource is reliable
    QStringList parseErrors; // readable sentences, e.g. "The message is truncated."

    // First value of a header (case-insensitive name), or a null string.
    QString header(QByteArrayView name) const;
    QStringList headerValues(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // Names of attachments that are not inline, in order.
    QStringList attachmentNames() const;
};

} // namespace Madoguchi
