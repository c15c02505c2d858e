#pragma once

#include "tickets/StaffUser.h"
#include "tickets/TicketStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Madoguchi {

class TicketOperations;

// A ticket as the person saw it when they chose it: its version is what each change is
// checked against, so a ticket someone else changed meanwhile is skipped, not overwritten.
struct SeenTicket
{
    qint64 id = 0;
    qint64 version = 0;
};

// One action applied to several tickets (the list's multi-selection).
struct BulkChange
{
    enum class Kind { Assign, Status, Priority, AddTag, Merge };
    Kind kind = Kind::Status;
    qint64 assigneeId = 0; // Assign: 0 takes the assignment away
    TicketStatus status = TicketStatus::Open;
    TicketPriority priority = TicketPriority::Normal;
    QString tag;
    SeenTicket mergeTarget; // Merge: every other ticket goes into this one
};

struct BulkTicketOutcome
{
    enum class State { Updated, Conflict, Failed };
    qint64 ticketId = 0;
    State state = State::Updated;
    QString reason; // the refusal in words, for Conflict and Failed
    qint64 version = 0; // after the change (Updated): the ticket's, or for a merge the target's
};

struct BulkOutcome
{
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::BulkOutcome)

public:
    QList<BulkTicketOutcome> tickets;

    int count(BulkTicketOutcome::State state) const;
    // 「12件を更新、1件は他の人が変更済みのためスキップ」 / "12 tickets updated, 1 skipped
    // because someone else changed it"; failures other than conflicts are counted too.
    QString summary() const;
    // One line per refused ticket: 「#12: …reason…」.
    QStringList refusals() const;
};

// Applies one change to each ticket through TicketOperations, one transaction per ticket:
// each is version-checked and audited on its own, and a refusal (someone else's change, a
// ticket that no longer exists) skips that ticket with its reason while the rest go ahead.
class BulkTicketChange
{
public:
    explicit BulkTicketChange(TicketOperations &operations) : m_operations(operations) {}

    BulkOutcome apply(const StaffUser &actor, const QList<SeenTicket> &tickets, const BulkChange &change);

private:
    TicketOperations &m_operations;
};

} // namespace Madoguchi
