#include "mail/Iso2022JpText.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QStringEncoder>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// Unicode code points that name the same JIS X 0208 cell as the form ICU's converter maps.
char16_t folded(char16_t c)
{
    switch (c) {
    case 0x2212: return 0xFF0D; // MINUS SIGN → FULLWIDTH HYPHEN-MINUS (JIS 0x215D)
    case 0x301C: return 0xFF5E; // WAVE DASH → FULLWIDTH TILDE (JIS 0x2141)
    case 0x2016: return 0x2225; // DOUBLE VERTICAL LINE → PARALLEL TO (JIS 0x2142)
    case 0x00A2: return 0xFFE0; // ¢ (JIS 0x2171)
    case 0x00A3: return 0xFFE1; // £ (JIS 0x2172)
    case 0x00AC: return 0xFFE2; // ¬ (JIS 0x224C)
    default: return c;
    }
}

bool isHalfWidthKana(char16_t c)
{
    return c >= 0xFF61 && c <= 0xFF9F;
}

// True when the converter maps the character into ASCII, JIS X 0201 Roman or the rows of
// JIS X 0208 (1–8 symbols, 16–84 kanji): ICU also uses the NEC row 13 and the IBM rows
// 89–92 of CP932, which are not JIS X 0208.
bool carried(const QString &character)
{
    static QHash<QString, bool> known;
    static QMutex lock;
    QMutexLocker locker(&lock);
    if (auto it = known.constFind(character); it != known.constEnd())
        return *it;
    QStringEncoder encoder("ISO-2022-JP");
    const QByteArray bytes = encoder.encode(character);
    bool ok = !encoder.hasError() && !bytes.contains('\x1a');
    if (ok && bytes.startsWith("\x1b$B") && bytes.size() >= 5) {
        const int row = uchar(bytes.at(3)) - 0x20;
        ok = (row >= 1 && row <= 8) || (row >= 16 && row <= 84);
    } else if (ok && bytes.startsWith('\x1b') && !bytes.startsWith("\x1b(J") && !bytes.startsWith("\x1b(B")) {
        ok = false; // any other set (JIS X 0212, half-width kana) is not RFC 1468
    }
    known.insert(character, ok);
    return ok;
}

QByteArray backToAscii(QByteArray bytes)
{
    const qsizetype escape = bytes.lastIndexOf('\x1b');
    if (escape >= 0 && bytes.mid(escape, 3) != "\x1b(B")
        bytes += "\x1b(B";
    return bytes;
}

} // namespace

QString Iso2022JpText::prepared(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (isHalfWidthKana(text.at(i).unicode())) {
            qsizetype end = i;
            while (end < text.size() && isHalfWidthKana(text.at(end).unicode()))
                ++end;
            // NFKC joins ｶﾞ into ガ, which a per-character mapping would not.
            out += text.mid(i, end - i).normalized(QString::NormalizationForm_KC);
            i = end;
            continue;
        }
        out += QChar(folded(text.at(i).unicode()));
        ++i;
    }
    return out;
}

QString Iso2022JpText::unsupportedCharacters(const QString &text)
{
    QString bad;
    const QString ready = prepared(text);
    for (qsizetype i = 0; i < ready.size(); ++i) {
        const qsizetype length = ready.at(i).isHighSurrogate() && i + 1 < ready.size() ? 2 : 1;
        const QString character = ready.mid(i, length);
        i += length - 1;
        if (character.at(0).unicode() < 0x80 && character != u"\x1b"_s && character != u"\x0e"_s
            && character != u"\x0f"_s)
            continue;
        if (!carried(character) && !bad.contains(character))
            bad += character;
    }
    return bad;
}

Result<QByteArray> Iso2022JpText::encode(const QString &text)
{
    const QString bad = unsupportedCharacters(text);
    if (!bad.isEmpty()) {
        QStringList shown;
        for (qsizetype i = 0; i < bad.size(); ++i) {
            const qsizetype length = bad.at(i).isHighSurrogate() ? 2 : 1;
            shown.append(bad.mid(i, length));
            i += length - 1;
        }
        return makeError(u"charset"_s,
                         QCoreApplication::translate("Iso2022JpText",
                                                     "ISO-2022-JP cannot carry these characters: %1. Send the "
                                                     "reply as UTF-8, or replace them (for example ① with (1), "
                                                     "㈱ with (株)).")
                             .arg(shown.join(u' ')));
    }
    const QStringList lines = prepared(text).split(u'\n');
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (i > 0)
            out += '\n';
        out += encodePiece(line);
    }
    return out;
}

QByteArray Iso2022JpText::encodePiece(const QString &piece)
{
    QStringEncoder encoder("ISO-2022-JP");
    return backToAscii(encoder.encode(piece));
}

} // namespace Madoguchi
