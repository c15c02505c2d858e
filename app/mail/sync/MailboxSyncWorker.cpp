#include "mail/sync/MailboxSyncWorker.h"

#include <QMetaObject>

namespace Madoguchi {

MailboxSyncWorker::MailboxSyncWorker(MailboxSyncRunner::Setup setup, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_runner(new MailboxSyncRunner(std::move(setup), clock))
{
    m_thread.setObjectName(QStringLiteral("mailbox sync"));
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &MailboxSyncRunner::progress, this, &MailboxSyncWorker::progress);
    connect(m_runner, &MailboxSyncRunner::passFinished, this, &MailboxSyncWorker::passFinished);
    connect(m_runner, &MailboxSyncRunner::passFailed, this, &MailboxSyncWorker::passFailed);
    connect(m_runner, &MailboxSyncRunner::lockHeldElsewhere, this, &MailboxSyncWorker::lockHeldElsewhere);
    connect(m_runner, &MailboxSyncRunner::syncing, this, &MailboxSyncWorker::syncing);
    connect(m_runner, &MailboxSyncRunner::failed, this, &MailboxSyncWorker::failed);
    connect(m_runner, &MailboxSyncRunner::connected, this, &MailboxSyncWorker::connected);
    connect(m_runner, &MailboxSyncRunner::connectionLost, this, &MailboxSyncWorker::connectionLost);
    connect(m_runner, &MailboxSyncRunner::reconnectScheduled, this, &MailboxSyncWorker::reconnectScheduled);
    connect(m_runner, &MailboxSyncRunner::alert, this, &MailboxSyncWorker::alert);
    connect(m_runner, &MailboxSyncRunner::protocolLines, this, &MailboxSyncWorker::protocolLines);
    m_thread.start();
}

MailboxSyncWorker::~MailboxSyncWorker()
{
    QMetaObject::invokeMethod(m_runner, &MailboxSyncRunner::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void MailboxSyncWorker::start()
{
    QMetaObject::invokeMethod(m_runner, &MailboxSyncRunner::start, Qt::QueuedConnection);
}

void MailboxSyncWorker::syncNow()
{
    QMetaObject::invokeMethod(m_runner, &MailboxSyncRunner::syncNow, Qt::QueuedConnection);
}

} // namespace Madoguchi
