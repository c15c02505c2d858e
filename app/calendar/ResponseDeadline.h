#pragma once

#include "calendar/BusinessCalendar.h"

#include <QDateTime>
#include <QList>

namespace Madoguchi {

struct SkippedDay
{
    QDate date;
    DayOffReason reason = DayOffReason::None;
    QString name;
};

// A deadline that can explain itself: when the message was received (JST), the date it was
// accepted on, each day skipped and why, and the resulting deadline.
struct ResponseDeadline
{
    QDateTime received;      // UTC
    bool urgent = false;
    DeadlinePolicy policy = DeadlinePolicy::NextBusinessDay;
    QDate acceptanceDate;    // JST date the obligation starts counting from
    QList<SkippedDay> skippedDays;
    QDateTime deadline;      // UTC

    // Multi-line explanation in the current UI language, e.g.
    // "受信 土 23:40 → 期限 火 18:00 (日曜・月曜(振替休日)を除く)".
    QString explanation() const;
    QString summary() const; // one line
};

enum class DeadlineFlag { OnTime, DueSoon, Overdue };

// Computes deadlines under the administrator's policy (DESIGN.md, "The clock" 6 and 7).
class DeadlineCalculator
{
public:
    explicit DeadlineCalculator(const BusinessCalendar &calendar) : m_calendar(calendar) {}

    ResponseDeadline compute(const QDateTime &received, bool urgent = false) const;
    QDateTime deadline(const QDateTime &received, bool urgent = false) const; // fast path

    // On time / due soon (remaining business minutes <= threshold; urgent tickets count
    // wall-clock minutes) / overdue (now is past the deadline).
    DeadlineFlag classify(const QDateTime &deadline, const QDateTime &now, bool urgent = false) const;
    // Business minutes left (negative when overdue); wall-clock minutes when urgent.
    qint64 remainingMinutes(const QDateTime &deadline, const QDateTime &now, bool urgent = false) const;

private:
    const BusinessCalendar &m_calendar;
};

} // namespace Madoguchi
