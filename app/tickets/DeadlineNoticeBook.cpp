#include "tickets/DeadlineNoticeBook.h"

#include <QSet>

namespace Madoguchi {

QList<DeadlineNotice> DeadlineNoticeBook::update(const QList<TicketFlagState> &current, bool businessTime)
{
    QList<DeadlineNotice> notices;
    QSet<qint64> seen;
    for (const TicketFlagState &state : current) {
        seen.insert(state.ticketId);
        if (state.flag == DeadlineFlag::OnTime) {
            m_announced.remove(state.ticketId);
            continue;
        }
        if (!m_baseline) {
            m_announced.insert(state.ticketId, state.flag);
            continue;
        }
        if (m_announced.value(state.ticketId, DeadlineFlag::OnTime) == state.flag)
            continue;
        if (!businessTime && !state.urgent)
            continue; // held back until business hours; announced() still says the old flag
        m_announced.insert(state.ticketId, state.flag);
        notices.append(DeadlineNotice{state.ticketId, state.flag, state.urgent, state.subject, state.remainingMinutes});
    }
    for (auto it = m_announced.begin(); it != m_announced.end();) {
        if (seen.contains(it.key()))
            ++it;
        else
            it = m_announced.erase(it);
    }
    m_baseline = true;
    return notices;
}

} // namespace Madoguchi
