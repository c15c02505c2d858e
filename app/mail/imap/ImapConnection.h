#pragma once

#include "core/Result.h"
#include "mail/imap/ImapParser.h"
#include "mail/imap/ImapResponse.h"
#include "mail/imap/ImapTask.h"
#include "mail/imap/ImapTimeouts.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

namespace Madoguchi {

class ImapProtocolLog;
class ImapSocket;

// One IMAP connection: socket bytes in, parsed responses out, one task at a time. It tags
// commands, sends literals when the server says "+", times out silent servers, keeps the
// protocol log, and ends every pending task with an error when the connection is lost.
class ImapConnection : public QObject
{
    Q_OBJECT
public:
    ImapConnection(std::unique_ptr<ImapSocket> socket, ImapProtocolLog &log, const ImapTimeouts &timeouts,
                   QObject *parent = nullptr);
    ~ImapConnection() override;

    // Connects; greeted() follows the server's greeting, or lost().
    void open(const QString &host, quint16 port, bool implicitTls);
    // After STARTTLS's OK: the TLS handshake; encrypted() or lost().
    void startTls();
    bool isEncrypted() const;
    bool isOpen() const { return m_greeted && !m_lost; }

    // Queues a task; it starts when the ones before it have completed. A running IDLE is
    // interrupted so the task does not wait for new mail to arrive.
    void run(std::unique_ptr<ImapTask> task);
    // Asks a running IDLE to end (DONE).
    void interruptIdle();
    bool isIdle() const; // no task queued or running
    // For tasks: a line that continues the running command (AUTHENTICATE data, DONE).
    void sendContinuation(const QByteArray &data, const QByteArray &logText);

    // Drops the connection; pending tasks fail with `reason`. No lost() signal.
    void close(const Error &reason);

Q_SIGNALS:
    void greeted(const Madoguchi::ImapResponse &greeting);
    void encrypted();
    void untaggedReceived(const Madoguchi::ImapResponse &response);
    // Every queued task has completed and nothing new was queued from their callbacks.
    void drained();
    void lost(const Madoguchi::Error &error);

private:
    struct Pending
    {
        std::unique_ptr<ImapTask> task;
        QByteArray tag;
        QList<QByteArray> parts; // literal parts still to send after a "+"
        bool sent = false;
    };

    void onReadyRead();
    void handle(const ImapResponse &response);
    void startNext();
    void armTimer();
    void fail(const Error &error);
    void abortAll(const Error &error);
    void writeLine(const QByteArray &line, const QByteArray &logText);

    std::unique_ptr<ImapSocket> m_socket;
    ImapProtocolLog &m_log;
    ImapTimeouts m_timeouts;
    ImapParser m_parser;
    QTimer m_timer;
    std::deque<Pending> m_queue;
    QString m_host;
    QString m_byeText;
    int m_nextTag = 1;
    bool m_greeted = false;
    bool m_lost = false;
    bool m_handshaking = false; // TLS after STARTTLS
    bool m_startingTls = false; // STARTTLS OK seen; bytes before the handshake are refused
    bool m_dispatching = false;
};

} // namespace Madoguchi
