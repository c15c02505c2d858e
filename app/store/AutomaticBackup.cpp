#include "store/AutomaticBackup.h"

#include "store/Database.h"
#include "store/DatabaseBackup.h"

#include <QTimer>

namespace Madoguchi {

AutomaticBackup::AutomaticBackup(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent), m_database(database), m_clock(clock), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &AutomaticBackup::checkNow);
}

void AutomaticBackup::start(int checkEveryMs)
{
    checkNow();
    m_timer->start(checkEveryMs);
}

void AutomaticBackup::checkNow()
{
    if (m_database.dialect().isPostgres())
        return;
    auto written = DatabaseBackup(m_database).backupIfDue(m_clock);
    if (!written)
        Q_EMIT backupFailed(written.error().message);
    else if (!written->isEmpty())
        Q_EMIT backupWritten(*written);
}

} // namespace Madoguchi
