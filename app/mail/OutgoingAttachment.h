#pragma once

#include "core/Result.h"
#include "mail/HeaderEncoder.h"

#include <QByteArray>
#include <QString>

namespace Madoguchi {

// A file sent with a reply, and its MIME part. The name goes out twice, as Japanese mail
// needs: RFC 2231 in Content-Disposition (filename*=, what current mailers read) and RFC
// 2047 encoded words in Content-Type's name parameter (what older Japanese mailers such as
// Outlook Express and Becky! read), both in the reply's charset.
struct OutgoingAttachment
{
    QString fileName; // without any folder
    QByteArray mimeType; // "application/pdf"
    QByteArray data;

    // The file at `path`: its name, its type by content and name (QMimeDatabase), its bytes.
    // Error "input" naming it when it cannot be read.
    static Result<OutgoingAttachment> fromFile(const QString &path);
    // The name as it can go out: folders, control characters and quotes removed.
    static QString cleanName(const QString &name);

    // The part's headers, a blank line and the base64 lines; CRLF line ends. The name must
    // fit the charset (OutgoingMail::compose checks it first).
    QByteArray mimePart(OutgoingCharset charset) const;
    // filename*=… (RFC 2231, continued so that each line stays within 78 characters).
    static QByteArray rfc2231Parameter(const QByteArray &name, const QString &value, OutgoingCharset charset);
};

} // namespace Madoguchi
