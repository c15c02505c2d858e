#include "mail/mime/AttachmentFileName.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

bool isUnsafe(char32_t c)
{
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))
        return true;
    // Bidi overrides/isolates make "exe.pdf" look like "fdp.exe"; zero-width characters hide text.
    if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF)
        return true;
    switch (c) {
    case '<':
    case '>':
    case ':':
    case '"':
    case '|':
    case '?':
    case '*':
        return true;
    default:
        return false;
    }
}

QString cleaned(const QString &name)
{
    QString text = name.normalized(QString::NormalizationForm_C);
    // Only the last path component counts: "../../etc/passwd" is "passwd".
    const qsizetype slash = std::max(text.lastIndexOf(u'/'), text.lastIndexOf(u'\\'));
    if (slash >= 0)
        text = text.mid(slash + 1);
    QString out;
    for (const char32_t c : text.toUcs4()) {
        if (isUnsafe(c))
            out += u'_';
        else
            out += QString::fromUcs4(&c, 1);
    }
    out = out.simplified();
    // Leading dots make hidden files (and ".."); trailing dots and spaces vanish on Windows.
    while (out.startsWith(u'.') || out.startsWith(u' '))
        out.remove(0, 1);
    while (out.endsWith(u'.') || out.endsWith(u' '))
        out.chop(1);
    static const QRegularExpression reserved(u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(out).hasMatch())
        out.prepend(u'_');
    return out;
}

QString truncatedToBytes(const QString &text, int maxBytes)
{
    QString out;
    int bytes = 0;
    for (const char32_t c : text.toUcs4()) {
        const QString ch = QString::fromUcs4(&c, 1);
        const int size = int(ch.toUtf8().size());
        if (bytes + size > maxBytes)
            break;
        out += ch;
        bytes += size;
    }
    return out;
}

QString limited(const QString &name)
{
    if (name.toUtf8().size() <= AttachmentFileName::kMaxUtf8Bytes)
        return name;
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString extension = (dot > 0 && name.size() - dot <= 10) ? name.mid(dot) : QString();
    const int room = AttachmentFileName::kMaxUtf8Bytes - int(extension.toUtf8().size());
    return truncatedToBytes(name.left(name.size() - extension.size()), room).trimmed() + extension;
}

} // namespace

QString AttachmentFileName::sanitize(const QString &name, const QString &fallback)
{
    QString out = limited(cleaned(name));
    if (out.isEmpty() || out.startsWith(u'.'))
        out = limited(cleaned(fallback));
    if (out.isEmpty())
        out = u"attachment"_s;
    return out;
}

} // namespace Madoguchi
