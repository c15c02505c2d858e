#include "mail/outbox/ReplyRequest.h"

#include "mail/outbox/ReplyTemplates.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<ReplyDraft> ReplyRequest::draft(TicketDesk &desk, const StaffUser &author) const
{
    auto found = desk.tickets().findByNumber(ticketNumber);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        return makeError(u"not-found"_s, QCoreApplication::translate("ReplyRequest", "Ticket #%1 does not exist.")
                                             .arg(ticketNumber));
    }
    const qint64 ticketId = (*found)->id;
    auto prepared = TicketReplies(desk).draft(ticketId, scope, author.id);
    if (!prepared)
        return prepared.error();
    ReplyDraft result = *prepared;
    if (result.from.address.isEmpty()) {
        return makeError(u"setup"_s, QCoreApplication::translate("ReplyRequest",
                                                                 "The desk's support address, which replies are "
                                                                 "sent from, is not set yet."));
    }
    QString written;
    if (!templateName.trimmed().isEmpty()) {
        ReplyTemplates templates(desk);
        auto chosen = templates.named(author.id, templateName);
        if (!chosen)
            return chosen.error();
        auto filled = templates.filledFor(*chosen, ticketId, author);
        if (!filled)
            return filled.error();
        if (!filled->subject.isEmpty())
            result.subject = filled->subject;
        written = filled->body;
        if (!written.endsWith(u'\n') && !text.trimmed().isEmpty())
            written += u'\n';
    }
    written += text;
    written.replace(u"\r\n"_s, u"\n"_s);
    while (written.endsWith(u'\n'))
        written.chop(1);
    if (written.trimmed().isEmpty()) {
        return makeError(u"input"_s,
                         QCoreApplication::translate("ReplyRequest", "The reply has no text of its own."));
    }
    // The draft's body starts with the blank lines before the signature and the quote.
    result.body = written + (result.body.isEmpty() ? u"\n"_s : result.body);
    result.charset = charset;
    result.attachments = attachments;
    return result;
}

Result<QueuedReply> ReplyRequest::queue(TicketDesk &desk, const StaffUser &author) const
{
    auto prepared = draft(desk, author);
    if (!prepared)
        return prepared.error();
    return TicketReplies(desk).queue(author, *prepared);
}

} // namespace Madoguchi
