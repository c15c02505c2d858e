#include "mail/imap/SyncedMailStore.h"

#include "mail/MailClassifier.h"
#include "mail/MailThreader.h"
#include "mail/imap/MailAccountSettings.h"
#include "mail/mime/MimeParser.h"
#include "tickets/TicketDesk.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QStringList addressList(const QList<MailAddress> &addresses)
{
    QStringList result;
    for (const MailAddress &address : addresses)
        result.append(address.address);
    return result;
}

MessageKind messageKindFor(MailKind kind, bool fromSentFolder)
{
    switch (kind) {
    case MailKind::StaffReply:
        return MessageKind::StaffReply;
    case MailKind::AutoReply:
    case MailKind::Bounce: // the bounce bookkeeping (markUndelivered) needs the reply's row; shown, opens nothing
        return MessageKind::AutoReply;
    case MailKind::CustomerMessage:
        break;
    }
    // Whatever sits in the desk's own Sent folder was sent by the desk.
    return fromSentFolder ? MessageKind::StaffReply : MessageKind::CustomerMessage;
}

} // namespace

MailboxSync::StoreMail SyncedMailStore::storeFunction(TicketDesk &desk, const MailAccountSettings &settings)
{
    DeskAddresses addresses;
    if (settings.imap.user.contains(u'@'))
        addresses.supportAddresses.append(settings.imap.user);
    ThreadLookup lookup;
    lookup.ticketByNumber = [&desk](qint64 number) -> Result<std::optional<qint64>> {
        const auto ticket = desk.tickets().findByNumber(number);
        if (!ticket)
            return ticket.error();
        return ticket->has_value() ? std::optional<qint64>(ticket->value().id) : std::nullopt;
    };
    lookup.ticketByMessageIds = [&desk](const QList<QByteArray> &ids) -> Result<std::optional<qint64>> {
        QStringList list;
        for (const QByteArray &id : ids)
            list.append(QString::fromLatin1(id));
        const auto ticket = desk.tickets().findTicketByMessageIds(list);
        if (!ticket)
            return ticket.error();
        return ticket.value() > 0 ? std::optional<qint64>(ticket.value()) : std::nullopt;
    };
    auto classifier = std::make_shared<MailClassifier>(addresses);
    auto threader = std::make_shared<MailThreader>(lookup, addresses.ticketTagPrefix);

    return [&desk, classifier, threader](const FetchedMail &mail) -> Result<bool> {
        const MailMessage parsed = MimeParser().parse(mail.source);
        const auto known = desk.tickets().hasMessage(QString::fromLatin1(parsed.messageId), parsed.contentHash);
        if (!known)
            return known.error();
        if (known.value())
            return false;
        const MailClassification classification = classifier->classify(parsed);
        const auto decision = threader->decide(parsed, classification);
        if (!decision)
            return decision.error();
        TicketMessage message;
        message.kind = messageKindFor(classification.kind, mail.fromSentFolder);
        message.messageId = QString::fromLatin1(parsed.messageId);
        message.inReplyTo = QString::fromLatin1(parsed.inReplyTo);
        for (const QByteArray &reference : parsed.references)
            message.references.append(QString::fromLatin1(reference));
        message.fromAddress = parsed.from.address;
        message.fromName = parsed.from.name;
        message.to = addressList(parsed.to);
        message.cc = addressList(parsed.cc);
        message.subject = parsed.subject;
        message.received = mail.internalDate.isValid() ? mail.internalDate : parsed.date;
        message.receivedClaimed = !mail.internalDate.isValid();
        message.bodyText = parsed.textBody;
        message.bodyHtml = parsed.htmlBody;
        message.rawSource = mail.source;
        message.contentHash = parsed.contentHash;
        for (const MailAttachment &part : parsed.attachments) {
            MessageAttachment attachment;
            attachment.fileName = part.fileName;
            attachment.mimeType = QString::fromLatin1(part.mimeType);
            attachment.size = part.data.size();
            attachment.content = part.data;
            message.attachments.append(attachment);
        }
        const auto stored = desk.mail().addMessage(message, decision->ticketId);
        if (!stored)
            return stored.error();
        return true;
    };
}

} // namespace Madoguchi
