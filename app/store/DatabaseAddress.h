#pragma once

#include "core/Result.h"
#include "store/SqlDialect.h"

#include <QString>

namespace Madoguchi {

// Where the store lives: a SQLite file (the default, one person) or a team PostgreSQL
// database given as postgresql://user@host:port/db. A password never appears here: it
// comes from the OS keychain or PGPASSWORD when the connection is opened.
struct DatabaseAddress
{
    DatabaseBackend backend = DatabaseBackend::Sqlite;
    QString filePath; // SQLite
    QString host;     // PostgreSQL
    int port = 5432;
    QString user;
    QString databaseName;

    // Empty text means the built-in database in QStandardPaths::AppDataLocation.
    static Result<DatabaseAddress> parse(const QString &text);
    static QString defaultSqlitePath();

    // The address as a user would type it (no password); also the keychain entry name.
    QString toString() const;
};

} // namespace Madoguchi
