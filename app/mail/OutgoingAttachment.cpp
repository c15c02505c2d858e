#include "mail/OutgoingAttachment.h"

#include "mail/Iso2022JpText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// RFC 2231 attribute-char: printable ASCII except space, "*", "'", "%" and the tspecials.
bool isAttributeChar(char c)
{
    static const QByteArray tspecials = "()<>@,;:\\\"/[]?=*'% ";
    return c > 0x20 && c < 0x7F && !tspecials.contains(c);
}

} // namespace

QString OutgoingAttachment::cleanName(const QString &name)
{
    QString base = name;
    base.replace(u'\\', u'/');
    base = base.section(u'/', -1);
    QString clean;
    for (QChar c : std::as_const(base)) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F && c != u'"')
            clean += c;
    }
    clean = clean.trimmed();
    return clean.isEmpty() ? u"attachment"_s : clean;
}

Result<OutgoingAttachment> OutgoingAttachment::fromFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return makeError(u"input"_s, QCoreApplication::translate("OutgoingAttachment", "Cannot read %1: %2")
                                         .arg(path, QFileInfo(path).isDir()
                                                        ? QCoreApplication::translate("OutgoingAttachment",
                                                                                      "it is a folder")
                                                        : file.errorString()));
    }
    OutgoingAttachment attachment;
    attachment.fileName = cleanName(QFileInfo(path).fileName());
    attachment.data = file.readAll();
    attachment.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, attachment.data).name().toLatin1();
    if (attachment.mimeType.isEmpty())
        attachment.mimeType = "application/octet-stream";
    return attachment;
}

QByteArray OutgoingAttachment::rfc2231Parameter(const QByteArray &name, const QString &value, OutgoingCharset charset)
{
    const bool jis = charset == OutgoingCharset::Iso2022Jp;
    const QString text = jis ? Iso2022JpText::prepared(value) : value;
    auto escaped = [jis](const QString &piece) {
        const QByteArray bytes = jis ? Iso2022JpText::encodePiece(piece) : piece.toUtf8();
        QByteArray out;
        for (char c : bytes)
            out += isAttributeChar(c) ? QByteArray(1, c) : '%' + QByteArray(1, c).toHex().toUpper();
        return out;
    };
    // Sections end on whole characters (and, in ISO-2022-JP, back in ASCII), so each one
    // reads alone: Python's email package decodes the sections one by one. Each goes on its
    // own line, " filename*N*=" and ";" included, within 78 characters.
    const QByteArray prefix = jis ? "ISO-2022-JP''" : "UTF-8''";
    const qsizetype limit = 76 - name.size() - 8;
    QList<QByteArray> sections;
    QString piece;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, length);
        i += length - 1;
        const qsizetype room = limit - (sections.isEmpty() ? prefix.size() : 0);
        if (!piece.isEmpty() && escaped(piece + character).size() > room) {
            sections.append(escaped(piece));
            piece.clear();
        }
        piece += character;
    }
    sections.append(escaped(piece));
    sections.first().prepend(prefix);
    if (sections.size() == 1)
        return name + "*=" + sections.first();
    QList<QByteArray> parts;
    for (qsizetype i = 0; i < sections.size(); ++i)
        parts.append(name + '*' + QByteArray::number(i) + "*=" + sections.at(i));
    return parts.join(";\r\n ");
}

QByteArray OutgoingAttachment::mimePart(OutgoingCharset charset) const
{
    const QString name = cleanName(fileName);
    QByteArray type = mimeType.isEmpty() ? QByteArray("application/octet-stream") : mimeType;
    QByteArray disposition = "attachment";
    if (std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        QString quoted = name;
        quoted.replace(u"\\"_s, u"\\\\"_s);
        type += "; name=\"" + quoted.toLatin1() + '"';
        disposition += "; filename=\"" + quoted.toLatin1() + '"';
    } else {
        type += ";\r\n name=\"" + HeaderEncoder::encodedWords(name, charset) + '"';
        disposition += ";\r\n " + rfc2231Parameter("filename", name, charset);
    }
    QByteArray out = "Content-Type: " + type + "\r\nContent-Disposition: " + disposition
                     + "\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray encoded = data.toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

} // namespace Madoguchi
