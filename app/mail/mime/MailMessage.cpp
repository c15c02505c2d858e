#include "mail/mime/MailMessage.h"

namespace Madoguchi {

QStringList MailAddress::addressesOf(const QList<MailAddress> &list)
{
    QStringList out;
    out.reserve(list.size());
    for (const MailAddress &a : list)
        out.append(a.address.trimmed());
    return out;
}

QString MailAddress::domain() const
{
    const QString key = addressKey();
    const qsizetype at = key.lastIndexOf(u'@');
    return at < 0 ? QString() : key.mid(at + 1);
}

QString MailMessage::header(QByteArrayView name) const
{
    for (const MailHeader &h : headers)
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    return {};
}

QStringList MailMessage::headerValues(QByteArrayView name) const
{
    QStringList values;
    for (const MailHeader &h : headers)
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.value);
    return values;
}

bool MailMessage::hasHeader(QByteArrayView name) const
{
    for (const MailHeader &h : headers)
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QStringList MailMessage::attachmentNames() const
{
    QStringList names;
    for (const MailAttachment &a : attachments)
        if (!a.isInline)
            names.append(a.fileName);
    return names;
}

} // namespace Madoguchi
