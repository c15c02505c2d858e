#include "tickets/CalendarStore.h"

#include "store/Database.h"
#include "store/TransactionGuard.h"
#include "tickets/AuditLog.h"
#include "tickets/ObligationBook.h"
#include "tickets/TeamDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QString settingName = u"calendar"_s;

QString describe(const CalendarSettings &settings)
{
    QStringList holidays;
    for (const CompanyHoliday &day : settings.companyHolidays)
        holidays << day.date.toString(Qt::ISODate) + u' ' + day.name;
    return QString::fromUtf8(CalendarStore::toJson(settings)) + u" holidays: "_s + holidays.join(u", "_s);
}

} // namespace

CalendarStore::CalendarStore(Database &database, AuditLog &audit) : m_database(database), m_audit(audit) {}

CalendarStore::~CalendarStore() = default;

QByteArray CalendarStore::toJson(const CalendarSettings &settings)
{
    QJsonArray hours;
    for (const BusinessHoursInterval &interval : settings.businessHours)
        hours.append(QJsonArray{interval.start.toString(u"HH:mm"_s), interval.end.toString(u"HH:mm"_s)});
    QJsonArray extra;
    for (const QDate &day : settings.extraWorkingDays)
        extra.append(day.toString(Qt::ISODate));
    const QJsonObject object{
        {u"businessHours"_s, hours},
        {u"yearEnd"_s, QJsonArray{settings.yearEndStartMonth, settings.yearEndStartDay, settings.yearEndEndMonth,
                                  settings.yearEndEndDay}},
        {u"yearEndBreak"_s, settings.yearEndBreakEnabled},
        {u"extraWorkingDays"_s, extra},
        {u"policy"_s, settings.policy == DeadlinePolicy::AfterHoursNextDay ? u"after-hours-next-day"_s
                                                                           : u"next-business-day"_s},
        {u"urgentTargetMinutes"_s, settings.urgentTargetMinutes},
        {u"dueSoonThresholdMinutes"_s, settings.dueSoonThresholdMinutes},
        {u"urgentDueSoonThresholdMinutes"_s, settings.urgentDueSoonThresholdMinutes},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

CalendarSettings CalendarStore::fromJson(const QByteArray &json)
{
    CalendarSettings settings;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.contains(u"businessHours"_s)) {
        settings.businessHours.clear();
        const QJsonArray hours = object.value(u"businessHours"_s).toArray();
        for (const QJsonValue &pair : hours) {
            settings.businessHours.append({QTime::fromString(pair.toArray().at(0).toString(), u"HH:mm"_s),
                                           QTime::fromString(pair.toArray().at(1).toString(), u"HH:mm"_s)});
        }
    }
    const QJsonArray yearEnd = object.value(u"yearEnd"_s).toArray();
    if (yearEnd.size() == 4) {
        settings.yearEndStartMonth = yearEnd.at(0).toInt();
        settings.yearEndStartDay = yearEnd.at(1).toInt();
        settings.yearEndEndMonth = yearEnd.at(2).toInt();
        settings.yearEndEndDay = yearEnd.at(3).toInt();
    }
    settings.yearEndBreakEnabled = object.value(u"yearEndBreak"_s).toBool(settings.yearEndBreakEnabled);
    const QJsonArray extra = object.value(u"extraWorkingDays"_s).toArray();
    for (const QJsonValue &day : extra)
        settings.extraWorkingDays.append(QDate::fromString(day.toString(), Qt::ISODate));
    if (object.value(u"policy"_s).toString() == u"after-hours-next-day"_s)
        settings.policy = DeadlinePolicy::AfterHoursNextDay;
    settings.urgentTargetMinutes = object.value(u"urgentTargetMinutes"_s).toInt(settings.urgentTargetMinutes);
    settings.dueSoonThresholdMinutes =
        object.value(u"dueSoonThresholdMinutes"_s).toInt(settings.dueSoonThresholdMinutes);
    settings.urgentDueSoonThresholdMinutes =
        object.value(u"urgentDueSoonThresholdMinutes"_s).toInt(settings.urgentDueSoonThresholdMinutes);
    return settings;
}

Result<CalendarSettings> CalendarStore::load()
{
    auto json = m_database.scalar(u"Reading the calendar settings"_s, u"SELECT value FROM settings WHERE name = ?"_s,
                                  {settingName});
    if (!json)
        return json.error();
    CalendarSettings settings = json->isValid() ? fromJson(json->toString().toUtf8()) : CalendarSettings();
    auto days = m_database.exec(u"Reading company holidays"_s, u"SELECT day, name FROM company_holidays ORDER BY day"_s);
    if (!days)
        return days.error();
    while (days.value().next()) {
        settings.companyHolidays.append(
            {QDate::fromString(days.value().value(0).toString(), Qt::ISODate), days.value().value(1).toString()});
    }
    return settings;
}

Result<const BusinessCalendar *> CalendarStore::calendar()
{
    if (!m_calendar) {
        auto settings = load();
        if (!settings)
            return settings.error();
        m_calendar = std::make_unique<BusinessCalendar>(*settings);
    }
    return static_cast<const BusinessCalendar *>(m_calendar.get());
}

Result<int> CalendarStore::save(const StaffUser &actor, const CalendarSettings &settings, ObligationBook &obligations)
{
    if (!actor.isManager())
        return managerOnlyError(
            QCoreApplication::translate("CalendarStore", "Only a manager can change the business calendar."));
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto before = load();
    if (!before)
        return before.error();
    auto stored = m_database.exec(u"Saving the calendar settings"_s,
                                  u"INSERT INTO settings (name, value) VALUES (?, ?) "
                                  "ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
                                  {settingName, QString::fromUtf8(toJson(settings))});
    if (!stored)
        return stored.error();
    if (auto cleared = m_database.exec(u"Saving company holidays"_s, u"DELETE FROM company_holidays"_s); !cleared)
        return cleared.error();
    for (const CompanyHoliday &day : settings.companyHolidays) {
        auto added = m_database.exec(u"Saving company holidays"_s,
                                     u"INSERT INTO company_holidays (day, name) VALUES (?, ?)"_s,
                                     {day.date.toString(Qt::ISODate), day.name});
        if (!added)
            return added.error();
    }
    if (auto logged = m_audit.record(actor, 0, u"calendar"_s, describe(*before), describe(settings)); !logged)
        return logged.error();
    m_calendar.reset();
    auto recomputed = obligations.recomputeAllOpen();
    if (!recomputed) {
        m_calendar.reset(); // the rollback restores the old settings
        return recomputed.error();
    }
    if (auto done = transaction.commit(); !done) {
        m_calendar.reset();
        return done.error();
    }
    return recomputed;
}

} // namespace Madoguchi
