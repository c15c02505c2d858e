#include "tickets/TicketDesk.h"

namespace Madoguchi {

TicketDesk::TicketDesk(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
    , m_audit(database, clock)
    , m_calendar(database, m_audit)
    , m_obligations(database, m_calendar)
    , m_team(database, m_audit)
    , m_tickets(database)
    , m_changes(database, m_audit, m_obligations, clock)
    , m_mail(database, m_tickets, m_changes, m_team)
    , m_operations(database, m_tickets, m_changes)
    , m_queue(database, m_calendar)
    , m_search(database)
{
}

} // namespace Madoguchi
