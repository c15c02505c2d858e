#include "tickets/TicketStore.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/StoredBytes.h"
#include "tickets/StoredAttachments.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QString normalisedMessageId(const QString &messageId)
{
    QString id = messageId.trimmed();
    if (id.startsWith(u'<'))
        id.remove(0, 1);
    if (id.endsWith(u'>'))
        id.chop(1);
    return id;
}

QString TicketStore::ticketSelect(const QString &joinedTags, const QString &extraColumns)
{
    return u"SELECT t.id, t.subject, t.status, t.priority, t.assignee_id, u.display_name, t.customer_id, c.address, "
           "t.organisation_id, o.name, t.created_ms, t.updated_ms, t.version, t.merged_into_id, t.due_ms, "
           "t.reply_undelivered, (SELECT %1 FROM ticket_tags g WHERE g.ticket_id = t.id), c.display_name%2 "
           "FROM tickets t LEFT JOIN staff_users u ON u.id = t.assignee_id "
           "LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN organisations o ON o.id = t.organisation_id "_s
        .arg(joinedTags, extraColumns.isEmpty() ? QString() : u", "_s + extraColumns);
}

namespace {

// A QSqlQuery on its row or a QSqlRecord read from one.
template<typename Row>
Ticket ticketFrom(const Row &row)
{
    Ticket ticket;
    ticket.id = row.value(0).toLongLong();
    ticket.subject = row.value(1).toString();
    ticket.status = statusFromKey(row.value(2).toString()).value_or(TicketStatus::Open);
    ticket.priority = priorityFromKey(row.value(3).toString()).value_or(TicketPriority::Normal);
    ticket.assigneeId = SqlValues::toId(row.value(4));
    ticket.assigneeName = row.value(5).toString();
    ticket.customerId = SqlValues::toId(row.value(6));
    ticket.customerAddress = row.value(7).toString();
    ticket.organisationId = SqlValues::toId(row.value(8));
    ticket.organisationName = row.value(9).toString();
    ticket.created = SqlValues::toTime(row.value(10));
    ticket.updated = SqlValues::toTime(row.value(11));
    ticket.version = row.value(12).toLongLong();
    ticket.mergedIntoId = SqlValues::toId(row.value(13));
    ticket.due = SqlValues::toTime(row.value(14));
    ticket.replyUndelivered = row.value(15).toInt() != 0;
    ticket.customerName = row.value(17).toString();
    const QString tags = row.value(16).toString();
    if (!tags.isEmpty()) {
        ticket.tags = tags.split(u',');
        ticket.tags.sort();
    }
    return ticket;
}

} // namespace

Ticket TicketStore::readTicket(const QSqlQuery &row)
{
    return ticketFrom(row);
}

