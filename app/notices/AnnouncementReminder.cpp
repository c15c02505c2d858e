#include "notices/AnnouncementReminder.h"

#include "availability/OutageStore.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "store/Database.h"
#include "tickets/TicketDesk.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

bool AnnouncementReminder::needsAnnouncement(const MaintenancePlan &plan, const QDateTime &now)
{
    return !plan.announced.isValid() && plan.start > now && plan.start < now.addDays(noticeDays);
}

Result<QList<MaintenancePlan>> AnnouncementReminder::unannounced()
{
    auto plans = OutageStore(m_desk.database(), m_desk.clock()).plans();
    if (!plans)
        return plans.error();
    // An announcement in the outbox is on its way (the send-cancel window, a retry).
    auto waiting = m_desk.database().exec(u"Reading the announcements waiting to be sent"_s,
                                          u"SELECT DISTINCT n.plan_id FROM notices n JOIN messages m ON "
                                          "m.id = n.message_row_id WHERE n.kind = 'announcement' AND "
                                          "m.delivery = 'pending'"_s);
    if (!waiting)
        return waiting.error();
    QList<qint64> onTheirWay;
    for (QSqlQuery &r = waiting.value(); r.next();)
        onTheirWay.append(r.value(0).toLongLong());
    const QDateTime now = m_desk.clock().now();
    QList<MaintenancePlan> result;
    for (const MaintenancePlan &plan : std::as_const(*plans)) {
        if (needsAnnouncement(plan, now) && !onTheirWay.contains(plan.id))
            result.append(plan);
    }
    return result; // plans() is in start order
}

Result<QList<MaintenancePlan>> AnnouncementReminder::dueToday(QHash<qint64, QDate> &shownOn)
{
    auto plans = unannounced();
    if (!plans)
        return plans.error();
    const QDate today = Jst::dateOf(m_desk.clock().now());
    QList<MaintenancePlan> due;
    for (const MaintenancePlan &plan : std::as_const(*plans)) {
        if (shownOn.value(plan.id) == today)
            continue;
        shownOn.insert(plan.id, today);
        due.append(plan);
    }
    return due;
}

} // namespace Madoguchi
