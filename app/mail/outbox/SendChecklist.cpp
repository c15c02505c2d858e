#include "mail/outbox/SendChecklist.h"

#include "tickets/FreeMailDomains.h"

#include <QRegularExpression>

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
    add(Kind::Bcc, draft.bcc);
    return list;
}

void SendChecklist::addAttachment(const QString &fileName, qint64 sizeBytes)
{
    items.append({Kind::Attachment, fileName, QString(), sizeBytes, false});
}

QStringList SendChecklist::parseWords(const QString &text)
{
    static const QRegularExpression separators(u"[,、\\n]+"_s);
    QStringList words;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString word = part.trimmed();
        if (!word.isEmpty() && !words.contains(word, Qt::CaseInsensitive))
            words.append(word);
    }
    return words;
}

QStringList SendChecklist::wordsFound(const QStringList &words, const QString &subject, const QString &body)
{
    QString written = subject;
    for (const QString &line : body.split(u'\n')) {
        const QString start = line.trimmed();
        if (!start.startsWith(u'>') && !start.startsWith(u'＞'))
            written += u'\n' + line;
    }
    QStringList found;
    for (const QString &word : words) {
        if (!word.trimmed().isEmpty() && written.contains(word.trimmed(), Qt::CaseInsensitive))
            found.append(word.trimmed());
    }
    return found;
}

int SendChecklist::outsideCount() const
{
    int count = 0;
    for (const Item &item : items)
        count += item.outside ? 1 : 0;
    return count;
}

} // namespace Madoguchi
