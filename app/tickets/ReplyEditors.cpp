#include "tickets/ReplyEditors.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/TransactionGuard.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<OpenReplyEditor> ReplyEditors::open(const StaffUser &staff, qint64 ticketId)
{
    const QDateTime now = m_clock.now();
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto cleaned = m_database.exec(u"Removing reply editors of desktops that went away"_s,
                                   u"DELETE FROM reply_editors WHERE heartbeat_ms < ?"_s,
                                   {SqlValues::fromTime(now.addSecs(-staleAfterSecs))});
    if (!cleaned)
        return cleaned.error();
    const QString name = staff.displayName.isEmpty() ? staff.login : staff.displayName;
    auto id = m_database.insert(u"Recording an open reply editor on ticket #%1"_s.arg(ticketId),
                                u"INSERT INTO reply_editors (ticket_id, staff_id, staff_name, opened_ms, heartbeat_ms) "
                                "VALUES (?, ?, ?, ?, ?)"_s,
                                {ticketId, staff.id, name, SqlValues::fromTime(now), SqlValues::fromTime(now)});
    if (!id)
        return id.error();
    if (auto announced = m_database.announceTicketChange(ticketId); !announced)
        return announced.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return OpenReplyEditor{*id, ticketId, staff.id, name, now, now};
}

Result<void> ReplyEditors::beat(qint64 editorId)
{
    auto done = m_database.exec(u"Keeping a reply editor open"_s,
                                u"UPDATE reply_editors SET heartbeat_ms = ? WHERE id = ?"_s,
                                {SqlValues::fromTime(m_clock.now()), editorId});
    if (!done)
        return done.error();
    return {};
}

Result<void> ReplyEditors::close(qint64 editorId)
{
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto ticket = m_database.scalar(u"Reading a reply editor"_s, u"SELECT ticket_id FROM reply_editors WHERE id = ?"_s,
                                    {editorId});
    if (!ticket)
        return ticket.error();
    if (ticket->isNull())
        return transaction.commit();
    auto done = m_database.exec(u"Closing a reply editor"_s, u"DELETE FROM reply_editors WHERE id = ?"_s, {editorId});
    if (!done)
        return done.error();
    if (auto announced = m_database.announceTicketChange(ticket->toLongLong()); !announced)
        return announced;
    return transaction.commit();
}

Result<QList<OpenReplyEditor>> ReplyEditors::onTicket(qint64 ticketId, qint64 exceptStaffId)
{
    auto rows = m_database.exec(u"Reading who is writing a reply on ticket #%1"_s.arg(ticketId),
                                u"SELECT id, ticket_id, staff_id, staff_name, opened_ms, heartbeat_ms FROM reply_editors "
                                "WHERE ticket_id = ? AND heartbeat_ms >= ? AND staff_id <> ? ORDER BY opened_ms, id"_s,
                                {ticketId, SqlValues::fromTime(m_clock.now().addSecs(-staleAfterSecs)), exceptStaffId});
    if (!rows)
        return rows.error();
    QList<OpenReplyEditor> list;
    while (rows.value().next()) {
        const QSqlQuery &r = rows.value();
        list.append({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3).toString(),
                     SqlValues::toTime(r.value(4)), SqlValues::toTime(r.value(5))});
    }
    return list;
}

Result<QList<ReplySinceOpened>> ReplyEditors::replies(const QString &doing, const QString &where,
                                                      const QVariantList &values)
{
    auto rows = m_database.exec(
        doing,
        u"SELECT m.id, m.author_id, COALESCE(s.display_name, m.from_address), m.received_ms, m.delivery FROM messages m "
        "LEFT JOIN staff_users s ON s.id = m.author_id WHERE m.ticket_id = ? AND m.kind = 'reply' AND "_s
            + where + u" ORDER BY m.id"_s,
        values);
    if (!rows)
        return rows.error();
    QList<ReplySinceOpened> list;
    while (rows.value().next()) {
        const QSqlQuery &r = rows.value();
        // Held for approval counts as waiting: it is on its way out as much as a queued one.
        const QString delivery = r.value(4).toString();
        list.append({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                     SqlValues::toTime(r.value(3)), delivery == u"pending"_s || delivery == u"held"_s});
    }
    return list;
}

Result<QList<ReplySinceOpened>> ReplyEditors::repliesSince(qint64 ticketId, qint64 lastMessageRowIdSeen)
{
    return replies(u"Looking for replies written since the editor opened"_s,
                   u"m.id > ? AND m.delivery <> 'discarded'"_s, {ticketId, lastMessageRowIdSeen});
}

Result<QList<ReplySinceOpened>> ReplyEditors::waitingReplies(qint64 ticketId)
{
    return replies(u"Looking for replies waiting to be sent"_s, u"m.delivery IN ('pending', 'held')"_s, {ticketId});
}

Result<qint64> ReplyEditors::lastMessageRowId(qint64 ticketId)
{
    auto id = m_database.scalar(u"Reading the ticket's newest message"_s,
                                u"SELECT MAX(id) FROM messages WHERE ticket_id = ?"_s, {ticketId});
    if (!id)
        return id.error();
    return id->isNull() ? qint64(0) : id->toLongLong();
}

} // namespace Madoguchi
