#pragma once

#include "calendar/BusinessCalendar.h"

#include <QDateTime>
#include <QList>

namespace Madoguchi {

struct SkippedDay
{
    QDate date;
    DayOffReason reason = DayOffReason::None;
    QString name; // holiday or company holiday name (Japanese), empty otherwise
    QString nameEn;
};

// A deadline that can explain itself: when the message was received (JST), the date it was
// accepted on, each day skipped and why, and the resulting deadline.
struct ResponseDeadline
{
    QDateTime received; // UTC
    bool urgent = false;
    int urgentTargetMinutes = 60;
    QString urgentReason; // why the ticket is urgent (a keyword rule, a person); shown when set
    DeadlinePolicy policy = DeadlinePolicy::NextBusinessDay;
    QDate acceptanceDate; // JST date the obligation starts counting from
    QList<SkippedDay> skippedDays; // non-business days strictly between receipt and deadline dates
    QDateTime deadline; // UTC

    // Multi-line explanation in the current UI language: the summary, then the receipt in
    // JST, the acceptance date, each skipped day with its reason, the deadline and the rule.
    QString explanation() const;
    // The explanation without its first line (the summary).
    QString details() const;
    // Only what the summary does not say already, for a place that shows the summary above
    // it (the ticket panel's deadline header): the acceptance date when it is not the day of
    // receipt, each skipped day when the summary gave them as one range, the rule and why the
    // ticket is urgent; never the receipt and deadline times again.
    QString reasons() const;
    // One line, e.g. "受信 土 23:40 → 期限 火 18:00 (日曜・月曜(振替休日)を除く)".
    QString summary() const;
};

enum class DeadlineFlag { OnTime, DueSoon, Overdue };

// Computes deadlines under the administrator's policy (DESIGN.md, "The clock" 6 and 7).
class DeadlineCalculator
{
public:
    explicit DeadlineCalculator(const BusinessCalendar &calendar)
        : m_calendar(calendar)
    { }

    // Under the calendar's policy (settings().policy), or an explicit one.
    ResponseDeadline compute(const QDateTime &received, bool urgent = false) const;
    ResponseDeadline compute(const QDateTime &received, bool urgent, DeadlinePolicy policy) const;
    QDateTime deadline(const QDateTime &received, bool urgent = false) const; // fast path
    QDateTime deadline(const QDateTime &received, bool urgent, DeadlinePolicy policy) const;

    // On time / due soon (remaining business minutes <= threshold; urgent tickets count
    // wall-clock minutes against urgentDueSoonThresholdMinutes) / overdue (now is past the
    // deadline; exactly at the deadline is not yet overdue).
    DeadlineFlag classify(const QDateTime &deadline, const QDateTime &now, bool urgent = false) const;
    // Business minutes left (negative when overdue); wall-clock minutes when urgent.
    qint64 remainingMinutes(const QDateTime &deadline, const QDateTime &now, bool urgent = false) const;

private:
    qint64 deadlineDay(qint64 jstSeconds, DeadlinePolicy policy, qint64 *acceptanceDay) const;

    const BusinessCalendar &m_calendar;
};

} // namespace Madoguchi
