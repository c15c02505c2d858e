#include "availability/MaintenanceCheck.h"

#include "availability/MonthlyAvailability.h"
#include "core/Jst.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

bool MaintenanceCheck::inWeekendWindow(const QDateTime &start, const QDateTime &end)
{
    const QDateTime local = Jst::toJst(start);
    const QDate date = local.date();
    // Back to the Friday of this weekend: Friday 0 days, Saturday 1, Sunday 2, Monday 3.
    const int back = (date.dayOfWeek() - Qt::Friday + 7) % 7;
    if (back > 3)
        return false; // Tuesday to Thursday
    const QDateTime windowStart = Jst::at(date.addDays(-back), QTime(21, 0));
    const QDateTime windowEnd = Jst::at(date.addDays(-back + 3), QTime(3, 0));
    return start >= windowStart && end <= windowEnd && start < end;
}

QList<MaintenanceFinding> MaintenanceCheck::check(const MaintenancePlan &plan, const QDateTime &now)
{
    QList<MaintenanceFinding> findings;
    if (!plan.emergency) {
        if (!plan.announced.isValid()) {
            if (now > plan.start.addDays(-MonthlyAvailability::announcementDays))
                findings.append({MaintenanceBreach::NotAnnounced, 0});
        } else if (!MonthlyAvailability::announcedInTime(plan.announced, plan.start)) {
            findings.append({MaintenanceBreach::AnnouncedLate, plan.announced.secsTo(plan.start) / 60});
        }
    }
    if (!inWeekendWindow(plan.start, plan.end))
        findings.append({MaintenanceBreach::OutsideWeekend, 0});
    const qint64 minutes = plan.start.secsTo(plan.end) / 60;
    if (plan.functions.contains(ServiceFunction::Client) && minutes > 8 * 60)
        findings.append({MaintenanceBreach::TooLongForClient, minutes});
    const bool consumer = plan.functions.contains(ServiceFunction::WebForm)
                          || plan.functions.contains(ServiceFunction::ClickCount);
    if (consumer && minutes > 4 * 60)
        findings.append({MaintenanceBreach::TooLongForConsumer, minutes});
    if (plan.actualEnd.isValid() && plan.actualEnd > plan.end)
        findings.append({MaintenanceBreach::Overran, plan.end.secsTo(plan.actualEnd) / 60});
    return findings;
}

QString MaintenanceCheck::breachKey(MaintenanceBreach breach)
{
    switch (breach) {
    case MaintenanceBreach::AnnouncedLate:
        return u"announced-late"_s;
    case MaintenanceBreach::NotAnnounced:
        return u"not-announced"_s;
    case MaintenanceBreach::OutsideWeekend:
        return u"outside-weekend"_s;
    case MaintenanceBreach::TooLongForClient:
        return u"too-long-client"_s;
    case MaintenanceBreach::TooLongForConsumer:
        return u"too-long-consumer"_s;
    case MaintenanceBreach::Overran:
        return u"overran"_s;
    }
    return {};
}

QString MaintenanceCheck::describe(const MaintenanceFinding &finding)
{
    const auto hm = [](qint64 minutes) {
        return QCoreApplication::translate("MaintenanceCheck", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    };
    switch (finding.breach) {
    case MaintenanceBreach::AnnouncedLate:
        return QCoreApplication::translate("MaintenanceCheck",
                                           "announced only %1 before it starts; the agreement asks for 14 days")
            .arg(hm(finding.minutes));
    case MaintenanceBreach::NotAnnounced:
        return QCoreApplication::translate("MaintenanceCheck",
                                           "not announced, and it starts in less than 14 days");
    case MaintenanceBreach::OutsideWeekend:
        return QCoreApplication::translate("MaintenanceCheck",
                                           "outside the weekend window (Friday 21:00 to Monday 03:00 JST)");
    case MaintenanceBreach::TooLongForClient:
        return QCoreApplication::translate("MaintenanceCheck",
                                           "stops the client function for %1; at most 8 hours")
            .arg(hm(finding.minutes));
    case MaintenanceBreach::TooLongForConsumer:
        return QCoreApplication::translate("MaintenanceCheck",
                                           "stops the consumer function for %1; at most 4 hours")
            .arg(hm(finding.minutes));
    case MaintenanceBreach::Overran:
        return QCoreApplication::translate("MaintenanceCheck",
                                           "ran %1 past its announced end (counted as downtime)")
            .arg(hm(finding.minutes));
    }
    return {};
}

} // namespace Madoguchi
