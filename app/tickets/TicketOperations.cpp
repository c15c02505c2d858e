#include "tickets/TicketOperations.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/TransactionGuard.h"
#include "tickets/AuditLog.h"
#include "tickets/ObligationBook.h"
#include "tickets/StoredText.h"
#include "tickets/TicketChanges.h"
#include "tickets/TicketStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

// Each operation is a list of steps that may fail; this returns the first failure so the
// list stays readable (the TransactionGuard then rolls everything back).
#define MADOGUCHI_TRY(expression)                                                                                      \
    if (auto madoguchiResult = (expression); !madoguchiResult)                                                         \
        return madoguchiResult.error();

Result<Ticket> TicketOperations::load(qint64 ticketId)
{
    auto found = m_tickets.ticket(ticketId);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        return makeError(u"not-found"_s,
                         QCoreApplication::translate("TicketOperations", "Ticket #%1 does not exist.").arg(ticketId));
    }
    return **found;
}

Result<Ticket> TicketOperations::finish(qint64 ticketId, TransactionGuard &transaction)
{
    MADOGUCHI_TRY(m_changes.finish(ticketId));
    MADOGUCHI_TRY(transaction.commit());
    return load(ticketId);
}

Result<Ticket> TicketOperations::assign(const StaffUser &actor, qint64 ticketId, qint64 version, qint64 assigneeId)
{
    TransactionGuard transaction(m_database);
    MADOGUCHI_TRY(transaction.begun());
    MADOGUCHI_TRY(m_changes.touch(ticketId, version));
    auto before = load(ticketId);
    MADOGUCHI_TRY(before);
    QString newName;
    if (assigneeId != 0) {
        auto name = m_database.scalar(u"Reading the assignee"_s, u"SELECT display_name FROM staff_users WHERE id = ?"_s,
                                      {assigneeId});
        MADOGUCHI_TRY(name);
        if (!name->isValid()) {
            return makeError(u"not-found"_s,
                             QCoreApplication::translate("TicketOperations", "No staff user %1.").arg(assigneeId));
        }
        newName = name->toString();
    }
    MADOGUCHI_TRY(m_database.exec(u"Assigning ticket #%1"_s.arg(ticketId),
                                  u"UPDATE tickets SET assignee_id = ? WHERE id = ?"_s,
                                  {SqlValues::fromId(assigneeId), ticketId}));
    MADOGUCHI_TRY(m_changes.audit().record(actor, ticketId, u"assign"_s, before->assigneeName, newName));
    return finish(ticketId, transaction);
}

Result<Ticket> TicketOperations::setStatus(const StaffUser &actor, qint64 ticketId, qint64 version, TicketStatus status)
{
    TransactionGuard transaction(m_database);
    MADOGUCHI_TRY(transaction.begun());
    MADOGUCHI_TRY(m_changes.touch(ticketId, version));
    auto before = load(ticketId);
    MADOGUCHI_TRY(before);
    MADOGUCHI_TRY(m_changes.changeStatus(actor, ticketId, before->status, status));
    return finish(ticketId, transaction);
}

Result<Ticket> TicketOperations::setPriority(const StaffUser &actor, qint64 ticketId, qint64 version,
                                             TicketPriority priority)
{
    TransactionGuard transaction(m_database);
    MADOGUCHI_TRY(transaction.begun());
    MADOGUCHI_TRY(m_changes.touch(ticketId, version));
    auto before = load(ticketId);
    MADOGUCHI_TRY(before);
    MADOGUCHI_TRY(m_database.exec(u"Changing the priority of ticket #%1"_s.arg(ticketId),
                                  u"UPDATE tickets SET priority = ? WHERE id = ?"_s, {priorityKey(priority), ticketId}));
    if ((priority == TicketPriority::Urgent) != before->isUrgent())
        MADOGUCHI_TRY(m_changes.obligations().setUrgent(ticketId, priority == TicketPriority::Urgent));
    MADOGUCHI_TRY(
        m_changes.audit().record(actor, ticketId, u"priority"_s, priorityKey(before->priority), priorityKey(priority)));
    return finish(ticketId, transaction);
}

