#pragma once

#include <QObject>

class QTimer;

namespace Madoguchi {

class Clock;
class Database;

// The daily SQLite backup, for the desk and `madoguchi-cli serve`: checks at start and then
// hourly whether today's (JST) copy exists and writes it if not, keeping the last 7. Does
// nothing on PostgreSQL (the server's pg_dump does that job).
class AutomaticBackup : public QObject
{
    Q_OBJECT

public:
    AutomaticBackup(Database &database, const Clock &clock, QObject *parent = nullptr);

    void start(int checkEveryMs = 60 * 60 * 1000);
    void checkNow();

Q_SIGNALS:
    void backupWritten(const QString &path);
    void backupFailed(const QString &message); // for the window's non-modal banner

private:
    Database &m_database;
    const Clock &m_clock;
    QTimer *m_timer;
};

} // namespace Madoguchi
