#include "mail/outbox/TicketReplies.h"

#include "core/Clock.h"
#include "core/JapaneseDateText.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/OutgoingMail.h"
#include "mail/mime/MimeParser.h"
#include "mail/outbox/ReplyApprovals.h"
#include "mail/outbox/ReplySignatures.h"
#include "store/TransactionGuard.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QString TicketReplies::defaultQuoteHeader()
{
    return u"{date} {time} {from} からのメール:"_s;
}

QStringList TicketReplies::unknownQuotePlaceholders(const QString &header)
{
    static const QRegularExpression placeholder(u"\\{([^{}]*)\\}"_s);
    static const QStringList known{u"date"_s, u"time"_s, u"from"_s};
    QStringList unknown;
    for (auto it = placeholder.globalMatch(header); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!known.contains(name) && !unknown.contains(name))
            unknown.append(name);
    }
    return unknown;
}

QString TicketReplies::quoted(const TicketMessage &original, const QString &header)
{
    // The customer reads this, in Japanese, whatever language the desk's screen is in.
    const QDateTime jst = Jst::toJst(original.received);
    const QString date = japaneseDateText(jst.date());
    const QString from = original.fromName.isEmpty()
                             ? QString(original.fromAddress + u" 様"_s)
                             : QString(original.fromName + u"様 <"_s + original.fromAddress + u'>');
    const QString line = header.trimmed().isEmpty() ? defaultQuoteHeader() : header.trimmed();
    // One pass, so a name that itself reads "{time}" stays as written.
    static const QRegularExpression placeholder(u"\\{(date|time|from)\\}"_s);
    QString text;
    qsizetype done = 0;
    for (auto it = placeholder.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        text += line.mid(done, m.capturedStart() - done);
        const QString name = m.captured(1);
        text += name == u"date"_s ? date : name == u"time"_s ? jst.toString(u"HH:mm"_s) : from;
        done = m.capturedEnd();
    }
    text += line.mid(done) + u'\n';
    QString body = original.bodyText;
    body.replace(u"\r\n"_s, u"\n"_s);
    while (body.endsWith(u'\n'))
        body.chop(1);
    for (const QString &bodyLine : body.split(u'\n'))
        text += (bodyLine.startsWith(u'>') ? u">"_s : u"> "_s) + bodyLine + u'\n';
    return text;
}

Result<ReplyDraft> TicketReplies::draft(qint64 ticketId, ReplyScope scope, qint64 authorId)
{
    auto ticket = m_desk.tickets().ticket(ticketId);
    if (!ticket)
        return ticket.error();
    if (!ticket->has_value()) {
        return makeError(u"not-found"_s,
                         QCoreApplication::translate("TicketReplies", "Ticket #%1 does not exist.").arg(ticketId));
    }
    auto addresses = MailIngestor::loadAddresses(m_desk);
    if (!addresses)
        return addresses.error();
    auto fromName = m_desk.settings().value(QString::fromLatin1(fromNameSetting));
    if (!fromName)
        return fromName.error();
    auto messages = m_desk.tickets().messages(ticketId);
    if (!messages)
        return messages.error();

    ReplyDraft draft;
    draft.ticketId = ticketId;
    draft.from = {*fromName, addresses->supportAddresses.value(0)};
    std::optional<TicketMessage> original;
    for (const TicketMessage &m : *messages) {
        if (m.kind == MessageKind::CustomerMessage)
            original = m; // messages come oldest first: the last one wins
    }
    draft.subject = OutgoingMail::replySubject(original ? original->subject : (*ticket)->subject, ticketId,
                                               addresses->ticketTagPrefix);
    auto signature = ReplySignatures(m_desk).forAuthor(authorId);
    if (!signature)
        return signature.error();
    const QString signatureBlock = signature->isEmpty() ? QString() : u"\n\n"_s + *signature;
    if (!original) {
        draft.body = signatureBlock;
        return draft;
    }
    draft.answeringRowId = original->id;
    draft.to = {{original->fromName, original->fromAddress}};
    QStringList seen{original->fromAddress.toLower()};
    const QStringList others = scope == ReplyScope::All ? original->to + original->cc : QStringList();
    for (const QString &address : others) {
        const QString key = address.trimmed().toLower();
        if (key.isEmpty() || seen.contains(key) || addresses->isDesk(key))
            continue;
        seen.append(key);
        draft.cc.append({QString(), address.trimmed()});
    }
    auto header = m_desk.settings().value(QString::fromLatin1(quoteHeaderSetting));
    if (!header)
        return header.error();
    draft.body = signatureBlock + u"\n\n"_s + quoted(*original, *header);
    return draft;
}

qint64 TicketReplies::totalBytes(const QList<OutgoingAttachment> &attachments)
{
    qint64 total = 0;
    for (const OutgoingAttachment &file : attachments)
        total += file.data.size();
    return total;
}

