#include "tickets/MailIntake.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/StoredBytes.h"
#include "store/TransactionGuard.h"
#include "tickets/AuditLog.h"
#include "tickets/ObligationBook.h"
#include "tickets/StoredAttachments.h"
#include "tickets/StoredText.h"
#include "tickets/TeamDirectory.h"
#include "tickets/TicketChanges.h"
#include "tickets/TicketStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// raw_source and raw_codec as bound: a message without a source keeps a typed NULL.
std::pair<QVariant, QString> packedSource(const QByteArray &rawSource,
                                          const std::optional<StoredBytes::Packed> &packedAhead = std::nullopt)
{
    if (rawSource.isNull())
        return {QVariant(QMetaType::fromType<QByteArray>()), StoredBytes::kPlain};
    StoredBytes::Packed packed = packedAhead ? *packedAhead : StoredBytes::pack(rawSource);
    return {QVariant(packed.bytes), packed.codec};
}

} // namespace

Result<qint64> MailIntake::createTicket(const TicketMessage &message)
{
    QVariant customer(QMetaType::fromType<qint64>());
    QVariant organisation(QMetaType::fromType<qint64>());
    if (message.kind == MessageKind::CustomerMessage && !message.fromAddress.isEmpty()) {
        auto id = m_team.ensureCustomer(message.fromAddress, message.fromName);
        if (!id)
            return id.error();
        customer = *id;
        // A free-mail customer has no organisation: keep the typed NULL, not what the driver read.
        auto found = m_database.scalar(u"Reading the customer's organisation"_s,
                                       u"SELECT organisation_id FROM customers WHERE id = ?"_s, {*id});
        if (found && !found->isNull())
            organisation = found->toLongLong();
    }
    const QDateTime now = m_changes.clock().now();
    // A ticket counts from its first message's receipt, not from when the sync got to it.
    const QDateTime created = message.received.isValid() ? message.received : now;
    return m_database.insert(u"Creating a ticket"_s,
                             u"INSERT INTO tickets (subject, status, priority, customer_id, organisation_id, created_ms, "
                             "updated_ms, version) VALUES (?, 'new', 'normal', ?, ?, ?, ?, 0)"_s,
                             {StoredText::bounded(message.subject, StoredText::kTicketSubjectChars), customer,
                              organisation, SqlValues::fromTime(created),
                              SqlValues::fromTime(now)});
}

Result<qint64> MailIntake::insertMessage(const TicketMessage &m, qint64 ticketId)
{
    const auto source = packedSource(m.rawSource, m.packedSource);
    auto id = m_database.insert(
        u"Storing message <%1> in ticket #%2"_s.arg(m.messageId).arg(ticketId),
        u"INSERT INTO messages (ticket_id, kind, message_id, in_reply_to, references_header, from_address, from_name, "
        "to_addresses, cc_addresses, subject, received_ms, received_claimed, body_text, body_html, raw_source, "
        "raw_codec, content_hash, author_id, delivery, bounce_of_id, bcc_addresses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {ticketId, messageKindKey(m.kind), normalisedMessageId(m.messageId), normalisedMessageId(m.inReplyTo),
         m.references.join(u' '), m.fromAddress.toLower(), m.fromName, m.to.join(u' '), m.cc.join(u' '), m.subject,
         SqlValues::fromTime(m.received), m.receivedClaimed ? 1 : 0, m.bodyText, m.bodyHtml, source.first,
         source.second, QString::fromLatin1(m.contentHash), SqlValues::fromId(m.authorId),
         replyDeliveryKey(m.delivery), SqlValues::fromId(m.bounceOfId), m.bcc.join(u' ')});
    if (!id)
        return id.error();
    if (auto stored = insertAttachments(*id, m.attachments, m.rawSource); !stored)
        return stored.error();
    return id;
}

Result<void> MailIntake::insertAttachments(qint64 messageRowId, const QList<MessageAttachment> &attachments,
                                           const QByteArray &rawSource)
{
    for (const MessageAttachment &file : attachments) {
        const QByteArray sha = file.sha256.isEmpty()
                                   ? QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex()
                                   : file.sha256;
        auto stored = m_database.exec(u"Storing the attachment %1"_s.arg(file.fileName),
                                      u"INSERT INTO attachments (message_id, file_name, mime_type, size_bytes, sha256, "
                                      "content) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                      {messageRowId, file.fileName, file.mimeType,
                                       file.size > 0 ? file.size : qint64(file.content.size()),
                                       QString::fromLatin1(sha),
                                       StoredAttachments::storesContent(file, rawSource)
                                           ? QVariant(file.content)
                                           : QVariant(QMetaType::fromType<QByteArray>())});
        if (!stored)
            return stored.error();
    }
    return {};
}

