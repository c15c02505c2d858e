#pragma once

#include "calendar/ResponseDeadline.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Madoguchi {

// A ticket's flag as the desk sees it right now (only tickets with an open obligation).
struct TicketFlagState
{
    qint64 ticketId = 0;
    DeadlineFlag flag = DeadlineFlag::OnTime;
    bool urgent = false;
    QString subject;
    qint64 remainingMinutes = 0;
};

// A desktop notice to show: "#1057 due soon (2 h left)" or "#1042 overdue".
struct DeadlineNotice
{
    qint64 ticketId = 0;
    DeadlineFlag flag = DeadlineFlag::DueSoon;
    bool urgent = false;
    QString subject;
    qint64 remainingMinutes = 0;
};

// Remembers which flag change of which ticket has been announced, so a notice fires once
// per ticket per change (DESIGN.md, "The clock" 8) however often the desk refreshes.
//
// - The first update() only takes stock: what is already late when the program opens is
//   in the list, and a burst of old notices would teach people to ignore them.
// - Outside business hours a change of a non-urgent ticket is held back, not dropped:
//   next-business-day deadlines fall due at 18:00 sharp, i.e. always just after hours, and
//   the notice then comes at the next opening if the ticket is still late.
// - A ticket that is answered (no longer listed) or back on time is forgotten, so its
//   next change is announced again.
class DeadlineNoticeBook
{
public:
    // `current`: every ticket with an open obligation that is due soon or overdue (tickets
    // on time may be included or left out). Returns the notices to show now.
    QList<DeadlineNotice> update(const QList<TicketFlagState> &current, bool businessTime);

    bool hasBaseline() const { return m_baseline; }
    // The flag last announced (or taken stock of) for a ticket; OnTime when none.
    DeadlineFlag announced(qint64 ticketId) const { return m_announced.value(ticketId, DeadlineFlag::OnTime); }

private:
    QHash<qint64, DeadlineFlag> m_announced;
    bool m_baseline = false;
};

} // namespace Madoguchi