Result<qint64> TicketReplies::attachmentLimit()
{
    auto stored = m_desk.settings().value(QString::fromLatin1(attachmentLimitSetting));
    if (!stored)
        return stored.error();
    bool ok = false;
    const qint64 limit = stored->trimmed().toLongLong(&ok);
    return ok && limit >= 0 ? limit : defaultAttachmentLimit;
}

Result<void> TicketReplies::checkAttachmentSize(qint64 totalBytes, qint64 limit)
{
    if (totalBytes <= limit)
        return {};
    const QLocale locale;
    return makeError(u"input"_s, QCoreApplication::translate("TicketReplies",
                                                             "The attachments come to %1; a reply may carry at most "
                                                             "%2 (the limit the administrator set).")
                                     .arg(locale.formattedDataSize(totalBytes), locale.formattedDataSize(limit)));
}

Result<TicketMessage> TicketReplies::compose(const StaffUser &author, const ReplyDraft &draft, const QDateTime &now,
                                             const QString &messageId)
{
    if (!draft.attachments.isEmpty()) {
        auto limit = attachmentLimit();
        if (!limit)
            return limit.error();
        if (auto fits = checkAttachmentSize(totalBytes(draft.attachments), *limit); !fits)
            return fits.error();
    }
    OutgoingMail mail;
    mail.from = draft.from;
    mail.to = draft.to;
    mail.cc = draft.cc;
    mail.subject = draft.subject;
    mail.body = draft.body;
    mail.charset = draft.charset;
    mail.attachments = draft.attachments;
    mail.date = now;
    mail.messageId = messageId.isEmpty() ? OutgoingMail::newMessageId(draft.from.domain(), now) : messageId;
    if (draft.answeringRowId != 0) {
        auto original = m_desk.tickets().message(draft.answeringRowId);
        if (!original)
            return original.error();
        if (original->has_value()) {
            mail.inReplyTo = (*original)->messageId;
            mail.references = (*original)->references;
        }
    }
    auto bytes = mail.compose();
    if (!bytes)
        return bytes.error();

    TicketMessage reply;
    reply.kind = draft.kind == MessageKind::Forward ? MessageKind::Forward : MessageKind::StaffReply;
    reply.messageId = mail.messageId;
    reply.inReplyTo = mail.inReplyTo;
    reply.references = mail.references;
    if (!mail.inReplyTo.isEmpty() && !reply.references.contains(mail.inReplyTo))
        reply.references.append(mail.inReplyTo);
    reply.fromAddress = mail.from.address;
    reply.fromName = mail.from.name;
    reply.to = MailAddress::addressesOf(mail.to);
    reply.cc = MailAddress::addressesOf(mail.cc);
    reply.bcc = MailAddress::addressesOf(draft.bcc); // OutgoingMail never sees them: not in the bytes
    reply.subject = mail.subject;
    reply.received = now;
    reply.bodyText = mail.body;
    reply.rawSource = *bytes;
    // The hash the mailbox sync computes, so the copy it finds in Sent is known as this one.
    reply.contentHash = MimeParser::contentHash(*bytes);
    reply.authorId = author.id;
    reply.delivery = ReplyDelivery::Pending; // it answers once the server accepted it
    for (const OutgoingAttachment &file : draft.attachments) {
        MessageAttachment stored;
        stored.fileName = OutgoingAttachment::cleanName(file.fileName);
        stored.mimeType = QString::fromLatin1(file.mimeType);
        stored.size = file.data.size();
        stored.content = file.data;
        reply.attachments.append(stored);
    }
    return reply;
}

