#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace Madoguchi {

class Database;

// "Exactly one process syncs mailbox X": on PostgreSQL a session advisory lock, so it is
// released by the server when the holder's connection ends (crash included) and another
// desktop can take over; on SQLite (one machine) a lock file next to the database.
class MailboxLock
{
public:
    MailboxLock(Database &database, QString mailbox); // e.g. "support@example.co.jp/INBOX"
    ~MailboxLock();                                     // releases if held

    // true when this process now holds the lock, false when someone else does.
    Result<bool> tryAcquire();
    bool isHeld() const { return m_held; }
    // Who holds it ("madoguchi@deskpc/1234 from 10.0.0.5"), empty when nobody does.
    Result<QString> holder();
    Result<void> release();

    // The 64-bit key used for pg_try_advisory_lock (stable across processes and machines).
    static qint64 keyFor(const QString &mailbox);

private:
    QString lockFilePath() const;

    Database &m_database;
    QString m_mailbox;
    bool m_held = false;
    std::unique_ptr<QLockFile> m_lockFile;
};

} // namespace Madoguchi
