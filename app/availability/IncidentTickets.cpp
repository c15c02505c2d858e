#include "availability/IncidentTickets.h"

#include "store/Database.h"
#include "store/TransactionGuard.h"
#include "tickets/AuditLog.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString incidentText(qint64 incidentId)
{
    return u"incident %1"_s.arg(incidentId);
}

} // namespace

Result<bool> IncidentTickets::isLinked(qint64 incidentId, qint64 ticketId)
{
    auto found = m_database.scalar(u"Looking up an incident link"_s,
                                   u"SELECT 1 FROM incident_tickets WHERE incident_id = ? AND ticket_id = ?"_s,
                                   {incidentId, ticketId});
    if (!found)
        return found.error();
    return found->isValid();
}

Result<void> IncidentTickets::link(const StaffUser &actor, qint64 incidentId, qint64 ticketId)
{
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto incident = m_database.scalar(u"Looking up an incident"_s, u"SELECT id FROM incidents WHERE id = ?"_s,
                                      {incidentId});
    if (!incident)
        return incident.error();
    if (!incident->isValid())
        return makeError(u"not-found"_s,
                         QCoreApplication::translate("IncidentTickets", "There is no incident %1.").arg(incidentId));
    auto merged = m_database.exec(u"Looking up a ticket"_s, u"SELECT merged_into_id FROM tickets WHERE id = ?"_s,
                                  {ticketId});
    if (!merged)
        return merged.error();
    if (!merged.value().next())
        return makeError(u"not-found"_s,
                         QCoreApplication::translate("IncidentTickets", "Ticket #%1 does not exist.").arg(ticketId));
    if (!merged->value(0).isNull())
        return makeError(u"bad-input"_s, QCoreApplication::translate("IncidentTickets",
                                                                     "Ticket #%1 was merged into #%2: link that one.")
                                             .arg(ticketId)
                                             .arg(merged->value(0).toLongLong()));
    auto linked = isLinked(incidentId, ticketId);
    if (!linked)
        return linked.error();
    if (*linked)
        return makeError(u"bad-input"_s, QCoreApplication::translate("IncidentTickets",
                                                                     "Ticket #%1 is already linked to incident %2.")
                                             .arg(ticketId)
                                             .arg(incidentId));
    auto stored = m_database.exec(u"Linking a ticket to an incident"_s,
                                  u"INSERT INTO incident_tickets (incident_id, ticket_id) VALUES (?, ?)"_s,
                                  {incidentId, ticketId});
    if (!stored)
        return stored.error();
    if (auto logged = m_audit.record(actor, ticketId, u"incident link"_s, QString(), incidentText(incidentId)); !logged)
        return logged;
    if (auto announced = m_database.announceTicketChange(ticketId); !announced)
        return announced;
    return transaction.commit();
}

Result<void> IncidentTickets::unlink(const StaffUser &actor, qint64 incidentId, qint64 ticketId)
{
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto removed = m_database.exec(u"Unlinking a ticket from an incident"_s,
                                   u"DELETE FROM incident_tickets WHERE incident_id = ? AND ticket_id = ?"_s,
                                   {incidentId, ticketId});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0)
        return makeError(u"not-found"_s, QCoreApplication::translate("IncidentTickets",
                                                                     "Ticket #%1 is not linked to incident %2.")
                                             .arg(ticketId)
                                             .arg(incidentId));
    if (auto logged = m_audit.record(actor, ticketId, u"incident unlink"_s, incidentText(incidentId), QString());
        !logged)
        return logged;
    if (auto announced = m_database.announceTicketChange(ticketId); !announced)
        return announced;
    return transaction.commit();
}

Result<QList<LinkedTicket>> IncidentTickets::ticketsOf(qint64 incidentId)
{
    auto query = m_database.exec(u"Reading an incident's tickets"_s,
                                 u"SELECT t.id, t.subject, t.status, COALESCE(o.name, '') FROM incident_tickets l "
                                 "JOIN tickets t ON t.id = l.ticket_id LEFT JOIN organisations o ON o.id = "
                                 "t.organisation_id WHERE l.incident_id = ? ORDER BY t.id"_s,
                                 {incidentId});
    if (!query)
        return query.error();
    QList<LinkedTicket> tickets;
    for (QSqlQuery &rows = query.value(); rows.next();) {
        LinkedTicket ticket;
        ticket.ticketId = rows.value(0).toLongLong();
        ticket.subject = rows.value(1).toString();
        ticket.status = statusFromKey(rows.value(2).toString()).value_or(TicketStatus::New);
        ticket.organisationName = rows.value(3).toString();
        tickets.append(ticket);
    }
    return tickets;
}

Result<QList<qint64>> IncidentTickets::incidentsOf(qint64 ticketId)
{
    auto query = m_database.exec(u"Reading a ticket's incidents"_s,
                                 u"SELECT incident_id FROM incident_tickets WHERE ticket_id = ? ORDER BY incident_id"_s,
                                 {ticketId});
    if (!query)
        return query.error();
    QList<qint64> ids;
    for (QSqlQuery &rows = query.value(); rows.next();)
        ids.append(rows.value(0).toLongLong());
    return ids;
}

} // namespace Madoguchi