Result<void> MailIntake::replaceHeldReply(qint64 replyRowId, const TicketMessage &edited)
{
    const auto source = packedSource(edited.rawSource);
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto replaced = m_database.exec(
        u"Storing the edited reply %1"_s.arg(replyRowId),
        u"UPDATE messages SET to_addresses = ?, cc_addresses = ?, subject = ?, body_text = ?, raw_source = ?, "
        "raw_codec = ?, content_hash = ? WHERE id = ? AND kind = 'reply' AND delivery = 'held'"_s,
        {edited.to.join(u' '), edited.cc.join(u' '), edited.subject, edited.bodyText, source.first, source.second,
         QString::fromLatin1(edited.contentHash), replyRowId});
    if (!replaced)
        return replaced.error();
    if (replaced.value().numRowsAffected() == 0) {
        return makeError(u"state"_s, QCoreApplication::translate("MailIntake", "Message %1 is not a reply waiting "
                                                                               "for approval.")
                                         .arg(replyRowId));
    }
    auto removed = m_database.exec(u"Replacing the edited reply's attachments"_s,
                                   u"DELETE FROM attachments WHERE message_id = ?"_s, {replyRowId});
    if (!removed)
        return removed.error();
    if (auto stored = insertAttachments(replyRowId, edited.attachments, edited.rawSource); !stored)
        return stored;
    return transaction.commit();
}

Result<void> MailIntake::releaseHeldReply(qint64 replyRowId)
{
    auto released = m_database.exec(u"Releasing an approved reply to the outbox"_s,
                                     u"UPDATE messages SET delivery = 'pending' WHERE id = ? AND kind = 'reply' "
                                     "AND delivery = 'held'"_s,
                                     {replyRowId});
    if (!released)
        return released.error();
    if (released.value().numRowsAffected() == 0) {
        return makeError(u"state"_s, QCoreApplication::translate("MailIntake", "Message %1 is not a reply waiting "
                                                                               "for approval.")
                                         .arg(replyRowId));
    }
    auto ticketId = m_database.scalar(u"Reading the reply's ticket"_s, u"SELECT ticket_id FROM messages WHERE id = ?"_s,
                                      {replyRowId});
    if (!ticketId)
        return ticketId.error();
    if (auto touched = m_changes.touch(ticketId->toLongLong()); !touched)
        return touched;
    return m_changes.finish(ticketId->toLongLong());
}

Result<void> MailIntake::reopenIfSettled(qint64 ticketId)
{
    auto open = m_changes.obligations().openCount(ticketId);
    if (!open)
        return open.error();
    if (*open == 0)
        return {};
    auto status = m_database.scalar(u"Reading the ticket status"_s, u"SELECT status FROM tickets WHERE id = ?"_s,
                                    {ticketId});
    if (!status)
        return status.error();
    const TicketStatus from = statusFromKey(status->toString()).value_or(TicketStatus::Open);
    if (!isSettled(from))
        return {};
    return m_changes.changeStatus(StaffUser::system(), ticketId, from, TicketStatus::Open);
}

