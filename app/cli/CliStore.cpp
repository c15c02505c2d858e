#include "cli/CliStore.h"

#include "store/PasswordKeychain.h"
#include "store/SchemaMigrations.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<std::unique_ptr<Database>> openCliStore(const CliContext &context)
{
    auto address = DatabaseAddress::parse(context.database);
    if (!address)
        return address.error();
    QString password;
    if (address->backend == DatabaseBackend::Postgres) {
        password = qEnvironmentVariable("PGPASSWORD");
        if (password.isEmpty()) {
            auto saved = PasswordKeychain().read(address->toString());
            if (saved)
                password = *saved;
            else if (saved.error().code != u"keychain-missing"_s && saved.error().code != u"keychain-unavailable"_s)
                return saved.error();
        }
    }
    auto database = Database::open(*address, password);
    if (!database)
        return database.error();
    auto migrated = SchemaMigrations::migrate(**database);
    if (!migrated)
        return migrated.error();
    return std::move(database.value());
}

} // namespace Madoguchi
