#include "cli/CliDatabase.h"

#include "store/DatabaseAddress.h"
#include "store/SchemaMigrations.h"

namespace Madoguchi {

Result<std::unique_ptr<Database>> openCliDatabase(const CliContext &context)
{
    const auto address = DatabaseAddress::parse(context.database);
    if (!address)
        return address.error();
    auto database = Database::open(address.value(), qEnvironmentVariable("PGPASSWORD"));
    if (!database)
        return database.error();
    const auto migrated = SchemaMigrations::migrate(*database.value());
    if (!migrated)
        return migrated.error();
    return std::move(database.value());
}

} // namespace Madoguchi
