#include "mail/HeaderEncoder.h"

#include "mail/Iso2022JpText.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// RFC 2047 allows 75; shorter words keep "Subject: " + the first word within 78 characters.
constexpr int maxWordLength = 66;

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80 || c.unicode() < 0x20)
            return false;
    }
    return true;
}

// Characters one at a time, a surrogate pair counting as one.
QStringList characters(const QString &text)
{
    QStringList list;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        list.append(text.mid(i, length));
        i += length - 1;
    }
    return list;
}

QByteArray bytesOf(const QString &piece, OutgoingCharset charset)
{
    return charset == OutgoingCharset::Utf8 ? piece.toUtf8() : Iso2022JpText::encodePiece(piece);
}

QByteArray wordOf(const QByteArray &bytes, OutgoingCharset charset)
{
    const QByteArray label = charset == OutgoingCharset::Utf8 ? "UTF-8" : "ISO-2022-JP";
    return "=?" + label + "?B?" + bytes.toBase64() + "?=";
}

} // namespace

QByteArray HeaderEncoder::encodedWords(const QString &text, OutgoingCharset charset)
{
    const QString ready = charset == OutgoingCharset::Iso2022Jp ? Iso2022JpText::prepared(text) : text;
    QList<QByteArray> words;
    QString piece;
    for (const QString &character : characters(ready)) {
        const QString longer = piece + character;
        if (!piece.isEmpty() && wordOf(bytesOf(longer, charset), charset).size() > maxWordLength) {
            words.append(wordOf(bytesOf(piece, charset), charset));
            piece = character;
        } else {
            piece = longer;
        }
    }
    if (!piece.isEmpty() || words.isEmpty())
        words.append(wordOf(bytesOf(piece, charset), charset));
    return words.join("\r\n ");
}

QByteArray HeaderEncoder::unstructured(const QString &text, OutgoingCharset charset)
{
    QString clean = text;
    clean.replace(u'\r', u' ').replace(u'\n', u' ').replace(u'\t', u' ');
    if (isAscii(clean))
        return clean.toLatin1();
    // Keep whole ASCII words before the first non-ASCII one readable; encoded words must
    // be separated from plain text by white space.
    qsizetype firstWide = 0;
    while (firstWide < clean.size() && clean.at(firstWide).unicode() < 0x80)
        ++firstWide;
    const qsizetype split = clean.lastIndexOf(u' ', firstWide);
    if (split <= 0)
        return encodedWords(clean, charset);
    return clean.left(split).toLatin1() + "\r\n " + encodedWords(clean.mid(split + 1), charset);
}

QByteArray HeaderEncoder::phrase(const QString &name, OutgoingCharset charset)
{
    const QString clean = name.simplified();
    if (!isAscii(clean))
        return encodedWords(clean, charset);
    static const QString specials = u"()<>[]:;@\\,.\""_s;
    bool atoms = true;
    for (QChar c : clean) {
        if (specials.contains(c))
            atoms = false;
    }
    if (atoms)
        return clean.toLatin1();
    QString quoted = clean;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return '"' + quoted.toLatin1() + '"';
}

QByteArray HeaderEncoder::mailbox(const MailAddress &address, OutgoingCharset charset)
{
    const QByteArray spec = address.address.trimmed().toUtf8();
    if (address.name.trimmed().isEmpty())
        return spec;
    const QByteArray name = phrase(address.name, charset);
    // An encoded name is already a full line: the address goes on the next one.
    return name + (name.startsWith("=?") ? "\r\n <" : " <") + spec + '>';
}

QByteArray HeaderEncoder::addressList(const QList<MailAddress> &addresses, OutgoingCharset charset)
{
    QList<QByteArray> parts;
    for (const MailAddress &address : addresses)
        parts.append(mailbox(address, charset));
    return parts.join(",\r\n ");
}

} // namespace Madoguchi
