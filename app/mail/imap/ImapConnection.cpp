#include "mail/imap/ImapConnection.h"

#include "mail/imap/ImapProtocolLog.h"
#include "mail/imap/ImapSocket.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

ImapConnection::ImapConnection(std::unique_ptr<ImapSocket> socket, ImapProtocolLog &log, const ImapTimeouts &timeouts,
                               QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_log(log)
    , m_timeouts(timeouts)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        QString message;
        if (!m_greeted) {
            message = QCoreApplication::translate("ImapConnection", "%1 did not greet within %2 seconds.")
                          .arg(m_host)
                          .arg(m_timeouts.connectMs / 1000.0);
        } else if (m_handshaking) {
            message = QCoreApplication::translate("ImapConnection",
                                                  "The TLS handshake with %1 did not finish within %2 seconds.")
                          .arg(m_host)
                          .arg(m_timeouts.connectMs / 1000.0);
        } else {
            const Pending &front = m_queue.front();
            const int ms = front.task->timeoutKind() == ImapTask::TimeoutKind::Login ? m_timeouts.loginMs
                                                                                       : m_timeouts.commandMs;
            message = QCoreApplication::translate("ImapConnection", "%1 did not answer %2 within %3 seconds.")
                          .arg(m_host, QString::fromLatin1(front.task->command().name()))
                          .arg(ms / 1000.0);
        }
        fail(makeError(u"timeout"_s, message));
    });
    connect(m_socket.get(), &ImapSocket::ready, this, [this]() {
        m_log.addEvent(m_socket->isEncrypted() ? u"connected to %1 (TLS)"_s.arg(m_host)
                                               : u"connected to %1 (not encrypted)"_s.arg(m_host));
    });
    connect(m_socket.get(), &ImapSocket::encrypted, this, [this]() {
        m_handshaking = false;
        m_log.addEvent(u"TLS established"_s);
        armTimer();
        Q_EMIT encrypted();
    });
    connect(m_socket.get(), &ImapSocket::readyRead, this, &ImapConnection::onReadyRead);
    connect(m_socket.get(), &ImapSocket::failed, this, &ImapConnection::fail);
    connect(m_socket.get(), &ImapSocket::closedByPeer, this, [this]() {
        QPointer<ImapConnection> self(this);
        onReadyRead(); // whatever arrived before the close still counts
        if (!self)
            return;
        if (!m_byeText.isEmpty()) {
            fail(makeError(u"bye"_s, QCoreApplication::translate("ImapConnection",
                                                                 "%1 closed the connection: %2")
                                         .arg(m_host, m_byeText)));
        } else {
            fail(makeError(u"network"_s, QCoreApplication::translate("ImapConnection",
                                                                     "%1 closed the connection.")
                                             .arg(m_host)));
        }
    });
}

ImapConnection::~ImapConnection()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void ImapConnection::open(const QString &host, quint16 port, bool implicitTls)
{
    m_host = host;
    m_log.addEvent(u"connecting to %1 port %2%3"_s.arg(host).arg(port).arg(implicitTls ? u" with TLS"_s : QString()));
    m_timer.start(m_timeouts.connectMs);
    m_socket->connectToHost(host, port, implicitTls);
}

void ImapConnection::startTls()
{
    m_handshaking = true;
    m_timer.start(m_timeouts.connectMs);
    m_socket->startTls();
}

bool ImapConnection::isEncrypted() const
{
    return m_socket->isEncrypted();
}

bool ImapConnection::isIdle() const
{
    return m_queue.empty();
}

void ImapConnection::run(std::unique_ptr<ImapTask> task)
{
    if (m_lost || !m_greeted) {
        task->aborted(makeError(u"closed"_s, QCoreApplication::translate("ImapConnection",
                                                                         "The connection to %1 is not open.")
                                                 .arg(m_host)));
        return;
    }
    m_queue.push_back(Pending{std::move(task), {}, {}, false});
    if (m_queue.size() > 1 && m_queue.front().sent)
        m_queue.front().task->interrupt(*this);
    startNext();
}

void ImapConnection::interruptIdle()
{
    if (!m_queue.empty() && m_queue.front().sent)
        m_queue.front().task->interrupt(*this);
}

void ImapConnection::sendContinuation(const QByteArray &data, const QByteArray &logText)
{
    writeLine(data, logText);
    armTimer();
}

void ImapConnection::close(const Error &reason)
{
    if (m_lost)
        return;
    m_lost = true;
    m_timer.stop();
    m_log.addEvent(u"closed: %1"_s.arg(reason.message));
    m_socket->abort();
    abortAll(reason);
}

void ImapConnection::writeLine(const QByteArray &line, const QByteArray &logText)
{
    m_socket->write(line + "\r\n");
    if (!logText.isNull())
        m_log.add(ImapProtocolLog::Direction::Sent, logText);
}

