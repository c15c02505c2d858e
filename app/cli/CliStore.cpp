#include "cli/CliStore.h"

#include "store/PasswordKeychain.h"
#include "store/StoreOpener.h"

#include <QFileInfo>

namespace Madoguchi {

Result<std::unique_ptr<Database>> openCliStore(const CliContext &context)
{
    auto address = DatabaseAddress::parse(context.database);
    if (!address)
        return address.error();
    PasswordKeychain keychain;
    auto opened = StoreOpener::open(*address, &keychain);
    if (!opened)
        return opened.error();
    return std::move(opened.value().database);
}

bool cliDeskExists(const CliContext &context)
{
    return !context.database.isEmpty() || QFileInfo::exists(DatabaseAddress::defaultSqlitePath());
}

} // namespace Madoguchi
