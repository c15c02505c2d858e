#include "mail/OutgoingMail.h"

#include "core/Jst.h"
#include "mail/Iso2022JpText.h"
#include "mail/SubjectLine.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Lines of at most 76 characters, as RFC 2045 6.8 asks for base64.
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QByteArray crlf(QByteArray text)
{
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');
    text.replace("\n", "\r\n");
    if (!text.endsWith("\r\n"))
        text += "\r\n";
    return text;
}

bool hasLongLine(const QByteArray &text)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.size() > 998)
            return true;
    }
    return false;
}

QByteArray idList(const QStringList &ids)
{
    QList<QByteArray> parts;
    for (const QString &id : ids) {
        if (!id.trimmed().isEmpty())
            parts.append('<' + id.trimmed().toUtf8() + '>');
    }
    return parts.join("\r\n ");
}

} // namespace

QString OutgoingMail::replySubject(const QString &original, qint64 ticketNumber, const QString &tagPrefix)
{
    const QString bare = SubjectLine::forDisplay(original, tagPrefix).trimmed();
    const QString tag = SubjectLine::tag(ticketNumber, tagPrefix);
    if (bare.isEmpty())
        return u"Re: "_s + tag;
    return u"Re: "_s + tag + u' ' + bare;
}

QString OutgoingMail::newMessageId(const QString &domain, const QDateTime &now)
{
    const quint64 random = QRandomGenerator::system()->generate64();
    return u"madoguchi.%1.%2@%3"_s.arg(now.toMSecsSinceEpoch(), 0, 36).arg(random, 0, 36).arg(domain.toLower());
}

QByteArray OutgoingMail::rfc5322Date(const QDateTime &moment)
{
    static const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime jst = Jst::toJst(moment);
    const QDate d = jst.date();
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()) + ' ' + months[d.month() - 1]
           + ' ' + QByteArray::number(d.year()) + ' ' + jst.time().toString(u"HH:mm:ss"_s).toLatin1() + " +0900";
}

Result<QList<MailAddress>> OutgoingMail::parseAddresses(const QString &text)
{
    QStringList entries;
    QString current;
    bool quoted = false;
    int angle = 0;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u'<' && !quoted)
            ++angle;
        else if (c == u'>' && !quoted && angle > 0)
            --angle;
        if ((c == u',' || c == u';' || c == u'、') && !quoted && angle == 0) {
            entries.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    entries.append(current);
    QList<MailAddress> list;
    for (const QString &raw : std::as_const(entries)) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        MailAddress address;
        const qsizetype open = entry.lastIndexOf(u'<');
        const qsizetype close = entry.lastIndexOf(u'>');
        if (open >= 0 && close > open) {
            address.address = entry.mid(open + 1, close - open - 1).trimmed();
            address.name = entry.left(open).trimmed();
            if (address.name.size() >= 2 && address.name.startsWith(u'"') && address.name.endsWith(u'"'))
                address.name = address.name.mid(1, address.name.size() - 2);
        } else {
            address.address = entry;
        }
        const qsizetype at = address.address.indexOf(u'@');
        if (at <= 0 || at == address.address.size() - 1 || address.address.contains(u' ')) {
            return makeError(u"input"_s,
                             QCoreApplication::translate("OutgoingMail", "\"%1\" is not a mail address.").arg(entry));
        }
        list.append(address);
    }
    return list;
}

QString OutgoingMail::formatAddresses(const QList<MailAddress> &addresses)
{
    QStringList parts;
    for (const MailAddress &a : addresses) {
        if (a.name.isEmpty())
            parts.append(a.address);
        else if (a.name.contains(u',') || a.name.contains(u';'))
            parts.append(u"\"%1\" <%2>"_s.arg(a.name, a.address));
        else
            parts.append(u"%1 <%2>"_s.arg(a.name, a.address));
    }
    return parts.join(u", "_s);
}

