#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Madoguchi {

class Database;

// The numbered ladder of schema versions. Each step is written once for both backends (see
// SqlDialect::schema). migrate() runs every missing step, and records the new version, in
// one transaction: a failure leaves the database exactly as it was.
class SchemaMigrations
{
public:
    static int latestVersion();
    // Every version the ladder has, ascending. Not always consecutive: a number may be held
    // for a step another branch is adding.
    static QList<int> versions();
    static QString describe(int version); // "3: search index", for logs and errors

    // The current version; 0 for a new, empty database.
    static Result<int> currentVersion(Database &database);
    // Brings the schema to `target` (default: latest). Refuses a database made by a newer
    // program. Returns the version reached.
    static Result<int> migrate(Database &database, int target = -1);
};

} // namespace Madoguchi
