#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"
#include "tickets/Ticket.h"

namespace Madoguchi {

class Database;
class TicketChanges;
class TicketStore;

// What staff do to a ticket. Every operation:
// - takes the version the person was looking at and is refused with code "conflict" (and
//   a message naming who changed what) when the ticket changed since — nothing is
//   overwritten silently;
// - writes an audit line (who, when, ticket, what, old → new);
// - runs in one transaction (or the caller's) and tells the other desktops;
// - returns the ticket as it is now (with its new version).
class TicketOperations
{
public:
    TicketOperations(Database &database, TicketStore &tickets, TicketChanges &changes)
        : m_database(database), m_tickets(tickets), m_changes(changes)
    {
    }

    Result<Ticket> assign(const StaffUser &actor, qint64 ticketId, qint64 version, qint64 assigneeId);
    Result<Ticket> setStatus(const StaffUser &actor, qint64 ticketId, qint64 version, TicketStatus status);
    // Urgent tickets run on the 24×7 clock: open deadlines are recomputed.
    Result<Ticket> setPriority(const StaffUser &actor, qint64 ticketId, qint64 version, TicketPriority priority);
    Result<Ticket> addTag(const StaffUser &actor, qint64 ticketId, qint64 version, const QString &tag);
    Result<Ticket> removeTag(const StaffUser &actor, qint64 ticketId, qint64 version, const QString &tag);
    // A note is not an answer: obligations are untouched.
    Result<Ticket> addInternalNote(const StaffUser &actor, qint64 ticketId, qint64 version, const QString &text);
    // Moves every message and obligation of `source` into `target`; source's number then
    // redirects to target (TicketStore::findByNumber), and target's due time is the earliest
    // of both. Returns the target.
    Result<Ticket> merge(const StaffUser &actor, qint64 sourceId, qint64 sourceVersion, qint64 targetId,
                         qint64 targetVersion);
    // Moves one message (with its obligation and attachments) into a new ticket with that
    // message's subject and sender. Returns the new ticket.
    Result<Ticket> split(const StaffUser &actor, qint64 ticketId, qint64 version, qint64 messageRowId);

private:
    Result<Ticket> load(qint64 ticketId);
    Result<Ticket> finish(qint64 ticketId, class TransactionGuard &transaction);

    Database &m_database;
    TicketStore &m_tickets;
    TicketChanges &m_changes;
};

} // namespace Madoguchi
