#include "cli/CliStore.h"

#include "store/PasswordKeychain.h"
#include "store/SchemaMigrations.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<void> checkCliStoreExists(const DatabaseAddress &address)
{
    if (address.backend != DatabaseBackend::Sqlite)
        return {};
    const QFileInfo file(address.filePath);
    if (file.isFile())
        return {};
    if (file.exists()) {
        return makeError(u"no-database"_s,
                         u"%1 is not a database file (it is a folder or a special file)."_s.arg(address.filePath));
    }
    return makeError(
        u"no-database"_s,
        u"There is no database at %1. Check --database / MADOGUCHI_DATABASE; a new one is made by the "
        "desktop program's first run or by madoguchi-cli account set, import or sample-data."_s.arg(address.filePath));
}

Result<std::unique_ptr<Database>> openCliStore(const CliContext &context, CliStoreOpening opening)
{
    auto address = DatabaseAddress::parse(context.database);
    if (!address)
        return address.error();
    if (opening == CliStoreOpening::Existing) {
        if (auto exists = checkCliStoreExists(*address); !exists)
            return exists.error();
    }
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
