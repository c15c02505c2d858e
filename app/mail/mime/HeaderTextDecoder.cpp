#include "mail/mime/HeaderTextDecoder.h"

#include <QList>

namespace Madoguchi {

namespace {

struct EncodedWord
{
    qsizetype begin = 0;
    qsizetype end = 0; // one past "?="
    QByteArray charset;
    QByteArray bytes;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Reads "=?charset?E?payload?=" at `pos`. Lenient about length and the charset's
// "*language" suffix, strict about the shape so that ordinary "=?" text is left alone.
bool readEncodedWord(QByteArrayView text, qsizetype pos, EncodedWord *word)
{
    if (pos + 1 >= text.size() || text[pos] != '=' || text[pos + 1] != '?')
        return false;
    const qsizetype charsetEnd = text.indexOf('?', pos + 2);
    if (charsetEnd < 0 || charsetEnd == pos + 2 || charsetEnd + 3 >= text.size() || text[charsetEnd + 2] != '?')
        return false;
    const char encoding = text[charsetEnd + 1];
    if (encoding != 'B' && encoding != 'b' && encoding != 'Q' && encoding != 'q')
        return false;
    const qsizetype payloadBegin = charsetEnd + 3;
    const qsizetype close = text.indexOf("?=", payloadBegin);
    if (close < 0)
        return false;
    const QByteArrayView payload = text.sliced(payloadBegin, close - payloadBegin);
    for (const char c : payload)
        if (isSpace(c))
            return false;
    QByteArray charset = text.sliced(pos + 2, charsetEnd - pos - 2).toByteArray();
    for (const char c : std::as_const(charset))
        if (isSpace(c) || c == '"')
            return false;
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset.truncate(star);
    QByteArray bytes;
    if (!HeaderTextDecoder::decodePayload(encoding, payload, &bytes))
        return false;
    *word = EncodedWord { pos, close + 2, CharsetDecoder::canonicalName(charset), std::move(bytes) };
    return true;
}

// A run of encoded words separated only by whitespace, decoded as one text: words of one
// charset are joined as bytes first so that a character split between them survives.
DecodedText decodeRun(const QList<EncodedWord> &run)
{
    DecodedText result;
    QByteArray pending;
    QByteArray pendingCharset;
    auto flush = [&]() {
        if (pending.isEmpty())
            return;
        const DecodedText part = CharsetDecoder::decode(pending, pendingCharset);
        result.text += part.text;
        result.guessed = result.guessed || part.guessed;
        if (result.charset.isEmpty())
            result.charset = part.charset;
        pending.clear();
    };
    for (const EncodedWord &word : run) {
        if (word.charset != pendingCharset)
            flush();
        // RFC 1468 words each end back in ASCII; joined, "ESC ( B ESC $ B" is an escape with
        // no text after it, which ICU decodes as U+FFFD. Drop the redundant switch.
        if (pending.endsWith("\x1b(B") && word.bytes.startsWith('\x1b')
            && pendingCharset.toLower().startsWith("iso-2022-jp"))
            pending.chop(3);
        pendingCharset = word.charset;
        pending += word.bytes;
    }
    flush();
    return result;
}

QByteArray escapeForQuotedString(const QString &text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

} // namespace

QByteArray HeaderTextDecoder::unfold(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (const char c : raw)
        if (c != '\r' && c != '\n')
            out += c;
    return out.trimmed();
}

bool HeaderTextDecoder::decodePayload(char encoding, QByteArrayView payload, QByteArray *bytes)
{
    if (encoding == 'B' || encoding == 'b') {
        QByteArray clean;
        for (const char c : payload)
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/')
                clean += c;
        while (clean.size() % 4 != 0)
            clean += '=';
        auto decoded = QByteArray::fromBase64Encoding(clean);
        if (!decoded)
            return false;
        *bytes = std::move(decoded.decoded);
        return true;
    }
    QByteArray out;
    for (qsizetype i = 0; i < payload.size(); ++i) {
        const char c = payload[i];
        if (c == '_') {
            out += ' ';
        } else if (c == '=' && i + 2 < payload.size()) {
            bool ok = false;
            const int value = payload.sliced(i + 1, 2).toByteArray().toInt(&ok, 16);
            if (ok) {
                out += static_cast<char>(value);
                i += 2;
            } else {
                out += c;
            }
        } else {
            out += c;
        }
    }
    *bytes = std::move(out);
    return true;
}

QByteArray HeaderTextDecoder::toUtf8Bytes(QByteArrayView raw, bool *guessed)
{
    // Unencoded 8-bit or raw ISO-2022-JP text: decode the whole value at once, because
    // Shift_JIS trail bytes include ASCII punctuation and cannot be split safely.
    if (CharsetDecoder::isValidUtf8(raw) && !CharsetDecoder::hasIso2022Escape(raw))
        return raw.toByteArray();
    const DecodedText text = CharsetDecoder::decode(raw, {});
    if (guessed)
        *guessed = *guessed || text.guessed;
    return text.text.toUtf8();
}

DecodedText HeaderTextDecoder::decodeUnstructured(QByteArrayView raw)
{
    DecodedText result;
    result.charset = QByteArrayLiteral("UTF-8");
    const QByteArray text = toUtf8Bytes(unfold(raw), &result.guessed);
    QList<EncodedWord> run;
    QByteArray literal;
    auto flushRun = [&]() {
        if (run.isEmpty())
            return;
        const DecodedText decoded = decodeRun(run);
        result.text += decoded.text;
        result.guessed = result.guessed || decoded.guessed;
        run.clear();
    };
    qsizetype pos = 0;
    while (pos < text.size()) {
        EncodedWord word;
        if (readEncodedWord(text, pos, &word)) {
            // Whitespace between two encoded words is not part of the text (RFC 2047, 6.2).
            if (run.isEmpty() || !literal.trimmed().isEmpty()) {
                flushRun();
                result.text += QString::fromUtf8(literal);
            }
            literal.clear();
            run.append(word);
            pos = word.end;
            continue;
        }
        if (!run.isEmpty() && !isSpace(text[pos])) {
            flushRun();
            result.text += QString::fromUtf8(literal);
            literal.clear();
        }
        literal += text[pos];
        ++pos;
    }
    flushRun();
    result.text += QString::fromUtf8(literal);
    return result;
}

QByteArray HeaderTextDecoder::toUtf8Structured(QByteArrayView raw, bool *guessed)
{
    const QByteArray text = toUtf8Bytes(unfold(raw), guessed);
    QByteArray out;
    bool inQuotes = false;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        if (inQuotes && c == '\\' && pos + 1 < text.size()) {
            out += text.sliced(pos, 2);
            pos += 2;
            continue;
        }
        EncodedWord word;
        if (readEncodedWord(text, pos, &word)) {
            QList<EncodedWord> run { word };
            qsizetype next = word.end;
            while (true) {
                qsizetype after = next;
                while (after < text.size() && isSpace(text[after]))
                    ++after;
                EncodedWord more;
                if (!readEncodedWord(text, after, &more))
                    break;
                run.append(more);
                next = more.end;
            }
            const DecodedText decoded = decodeRun(run);
            if (guessed)
                *guessed = *guessed || decoded.guessed;
            const QByteArray escaped = escapeForQuotedString(decoded.text);
            out += inQuotes ? escaped : '"' + escaped + '"';
            pos = next;
            continue;
        }
        if (c == '"')
            inQuotes = !inQuotes;
        out += c;
        ++pos;
    }
    return out;
}

} // namespace Madoguchi
