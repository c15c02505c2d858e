#include "mail/mime/CharsetDecoder.h"

#include <QStringDecoder>

#include <algorithm>

namespace Madoguchi {

namespace {

const QByteArray kUtf8 = QByteArrayLiteral("UTF-8");
const QByteArray kShiftJis = QByteArrayLiteral("windows-31j");
const QByteArray kIso2022Jp = QByteArrayLiteral("ISO-2022-JP");
const QByteArray kEucJp = QByteArrayLiteral("EUC-JP");
const QByteArray kWestern = QByteArrayLiteral("windows-1252");
const QByteArray kAscii = QByteArrayLiteral("US-ASCII");

bool isJapaneseMultiByte(const QByteArray &name)
{
    return name == kShiftJis || name == kEucJp;
}

// How much a decoding looks like Japanese prose: kana and kanji count for it; half-width
// kana and private-use characters (what EUC-JP read as Shift_JIS turns into) against it.
int japaneseScore(const QString &text)
{
    int score = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3000 && u <= 0x303F))
            score += 3;
        else if (u >= 0x4E00 && u <= 0x9FFF)
            score += 2;
        else if (u >= 0xFF01 && u <= 0xFF5E)
            score += 1;
        else if (u >= 0xFF61 && u <= 0xFF9F)
            score -= 1;
        else if ((u >= 0xE000 && u <= 0xF8FF) || u == 0xFFFD)
            score -= 4;
    }
    return score;
}

// The length of the ISO 2022 designation at `i` (ESC ( F, ESC $ F, ESC $ ( F), or 0.
qsizetype designationLength(QByteArrayView bytes, qsizetype i)
{
    if (i + 2 >= bytes.size() || bytes[i] != '\x1b')
        return 0;
    const char a = bytes[i + 1];
    if (a == '(' || (a == '$' && bytes[i + 2] != '('))
        return 3;
    if (a == '$' && i + 3 < bytes.size() && bytes[i + 2] == '(')
        return 4;
    return 0;
}

// ISO-2022-JP as Japanese mailers write it, rewritten into the form ICU's converter takes
// without a U+FFFD:
// - ICU refuses two designations in a row ("ESC ( B ESC ( I"), which is what RFC 2047
//   words look like once joined (each word must end in ASCII) and what mailers that return
//   to ASCII before every switch write; only the last of a run has any effect, so it alone
//   is kept;
// - SO/SI (CP50222) shift JIS X 0201 katakana in and out: written as ESC ( I and the
//   designation that was in force before it;
// - a space inside a katakana run is a space (ISO 2022 keeps 0x20 out of the 94-character
//   sets), which ICU cannot map in katakana mode.
QByteArray iso2022ForIcu(QByteArrayView bytes)
{
    static const QByteArray kAsciiDesignation = QByteArrayLiteral("\x1b(B");
    static const QByteArray kKanaDesignation = QByteArrayLiteral("\x1b(I");
    QByteArray out;
    out.reserve(bytes.size() + 16);
    QByteArray designated = kAsciiDesignation; // G0 as the text designated it
    QByteArray pending; // a designation not yet followed by any character
    bool shiftedOut = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (const qsizetype length = designationLength(bytes, i); length > 0) {
            designated = bytes.sliced(i, length).toByteArray();
            pending = shiftedOut ? pending : designated;
            i += length - 1;
            continue;
        }
        if (c == '\x0e' || c == '\x0f') {
            shiftedOut = c == '\x0e';
            pending = shiftedOut ? kKanaDesignation : designated;
            continue;
        }
        if (c == ' ' && (shiftedOut || designated == kKanaDesignation)) {
            out += kAsciiDesignation;
            out += ' ';
            pending = kKanaDesignation;
            continue;
        }
        out += pending;
        pending.clear();
        out += c;
    }
    out += pending;
    return out;
}

} // namespace

bool CharsetDecoder::isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool CharsetDecoder::hasIso2022Escape(QByteArrayView bytes)
{
    for (qsizetype i = 0; i + 2 < bytes.size(); ++i) {
        if (bytes[i] != '\x1b')
            continue;
        const char a = bytes[i + 1];
        const char b = bytes[i + 2];
        if ((a == '$' && (b == 'B' || b == '@' || b == '(')) || (a == '(' && (b == 'J' || b == 'I' || b == 'B')))
            return true;
    }
    return false;
}

bool CharsetDecoder::isValidUtf8(QByteArrayView bytes)
{
    // Strict: no overlong forms, no surrogates, nothing above U+10FFFF.
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += extra + 1;
    }
    return true;
}