Result<Ticket> TicketOperations::addTag(const StaffUser &actor, qint64 ticketId, qint64 version, const QString &tag)
{
    const QString clean = tag.trimmed();
    if (clean.isEmpty() || clean.contains(u','))
        return makeError(u"input"_s, QCoreApplication::translate("TicketOperations", "A tag cannot be empty or contain a comma."));
    if (clean.size() > StoredText::kNameChars) {
        return makeError(u"input"_s, QCoreApplication::translate("TicketOperations", "A tag is at most %1 characters.")
                                         .arg(StoredText::kNameChars));
    }
    TransactionGuard transaction(m_database);
    MADOGUCHI_TRY(transaction.begun());
    MADOGUCHI_TRY(m_changes.touch(ticketId, version));
    MADOGUCHI_TRY(m_database.exec(u"Tagging ticket #%1"_s.arg(ticketId),
                                  u"INSERT INTO ticket_tags (ticket_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                                  {ticketId, clean}));
    MADOGUCHI_TRY(m_changes.audit().record(actor, ticketId, u"tag"_s, QString(), clean));
    return finish(ticketId, transaction);
}

Result<Ticket> TicketOperations::removeTag(const StaffUser &actor, qint64 ticketId, qint64 version, const QString &tag)
{
    TransactionGuard transaction(m_database);
    MADOGUCHI_TRY(transaction.begun());
    MADOGUCHI_TRY(m_changes.touch(ticketId, version));
    MADOGUCHI_TRY(m_database.exec(u"Removing a tag from ticket #%1"_s.arg(ticketId),
                                  u"DELETE FROM ticket_tags WHERE ticket_id = ? AND tag = ?"_s, {ticketId, tag}));
    MADOGUCHI_TRY(m_changes.audit().record(actor, ticketId, u"tag"_s, tag, QString()));
    return finish(ticketId, transaction);
}

Result<Ticket> TicketOperations::addInternalNote(const StaffUser &actor, qint64 ticketId, qint64 version,
                                                 const QString &text)
{
    TransactionGuard transaction(m_database);
    MADOGUCHI_TRY(transaction.begun());
    MADOGUCHI_TRY(m_changes.touch(ticketId, version));
    MADOGUCHI_TRY(m_database.insert(u"Adding a note to ticket #%1"_s.arg(ticketId),
                                    u"INSERT INTO messages (ticket_id, kind, from_address, from_name, received_ms, "
                                    "body_text, author_id) VALUES (?, 'note', ?, ?, ?, ?, ?)"_s,
                                    {ticketId, actor.email, actor.displayName,
                                     SqlValues::fromTime(m_changes.clock().now()), text, SqlValues::fromId(actor.id)}));
    MADOGUCHI_TRY(m_changes.audit().record(actor, ticketId, u"note"_s, QString(), text.left(200)));
    return finish(ticketId, transaction);
}

Result<Ticket> TicketOperations::merge(const StaffUser &actor, qint64 sourceId, qint64 sourceVersion, qint64 targetId,
                                       qint64 targetVersion)
{
    if (sourceId == targetId) {
        return makeError(u"input"_s,
                         QCoreApplication::translate("TicketOperations", "A ticket cannot be merged into itself."));
    }
    TransactionGuard transaction(m_database);
    MADOGUCHI_TRY(transaction.begun());
    MADOGUCHI_TRY(m_changes.touch(sourceId, sourceVersion));
    MADOGUCHI_TRY(m_changes.touch(targetId, targetVersion));
    auto source = load(sourceId);
    MADOGUCHI_TRY(source);
    auto target = load(targetId);
    MADOGUCHI_TRY(target);
    if (source->mergedIntoId != 0 || target->mergedIntoId != 0) {
        return makeError(u"input"_s,
                         QCoreApplication::translate("TicketOperations", "Ticket #%1 was already merged into another.")
                             .arg(source->mergedIntoId != 0 ? sourceId : targetId));
    }
    const QVariantList ids{targetId, sourceId};
    MADOGUCHI_TRY(m_database.exec(u"Moving messages"_s, u"UPDATE messages SET ticket_id = ? WHERE ticket_id = ?"_s, ids));
    MADOGUCHI_TRY(
        m_database.exec(u"Moving obligations"_s, u"UPDATE obligations SET ticket_id = ? WHERE ticket_id = ?"_s, ids));
    MADOGUCHI_TRY(m_database.exec(u"Moving tags"_s,
                                  u"INSERT INTO ticket_tags (ticket_id, tag) SELECT ?, tag FROM ticket_tags "
                                  "WHERE ticket_id = ? ON CONFLICT DO NOTHING"_s,
                                  ids));
    MADOGUCHI_TRY(m_database.exec(u"Redirecting the merged ticket"_s,
                                  u"UPDATE tickets SET merged_into_id = ?, status = 'closed', due_ms = NULL "
                                  "WHERE id = ?"_s,
                                  ids));
    // Urgency follows the target: the moved obligations run on its clock.
    MADOGUCHI_TRY(m_changes.obligations().setUrgent(targetId, target->isUrgent()));
    MADOGUCHI_TRY(m_changes.audit().record(actor, sourceId, u"merge"_s, QString::number(sourceId),
                                           QString::number(targetId)));
    MADOGUCHI_TRY(m_changes.audit().record(actor, targetId, u"merge"_s, QString::number(sourceId),
                                           QString::number(targetId)));
    auto open = m_changes.obligations().openCount(targetId);
    MADOGUCHI_TRY(open);
    if (*open > 0 && isSettled(target->status))
        MADOGUCHI_TRY(m_changes.changeStatus(actor, targetId, target->status, TicketStatus::Open));
    MADOGUCHI_TRY(m_database.announceTicketChange(sourceId));
    return finish(targetId, transaction);
}

Result<Ticket> TicketOperations::split(const StaffUser &actor, qint64 ticketId, qint64 version, qint64 messageRowId)
{
    TransactionGuard transaction(m_database);
    MADOGUCHI_TRY(transaction.begun());
    MADOGUCHI_TRY(m_changes.touch(ticketId, version));
    auto original = load(ticketId);
    MADOGUCHI_TRY(original);
    auto message = m_tickets.message(messageRowId);
    MADOGUCHI_TRY(message);
    if (!message->has_value() || (*message)->ticketId != ticketId) {
        return makeError(u"input"_s, QCoreApplication::translate("TicketOperations",
                                                                 "That message is not in ticket #%1.")
                                         .arg(ticketId));
    }
    const TicketMessage &m = **message;
    const QDateTime now = m_changes.clock().now();
    auto created = m_database.insert(
        u"Creating a ticket for the split message"_s,
        u"INSERT INTO tickets (subject, status, priority, customer_id, organisation_id, created_ms, updated_ms, version) "
        "SELECT ?, 'open', priority, customer_id, organisation_id, ?, ?, 0 FROM tickets WHERE id = ?"_s,
        {m.subject.isEmpty() ? original->subject : StoredText::bounded(m.subject, StoredText::kTicketSubjectChars),
         SqlValues::fromTime(m.received.isValid() ? m.received : now),
         SqlValues::fromTime(now), ticketId});
    MADOGUCHI_TRY(created);
    const QVariantList ids{*created, messageRowId};
    MADOGUCHI_TRY(m_database.exec(u"Moving the message"_s, u"UPDATE messages SET ticket_id = ? WHERE id = ?"_s, ids));
    MADOGUCHI_TRY(m_database.exec(u"Moving its obligation"_s,
                                  u"UPDATE obligations SET ticket_id = ? WHERE message_id = ?"_s, ids));
    MADOGUCHI_TRY(m_changes.audit().record(actor, ticketId, u"split"_s, QString::number(ticketId),
                                           QString::number(*created)));
    MADOGUCHI_TRY(m_changes.audit().record(actor, *created, u"split"_s, QString::number(ticketId),
                                           QString::number(*created)));
    MADOGUCHI_TRY(m_changes.finish(ticketId));
    return finish(*created, transaction);
}

} // namespace Madoguchi
