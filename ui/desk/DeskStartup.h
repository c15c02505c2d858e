#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <QString>

#include <functional>
#include <memory>

namespace Madoguchi {

class Clock;
class Database;
class TicketDesk;

// What main() needs before the window opens: the clock, the store (migrated), the ticket
// core on it, and who is at the desk.
//
// - Clock: the system clock; MADOGUCHI_NOW=2026-11-24T10:00:00+09:00 fixes it (for the
//   screenshot script and demonstrations — only main() reads it, never the core).
// - Database: --database (setDatabaseOption), else MADOGUCHI_DATABASE (a file path or
//   postgresql://user@host:port/db), else the "database/address" setting, else the built-in
//   SQLite file in the data folder; Database::origin() says which.
// - Staff user: MADOGUCHI_USER, else the "desk/login" setting, else the login name. On an
//   empty desk that person becomes its first user (a manager).
class DeskStartup
{
public:
    DeskStartup();
    ~DeskStartup();

    // `beforeUpgrade` is told when the database's schema is about to be upgraded (see
    // DesktopSettings::openDatabase).
    Result<void> open(const std::function<void(int from, int to)> &beforeUpgrade = {});
    // The program's --database option: wins over MADOGUCHI_DATABASE and the setting.
    void setDatabaseOption(const QString &address) { m_databaseOption = address; }
    // true when nothing is configured yet (no database setting and no environment override).
    bool isFirstRun() const { return m_firstRun; }

    Clock &clock() { return *m_clock; }
    Database &database() { return *m_database; }
    TicketDesk &desk() { return *m_desk; }
    const StaffUser &me() const { return m_me; }
    // PostgreSQL: the password the desk connected with, for the mailbox sync's own connection.
    const QString &databasePassword() const { return m_databasePassword; }

private:
    Result<void> findMe();

    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TicketDesk> m_desk;
    StaffUser m_me;
    QString m_databasePassword;
    QString m_databaseOption;
    bool m_firstRun = false;
};

} // namespace Madoguchi
