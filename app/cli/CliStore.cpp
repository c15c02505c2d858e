#include "cli/CliStore.h"

#include "store/PasswordKeychain.h"
#include "store/StoreOpener.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

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

Result<std::unique_ptr<Database>> openExistingCliStore(const CliContext &context)
{
    auto address = DatabaseAddress::parse(context.database);
    if (!address)
        return address.error();
    if (address->backend == DatabaseBackend::Sqlite && !QFileInfo::exists(address->filePath)) {
        return makeError(u"missing"_s, QCoreApplication::translate("CliStore", "There is no desk database at %1.")
                                           .arg(address->filePath));
    }
    return openCliStore(context);
}

bool cliDeskExists(const CliContext &context)
{
    return !context.database.isEmpty() || QFileInfo::exists(DatabaseAddress::defaultSqlitePath());
}

} // namespace Madoguchi