QStringList OutgoingMail::recipients() const
{
    QStringList list;
    QStringList keys;
    for (const QList<MailAddress> *group : {&to, &cc}) {
        for (const MailAddress &address : *group) {
            if (address.address.trimmed().isEmpty() || keys.contains(address.addressKey()))
                continue;
            keys.append(address.addressKey());
            list.append(address.address.trimmed());
        }
    }
    return list;
}

Result<QByteArray> OutgoingMail::compose() const
{
    if (from.address.trimmed().isEmpty()) {
        return makeError(u"input"_s, QCoreApplication::translate("OutgoingMail",
                                                                 "The support address to send from is not set."));
    }
    if (recipients().isEmpty())
        return makeError(u"input"_s, QCoreApplication::translate("OutgoingMail", "The reply has no recipient."));

    QByteArray bodyBytes;
    QByteArray contentType;
    QByteArray transferEncoding;
    if (charset == OutgoingCharset::Iso2022Jp) {
        // Names and the subject must fit as well as the text: check them all at once, so
        // the writer hears about every problem character in one message.
        QString everything = subject + u'\n' + body + u'\n' + from.name;
        for (const MailAddress &a : to + cc)
            everything += u'\n' + a.name;
        for (const OutgoingAttachment &file : attachments)
            everything += u'\n' + OutgoingAttachment::cleanName(file.fileName);
        if (const QString bad = Iso2022JpText::unsupportedCharacters(everything); !bad.isEmpty()) {
            auto refused = Iso2022JpText::encode(bad);
            return refused.error();
        }
        auto encoded = Iso2022JpText::encode(body);
        if (!encoded)
            return encoded.error();
        bodyBytes = crlf(*encoded);
        contentType = "text/plain; charset=ISO-2022-JP";
        transferEncoding = "7bit";
    } else {
        const QByteArray utf8 = crlf(body.toUtf8());
        contentType = "text/plain; charset=UTF-8";
        if (isAscii(body) && !hasLongLine(utf8)) {
            bodyBytes = utf8;
            transferEncoding = "7bit";
        } else {
            bodyBytes = base64Lines(utf8);
            transferEncoding = "base64";
        }
    }

    const QString id = messageId.isEmpty() ? newMessageId(from.domain(), date) : messageId;
    QByteArray out;
    auto header = [&out](const char *name, const QByteArray &value) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    };
    header("Date", rfc5322Date(date));
    header("From", HeaderEncoder::mailbox(from, charset));
    header("To", HeaderEncoder::addressList(to, charset));
    if (!cc.isEmpty())
        header("Cc", HeaderEncoder::addressList(cc, charset));
    header("Subject", HeaderEncoder::unstructured(subject, charset));
    header("Message-ID", '<' + id.toUtf8() + '>');
    if (!inReplyTo.isEmpty())
        header("In-Reply-To", '<' + inReplyTo.toUtf8() + '>');
    QStringList chain = references;
    if (!inReplyTo.isEmpty() && !chain.contains(inReplyTo))
        chain.append(inReplyTo);
    if (!chain.isEmpty())
        header("References", idList(chain));
    if (autoReplied) // RFC 3834: mail programs and other desks do not answer it
        header("Auto-Submitted", "auto-replied");
    header("MIME-Version", "1.0");
    if (attachments.isEmpty()) {
        header("Content-Type", contentType);
        header("Content-Transfer-Encoding", transferEncoding);
        header("User-Agent", "Madoguchi");
        out += "\r\n";
        out += bodyBytes;
        return out;
    }
    // Base64 and 7bit text never hold this line, so the boundary cannot occur in a part.
    const QByteArray boundary = "=_madoguchi_" + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    header("Content-Type", "multipart/mixed;\r\n boundary=\"" + boundary + '"');
    header("User-Agent", "Madoguchi");
    out += "\r\nThis is a multi-part message in MIME format.\r\n";
    out += "--" + boundary + "\r\nContent-Type: " + contentType + "\r\nContent-Transfer-Encoding: " + transferEncoding
           + "\r\n\r\n" + bodyBytes;
    for (const OutgoingAttachment &file : attachments)
        out += "--" + boundary + "\r\n" + file.mimePart(charset);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace Madoguchi
