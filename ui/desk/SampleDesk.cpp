#include "desk/SampleDesk.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/DatabaseAddress.h"
#include "store/StoreOpener.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi::SampleDesk {

QString defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"sample-desk.sqlite"_s);
}

Result<int> create(const QString &path, const Clock &clock)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    DatabaseAddress address;
    address.backend = DatabaseBackend::Sqlite;
    address.filePath = path;
    auto opened = StoreOpener::open(address, nullptr);
    if (!opened)
        return opened.error();
    TicketDesk desk(*opened->database, clock);
    return TicketFixtureBuilder(desk).sampleDesk(clock.now());
}

} // namespace Madoguchi::SampleDesk
