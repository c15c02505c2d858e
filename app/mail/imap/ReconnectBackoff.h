#pragma once

namespace Madoguchi {

// Waiting time before the next reconnect: doubles after each failure up to a ceiling, and
// starts again from the first delay once a connection has worked.
class ReconnectBackoff
{
public:
    ReconnectBackoff(int firstMs, int maxMs) : m_firstMs(firstMs), m_maxMs(maxMs) {}

    int nextDelayMs();
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

private:
    int m_firstMs;
    int m_maxMs;
    int m_attempts = 0;
};

} // namespace Madoguchi
