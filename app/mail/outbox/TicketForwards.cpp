#include "mail/outbox/TicketForwards.h"

#include "mail/MailIngestor.h"
#include "mail/OutgoingMail.h"
#include "mail/SubjectLine.h"
#include "mail/outbox/ReplySignatures.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QString TicketForwards::forwardSubject(const QString &original, qint64 ticketNumber, const QString &tagPrefix)
{
    const QString bare = SubjectLine::forDisplay(original, tagPrefix).trimmed();
    const QString tag = SubjectLine::tag(ticketNumber, tagPrefix);
    if (bare.isEmpty())
        return u"Fwd: "_s + tag;
    return u"Fwd: "_s + tag + u' ' + bare;
}

QString TicketForwards::forwardedBlock(const TicketMessage &original)
{
    const QString from = original.fromName.isEmpty()
                             ? original.fromAddress
                             : QString(original.fromName + u" <"_s + original.fromAddress + u'>');
    QString block = QCoreApplication::translate("TicketForwards", "-------- Forwarded Message --------") + u'\n';
    block += QCoreApplication::translate("TicketForwards", "Subject:") + u' ' + original.subject + u'\n';
    // The date as the mail itself writes it, in JST: every reader and language understands it.
    block += QCoreApplication::translate("TicketForwards", "Date:") + u' ' + QString::fromLatin1(OutgoingMail::rfc5322Date(original.received)) + u'\n';
    block += QCoreApplication::translate("TicketForwards", "From:") + u' ' + from + u'\n';
    if (!original.to.isEmpty())
        block += QCoreApplication::translate("TicketForwards", "To:") + u' ' + original.to.join(u", "_s) + u'\n';
    if (!original.cc.isEmpty())
        block += QCoreApplication::translate("TicketForwards", "Cc:") + u' ' + original.cc.join(u", "_s) + u'\n';
    QString body = original.bodyText;
    body.replace(u"\r\n"_s, u"\n"_s);
    while (body.endsWith(u'\n'))
        body.chop(1);
    return block + u'\n' + body + u'\n';
}

Result<ReplyDraft> TicketForwards::draft(qint64 ticketId, qint64 messageRowId, qint64 authorId)
{
    auto ticket = m_desk.tickets().ticket(ticketId);
    if (!ticket)
        return ticket.error();
    if (!ticket->has_value()) {
        return makeError(u"not-found"_s,
                         QCoreApplication::translate("TicketForwards", "Ticket #%1 does not exist.").arg(ticketId));
    }
    auto messages = m_desk.tickets().messages(ticketId);
    if (!messages)
        return messages.error();
    std::optional<TicketMessage> original;
    for (const TicketMessage &m : std::as_const(*messages)) {
        if (messageRowId != 0 ? m.id == messageRowId : m.kind == MessageKind::CustomerMessage)
            original = m; // oldest first: the newest customer message wins
    }
    if (!original && messageRowId == 0) {
        for (const TicketMessage &m : std::as_const(*messages)) {
            if (m.kind != MessageKind::InternalNote && !m.bodyText.isEmpty())
                original = m; // no customer message: the newest mail with text
        }
    }
    if (!original || original->kind == MessageKind::InternalNote) {
        return makeError(u"not-found"_s, messageRowId != 0
                                             ? QCoreApplication::translate("TicketForwards",
                                                                           "Ticket #%1 has no message %2 to forward.")
                                                   .arg(ticketId)
                                                   .arg(messageRowId)
                                             : QCoreApplication::translate("TicketForwards",
                                                                           "Ticket #%1 has no mail to forward.")
                                                   .arg(ticketId));
    }
    auto withFiles = m_desk.tickets().message(original->id, true); // the attachments' bytes
    if (!withFiles)
        return withFiles.error();
    if (withFiles->has_value())
        original = **withFiles;
    auto addresses = MailIngestor::loadAddresses(m_desk);
    if (!addresses)
        return addresses.error();
    auto fromName = m_desk.settings().value(QString::fromLatin1(TicketReplies::fromNameSetting));
    if (!fromName)
        return fromName.error();
    auto signature = ReplySignatures(m_desk).forAuthor(authorId);
    if (!signature)
        return signature.error();

    ReplyDraft draft;
    draft.kind = MessageKind::Forward;
    draft.ticketId = ticketId;
    draft.from = {*fromName, addresses->supportAddresses.value(0)};
    draft.subject = forwardSubject(original->subject.isEmpty() ? (*ticket)->subject : original->subject, ticketId,
                                   addresses->ticketTagPrefix);
    const QString signatureBlock = signature->isEmpty() ? QString() : u"\n\n"_s + *signature;
    draft.body = signatureBlock + u"\n\n"_s + forwardedBlock(*original);
    for (const MessageAttachment &file : std::as_const(original->attachments))
        draft.attachments.append({file.fileName,
                                  file.mimeType.isEmpty() ? QByteArray("application/octet-stream")
                                                          : file.mimeType.toLatin1(),
                                  file.content});
    return draft;
}

} // namespace Madoguchi
