// madoguchi-cli backup [FILE] / restore FILE (SQLite; a team database uses pg_dump).

#include "cli/CliCommands.h"
#include "cli/CliStore.h"
#include "store/DatabaseBackup.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

int runBackup(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!context.parse(parser, args, 0, 1))
        return context.parseStatus();
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    DatabaseBackup backup(**database);
    if (parser.positionalArguments().size() > 1) {
        const QString file = parser.positionalArguments().at(1);
        if (auto done = backup.backupTo(file); !done)
            return context.failure(done.error().message);
        context.out << file << Qt::endl;
        return 0;
    }
    auto written = backup.backupNow(context.clock);
    if (!written)
        return context.failure(written.error().message);
    context.out << *written << Qt::endl;
    return 0;
}

int runRestore(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!context.parse(parser, args, 1, 1))
        return context.parseStatus();
    auto address = DatabaseAddress::parse(context.database);
    if (!address)
        return context.failure(address.error().message);
    if (address->backend != DatabaseBackend::Sqlite) {
        return context.failure(QCoreApplication::translate(
            "BackupCommand", "restore works on the built-in SQLite database; restore a team database with pg_restore."));
    }
    const QString file = parser.positionalArguments().at(1);
    if (auto done = DatabaseBackup::restore(file, address->filePath); !done)
        return context.failure(done.error().message);
    context.out << QCoreApplication::translate("BackupCommand", "Restored %1 from %2; the previous database is kept as %3.")
                       .arg(address->filePath, file, address->filePath + u".before-restore"_s)
                << Qt::endl;
    return 0;
}

} // namespace Madoguchi
