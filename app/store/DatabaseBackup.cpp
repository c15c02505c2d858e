#include "store/DatabaseBackup.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "store/Database.h"
#include "store/SchemaMigrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QString prefix = u"madoguchi-"_s;
const QString suffix = u".sqlite"_s;

Error ioError(const QString &message)
{
    return makeError(u"io"_s, message);
}

} // namespace

DatabaseBackup::DatabaseBackup(Database &database) : m_database(database) {}

QString DatabaseBackup::folder() const
{
    return QFileInfo(m_database.address().filePath).absolutePath() + u"/backups"_s;
}

QStringList DatabaseBackup::existing() const
{
    QStringList names = QDir(folder()).entryList({prefix + u"*"_s + suffix}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name = folder() + u'/' + name;
    return names;
}

QDateTime DatabaseBackup::lastBackupTime() const
{
    const QStringList all = existing();
    if (all.isEmpty())
        return {};
    const QString stamp = QFileInfo(all.last()).fileName().mid(prefix.size(), 15); // yyyyMMdd-HHmmss
    const QDateTime local = QDateTime::fromString(stamp, u"yyyyMMdd-HHmmss"_s);
    return local.isValid() ? Jst::at(local.date(), local.time()) : QDateTime();
}

Result<void> DatabaseBackup::backupTo(const QString &path)
{
    if (m_database.dialect().isPostgres()) {
        return makeError(u"backup"_s, QCoreApplication::translate("DatabaseBackup",
                                                                  "A team PostgreSQL database is backed up on the "
                                                                  "server with pg_dump, not from the desk."));
    }
    if (QFile::exists(path))
        return ioError(QCoreApplication::translate("DatabaseBackup", "%1 already exists.").arg(path));
    auto done = m_database.exec(QCoreApplication::translate("DatabaseBackup", "Writing a backup to %1").arg(path),
                                m_database.dialect().backupStatement(), {path});
    if (!done)
        return done.error();
    return {};
}

Result<QString> DatabaseBackup::backupNow(const Clock &clock)
{
    if (!QDir().mkpath(folder()))
        return ioError(QCoreApplication::translate("DatabaseBackup", "Cannot create the folder %1.").arg(folder()));
    QString path = folder() + u'/' + prefix + Jst::toJst(clock.now()).toString(u"yyyyMMdd-HHmmss"_s) + suffix;
    for (int n = 2; QFile::exists(path); ++n)
        path = folder() + u'/' + prefix + Jst::toJst(clock.now()).toString(u"yyyyMMdd-HHmmss"_s) + u'-'
               + QString::number(n) + suffix;
    if (auto done = backupTo(path); !done)
        return done.error();
    QStringList all = existing();
    while (all.size() > keepCount)
        QFile::remove(all.takeFirst());
    return path;
}

Result<QString> DatabaseBackup::backupIfDue(const Clock &clock)
{
    const QString today = prefix + Jst::dateOf(clock.now()).toString(u"yyyyMMdd"_s);
    const QStringList all = existing();
    for (const QString &path : all) {
        if (QFileInfo(path).fileName().startsWith(today))
            return QString();
    }
    return backupNow(clock);
}

Result<void> DatabaseBackup::restore(const QString &backupFile, const QString &databasePath)
{
    if (!QFileInfo(backupFile).isFile())
        return ioError(QCoreApplication::translate("DatabaseBackup", "%1 is not a file.").arg(backupFile));
    {
        // Check the copy before it replaces anything: readable, intact, a Madoguchi schema.
        DatabaseAddress address;
        address.filePath = QFileInfo(backupFile).absoluteFilePath();
        auto copy = Database::open(address);
        if (!copy)
            return copy.error();
        auto check = (*copy)->scalar(u"Checking the backup"_s, u"PRAGMA integrity_check"_s);
        if (!check)
            return check.error();
        if (check->toString() != u"ok"_s) {
            return makeError(u"backup"_s, QCoreApplication::translate("DatabaseBackup", "%1 is damaged: %2")
                                              .arg(backupFile, check->toString()));
        }
        auto version = SchemaMigrations::currentVersion(**copy);
        if (!version)
            return version.error();
        if (*version == 0) {
            return makeError(u"backup"_s,
                             QCoreApplication::translate("DatabaseBackup", "%1 is not a Madoguchi database.")
                                 .arg(backupFile));
        }
        // Opening in WAL mode may have left -wal/-shm files; fold them back in.
        (void)(*copy)->exec(u"Checkpointing the backup"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    const QString staged = databasePath + u".restoring"_s;
    QFile::remove(staged);
    if (!QFile::copy(backupFile, staged))
        return ioError(QCoreApplication::translate("DatabaseBackup", "Cannot copy %1 to %2.").arg(backupFile, staged));
    const QString previous = databasePath + u".before-restore"_s;
    if (QFile::exists(databasePath)) {
        QFile::remove(previous);
        if (!QFile::rename(databasePath, previous)) {
            QFile::remove(staged);
            return ioError(QCoreApplication::translate("DatabaseBackup", "Cannot move %1 aside.").arg(databasePath));
        }
    }
    // The write-ahead log belongs to the old file: it moves aside with it (so the kept copy
    // is complete) and must not be replayed onto the restored one.
    for (const QString &side : {u"-wal"_s, u"-shm"_s}) {
        QFile::remove(previous + side);
        if (QFile::exists(databasePath + side) && !QFile::rename(databasePath + side, previous + side))
            QFile::remove(databasePath + side);
    }
    if (!QFile::rename(staged, databasePath))
        return ioError(QCoreApplication::translate("DatabaseBackup", "Cannot put %1 in place.").arg(databasePath));
    return {};
}

} // namespace Madoguchi
