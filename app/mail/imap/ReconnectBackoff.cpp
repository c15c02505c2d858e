#include "mail/imap/ReconnectBackoff.h"

#include <algorithm>

namespace Madoguchi {

int ReconnectBackoff::nextDelayMs()
{
    long long delay = m_firstMs;
    for (int i = 0; i < m_attempts && delay < m_maxMs; ++i)
        delay *= 2;
    ++m_attempts;
    return int(std::min<long long>(delay, m_maxMs));
}

} // namespace Madoguchi
