#pragma once

#include "mail/mime/CharsetDecoder.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Madoguchi {

// Decodes header values from their raw bytes: RFC 2047 encoded words (charset through
// CharsetDecoder), including the malformed forms Japanese mailers send: a multi-byte
// character split across two encoded words (adjacent words of one charset are joined as
// bytes before decoding), a wrong charset label, and unencoded 8-bit text (detected).
class HeaderTextDecoder
{
public:
    // Removes the folding line breaks (CR/LF), keeping the whitespace after them.
    static QByteArray unfold(QByteArrayView raw);

    // Subject-like text: every encoded word decoded, whitespace between encoded words dropped.
    static DecodedText decodeUnstructured(QByteArrayView raw);

    // Address-like headers for GMime's address parser: the same value as UTF-8 with each run
    // of encoded words replaced by a quoted string of its decoded text (or by the escaped
    // text when it already sits inside quotes), so that GMime never decodes a charset itself.
    static QByteArray toUtf8Structured(QByteArrayView raw, bool *guessed = nullptr);

    // Decodes the payload of one encoded word (B or Q) to bytes; false when malformed.
    static bool decodePayload(char encoding, QByteArrayView payload, QByteArray *bytes);

private:
    static QByteArray toUtf8Bytes(QByteArrayView raw, bool *guessed);
};

} // namespace Madoguchi
