#include "calendar/BusinessDayTable.h"

#include <algorithm>

namespace Madoguchi {

BusinessDayTable::BusinessDayTable()
    : m_firstDay(dayNumber(QDate(firstYear, 1, 1)))
{
    const size_t days = size_t(dayNumber(QDate(lastYear, 12, 31)) - m_firstDay + 1);
    m_reason.assign(days, 0);
}

void BusinessDayTable::finish()
{
    const size_t days = m_reason.size();
    m_before.assign(days + 1, 0);
    for (size_t i = 0; i < days; ++i)
        m_before[i + 1] = m_before[i] + (m_reason[i] == 0 ? 1 : 0);
    m_next.assign(days, -1);
    qint32 next = -1;
    for (size_t i = days; i-- > 0;) {
        m_next[i] = next;
        if (m_reason[i] == 0)
            next = qint32(i);
    }
}

qint64 BusinessDayTable::dayOfBusinessDayNumber(qint64 count) const
{
    // m_before is non-decreasing: the day we want is the first i with m_before[i + 1] > count.
    const auto it = std::upper_bound(m_before.begin() + 1, m_before.end(), qint32(count));
    if (it == m_before.end())
        return -1;
    return m_firstDay + (it - (m_before.begin() + 1));
}

} // namespace Madoguchi
