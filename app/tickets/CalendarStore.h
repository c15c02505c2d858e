#pragma once

#include "calendar/BusinessCalendar.h"
#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <memory>

namespace Madoguchi {

class AuditLog;
class Database;
class ObligationBook;
class TransactionGuard;

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
    // Call when Database::ticketsChanged reports ticket id 0 (another desktop saved the
    // calendar) or an empty list (SQLite: something changed in another process).
    void reload() { m_calendar.reset(); }

    // Manager only. Stores the settings and recomputes every open deadline in the same
    // transaction, so no desktop ever sees deadlines from the old calendar with the new one.
    Result<int> save(const StaffUser &actor, const CalendarSettings &settings, ObligationBook &obligations);

    // Manager only. Applies a Cabinet Office syukujitsu.csv (Shift_JIS or UTF-8) to every
    // desktop: it is kept in the settings table, overrides the computed national holidays for
    // the years it covers, and every open deadline is recomputed in the same transaction.
    // Returns how many deadlines moved.
    Result<int> importOfficialHolidays(const StaffUser &actor, const QByteArray &csv, ObligationBook &obligations);
    // The last year whose national holidays are official (built in, or from an import).
    Result<int> lastOfficialYear();

    static QByteArray toJson(const CalendarSettings &settings); // without company holidays
    static CalendarSettings fromJson(const QByteArray &json);

private:
    // Every open deadline again under the new calendar, then commit; the cached calendar is
    // dropped either way so nobody computes with settings that were rolled back.
    Result<int> recomputeAndCommit(TransactionGuard &transaction, ObligationBook &obligations);

    Database &m_database;
    AuditLog &m_audit;
    std::unique_ptr<BusinessCalendar> m_calendar;
};

} // namespace Madoguchi