Result<StoredMessage> MailIntake::addMessage(TicketMessage message, qint64 ticketId)
{
    if (message.contentHash.isEmpty() && !message.rawSource.isEmpty())
        message.contentHash = QCryptographicHash::hash(message.rawSource, QCryptographicHash::Sha256).toHex();
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    if (message.kind == MessageKind::Bounce) {
        auto reply = m_tickets.message(message.bounceOfId);
        if (!reply)
            return reply.error();
        if (!reply->has_value()) {
            return makeError(u"not-found"_s, QCoreApplication::translate("MailIntake",
                                                                         "The bounced reply (message %1) is not stored.")
                                                 .arg(message.bounceOfId));
        }
        if (ticketId == 0)
            ticketId = (*reply)->ticketId;
    }
    StoredMessage stored;
    std::optional<Ticket> ticket;
    if (ticketId != 0) {
        auto found = m_tickets.findByNumber(ticketId);
        if (!found)
            return found.error();
        if (!found->has_value()) {
            return makeError(u"not-found"_s,
                             QCoreApplication::translate("MailIntake", "Ticket #%1 does not exist.").arg(ticketId));
        }
        ticket = **found;
        stored.ticketId = ticket->id;
    } else {
        auto created = createTicket(message);
        if (!created)
            return created.error();
        stored.ticketId = *created;
        stored.newTicket = true;
    }
    auto row = insertMessage(message, stored.ticketId);
    if (!row)
        return row.error();
    stored.messageRowId = *row;

    switch (message.kind) {
    case MessageKind::CustomerMessage: {
        if (ticket && ticket->customerId == 0 && !message.fromAddress.isEmpty()) {
            auto customer = m_team.ensureCustomer(message.fromAddress, message.fromName);
            if (!customer)
                return customer.error();
            auto linked = m_database.exec(
                u"Linking the ticket to its customer"_s,
                u"UPDATE tickets SET customer_id = ?, organisation_id = (SELECT organisation_id FROM customers "
                "WHERE id = ?) WHERE id = ?"_s,
                {*customer, *customer, stored.ticketId});
            if (!linked)
                return linked.error();
        }
        const bool urgent = ticket && ticket->isUrgent();
        if (auto opened = m_changes.obligations().open(stored.ticketId, stored.messageRowId, message.received, urgent);
            !opened)
            return opened.error();
        if (auto reopened = reopenIfSettled(stored.ticketId); !reopened)
            return reopened.error();
        break;
    }
    case MessageKind::StaffReply:
        // A reply still in the outbox answers nothing until the server accepts it (markSent).
        if (message.delivery == ReplyDelivery::Delivered) {
            auto answered = m_changes.obligations().answerWith(stored.ticketId, stored.messageRowId, message.received);
            if (!answered)
                return answered.error();
        }
        if (ticket && ticket->status == TicketStatus::New) {
            auto opened = m_changes.changeStatus(StaffUser::system(), stored.ticketId, TicketStatus::New,
                                                 TicketStatus::Open);
            if (!opened)
                return opened.error();
        }
        break;
    case MessageKind::Bounce:
        if (auto undelivered = undeliveredInside(message.bounceOfId); !undelivered)
            return undelivered.error();
        break;
    case MessageKind::InternalNote:
    case MessageKind::AutoReply:
    case MessageKind::Acknowledgement:
    case MessageKind::Forward: // shown in the thread, never an answer (not even once sent)
    case MessageKind::Notice: // an outage or maintenance notice answers nothing, sent or not
        break;
    }
    if (auto touched = m_changes.touch(stored.ticketId); !touched)
        return touched.error();
    if (auto finished = m_changes.finish(stored.ticketId); !finished)
        return finished.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Result<void> MailIntake::undeliveredInside(qint64 replyRowId)
{
    // A forward that did not arrive answered nothing: it is only marked, nothing reopens and
    // the ticket is not flagged "reply undelivered".
    auto forward = m_database.exec(u"Marking a forward undelivered"_s,
                                   u"UPDATE messages SET delivery = 'undelivered' WHERE id = ? AND kind = 'forward'"_s,
                                   {replyRowId});
    if (!forward)
        return forward.error();
    if (forward.value().numRowsAffected() > 0) {
        auto forwardTicket = m_database.scalar(u"Reading the forward's ticket"_s,
                                               u"SELECT ticket_id FROM messages WHERE id = ?"_s, {replyRowId});
        if (!forwardTicket)
            return forwardTicket.error();
        if (auto touched = m_changes.touch(forwardTicket->toLongLong()); !touched)
            return touched;
        return m_changes.finish(forwardTicket->toLongLong());
    }
    // A refused acknowledgement answered nothing: it is marked, and nothing reopens.
    auto acknowledgement = m_database.exec(u"Marking an acknowledgement undelivered"_s,
                                           u"UPDATE messages SET delivery = 'undelivered' WHERE id = ? AND kind = 'ack'"_s,
                                           {replyRowId});
    if (!acknowledgement)
        return acknowledgement.error();
    if (acknowledgement.value().numRowsAffected() > 0)
        return {};
    auto marked = m_database.exec(u"Marking a reply undelivered"_s,
                                  u"UPDATE messages SET delivery = 'undelivered' WHERE id = ? AND kind IN ('reply', 'notice')"_s,
                                  {replyRowId});
    if (!marked)
        return marked.error();
    if (marked.value().numRowsAffected() == 0) {
        return makeError(u"not-found"_s,
                         QCoreApplication::translate("MailIntake", "Message %1 is not a stored reply.").arg(replyRowId));
    }
    auto ticketId = m_database.scalar(u"Reading the reply's ticket"_s, u"SELECT ticket_id FROM messages WHERE id = ?"_s,
                                      {replyRowId});
    if (!ticketId)
        return ticketId.error();
    const qint64 ticket = ticketId->toLongLong();
    if (auto reopened = m_changes.obligations().reopenAnsweredBy(replyRowId); !reopened)
        return reopened.error();
    auto flagged = m_database.exec(u"Flagging the ticket: reply undelivered"_s,
                                   u"UPDATE tickets SET reply_undelivered = 1 WHERE id = ?"_s, {ticket});
    if (!flagged)
        return flagged.error();
    if (auto logged = m_changes.audit().record(StaffUser::system(), ticket, u"undelivered"_s, QString(),
                                               QString::number(replyRowId));
        !logged)
        return logged;
    if (auto reopened = reopenIfSettled(ticket); !reopened)
        return reopened;
    if (auto touched = m_changes.touch(ticket); !touched)
        return touched;
    return m_changes.finish(ticket);
}

Result<void> MailIntake::markUndelivered(qint64 replyRowId)
{
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    if (auto done = undeliveredInside(replyRowId); !done)
        return done;
    return transaction.commit();
}

Result<void> MailIntake::markSent(qint64 replyRowId, const QDateTime &acceptedAt)
{
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto reply = m_tickets.message(replyRowId);
    if (!reply)
        return reply.error();
    const bool forward = reply->has_value() && (*reply)->kind == MessageKind::Forward;
    const bool notice = reply->has_value() && (*reply)->kind == MessageKind::Notice;
    const bool acknowledgement = reply->has_value() && (*reply)->kind == MessageKind::Acknowledgement;
    if (!reply->has_value()
        || ((*reply)->kind != MessageKind::StaffReply && !forward && !notice && !acknowledgement)) {
        return makeError(u"not-found"_s,
                         QCoreApplication::translate("MailIntake", "Message %1 is not a stored reply.").arg(replyRowId));
    }
    if ((*reply)->delivery == ReplyDelivery::Delivered)
        return transaction.commit();
    const qint64 ticket = (*reply)->ticketId;
    if (acknowledgement) // 受付自動返信: delivered, and it answers nothing (DESIGN.md, "The clock" 5)
        return markAcknowledgementSent(replyRowId, ticket, acceptedAt, transaction);
    auto marked = m_database.exec(u"Marking a reply sent"_s,
                                  u"UPDATE messages SET delivery = 'ok', received_ms = ? WHERE id = ?"_s,
                                  {SqlValues::fromTime(acceptedAt), replyRowId});
    if (!marked)
        return marked.error();
    if (notice) {
        // Delivered, and answering nothing: a notice is not a reply to any customer message.
        if (auto recorded = noticeAccepted(replyRowId, acceptedAt); !recorded)
            return recorded;
        if (auto cleared = clearUndeliveredFlag(ticket); !cleared)
            return cleared;
    } else if (!forward) {
        // A forward is delivered and answers nothing: the customer is still waiting.
        // Closings by status while the reply waited (staff queued it and set the ticket
        // waiting) are answered by it too: it was the answer, it just had not left yet.
        if (auto answered = m_changes.obligations().answerWith(ticket, replyRowId, acceptedAt, (*reply)->received);
            !answered)
            return answered.error();
        if (auto cleared = clearUndeliveredFlag(ticket); !cleared)
            return cleared;
    }
    if (auto logged = m_changes.audit().record(StaffUser::system(), ticket, u"sent"_s, QString(),
                                               QString::number(replyRowId));
        !logged)
        return logged;
    if (auto touched = m_changes.touch(ticket); !touched)
        return touched;
    if (auto finished = m_changes.finish(ticket); !finished)
        return finished;
    return transaction.commit();
}

Result<void> MailIntake::markAcknowledgementSent(qint64 rowId, qint64 ticketId, const QDateTime &acceptedAt,
                                                 TransactionGuard &transaction)
{
    auto marked = m_database.exec(u"Marking an acknowledgement sent"_s,
                                  u"UPDATE messages SET delivery = 'ok', received_ms = ? WHERE id = ?"_s,
                                  {SqlValues::fromTime(acceptedAt), rowId});
    if (!marked)
        return marked.error();
    if (auto logged = m_changes.audit().record(StaffUser::system(), ticketId, u"sent"_s, QString(),
                                               QString::number(rowId));
        !logged)
        return logged;
    if (auto touched = m_changes.touch(ticketId); !touched)
        return touched;
    if (auto finished = m_changes.finish(ticketId); !finished)
        return finished;
    return transaction.commit();
}

Result<void> MailIntake::markDiscarded(qint64 replyRowId)
{
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto ticketId = m_database.scalar(u"Reading the reply's ticket"_s,
                                      u"SELECT ticket_id FROM messages WHERE id = ? AND kind IN ('reply', 'forward', 'notice', 'ack') "
                                      "AND delivery IN ('pending', 'undelivered', 'held')"_s,
                                      {replyRowId});
    if (!ticketId)
        return ticketId.error();
    if (ticketId->isNull()) {
        return makeError(u"state"_s, QCoreApplication::translate("MailIntake", "Message %1 is not a reply waiting "
                                                                               "to be sent.")
                                         .arg(replyRowId));
    }
    const qint64 ticket = ticketId->toLongLong();
    auto marked = m_database.exec(u"Marking a reply discarded"_s,
                                  u"UPDATE messages SET delivery = 'discarded' WHERE id = ?"_s, {replyRowId});
    if (!marked)
        return marked.error();
    // It answered nothing (pending or refused), so nothing opens again.
    if (auto cleared = clearUndeliveredFlag(ticket); !cleared)
        return cleared;
    if (auto touched = m_changes.touch(ticket); !touched)
        return touched;
    if (auto finished = m_changes.finish(ticket); !finished)
        return finished;
    return transaction.commit();
}

Result<void> MailIntake::noticeAccepted(qint64 noticeRowId, const QDateTime &acceptedAt)
{
    const QVariant at = SqlValues::fromTime(acceptedAt);
    auto recorded = m_database.exec(u"Recording when a notice was accepted"_s,
                                    u"UPDATE notices SET accepted_ms = ? WHERE message_row_id = ?"_s,
                                    {at, noticeRowId});
    if (!recorded)
        return recorded.error();
    // An announcement that went out is the plan's announcement (`maintenance announce`): the
    // first organisation's 250 is the moment the agreement's 14 days count back from.
    auto announced = m_database.exec(
        u"Recording a maintenance plan's announcement"_s,
        u"UPDATE maintenance_plans SET announced_ms = ? WHERE (announced_ms IS NULL OR announced_ms > ?) AND id = "
        "(SELECT plan_id FROM notices WHERE message_row_id = ? AND kind = 'announcement')"_s,
        {at, at, noticeRowId});
    if (!announced)
        return announced.error();
    return {};
}

Result<qint64> MailIntake::openNoticeTicket(const QString &subject, qint64 organisationId)
{
    const QVariant now = SqlValues::fromTime(m_changes.clock().now());
    // Resolved: nothing is owed on it; a customer's answer threads in and reopens it.
    return m_database.insert(u"Creating a notice's ticket"_s,
                             u"INSERT INTO tickets (subject, status, priority, organisation_id, created_ms, updated_ms, "
                             "version) VALUES (?, 'resolved', 'normal', ?, ?, ?, 0)"_s,
                             {StoredText::bounded(subject, StoredText::kTicketSubjectChars), organisationId, now, now});
}

Result<void> MailIntake::clearUndeliveredFlag(qint64 ticketId)
{
    auto flagged = m_database.exec(u"Clearing the ticket's reply undelivered flag"_s,
                                   u"UPDATE tickets SET reply_undelivered = 0 WHERE id = ? AND NOT EXISTS (SELECT 1 "
                                   "FROM messages WHERE ticket_id = ? AND kind IN ('reply', 'notice') "
                                   "AND delivery = 'undelivered')"_s,
                                   {ticketId, ticketId});
    if (!flagged)
        return flagged.error();
    return {};
}

Result<std::optional<MailboxSyncState>> MailIntake::syncState(const QString &account, const QString &mailbox)
{
    auto row = m_database.exec(u"Reading the sync state of %1"_s.arg(mailbox),
                               u"SELECT uid_validity, last_uid, updated_ms FROM mailbox_sync WHERE account = ? "
                               "AND mailbox = ?"_s,
                               {account, mailbox});
    if (!row)
        return row.error();
    if (!row.value().next())
        return std::optional<MailboxSyncState>();
    return std::optional<MailboxSyncState>(MailboxSyncState{row.value().value(0).toLongLong(),
                                                            row.value().value(1).toLongLong(),
                                                            SqlValues::toTime(row.value().value(2))});
}

Result<void> MailIntake::setSyncState(const QString &account, const QString &mailbox, qint64 uidValidity,
                                      qint64 lastUid)
{
    auto stored = m_database.exec(u"Storing the sync state of %1"_s.arg(mailbox),
                                  u"INSERT INTO mailbox_sync (account, mailbox, uid_validity, last_uid, updated_ms) "
                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, mailbox) DO UPDATE SET "
                                  "uid_validity = excluded.uid_validity, last_uid = excluded.last_uid, "
                                  "updated_ms = excluded.updated_ms"_s,
                                  {account, mailbox, uidValidity, lastUid, SqlValues::fromTime(m_changes.clock().now())});
    if (!stored)
        return stored.error();
    return {};
}

} // namespace Madoguchi
