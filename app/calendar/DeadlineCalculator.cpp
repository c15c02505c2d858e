#include "calendar/ResponseDeadline.h"

namespace Madoguchi {

// Works on JST seconds and day numbers only: deadline() runs for every open message on
// every refresh, and QDateTime/QTimeZone conversions would dominate its cost.
qint64 DeadlineCalculator::deadlineDay(qint64 jstSeconds, DeadlinePolicy policy, qint64 *acceptanceDay) const
{
    const qint64 day = BusinessCalendar::dayOfJstSeconds(jstSeconds);
    qint64 accepted = day;
    if (policy == DeadlinePolicy::AfterHoursNextDay) {
        // Outside business hours the message counts from the next business-hours start; on
        // a business day before closing (early morning, lunch) that is still the same date.
        const qint64 second = jstSeconds - day * BusinessCalendar::secondsPerDay;
        if (!m_calendar.isBusinessEpochDay(day) || second >= m_calendar.closingSecond())
            accepted = m_calendar.nextBusinessEpochDay(day);
    }
    if (acceptanceDay)
        *acceptanceDay = accepted;
    return m_calendar.nextBusinessEpochDay(accepted);
}

QDateTime DeadlineCalculator::deadline(const QDateTime &received, bool urgent) const
{
    return deadline(received, urgent, m_calendar.settings().policy);
}

QDateTime DeadlineCalculator::deadline(const QDateTime &received, bool urgent, DeadlinePolicy policy) const
{
    if (!received.isValid())
        return {};
    const qint64 t = BusinessCalendar::jstSeconds(received);
    if (urgent)
        return BusinessCalendar::fromJstSeconds(t + qint64(m_calendar.settings().urgentTargetMinutes) * 60);
    const qint64 day = deadlineDay(t, policy, nullptr);
    return BusinessCalendar::fromJstSeconds(day * BusinessCalendar::secondsPerDay + m_calendar.closingSecond());
}

ResponseDeadline DeadlineCalculator::compute(const QDateTime &received, bool urgent) const
{
    return compute(received, urgent, m_calendar.settings().policy);
}

ResponseDeadline DeadlineCalculator::compute(const QDateTime &received, bool urgent, DeadlinePolicy policy) const
{
    ResponseDeadline result;
    result.urgent = urgent;
    result.policy = policy;
    result.urgentTargetMinutes = m_calendar.settings().urgentTargetMinutes;
    if (!received.isValid())
        return result;
    result.received = received.toUTC();
    const qint64 t = BusinessCalendar::jstSeconds(received);
    const qint64 receivedDay = BusinessCalendar::dayOfJstSeconds(t);
    if (urgent) {
        result.acceptanceDate = BusinessDayTable::dateOf(receivedDay);
        result.deadline = deadline(received, true, policy);
        return result;
    }
    qint64 acceptanceDay = receivedDay;
    const qint64 dueDay = deadlineDay(t, policy, &acceptanceDay);
    result.acceptanceDate = BusinessDayTable::dateOf(acceptanceDay);
    result.deadline
        = BusinessCalendar::fromJstSeconds(dueDay * BusinessCalendar::secondsPerDay + m_calendar.closingSecond());
    for (qint64 day = receivedDay + 1; day < dueDay; ++day) {
        const DayInfo info = m_calendar.dayInfo(BusinessDayTable::dateOf(day));
        if (!info.isBusinessDay())
            result.skippedDays.append(SkippedDay { info.date, info.reason, info.name, info.nameEn });
    }
    return result;
}

qint64 DeadlineCalculator::remainingMinutes(const QDateTime &deadline, const QDateTime &now, bool urgent) const
{
    if (urgent)
        return now.secsTo(deadline) / 60;
    return m_calendar.businessMinutesBetween(now, deadline);
}

DeadlineFlag DeadlineCalculator::classify(const QDateTime &deadline, const QDateTime &now, bool urgent) const
{
    if (now > deadline)
        return DeadlineFlag::Overdue;
    const CalendarSettings &settings = m_calendar.settings();
    const int threshold = urgent ? settings.urgentDueSoonThresholdMinutes : settings.dueSoonThresholdMinutes;
    // To the second: 2 h 0 min 30 s left is not yet "at most 2 hours left" (whole minutes
    // would round it down to 120 and flag it early).
    const qint64 left = urgent ? now.secsTo(deadline) : m_calendar.businessSecondsBetween(now, deadline);
    return left <= qint64(threshold) * 60 ? DeadlineFlag::DueSoon : DeadlineFlag::OnTime;
}

} // namespace Madoguchi
