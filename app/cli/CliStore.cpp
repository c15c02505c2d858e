#include "cli/CliStore.h"

#include "store/PasswordKeychain.h"
#include "store/StoreOpener.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
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
    return openCliStore(context, CliStoreOpening::Existing);
}

bool cliDeskExists(const CliContext &context)
{
    return !context.database.isEmpty() || QFileInfo::exists(DatabaseAddress::defaultSqlitePath());
}

int runOnCliDesk(CliContext &context, QCommandLineParser &parser, const QStringList &args, const QString &defaultAction,
                 const CliDeskAction &body)
{
    if (!context.parse(parser, args, 0, 2))
        return context.parseStatus();
    const QStringList words = parser.positionalArguments().mid(1); // after the command name
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    TicketDesk desk(**database, context.clock);
    return body(desk, words, words.value(0, defaultAction));
}

} // namespace Madoguchi
