#pragma once

#include <QDateTime>
#include <QObject>

namespace Madoguchi {

// Every rule reads "now" through a Clock so that tests (and the CLI's --now) can fix it.
// Nothing outside this file calls QDateTime::currentDateTimeUtc().
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC

    // The process-wide real clock. Prefer passing a Clock& through constructors.
    static Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock a test (or `madoguchi-cli --now`) sets and advances by hand.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now = {});
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now);
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace Madoguchi
