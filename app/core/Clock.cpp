#include "core/Clock.h"

namespace Madoguchi {

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(QDateTime now)
{
    set(now);
}

void FixedClock::set(const QDateTime &now)
{
    m_now = now.toUTC();
}

} // namespace Madoguchi
