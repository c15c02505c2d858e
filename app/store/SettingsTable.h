#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

namespace Madoguchi {

class Database;

// The team-wide settings every desktop shares (the `settings` table: one text value per
// name, JSON by convention). Who may write what is the caller's rule, not this table's.
class SettingsTable
{
public:
    static Result<std::optional<QString>> read(Database &database, const QString &name);
    static Result<void> write(Database &database, const QString &name, const QString &value);
};

} // namespace Madoguchi
