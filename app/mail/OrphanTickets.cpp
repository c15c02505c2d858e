#include "mail/OrphanTickets.h"

#include "store/Database.h"
#include "store/TransactionGuard.h"
#include "tickets/TicketDesk.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<void> OrphanTickets::await(qint64 ticketId, const QList<QByteArray> &parentIds)
{
    QSet<QString> seen;
    for (const QByteArray &id : parentIds) {
        const QString clean = normalisedMessageId(QString::fromUtf8(id));
        if (clean.isEmpty() || seen.contains(clean))
            continue;
        seen.insert(clean);
        auto stored = m_desk.database().exec(u"Remembering the parent a reply waits for"_s,
                                             u"INSERT INTO awaited_parents (message_id, ticket_id) VALUES (?, ?)"_s,
                                             {clean, ticketId});
        if (!stored)
            return stored.error();
    }
    return {};
}

Result<int> OrphanTickets::adopt(const QByteArray &messageId, qint64 ticketId)
{
    const QString id = normalisedMessageId(QString::fromUtf8(messageId));
    if (id.isEmpty())
        return 0;
    QList<qint64> orphans;
    {
        auto waiting = m_desk.database().rows(u"Finding replies that waited for their parent"_s,
                                              u"SELECT DISTINCT ticket_id FROM awaited_parents WHERE message_id = ?"_s,
                                              {id});
        if (!waiting)
            return waiting.error();
        for (const QSqlRecord &row : std::as_const(*waiting))
            orphans.append(row.value(0).toLongLong());
    }
    if (orphans.isEmpty())
        return 0;
    int adopted = 0;
    for (const qint64 orphan : std::as_const(orphans)) {
        auto live = m_desk.tickets().findByNumber(orphan);
        if (!live)
            return live.error();
        if (!live->has_value() || (*live)->id == ticketId)
            continue;
        if (auto done = adoptOne((*live)->id, ticketId); !done)
            return done.error();
        ++adopted;
    }
    auto cleared = m_desk.database().exec(u"Forgetting the parent replies waited for"_s,
                                          u"DELETE FROM awaited_parents WHERE message_id = ?"_s, {id});
    if (!cleared)
        return cleared.error();
    return adopted;
}

Result<void> OrphanTickets::adoptOne(qint64 orphanId, qint64 ticketId)
{
    auto orphan = m_desk.tickets().ticket(orphanId);
    if (!orphan)
        return orphan.error();
    auto parent = m_desk.tickets().ticket(ticketId);
    if (!parent)
        return parent.error();
    if (!orphan->has_value() || !parent->has_value())
        return {};
    auto messages = m_desk.tickets().messages(orphanId);
    if (!messages)
        return messages.error();
    TransactionGuard transaction(m_desk.database());
    if (!transaction.ok())
        return transaction.error();
    auto merged = m_desk.operations().merge(StaffUser::system(), orphanId, (*orphan)->version, ticketId,
                                            (*parent)->version);
    if (!merged)
        return merged.error();
    // Replies that came before the mail they answer answer it now (messages() is in receipt order);
    // one still waiting in the outbox, discarded or undelivered answers nothing (DESIGN rule 5).
    for (const TicketMessage &message : std::as_const(*messages)) {
        if (message.kind != MessageKind::StaffReply || message.delivery != ReplyDelivery::Delivered)
            continue;
        auto answered = m_desk.obligations().answerWith(ticketId, message.id, message.received);
        if (!answered)
            return answered.error();
    }
    auto forgotten = m_desk.database().exec(u"Forgetting what the adopted ticket waited for"_s,
                                            u"DELETE FROM awaited_parents WHERE ticket_id = ?"_s, {orphanId});
    if (!forgotten)
        return forgotten.error();
    return transaction.commit();
}

} // namespace Madoguchi
