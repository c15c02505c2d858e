#include "mail/imap/MailboxSyncMonitor.h"

#include "core/Clock.h"
#include "mail/imap/MailboxSyncWorker.h"

#include <algorithm>

namespace Madoguchi {

MailboxSyncMonitor::MailboxSyncMonitor(const Clock &clock, int logCapacity, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_logCapacity(std::max(1, logCapacity))
{
}

void MailboxSyncMonitor::watch(MailboxSyncWorker &worker)
{
    for (auto &connection : m_connections)
        disconnect(connection);
    m_holder.clear();
    m_progress = {};
    m_reconnectDelayMs = 0;
    int i = 0;
    m_connections[i++] = connect(&worker, &MailboxSyncWorker::lockHeldElsewhere, this, [this](const QString &holder) {
        m_holder = holder;
        setState(State::OtherDesktop);
    });
    m_connections[i++] = connect(&worker, &MailboxSyncWorker::syncing, this, [this] {
        m_holder.clear();
        setState(State::Connecting);
    });
    m_connections[i++] = connect(&worker, &MailboxSyncWorker::connected, this, [this] {
        m_reconnectDelayMs = 0;
        m_progress = {};
        setState(State::Syncing);
    });
    m_connections[i++] = connect(&worker, &MailboxSyncWorker::progress, this,
                                 [this](const QString &folder, int done, int total) {
                                     m_progress = {folder, done, total};
                                     setState(State::Syncing);
                                 });
    m_connections[i++] = connect(&worker, &MailboxSyncWorker::passFinished, this,
                                 [this](const MailboxSyncSummary &summary) {
                                     m_lastPass = m_clock.now();
                                     m_lastSummary = summary;
                                     m_progress = {};
                                     setState(State::UpToDate);
                                     Q_EMIT passFinished(summary);
                                 });
    // A failed pass is followed by a reconnect (the session's backoff); the error stays
    // visible in the dialog until the next pass finishes.
    m_connections[i++] = connect(&worker, &MailboxSyncWorker::passFailed, this, [this](const Error &error) {
        m_lastError = error;
        Q_EMIT changed();
    });
    m_connections[i++] = connect(&worker, &MailboxSyncWorker::connectionLost, this, [this](const Error &error) {
        m_lastError = error;
        setState(State::Reconnecting);
    });
    m_connections[i++] = connect(&worker, &MailboxSyncWorker::reconnectScheduled, this, [this](int delayMs) {
        m_reconnectDelayMs = delayMs;
        setState(State::Reconnecting);
    });
    m_connections[i++] = connect(&worker, &MailboxSyncWorker::failed, this, &MailboxSyncMonitor::setFailed);
    m_connections[i++] = connect(&worker, &MailboxSyncWorker::alert, this, [this](const QString &text) {
        m_alerts.append(text);
        Q_EMIT alertReceived(text);
        Q_EMIT changed();
    });
    m_connections[i++] = connect(&worker, &MailboxSyncWorker::protocolLines, this, &MailboxSyncMonitor::appendLines);
    Q_ASSERT(i == int(std::size(m_connections)));
    setState(State::Starting);
}

void MailboxSyncMonitor::setNotConfigured()
{
    for (auto &connection : m_connections)
        disconnect(connection);
    m_account.clear();
    m_holder.clear();
    m_progress = {};
    setState(State::NotConfigured);
}

void MailboxSyncMonitor::setFailed(const Error &error)
{
    m_lastError = error;
    m_progress = {};
    setState(State::Failed);
}

void MailboxSyncMonitor::setAccount(const QString &account)
{
    m_account = account;
    Q_EMIT changed();
}

QString MailboxSyncMonitor::protocolLogText() const
{
    return m_log.isEmpty() ? QString() : m_log.join(u'\n') + u'\n';
}

void MailboxSyncMonitor::setState(State state)
{
    m_state = state;
    Q_EMIT changed();
}

void MailboxSyncMonitor::appendLines(const QStringList &lines)
{
    m_log.append(lines);
    if (m_log.size() > m_logCapacity)
        m_log.remove(0, m_log.size() - m_logCapacity);
    Q_EMIT protocolAppended(lines);
}

} // namespace Madoguchi
