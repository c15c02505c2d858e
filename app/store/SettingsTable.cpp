#include "store/SettingsTable.h"

#include "store/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<std::optional<QString>> SettingsTable::read(Database &database, const QString &name)
{
    auto value = database.scalar(u"Reading the setting %1"_s.arg(name), u"SELECT value FROM settings WHERE name = ?"_s,
                                 { name });
    if (!value)
        return value.error();
    if (!value->isValid() || value->isNull())
        return std::optional<QString>();
    return std::optional<QString>(value->toString());
}

Result<void> SettingsTable::write(Database &database, const QString &name, const QString &value)
{
    auto stored = database.exec(u"Saving the setting %1"_s.arg(name),
                                u"INSERT INTO settings (name, value) VALUES (?, ?) "
                                "ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
                                { name, value });
    if (!stored)
        return stored.error();
    return {};
}

} // namespace Madoguchi
