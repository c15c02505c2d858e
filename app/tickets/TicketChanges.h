#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"
#include "tickets/TicketStatus.h"

namespace Madoguchi {

class AuditLog;
class Clock;
class Database;
class ObligationBook;

// The writes every change to a ticket shares, whether staff or mail made it: the version
// check-and-bump (optimistic concurrency), a status change with its audit line and its
// effect on obligations, and the end of a change (due time, notification to other desktops).
class TicketChanges
{
public:
    TicketChanges(Database &database, AuditLog &audit, ObligationBook &obligations, const Clock &clock)
        : m_database(database), m_audit(audit), m_obligations(obligations), m_clock(clock)
    {
    }

    // Bumps the ticket's version. With expectedVersion >= 0 the change is refused (code
    // "conflict") when someone else changed the ticket since that version; the message names
    // who changed what and when, so the UI can offer to reload.
    Result<void> touch(qint64 ticketId, qint64 expectedVersion = -1);

    // Writes the status and its audit line. Settling a ticket (waiting, resolved, closed)
    // closes its open obligations.
    Result<void> changeStatus(const StaffUser &actor, qint64 ticketId, TicketStatus from, TicketStatus to);

    // Refreshes the due time and tells the other desktops. Call last, inside the transaction.
    Result<void> finish(qint64 ticketId);

    AuditLog &audit() { return m_audit; }
    ObligationBook &obligations() { return m_obligations; }
    const Clock &clock() const { return m_clock; }

private:
    Error conflict(qint64 ticketId, qint64 expectedVersion);

    Database &m_database;
    AuditLog &m_audit;
    ObligationBook &m_obligations;
    const Clock &m_clock;
};

} // namespace Madoguchi
