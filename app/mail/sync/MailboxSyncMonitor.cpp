#include "mail/sync/MailboxSyncMonitor.h"

#include "core/Clock.h"
#include "mail/sync/MailboxSyncWorker.h"

#include <algorithm>

namespace Madoguchi {

MailboxSyncMonitor::MailboxSyncMonitor(const Clock &clock, int logCapacity, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_logCapacity(std::max(1, logCapacity))
{ }

void MailboxSyncMonitor::watch(MailboxSyncWorker &worker)
{
    // Everything below is connected with `context` as receiver, so replacing it drops the
    // previous worker's connections at once.
    m_watchContext = std::make_unique<QObject>();
    QObject *context = m_watchContext.get();
    m_holder.clear();
    m_progress = {};
    m_reconnectDelayMs = 0;
    connect(&worker, &MailboxSyncWorker::lockHeldElsewhere, context, [this](const QString &holder) {
        m_holder = holder;
        setState(State::OtherDesktop);
    });
    connect(&worker, &MailboxSyncWorker::syncing, context, [this] {
        m_holder.clear();
        setState(State::Connecting);
    });
    connect(&worker, &MailboxSyncWorker::connected, context, [this] {
        m_reconnectDelayMs = 0;
        m_progress = {};
        setState(State::Syncing);
    });
    connect(&worker, &MailboxSyncWorker::progress, context, [this](const QString &folder, int done, int total) {
        m_progress = { folder, done, total };
        setState(State::Syncing);
    });
    connect(&worker, &MailboxSyncWorker::passFinished, context, [this](const MailboxSyncSummary &summary) {
        m_lastPass = m_clock.now();
        m_lastSummary = summary;
        m_progress = {};
        setState(State::UpToDate);
        Q_EMIT passFinished(summary);
    });
    // A failed pass is followed by a reconnect (the session's backoff); the error stays
    // visible in the dialog until the next pass finishes.
    connect(&worker, &MailboxSyncWorker::passFailed, context, [this](const Error &error) {
        m_lastError = error;
        Q_EMIT changed();
    });
    connect(&worker, &MailboxSyncWorker::connectionLost, context, [this](const Error &error) {
        m_lastError = error;
        setState(State::Reconnecting);
    });
    connect(&worker, &MailboxSyncWorker::reconnectScheduled, context, [this](int delayMs) {
        m_reconnectDelayMs = delayMs;
        setState(State::Reconnecting);
    });
    connect(&worker, &MailboxSyncWorker::failed, context, [this](const Error &error) { setFailed(error); });
    connect(&worker, &MailboxSyncWorker::alert, context, [this](const QString &text) {
        m_alerts.append(text);
        Q_EMIT alertReceived(text);
        Q_EMIT changed();
    });
    connect(&worker, &MailboxSyncWorker::protocolLines, context,
            [this](const QStringList &lines) { appendLines(lines); });
    setState(State::Starting);
}

void MailboxSyncMonitor::setNotConfigured()
{
    m_watchContext.reset();
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
