#include "mail/sync/MailboxSyncRunner.h"

#include "mail/imap/ImapProtocolLog.h"
#include "mail/imap/ImapSession.h"
#include "mail/sync/MailboxSync.h"
#include "mail/sync/SyncedMailStore.h"
#include "store/Database.h"
#include "store/MailboxLock.h"
#include "store/SchemaMigrations.h"
#include "tickets/TicketDesk.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

MailboxSyncRunner::MailboxSyncRunner(Setup setup, const Clock &clock)
    : m_setup(std::move(setup))
    , m_clock(clock)
    , m_lockRetry(this) // children, so that moveToThread() takes the timers along
    , m_protocolFlush(this)
{
    m_lockRetry.setInterval(m_setup.lockRetryMs);
    connect(&m_lockRetry, &QTimer::timeout, this, &MailboxSyncRunner::tryLock);
    m_protocolFlush.setInterval(200);
    m_protocolFlush.setSingleShot(true);
    connect(&m_protocolFlush, &QTimer::timeout, this, &MailboxSyncRunner::flushProtocolLines);
}

MailboxSyncRunner::~MailboxSyncRunner()
{
    closeDatabase();
}

void MailboxSyncRunner::start()
{
    tryLock();
}

Result<void> MailboxSyncRunner::openDatabase()
{
    auto database = Database::open(m_setup.database, m_setup.databasePassword);
    if (!database)
        return database.error();
    m_database = std::move(database.value());
    if (!m_migrated) {
        if (const auto migrated = SchemaMigrations::migrate(*m_database); !migrated) {
            m_database.reset();
            return migrated.error();
        }
        m_migrated = true;
    }
    m_desk = std::make_unique<TicketDesk>(*m_database, m_clock);
    m_session = std::make_unique<ImapSession>(m_clock);
    m_sync = std::make_unique<MailboxSync>(*m_session, *m_database, m_desk->mail(),
                                           SyncedMailStore::storeFunction(*m_desk, m_setup.account),
                                           m_setup.account.syncOptions());
    m_lock = std::make_unique<MailboxLock>(*m_database, m_setup.account.accountName());
    connect(m_sync.get(), &MailboxSync::progress, this, &MailboxSyncRunner::progress);
    connect(m_sync.get(), &MailboxSync::passFinished, this, &MailboxSyncRunner::passFinished);
    connect(m_sync.get(), &MailboxSync::passFailed, this, &MailboxSyncRunner::passFailed);
    connect(m_session.get(), &ImapSession::failed, this, &MailboxSyncRunner::failed);
    connect(m_session.get(), &ImapSession::ready, this, &MailboxSyncRunner::connected);
    connect(m_session.get(), &ImapSession::connectionLost, this, &MailboxSyncRunner::connectionLost);
    connect(m_session.get(), &ImapSession::reconnectScheduled, this, &MailboxSyncRunner::reconnectScheduled);
    connect(m_session.get(), &ImapSession::alert, this, &MailboxSyncRunner::alert);
    connect(&m_session->protocolLog(), &ImapProtocolLog::appended, this,
            [this](const ImapProtocolLog::Entry &entry) {
                m_pendingLines.append(ImapProtocolLog::format(entry));
                if (!m_protocolFlush.isActive())
                    m_protocolFlush.start();
            });
    return {};
}

void MailboxSyncRunner::closeDatabase()
{
    // The sync refers to the session, the desk and the database: release in reverse order.
    m_sync.reset();
    m_session.reset();
    if (m_lock && m_lock->isHeld())
        (void)m_lock->release();
    m_lock.reset();
    m_desk.reset();
    m_database.reset();
}

void MailboxSyncRunner::flushProtocolLines()
{
    if (m_pendingLines.isEmpty())
        return;
    // More than a ring's worth in one burst: the owner keeps only the newest anyway.
    if (m_pendingLines.size() > ImapProtocolLog::defaultCapacity)
        m_pendingLines = m_pendingLines.mid(m_pendingLines.size() - ImapProtocolLog::defaultCapacity);
    Q_EMIT protocolLines(std::exchange(m_pendingLines, {}));
}

void MailboxSyncRunner::tryLock()
{
    if (!m_database) {
        if (const auto opened = openDatabase(); !opened) {
            // The first time (wrong password, no server) the user must act; on a later try
            // (the server restarted, or is full) the next try may well succeed.
            if (!m_migrated)
                m_lockRetry.stop();
            Q_EMIT failed(opened.error());
            return;
        }
    }
    const auto held = m_lock->tryAcquire();
    if (!held) {
        m_lockRetry.stop();
        Q_EMIT failed(held.error());
        return;
    }
    if (!held.value()) {
        const QString holder = m_lock->holder().valueOr(QString());
        // Issue 16: on PostgreSQL the connection is closed again until the next try, so that
        // a team's waiting desktops do not keep one idle connection each (50 desktops and
        // `serve` would need 101, past the server's default max_connections of 100). SQLite
        // (a file, and a lock file next to it) stays as it was.
        if (m_database->dialect().isPostgres())
            closeDatabase();
        Q_EMIT lockHeldElsewhere(holder);
        m_lockRetry.start();
        return;
    }
    m_lockRetry.stop();
    Q_EMIT syncing();
    m_sync->setFollowing(true);
    if (m_setup.tokens)
        m_session->open(m_setup.account.imap, m_setup.tokens);
    else
        m_session->open(m_setup.account.imap, m_setup.imapPassword);
}

void MailboxSyncRunner::syncNow()
{
    if (m_sync && m_lock && m_lock->isHeld())
        m_sync->syncOnce();
}

void MailboxSyncRunner::stop()
{
    m_lockRetry.stop();
    m_protocolFlush.stop();
    if (m_sync)
        m_sync->setFollowing(false);
    if (m_session)
        m_session->close();
    if (m_lock && m_lock->isHeld())
        (void)m_lock->release();
    flushProtocolLines();
    Q_EMIT stopped();
}

} // namespace Madoguchi
