#include "tickets/TicketStatus.h"

#include "tickets/KeyedNames.h"

namespace Madoguchi {

namespace {

const KeyedName<TicketStatus> statusNames[] = {
    {TicketStatus::New, "new", QT_TRANSLATE_NOOP("TicketStatus", "New")},
    {TicketStatus::Open, "open", QT_TRANSLATE_NOOP("TicketStatus", "Open")},
    {TicketStatus::Waiting, "waiting", QT_TRANSLATE_NOOP("TicketStatus", "Waiting on customer")},
    {TicketStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("TicketStatus", "Resolved")},
    {TicketStatus::Closed, "closed", QT_TRANSLATE_NOOP("TicketStatus", "Closed")},
};

const KeyedName<TicketPriority> priorityNames[] = {
    {TicketPriority::Low, "low", QT_TRANSLATE_NOOP("TicketPriority", "Low")},
    {TicketPriority::Normal, "normal", QT_TRANSLATE_NOOP("TicketPriority", "Normal")},
    {TicketPriority::High, "high", QT_TRANSLATE_NOOP("TicketPriority", "High")},
    {TicketPriority::Urgent, "urgent", QT_TRANSLATE_NOOP("TicketPriority", "Urgent")},
};

} // namespace

QString statusKey(TicketStatus status)
{
    return keyOf(statusNames, status);
}

std::optional<TicketStatus> statusFromKey(const QString &key)
{
    return valueOfKey(statusNames, key);
}

QString statusLabel(TicketStatus status)
{
    return labelOf(statusNames, status, "TicketStatus");
}

bool isSettled(TicketStatus status)
{
    return status == TicketStatus::Waiting || status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

QString priorityKey(TicketPriority priority)
{
    return keyOf(priorityNames, priority);
}

std::optional<TicketPriority> priorityFromKey(const QString &key)
{
    return valueOfKey(priorityNames, key);
}

QString priorityLabel(TicketPriority priority)
{
    return labelOf(priorityNames, priority, "TicketPriority");
}

} // namespace Madoguchi
