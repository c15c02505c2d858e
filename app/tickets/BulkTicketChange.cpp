#include "tickets/BulkTicketChange.h"

#include "tickets/TicketOperations.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

int BulkOutcome::count(BulkTicketOutcome::State state) const
{
    return int(std::count_if(tickets.cbegin(), tickets.cend(),
                             [state](const BulkTicketOutcome &outcome) { return outcome.state == state; }));
}

QString BulkOutcome::summary() const
{
    QStringList parts{tr("%n ticket(s) updated", nullptr, count(BulkTicketOutcome::State::Updated))};
    if (const int conflicts = count(BulkTicketOutcome::State::Conflict); conflicts > 0)
        parts.append(tr("%n skipped because someone else changed it", nullptr, conflicts));
    if (const int failed = count(BulkTicketOutcome::State::Failed); failed > 0)
        parts.append(tr("%n could not be changed", nullptr, failed));
    return parts.join(tr(", "));
}

QStringList BulkOutcome::refusals() const
{
    QStringList lines;
    for (const BulkTicketOutcome &outcome : tickets) {
        if (outcome.state != BulkTicketOutcome::State::Updated)
            lines.append(u"#%1: %2"_s.arg(outcome.ticketId).arg(outcome.reason));
    }
    return lines;
}

BulkOutcome BulkTicketChange::apply(const StaffUser &actor, const QList<SeenTicket> &tickets, const BulkChange &change)
{
    BulkOutcome outcome;
    SeenTicket target = change.mergeTarget;
    for (const SeenTicket &seen : tickets) {
        if (change.kind == BulkChange::Kind::Merge && seen.id == target.id)
            continue; // the ticket the others go into
        Result<Ticket> result = [&]() -> Result<Ticket> {
            switch (change.kind) {
            case BulkChange::Kind::Assign:
                return m_operations.assign(actor, seen.id, seen.version, change.assigneeId);
            case BulkChange::Kind::Status:
                return m_operations.setStatus(actor, seen.id, seen.version, change.status);
            case BulkChange::Kind::Priority:
                return m_operations.setPriority(actor, seen.id, seen.version, change.priority);
            case BulkChange::Kind::AddTag:
                return m_operations.addTag(actor, seen.id, seen.version, change.tag);
            case BulkChange::Kind::Merge:
                return m_operations.merge(actor, seen.id, seen.version, target.id, target.version);
            }
            return makeError(u"input"_s, u"Unknown bulk change"_s);
        }();
        BulkTicketOutcome ticket;
        ticket.ticketId = seen.id;
        if (result) {
            ticket.version = result->version;
            // Each merge changes the target: the next one is checked against our own change.
            if (change.kind == BulkChange::Kind::Merge)
                target.version = result->version;
        } else {
            ticket.state = result.error().code == u"conflict"_s ? BulkTicketOutcome::State::Conflict
                                                                 : BulkTicketOutcome::State::Failed;
            ticket.reason = result.error().message;
        }
        outcome.tickets.append(ticket);
    }
    return outcome;
}

} // namespace Madoguchi
