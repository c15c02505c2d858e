#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"
#include "tickets/TicketStatus.h"

#include <QList>
#include <QString>

// Which customer tickets an incident caused (table incident_tickets, schema version 15): staff
// link a ticket to an incident from the ticket or from the incident. Every link and unlink is
// an audit row on the ticket ("incident link" / "incident unlink", "incident N"), written in
// the same transaction, and other desktops hear of the ticket's change.
namespace Madoguchi {

class AuditLog;
class Database;

struct LinkedTicket
{
    qint64 ticketId = 0;
    QString subject;
    TicketStatus status = TicketStatus::New;
    QString organisationName;
};

class IncidentTickets
{
public:
    IncidentTickets(Database &database, AuditLog &audit) : m_database(database), m_audit(audit) {}

    // Refused with one message (code "not-found" or "bad-input"): an unknown incident or
    // ticket, a ticket merged into another (link that one), a link that is already there.
    Result<void> link(const StaffUser &actor, qint64 incidentId, qint64 ticketId);
    Result<void> unlink(const StaffUser &actor, qint64 incidentId, qint64 ticketId);
    Result<QList<LinkedTicket>> ticketsOf(qint64 incidentId); // by ticket number
    Result<QList<qint64>> incidentsOf(qint64 ticketId);        // by incident number

private:
    Result<bool> isLinked(qint64 incidentId, qint64 ticketId);

    Database &m_database;
    AuditLog &m_audit;
};

} // namespace Madoguchi
