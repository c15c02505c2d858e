#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace Madoguchi {

// Text for mail sent as ISO-2022-JP (RFC 1468), which many Japanese business mailers still
// expect: ASCII, JIS X 0201 Roman and JIS X 0208 only.
//
// Decisions, so that what the customer reads is what staff typed:
// - Unicode look-alikes that map to the same JIS X 0208 cell are folded to the form the
//   converter knows (−→－, 〜→～, ‖→∥, ¢→￠, £→￡, ¬→￢); the bytes on the wire are the standard ones.
// - Half-width katakana (ｶﾀｶﾅ) become full-width (カタカナ): RFC 1468 has no place for them
//   and Japanese mailers show them as garbage.
// - Anything else outside JIS X 0208 — NEC/IBM extensions such as ①, ㈱, Ⅰ, 髙, emoji — is
//   refused with the characters named, never replaced by "?" behind the writer's back.
class Iso2022JpText
{
public:
    // The text after folding look-alikes and half-width kana.
    static QString prepared(const QString &text);
    // The distinct characters of `text` (after prepared()) that ISO-2022-JP cannot carry.
    static QString unsupportedCharacters(const QString &text);
    // ISO-2022-JP bytes of prepared(text), every line back in ASCII before its line end
    // (RFC 1468). Error "charset" naming the characters when some cannot be carried.
    static Result<QByteArray> encode(const QString &text);
    // One piece without line ends, ending in ASCII: for RFC 2047 encoded words.
    static QByteArray encodePiece(const QString &piece);
};

} // namespace Madoguchi
