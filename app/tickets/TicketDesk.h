#pragma once

#include "tickets/AuditLog.h"
#include "tickets/CalendarStore.h"
#include "tickets/MailIntake.h"
#include "tickets/ObligationBook.h"
#include "tickets/TeamDirectory.h"
#include "tickets/TicketChanges.h"
#include "tickets/TicketOperations.h"
#include "tickets/TicketQueue.h"
#include "tickets/TicketSearch.h"
#include "tickets/TicketStore.h"

namespace Madoguchi {

class Clock;
class Database;

// Everything about tickets on one Database connection, wired once: build one per
// connection (so one per thread) and hand its parts to whoever needs them.
//
//     auto db = Database::open(address, password);   // + SchemaMigrations::migrate
//     TicketDesk desk(**db, clock);
//     desk.mail().addMessage(message, desk.tickets().findTicketByMessageIds(refs).valueOr(0));
//     desk.operations().assign(me, ticket.id, ticket.version, me.id);
class TicketDesk
{
public:
    TicketDesk(Database &database, const Clock &clock);

    Database &database() { return m_database; }
    const Clock &clock() const { return m_clock; }
    AuditLog &audit() { return m_audit; }
    CalendarStore &calendar() { return m_calendar; }
    ObligationBook &obligations() { return m_obligations; }
    TeamDirectory &team() { return m_team; }
    TicketStore &tickets() { return m_tickets; }
    MailIntake &mail() { return m_mail; }
    TicketOperations &operations() { return m_operations; }
    TicketQueue &queue() { return m_queue; }
    TicketSearch &search() { return m_search; }

    // Manager only: new calendar settings, every open deadline recomputed, one transaction.
    // Returns how many deadlines moved.
    Result<int> changeCalendar(const StaffUser &actor, const CalendarSettings &settings)
    {
        return m_calendar.save(actor, settings, m_obligations);
    }

private:
    Database &m_database;
    const Clock &m_clock;
    AuditLog m_audit;
    CalendarStore m_calendar;
    ObligationBook m_obligations;
    TeamDirectory m_team;
    TicketStore m_tickets;
    TicketChanges m_changes;
    MailIntake m_mail;
    TicketOperations m_operations;
    TicketQueue m_queue;
    TicketSearch m_search;
};

} // namespace Madoguchi