void ImapConnection::startNext()
{
    if (m_lost || m_queue.empty() || m_queue.front().sent)
        return;
    Pending &front = m_queue.front();
    const ImapCommand command = front.task->command();
    front.tag = 'a' + QByteArray::number(m_nextTag++);
    front.parts = command.parts();
    const QByteArray first = front.parts.takeFirst();
    front.sent = true;
    writeLine(front.tag + ' ' + first, front.tag + ' ' + command.logText());
    armTimer();
}

void ImapConnection::armTimer()
{
    if (m_lost)
        return;
    if (!m_greeted || m_handshaking) {
        return; // the connect timer keeps running
    }
    if (m_queue.empty() || !m_queue.front().sent || m_queue.front().task->isWaitingIndefinitely()) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_queue.front().task->timeoutKind() == ImapTask::TimeoutKind::Login ? m_timeouts.loginMs
                                                                                         : m_timeouts.commandMs);
}

void ImapConnection::onReadyRead()
{
    if (m_lost)
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    QPointer<ImapConnection> self(this);
    const QList<ImapParser::Item> items = m_parser.feed(data);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ImapParser::Item &item = items.at(i);
        m_log.add(ImapProtocolLog::Direction::Received, item.logLine);
        if (!item.response) {
            fail(item.response.error());
            return;
        }
        m_startingTls = false;
        handle(item.response.value());
        if (!self || m_lost)
            return;
        if (m_startingTls && (i + 1 < items.size() || m_parser.hasPartialResponse())) {
            // RFC 3501 6.2.1: anything after the OK and before TLS could be injected by an attacker.
            fail(makeError(u"tls"_s, QCoreApplication::translate("ImapConnection",
                                                                 "%1 sent data after accepting STARTTLS; the "
                                                                 "connection was closed for safety.")
                                         .arg(m_host)));
            return;
        }
    }
    armTimer();
}

void ImapConnection::handle(const ImapResponse &response)
{
    if (!m_greeted) {
        if (!response.isUntagged() || !response.hasStatus()) {
            fail(makeError(u"protocol"_s, QCoreApplication::translate("ImapConnection",
                                                                      "%1 did not greet like an IMAP server.")
                                              .arg(m_host)));
            return;
        }
        if (response.status == ImapResponse::Status::Bye) {
            fail(makeError(u"bye"_s, QCoreApplication::translate("ImapConnection",
                                                                 "%1 refused the connection: %2")
                                         .arg(m_host, response.text)));
            return;
        }
        m_greeted = true;
        m_timer.stop();
        Q_EMIT greeted(response);
        return;
    }

    if (response.isContinuation()) {
        if (m_queue.empty() || !m_queue.front().sent) {
            fail(makeError(u"protocol"_s, QCoreApplication::translate("ImapConnection",
                                                                      "%1 asked for input while no command was "
                                                                      "running.")
                                              .arg(m_host)));
            return;
        }
        Pending &front = m_queue.front();
        if (!front.parts.isEmpty()) {
            writeLine(front.parts.takeFirst(), QByteArray()); // already in the log as part of the command
            return;
        }
        const Result<void> accepted = front.task->continuation(response, *this);
        if (!accepted)
            fail(accepted.error());
        return;
    }

    if (response.isUntagged()) {
        if (response.status == ImapResponse::Status::Bye)
            m_byeText = response.text.isEmpty() ? u"BYE"_s : response.text;
        if (!m_queue.empty() && m_queue.front().sent)
            m_queue.front().task->untagged(response);
        Q_EMIT untaggedReceived(response);
        return;
    }

    if (m_queue.empty() || !m_queue.front().sent || m_queue.front().tag != response.tag) {
        m_log.addEvent(u"ignored a completion for unknown tag %1"_s.arg(QString::fromLatin1(response.tag)));
        return;
    }
    std::unique_ptr<ImapTask> task = std::move(m_queue.front().task);
    m_queue.pop_front();
    m_startingTls = task->switchesToTls() && response.status == ImapResponse::Status::Ok;
    const bool wasTls = m_startingTls;
    QPointer<ImapConnection> self(this);
    task->completed(response);
    if (!self || m_lost)
        return;
    m_startingTls = wasTls;
    startNext();
    if (m_queue.empty())
        Q_EMIT drained();
}

void ImapConnection::fail(const Error &error)
{
    if (m_lost)
        return;
    close(error);
    Q_EMIT lost(error);
}

void ImapConnection::abortAll(const Error &error)
{
    std::deque<Pending> pending;
    pending.swap(m_queue);
    for (Pending &entry : pending)
        entry.task->aborted(error);
}

} // namespace Madoguchi
