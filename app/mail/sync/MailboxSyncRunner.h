#pragma once

#include "core/Result.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/imap/SaslBearer.h"
#include "mail/sync/MailboxSyncOptions.h"
#include "store/DatabaseAddress.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Madoguchi {

class Clock;
class Database;
class ImapSession;
class MailboxLock;
class MailboxSync;
class TicketDesk;

// The thread-side half of MailboxSyncWorker: it opens its own database connection, takes
// the team's sync lock when nobody holds it (and keeps asking when someone does, on
// PostgreSQL from a connection opened for each try and closed again), then follows the
// mailbox. Everything here lives and dies on the worker thread.
class MailboxSyncRunner : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        DatabaseAddress database;
        QString databasePassword;
        MailAccountSettings account;
        QString imapPassword;
        // Set: sign in with OAuth 2.0 tokens from here instead of the password. Called on
        // the sync thread; OAuthTokenSource::crossThreadProvider() fetches them on the
        // keychain's thread.
        SaslBearer::TokenProvider tokens;
        int lockRetryMs = 30'000;
    };

    MailboxSyncRunner(Setup setup, const Clock &clock);
    ~MailboxSyncRunner() override;

    void start();
    void syncNow();
    void stop();

Q_SIGNALS:
    void progress(const QString &folder, int done, int total);
    void passFinished(const Madoguchi::MailboxSyncSummary &summary);
    void passFailed(const Madoguchi::Error &error);
    void lockHeldElsewhere(const QString &holder);
    void syncing();                              // holds the lock; connecting or connected
    void connected();                            // logged in; the folders are being read
    void connectionLost(const Madoguchi::Error &error);
    void reconnectScheduled(int delayMs);
    void alert(const QString &text);             // [ALERT] from the server: must be shown
    void failed(const Madoguchi::Error &error);  // database, login, certificate: the user must act
    // Protocol log lines (passwords masked), formatted by ImapProtocolLog::format, in bursts
    // of at most one per 200 ms so that a first sync does not flood the owner's event loop.
    void protocolLines(const QStringList &lines);
    void stopped();

private:
    void tryLock();
    Result<void> openDatabase();
    void closeDatabase();
    void flushProtocolLines();

    Setup m_setup;
    const Clock &m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TicketDesk> m_desk;
    std::unique_ptr<ImapSession> m_session;
    std::unique_ptr<MailboxSync> m_sync;
    std::unique_ptr<MailboxLock> m_lock;
    QTimer m_lockRetry;
    QTimer m_protocolFlush;
    QStringList m_pendingLines;
    bool m_migrated = false; // the first connection migrated the schema
};

} // namespace Madoguchi
