#pragma once

#include "mail/mime/MailMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Madoguchi {

// The charset a reply is written in: UTF-8 by default, ISO-2022-JP when the customer's
// mailer needs it (DESIGN.md, "Mail out").
enum class OutgoingCharset { Utf8, Iso2022Jp };

// Header values for outgoing mail (RFC 5322 + RFC 2047): ASCII stays readable, anything
// else becomes "B" encoded words in the reply's charset, each at most 75 characters and on
// its own folded line, never splitting a character (ISO-2022-JP words each end in ASCII).
// The encoder assumes ISO-2022-JP text was checked (Iso2022JpText) beforehand.
class HeaderEncoder
{
public:
    // An unstructured value (Subject). A leading ASCII part such as "Re: [#1234] " stays
    // plain, so the ticket tag is readable even by tools that do not decode.
    static QByteArray unstructured(const QString &text, OutgoingCharset charset);
    // A display name: an atom phrase, a quoted string, or encoded words.
    static QByteArray phrase(const QString &name, OutgoingCharset charset);
    // "name <address>", or the bare address without a name.
    static QByteArray mailbox(const MailAddress &address, OutgoingCharset charset);
    // Mailboxes separated by ",", folded one per line after the first.
    static QByteArray addressList(const QList<MailAddress> &addresses, OutgoingCharset charset);
    // The encoded words alone, joined by CRLF SP.
    static QByteArray encodedWords(const QString &text, OutgoingCharset charset);
};

} // namespace Madoguchi