Result<std::optional<Ticket>> TicketStore::ticket(qint64 id)
{
    // Read several times for each stored mail: the statement stays prepared.
    auto row = m_database.firstRow(u"Reading ticket #%1"_s.arg(id),
                                   ticketSelect(m_database.dialect().joinedText(u"g.tag"_s)) + u"WHERE t.id = ?"_s, {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<Ticket>();
    return std::optional<Ticket>(ticketFrom(**row));
}

Result<std::optional<Ticket>> TicketStore::findByNumber(qint64 number)
{
    qint64 id = number;
    for (int hops = 0; hops < 100; ++hops) {
        auto found = ticket(id);
        if (!found || !found->has_value() || (*found)->mergedIntoId == 0)
            return found;
        id = (*found)->mergedIntoId;
    }
    return makeError(u"sql"_s, u"Ticket #%1 redirects in a loop"_s.arg(number));
}

Result<qint64> TicketStore::findTicketByMessageIds(const QStringList &messageIds)
{
    QStringList ids;
    QSet<QString> seen;
    for (const QString &id : messageIds) {
        const QString clean = normalisedMessageId(id);
        if (!clean.isEmpty() && !seen.contains(clean)) {
            seen.insert(clean);
            ids.append(clean);
        }
    }
    if (ids.isEmpty())
        return qint64(0);
    QStringList marks;
    QVariantList values;
    for (const QString &id : std::as_const(ids)) {
        marks.append(u"?"_s);
        values.append(id);
    }
    // The newest message wins when the ids point at several tickets (e.g. after a split).
    auto found = m_database.scalar(u"Threading by Message-ID"_s,
                                   u"SELECT ticket_id FROM messages WHERE message_id IN (%1) ORDER BY id DESC LIMIT 1"_s
                                       .arg(marks.join(u", "_s)),
                                   values);
    if (!found)
        return found.error();
    if (!found->isValid())
        return qint64(0);
    auto target = findByNumber(found->toLongLong());
    if (!target)
        return target.error();
    return target->has_value() ? (*target)->id : qint64(0);
}

Result<bool> TicketStore::hasMessage(const QString &messageId, const QByteArray &contentHash)
{
    const QString id = normalisedMessageId(messageId);
    Result<QVariant> found = QVariant();
    if (contentHash.isEmpty()) {
        found = m_database.scalar(u"Checking for a stored message"_s,
                                  u"SELECT COUNT(*) FROM messages WHERE message_id = ?"_s, {id});
    } else if (id.isEmpty()) {
        found = m_database.scalar(u"Checking for a stored message"_s,
                                  u"SELECT COUNT(*) FROM messages WHERE content_hash = ?"_s,
                                  {QString::fromLatin1(contentHash)});
    } else {
        found = m_database.scalar(u"Checking for a stored message"_s,
                                  u"SELECT COUNT(*) FROM messages WHERE content_hash = ? AND message_id = ?"_s,
                                  {QString::fromLatin1(contentHash), id});
    }
    if (!found)
        return found.error();
    return found->toLongLong() > 0;
}

Result<QList<TicketMessage>> TicketStore::selectMessages(const QString &where, const QVariantList &values,
                                                         bool withContent)
{
    const QString raw = withContent ? u"raw_source, raw_codec"_s : u"NULL, ''"_s;
    auto query = m_database.exec(
        u"Reading messages"_s,
        u"SELECT id, ticket_id, kind, message_id, in_reply_to, references_header, from_address, from_name, "
        "to_addresses, cc_addresses, subject, received_ms, received_claimed, body_text, body_html, content_hash, "
        "author_id, delivery, bounce_of_id, bcc_addresses, %1 FROM messages "_s.arg(raw)
            + where + u" ORDER BY received_ms, id"_s,
        values);
    if (!query)
        return query.error();
    QList<TicketMessage> messages;
    QSqlQuery &row = query.value();
    auto split = [](const QString &text) { return text.split(u' ', Qt::SkipEmptyParts); };
    while (row.next()) {
        TicketMessage m;
        m.id = row.value(0).toLongLong();
        m.ticketId = row.value(1).toLongLong();
        m.kind = messageKindFromKey(row.value(2).toString()).value_or(MessageKind::CustomerMessage);
        m.messageId = row.value(3).toString();
        m.inReplyTo = row.value(4).toString();
        m.references = split(row.value(5).toString());
        m.fromAddress = row.value(6).toString();
        m.fromName = row.value(7).toString();
        m.to = split(row.value(8).toString());
        m.cc = split(row.value(9).toString());
        m.subject = row.value(10).toString();
        m.received = SqlValues::toTime(row.value(11));
        m.receivedClaimed = row.value(12).toInt() != 0;
        m.bodyText = row.value(13).toString();
        m.bodyHtml = row.value(14).toString();
        m.contentHash = row.value(15).toString().toLatin1();
        m.authorId = SqlValues::toId(row.value(16));
        m.delivery = replyDeliveryFromKey(row.value(17).toString());
        m.bounceOfId = SqlValues::toId(row.value(18));
        m.bcc = split(row.value(19).toString());
        auto source = StoredBytes::unpack(row.value(20).toByteArray(), row.value(21).toString());
        if (!source)
            return makeError(source.error().code,
                             QCoreApplication::translate("TicketStore", "Message %1: %2").arg(m.id).arg(source.error().message));
        m.rawSource = *source;
        messages.append(m);
    }
    query.value().finish();
    for (TicketMessage &m : messages) {
        auto files = m_database.exec(
            u"Reading attachments"_s,
            u"SELECT id, file_name, mime_type, size_bytes, sha256, %1 FROM attachments WHERE message_id = ? ORDER BY id"_s
                .arg(withContent ? u"content"_s : u"NULL"_s),
            {m.id});
        if (!files)
            return files.error();
        while (files.value().next()) {
            const QSqlQuery &f = files.value();
            m.attachments.append({f.value(0).toLongLong(), f.value(1).toString(), f.value(2).toString(),
                                  f.value(3).toLongLong(), f.value(4).toString().toLatin1(), f.value(5).toByteArray()});
        }
        if (withContent) {
            if (auto read = StoredAttachments::readFromSource(m); !read)
                return read.error();
        }
    }
    return messages;
}

Result<QList<TicketMessage>> TicketStore::messages(qint64 ticketId, bool withContent)
{
    return selectMessages(u"WHERE ticket_id = ?"_s, {ticketId}, withContent);
}

Result<std::optional<TicketMessage>> TicketStore::message(qint64 rowId, bool withContent)
{
    auto found = selectMessages(u"WHERE id = ?"_s, {rowId}, withContent);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<TicketMessage>() : std::optional<TicketMessage>(found->first());
}

Result<QList<Obligation>> TicketStore::obligations(qint64 ticketId)
{
    auto query = m_database.exec(u"Reading obligations"_s,
                                 u"SELECT id, message_id, ticket_id, received_ms, deadline_ms, urgent, answered_by_id, "
                                 "closed_ms, closed_reason FROM obligations WHERE ticket_id = ? ORDER BY received_ms, id"_s,
                                 {ticketId});
    if (!query)
        return query.error();
    QList<Obligation> list;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        Obligation o;
        o.id = row.value(0).toLongLong();
        o.messageId = row.value(1).toLongLong();
        o.ticketId = row.value(2).toLongLong();
        o.received = SqlValues::toTime(row.value(3));
        o.deadline = SqlValues::toTime(row.value(4));
        o.urgent = row.value(5).toInt() != 0;
        o.answeredById = SqlValues::toId(row.value(6));
        o.closed = SqlValues::toTime(row.value(7));
        o.closedReason = row.value(8).toString();
        list.append(o);
    }
    return list;
}

} // namespace Madoguchi