QByteArray CharsetDecoder::canonicalName(QByteArrayView label)
{
    QByteArray l = label.trimmed().toByteArray().toLower();
    if (l.size() >= 2 && (l.startsWith('"') || l.startsWith('\'')))
        l = l.mid(1, l.size() - 2).trimmed();
    if (l.isEmpty())
        return {};
    if (l == "shift_jis" || l == "shift-jis" || l == "x-sjis" || l == "sjis" || l == "ms_kanji" || l == "cp932"
        || l == "windows-31j" || l == "x-ms-cp932" || l == "ms932" || l == "csshiftjis" || l == "shift_jisx0213")
        return kShiftJis;
    if (l.startsWith("iso-2022-jp") && l != "iso-2022-jp-2")
        return kIso2022Jp;
    if (l == "cp50220" || l == "cp50221" || l == "cp50222" || l == "csiso2022jp" || l == "jis" || l == "x-iso-2022-jp")
        return kIso2022Jp;
    if (l == "euc-jp" || l == "x-euc-jp" || l == "eucjp" || l == "cseucpkdfmtjapanese" || l == "cp51932"
        || l == "euc-jis-2004")
        return kEucJp;
    if (l == "utf-8" || l == "utf8" || l == "x-utf-8" || l == "unicode-1-1-utf-8")
        return kUtf8;
    if (l == "us-ascii" || l == "ascii" || l == "ansi_x3.4-1968" || l == "us" || l == "iso646-us")
        return kAscii;
    if (l == "iso-8859-1" || l == "latin1" || l == "latin-1" || l == "iso8859-1" || l == "iso_8859-1" || l == "cp1252"
        || l == "windows-1252")
        return kWestern;
    if (l == "ks_c_5601-1987" || l == "euc-kr")
        return QByteArrayLiteral("windows-949");
    if (l == "gb2312" || l == "x-gbk")
        return QByteArrayLiteral("GBK");
    if (l == "unknown-8bit" || l == "x-unknown" || l == "unknown" || l == "default" || l == "8bit")
        return {};
    return l;
}

QString CharsetDecoder::decodeWith(QByteArrayView bytes, const QByteArray &name, int *errors)
{
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    QString text = name == kIso2022Jp ? QString(decoder.decode(iso2022ForIcu(bytes))) : QString(decoder.decode(bytes));
    if (errors) {
        // ICU substitutes U+FFFD (or SUB for some converters) for what it cannot map.
        int count = 0;
        for (const QChar c : std::as_const(text))
            count += (c.unicode() == 0xFFFD || (c.unicode() == 0x1A && !bytes.contains('\x1a'))) ? 1 : 0;
        if (decoder.hasError() && count == 0)
            count = 1;
        *errors = count;
    }
    return text;
}

QByteArray CharsetDecoder::detect(QByteArrayView bytes)
{
    if (hasIso2022Escape(bytes) && isAscii(bytes))
        return kIso2022Jp;
    if (isAscii(bytes))
        return kAscii;
    if (isValidUtf8(bytes))
        return kUtf8;
    int sjisErrors = 0;
    int eucErrors = 0;
    const QString sjis = decodeWith(bytes, kShiftJis, &sjisErrors);
    const QString euc = decodeWith(bytes, kEucJp, &eucErrors);
    const QByteArray best = (sjisErrors != eucErrors) ? (sjisErrors < eucErrors ? kShiftJis : kEucJp)
                                                      : (japaneseScore(euc) > japaneseScore(sjis) ? kEucJp : kShiftJis);
    const int bestErrors = std::min(sjisErrors, eucErrors);
    // Mostly-undecodable as Japanese: a Western single-byte text is the better reading.
    if (bestErrors > 0 && bestErrors * 8 > bytes.size())
        return kWestern;
    return best;
}

DecodedText CharsetDecoder::decode(QByteArrayView bytes, QByteArrayView label)
{
    const QByteArray declared = canonicalName(label);
    const bool ascii = isAscii(bytes);
    if (ascii && !hasIso2022Escape(bytes))
        return { QString::fromLatin1(bytes), declared.isEmpty() ? kAscii : declared, false };

    auto guessed = [&]() {
        const QByteArray name = detect(bytes);
        return DecodedText { decodeWith(bytes, name), name, true };
    };
    if (declared.isEmpty() || declared == kAscii)
        return guessed();
    if (!QStringDecoder(declared.constData()).isValid())
        return guessed();

    // Valid UTF-8 with multi-byte sequences is practically never meaningful text in another
    // charset, so it wins over a contrary label (Latin-1 and Shift_JIS labels on UTF-8 mail).
    if (declared != kUtf8 && !ascii && isValidUtf8(bytes))
        return { decodeWith(bytes, kUtf8), kUtf8, true };
    // 7-bit ISO-2022-JP labelled as something else, or 8-bit bytes labelled ISO-2022-JP.
    if (declared != kIso2022Jp && declared != "iso-2022-jp-2" && ascii)
        return guessed();
    if (declared == kIso2022Jp && !ascii)
        return guessed();

    int errors = 0;
    QString text = decodeWith(bytes, declared, &errors);
    if (errors == 0)
        return { std::move(text), declared, false };
    // A wrong multi-byte label: take the detected reading when it decodes better.
    const QByteArray other = detect(bytes);
    int otherErrors = 0;
    QString otherText = decodeWith(bytes, other, &otherErrors);
    if (otherErrors < errors
        || (isJapaneseMultiByte(declared) && otherErrors == errors && other != declared
            && japaneseScore(otherText) > japaneseScore(text)))
        return { std::move(otherText), other, true };
    return { std::move(text), declared, false };
}

} // namespace Madoguchi
