#pragma once

#include "mail/sync/MailboxSyncRunner.h"

#include <QThread>

namespace Madoguchi {

// What the desktop program uses: the whole mailbox sync on a thread of its own with its own
// database connection, so a first sync of tens of thousands of messages never freezes the
// window. The desktop syncs only while no other process (serve, another desktop) holds the
// team's lock; lockHeldElsewhere() says who does. Signals arrive queued in the owner's thread.
class MailboxSyncWorker : public QObject
{
    Q_OBJECT
public:
    // `clock` must be safe to read from another thread (Clock::system() is).
    MailboxSyncWorker(MailboxSyncRunner::Setup setup, const Clock &clock, QObject *parent = nullptr);
    ~MailboxSyncWorker() override; // stops the sync and waits for the thread

    void start();
    void syncNow();

Q_SIGNALS:
    void progress(const QString &folder, int done, int total);
    void passFinished(const Madoguchi::MailboxSyncSummary &summary);
    void passFailed(const Madoguchi::Error &error);
    void lockHeldElsewhere(const QString &holder);
    void syncing();
    void connected();
    void connectionLost(const Madoguchi::Error &error);
    void reconnectScheduled(int delayMs);
    void alert(const QString &text);
    void failed(const Madoguchi::Error &error);
    void protocolLines(const QStringList &lines);

private:
    QThread m_thread;
    MailboxSyncRunner *m_runner; // lives on m_thread; deleted there when the thread ends
};

} // namespace Madoguchi
