#pragma once

#include "calendar/BusinessCalendar.h"
#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <memory>

namespace Madoguchi {

class AuditLog;
class Database;
class ObligationBook;

// The business calendar the administrator keeps, stored in the database so every desktop
// (and the always-on server) computes the same deadlines: the settings as JSON in the
// settings table, company holidays in their own table.
class CalendarStore
{
public:
    CalendarStore(Database &database, AuditLog &audit);
    ~CalendarStore();

    Result<CalendarSettings> load();
    // The calendar in force, loaded on first use and after save()/reload().
    Result<const BusinessCalendar *> calendar();
    void reload() { m_calendar.reset(); } // e.g. when another desktop changed it

    // Manager only. Stores the settings and recomputes every open deadline in the same
    // transaction, so no desktop ever sees deadlines from the old calendar with the new one.
    Result<int> save(const StaffUser &actor, const CalendarSettings &settings, ObligationBook &obligations);

    static QByteArray toJson(const CalendarSettings &settings); // without company holidays
    static CalendarSettings fromJson(const QByteArray &json);

private:
    Database &m_database;
    AuditLog &m_audit;
    std::unique_ptr<BusinessCalendar> m_calendar;
};

} // namespace Madoguchi