Result<QueuedReply> TicketReplies::queue(const StaffUser &author, const ReplyDraft &draft)
{
    const QDateTime now = m_desk.clock().now();
    auto composed = compose(author, draft, now);
    if (!composed)
        return composed.error();
    TicketMessage reply = std::move(composed).value();
    ReplyApprovals approvals(m_desk);
    auto held = approvals.required(author.id);
    if (!held)
        return held.error();
    if (*held)
        reply.delivery = ReplyDelivery::Held; // 承認: a manager sends it on (ReplyApprovals::approve)

    TransactionGuard transaction(m_desk.database());
    if (!transaction.ok())
        return transaction.error();
    auto stored = m_desk.mail().addMessage(reply, draft.ticketId);
    if (!stored)
        return stored.error();
    QueuedReply queued{stored->messageRowId, 0, reply.messageId, 0};
    if (*held) {
        auto approval = approvals.hold(author, stored->messageRowId, stored->ticketId);
        if (!approval)
            return approval.error();
        queued.approvalId = *approval;
    } else {
        auto outboxId = enqueueWithWindow(stored->messageRowId, now);
        if (!outboxId)
            return outboxId.error();
        queued.outboxId = *outboxId;
    }
    const QString action = reply.kind == MessageKind::Forward ? u"forward"_s : u"reply"_s;
    if (auto logged = m_desk.audit().record(author, stored->ticketId, action, QString(), reply.messageId); !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return queued;
}

Result<qint64> TicketReplies::enqueueWithWindow(qint64 messageRowId, const QDateTime &now)
{
    auto window = sendCancelSecs();
    if (!window)
        return window.error();
    return m_desk.outbox().enqueue(messageRowId, now, *window > 0 ? now.addSecs(*window) : QDateTime());
}

Result<int> TicketReplies::sendCancelSecs()
{
    auto stored = m_desk.settings().value(QString::fromLatin1(sendCancelSetting));
    if (!stored)
        return stored.error();
    bool ok = false;
    const int secs = stored->trimmed().toInt(&ok);
    return ok && secs >= 0 ? secs : defaultSendCancelSecs;
}

Result<std::optional<OutboxEntry>> TicketReplies::withdrawable(qint64 ticketId)
{
    auto entries = m_desk.outbox().entries();
    if (!entries)
        return entries.error();
    const QDateTime now = m_desk.clock().now();
    for (const OutboxEntry &e : std::as_const(*entries)) {
        if (e.ticketId == ticketId && e.state == OutboxState::Queued && e.attempts == 0 && e.nextAttempt.isValid()
            && e.nextAttempt > now)
            return std::optional<OutboxEntry>(e);
    }
    return std::optional<OutboxEntry>();
}

Result<ReplyDraft> TicketReplies::storedDraft(const StaffUser &actor, qint64 messageRowId)
{
    auto reply = m_desk.tickets().message(messageRowId, true);
    if (!reply)
        return reply.error();
    if (!reply->has_value())
        return makeError(u"not-found"_s, QCoreApplication::translate("TicketReplies", "The reply is no longer in the outbox."));
    const TicketMessage &m = **reply;
    auto prepared = draft(m.ticketId, ReplyScope::Sender, actor.id);
    if (!prepared)
        return prepared.error();
    ReplyDraft restored = *prepared;
    restored.kind = m.kind;
    if (m.kind == MessageKind::Forward)
        restored.answeringRowId = 0; // a forward is not in the customer's thread
    restored.from = {m.fromName, m.fromAddress};
    // The names are in the bytes, not in the stored address lists.
    const MailMessage sent = MimeParser().parse(m.rawSource);
    restored.to = sent.to;
    restored.cc = sent.cc;
    restored.bcc.clear();
    for (const QString &address : m.bcc)
        restored.bcc.append({QString(), address});
    restored.subject = m.subject;
    restored.body = m.bodyText;
    restored.charset = m.rawSource.contains("charset=ISO-2022-JP") ? OutgoingCharset::Iso2022Jp : OutgoingCharset::Utf8;
    restored.attachments.clear();
    for (const MessageAttachment &file : m.attachments)
        restored.attachments.append({file.fileName, file.mimeType.toLatin1(), file.content});
    return restored;
}

Result<ReplyDraft> TicketReplies::withdraw(const StaffUser &actor, qint64 outboxId)
{
    auto entry = m_desk.outbox().entry(outboxId);
    if (!entry)
        return entry.error();
    const QDateTime now = m_desk.clock().now();
    if (!entry->has_value() || (*entry)->state != OutboxState::Queued || (*entry)->attempts > 0
        || !(*entry)->nextAttempt.isValid() || (*entry)->nextAttempt <= now) {
        return makeError(u"input"_s, QCoreApplication::translate("TicketReplies",
                                                                 "The reply can no longer be withdrawn: its time to "
                                                                 "cancel has passed."));
    }
    auto restored = storedDraft(actor, (*entry)->messageRowId);
    if (!restored)
        return restored.error();
    if (auto discarded = discard(actor, outboxId); !discarded)
        return discarded.error();
    return restored;
}

Result<void> TicketReplies::discard(const StaffUser &actor, qint64 outboxId)
{
    TransactionGuard transaction(m_desk.database());
    if (!transaction.ok())
        return transaction.error();
    auto entry = m_desk.outbox().entry(outboxId);
    if (!entry)
        return entry.error();
    if (!entry->has_value()) {
        return makeError(u"not-found"_s,
                         QCoreApplication::translate("TicketReplies", "The reply is no longer in the outbox."));
    }
    const QString who = actor.displayName.isEmpty() ? actor.login : actor.displayName;
    if (auto discarded = m_desk.outbox().discard(outboxId, QCoreApplication::translate("TicketReplies",
                                                                                      "Discarded by %1")
                                                                  .arg(who));
        !discarded)
        return discarded;
    auto reply = m_desk.tickets().message((*entry)->messageRowId);
    if (!reply)
        return reply.error();
    if (reply->has_value()) {
        if (auto discarded = m_desk.mail().markDiscarded((*entry)->messageRowId); !discarded)
            return discarded;
    }
    if (auto logged = m_desk.audit().record(actor, (*entry)->ticketId, u"discard-reply"_s, QString(),
                                            QString::number((*entry)->messageRowId));
        !logged)
        return logged;
    return transaction.commit();
}

} // namespace Madoguchi
