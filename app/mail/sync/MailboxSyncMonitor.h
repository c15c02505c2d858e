#pragma once

#include "core/Result.h"
#include "mail/imap/ImapProtocolLog.h"
#include "mail/sync/MailboxSyncOptions.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Madoguchi {

class Clock;
class MailboxSyncWorker;

// How the mailbox sync stands, as the desktop shows it: gathered in the owner's thread from
// the worker's signals, so the status bar and the sync status dialog read one consistent
// picture (state, who holds the team's lock, N of M, the last pass, the last error and the
// protocol log) without ever asking the sync thread.
class MailboxSyncMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NotConfigured, // no mailbox in the settings (import from files still works)
        Starting,      // opening the database, asking for the team's lock
        OtherDesktop,  // another desktop or `madoguchi-cli serve` holds the lock: it syncs
        Connecting,    // holding the lock; connecting and logging in
        Syncing,       // reading new mail (progress says how far)
        UpToDate,      // the last pass finished; following the mailbox (IDLE)
        Reconnecting,  // the connection dropped; retrying after a pause
        Failed,        // the user must act: password, certificate, policy, database
    };
    struct Progress
    {
        QString folder;
        int done = 0;
        int total = 0;
    };

    explicit MailboxSyncMonitor(const Clock &clock, int logCapacity = ImapProtocolLog::defaultCapacity,
                                QObject *parent = nullptr);

    // Follows `worker` from now on (its earlier signals are gone); the state starts over.
    void watch(MailboxSyncWorker &worker);
    void setNotConfigured();
    // A failure before any worker could start (no password in the keychain, say).
    void setFailed(const Error &error);

    State state() const { return m_state; }
    QString account() const { return m_account; }
    void setAccount(const QString &account);
    QString holder() const { return m_holder; }            // OtherDesktop: who syncs
    Progress progress() const { return m_progress; }       // Syncing: how far
    int reconnectDelayMs() const { return m_reconnectDelayMs; }
    Error lastError() const { return m_lastError; }        // the newest, even once recovered
    QDateTime lastPassFinished() const { return m_lastPass; } // UTC, by the injected clock
    MailboxSyncSummary lastSummary() const { return m_lastSummary; }
    QStringList alerts() const { return m_alerts; }
    // The newest protocol lines, oldest first (passwords already masked by the session).
    QStringList protocolLog() const { return m_log; }
    QString protocolLogText() const;

Q_SIGNALS:
    void changed();
    void protocolAppended(const QStringList &lines);
    void passFinished(const Madoguchi::MailboxSyncSummary &summary);
    void alertReceived(const QString &text);

private:
    void setState(State state);
    void appendLines(const QStringList &lines);

    const Clock &m_clock;
    int m_logCapacity;
    State m_state = State::NotConfigured;
    QString m_account;
    QString m_holder;
    Progress m_progress;
    int m_reconnectDelayMs = 0;
    Error m_lastError;
    QDateTime m_lastPass;
    MailboxSyncSummary m_lastSummary;
    QStringList m_alerts;
    QStringList m_log;
    std::unique_ptr<QObject> m_watchContext; // receiver of the watched worker's connections
};

} // namespace Madoguchi
