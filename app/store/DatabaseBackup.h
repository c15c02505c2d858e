#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Madoguchi {

class Clock;
class Database;

// Copies of the SQLite database (the agreement promises daily backups kept for a week).
// VACUUM INTO writes a consistent, compact copy while the program keeps running. A team
// PostgreSQL database is backed up with pg_dump on the server instead (docs/store.md).
class DatabaseBackup
{
public:
    static constexpr int keepCount = 7;

    // Backups live in "<database folder>/backups/madoguchi-YYYYMMDD-HHMMSS.sqlite" (JST).
    explicit DatabaseBackup(Database &database);

    QString folder() const;
    QStringList existing() const; // oldest first
    // When the newest backup in folder() was written (from its JST file name), invalid when none.
    QDateTime lastBackupTime() const;

    // Writes a backup now and prunes all but the newest keepCount. Returns its path.
    Result<QString> backupNow(const Clock &clock);
    // Backs up when no backup was written on today's JST date. Returns the path, or an
    // empty string when today's backup already exists. Call it at start and hourly.
    Result<QString> backupIfDue(const Clock &clock);
    // Writes a copy to a file the user chose (not pruned).
    Result<void> backupTo(const QString &path);

    // Replaces the database file at `databasePath` with `backupFile` after checking the
    // backup is a readable Madoguchi database. No connection may be open on it. The file
    // being replaced is kept as "<databasePath>.before-restore".
    static Result<void> restore(const QString &backupFile, const QString &databasePath);

private:
    Database &m_database;
};

} // namespace Madoguchi
