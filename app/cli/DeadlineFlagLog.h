#pragma once

#include "calendar/ResponseDeadline.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace Madoguchi {

class Clock;
class TicketQueue;

// For the headless service: re-evaluates every open deadline once a minute and logs each
// ticket once when it becomes due soon or overdue, so that the journal (and whatever
// watches it) knows about lateness while every desktop is closed.
class DeadlineFlagLog : public QObject
{
    Q_OBJECT
public:
    DeadlineFlagLog(TicketQueue &queue, const Clock &clock, int intervalMs = 60'000, QObject *parent = nullptr);

    void check();

private:
    TicketQueue &m_queue;
    const Clock &m_clock;
    QTimer m_timer;
    QHash<qint64, DeadlineFlag> m_flags;
};

} // namespace Madoguchi
