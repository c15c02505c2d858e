#pragma once

#include "availability/Outage.h"
#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace Madoguchi {

class TicketDesk;

// The desk's daily reminder (issue 15): a maintenance plan that starts in less than 14 days
// and has no sent announcement — none accepted by the server, none waiting in the outbox —
// is shown once a day (JST) per plan until it is announced or has begun.
class AnnouncementReminder
{
public:
    explicit AnnouncementReminder(TicketDesk &desk) : m_desk(desk) {}

    static constexpr int noticeDays = 14;
    static bool needsAnnouncement(const MaintenancePlan &plan, const QDateTime &now);

    // Every plan that needs its announcement now, soonest first.
    Result<QList<MaintenancePlan>> unannounced();
    // Those of unannounced() not shown yet today, by `shownOn` (plan id → the JST day it was
    // last shown), which is updated for them.
    Result<QList<MaintenancePlan>> dueToday(QHash<qint64, QDate> &shownOn);

private:
    TicketDesk &m_desk;
};

} // namespace Madoguchi
