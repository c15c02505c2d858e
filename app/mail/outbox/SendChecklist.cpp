#include "mail/outbox/SendChecklist.h"

#include "tickets/FreeMailDomains.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1).trimmed().toLower();
}

} // namespace

SendChecklist SendChecklist::forReply(const ReplyDraft &draft, const QString &customerAddress,
                                      const DeskAddresses &desk)
{
    const QString customerKey = customerAddress.trimmed().toLower();
    const QString customerDomain = FreeMailDomains::organisationDomain(customerKey).toLower();
    QStringList deskDomains;
    for (const QString &address : desk.supportAddresses + desk.staffAddresses) {
        const QString domain = domainOf(address);
        if (!domain.isEmpty() && !deskDomains.contains(domain))
            deskDomains.append(domain);
    }
    SendChecklist list;
    auto add = [&](Kind kind, const QList<MailAddress> &addresses) {
        for (const MailAddress &a : addresses) {
            const QString key = a.addressKey();
            const QString domain = domainOf(key);
            const bool inside = key == customerKey || (!customerDomain.isEmpty() && domain == customerDomain)
                                || deskDomains.contains(domain) || desk.isDesk(key);
            const QString text = a.name.isEmpty() ? a.address : a.name + u" <"_s + a.address + u'>';
            list.items.append({kind, text, a.address, 0, !inside});
        }
    };
    add(Kind::To, draft.to);
    add(Kind::Cc, draft.cc);
    return list;
}

void SendChecklist::addAttachment(const QString &fileName, qint64 sizeBytes)
{
    items.append({Kind::Attachment, fileName, QString(), sizeBytes, false});
}

int SendChecklist::outsideCount() const
{
    int count = 0;
    for (const Item &item : items)
        count += item.outside ? 1 : 0;
    return count;
}

} // namespace Madoguchi
