#include "mail/outbox/OutboxSender.h"

#include "core/Clock.h"
#include "mail/imap/SslImapSocket.h"
#include "mail/outbox/SentFolderCopy.h"
#include "store/Database.h"
#include "store/TransactionGuard.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

OutboxSender::OutboxSender(TicketDesk &desk, SmtpServerSettings server, QString password, OutboxSenderOptions options,
                           QObject *parent)
    : QObject(parent), m_desk(desk), m_server(std::move(server)), m_password(std::move(password)),
      m_options(options)
{
    m_poll.setInterval(m_options.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &OutboxSender::wake);
}

OutboxSender::~OutboxSender()
{
    // A reply left in Sending by an interrupted session is offered again after the stale
    // timeout; whether the server got it cannot be known, so it is never resent at once.
    delete m_client.data();
}

void OutboxSender::setSentCopy(SentFolderCopy *copy)
{
    m_sentCopy = copy;
}

void OutboxSender::start()
{
    completeAccepted(m_desk.clock().now());
    m_running = true;
    m_poll.start();
    wake();
}

void OutboxSender::stop()
{
    m_running = false;
    m_poll.stop();
}

void OutboxSender::wake()
{
    if (!m_running || m_wakePending)
        return;
    m_wakePending = true;
    QTimer::singleShot(0, this, [this]() {
        m_wakePending = false;
        sendNext();
    });
}

int OutboxSender::retryDelaySecs(int attempts) const
{
    qint64 delay = m_options.firstRetrySecs;
    for (int i = 1; i < attempts && delay < m_options.maxRetrySecs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, m_options.maxRetrySecs));
}

ImapSocket *OutboxSender::newSocket()
{
    if (m_socketFactory)
        return m_socketFactory();
    auto *socket = new SslImapSocket;
    if (!m_server.caFile.isEmpty())
        (void)socket->trustCertificateFile(m_server.caFile); // a bad file shows as a TLS failure
    return socket;
}

void OutboxSender::sendNext()
{
    if (!m_running || isSending())
        return;
    const QDateTime now = m_desk.clock().now();
    if (!completeAccepted(now))
        return;
    auto claimed = m_desk.outbox().claimNext(now, m_options.staleAfterSecs);
    if (!claimed) {
        Q_EMIT problem(claimed.error().message);
        return;
    }
    if (!claimed->has_value()) {
        Q_EMIT idle();
        return;
    }
    const OutboxEntry entry = **claimed;
    auto message = m_desk.tickets().message(entry.messageRowId, true);
    if (!message || !message->has_value() || (*message)->rawSource.isEmpty()) {
        const QString why = !message ? message.error().message
                                     : QCoreApplication::translate("OutboxSender",
                                                                   "The reply's stored text is missing.");
        (void)m_desk.outbox().markTemporaryFailure(entry.id, why, now.addSecs(retryDelaySecs(entry.attempts)));
        Q_EMIT problem(why);
        return;
    }
    const TicketMessage &reply = **message;
    SmtpEnvelope envelope;
    envelope.sender = reply.fromAddress;
    for (const QString &address : reply.to + reply.cc + reply.bcc) { // Bcc: here only
        if (!envelope.recipients.contains(address, Qt::CaseInsensitive))
            envelope.recipients.append(address);
    }
    envelope.message = reply.rawSource;
    auto *client = new SmtpClient(m_server, m_password, newSocket(), m_options.timeouts, this);
    m_client = client;
    if (m_tokens)
        client->setTokenProvider(m_tokens);
    m_acceptedAt = QDateTime();
    m_sinceAccepted.invalidate();
    // Direct: recorded inside the read of the 250, before QUIT is written.
    connect(client, &SmtpClient::accepted, this, [this, entry]() { acknowledge(entry); }, Qt::DirectConnection);
    connect(client, &SmtpClient::finished, this,
            [this, client, entry, reply](const std::optional<SmtpFailure> &failure, const QString &) {
                client->deleteLater();
                m_client.clear();
                finish(entry, reply, failure);
                wake(); // the next one, if any
            });
    client->send(envelope);
}

Result<void> OutboxSender::recordRefused(const OutboxEntry &entry, qint64 messageRowId, const QString &words)
{
    TransactionGuard transaction(m_desk.database());
    if (!transaction.ok())
        return transaction.error();
    if (auto failed = m_desk.outbox().markPermanentFailure(entry.id, words); !failed)
        return failed;
    if (auto undelivered = m_desk.mail().markUndelivered(messageRowId); !undelivered)
        return undelivered;
    return transaction.commit();
}

void OutboxSender::acknowledge(const OutboxEntry &entry)
{
    m_sinceAccepted.start();
    m_acceptedAt = m_desk.clock().now();
    // Nothing else before this commit: every instruction here widens the window.
    const Result<void> recorded = m_desk.outbox().markAccepted(entry.id, m_acceptedAt);
    m_lastAcceptWindowNanos = m_sinceAccepted.nsecsElapsed();
    if (!recorded)
        Q_EMIT problem(recorded.error().message); // finish() records it as sent all the same
}

Result<bool> OutboxSender::recordSent(qint64 outboxId, qint64 messageRowId, const QDateTime &acceptedAt)
{
    // From the 250 on the reply is the answer (also one refused before and sent after a
    // Retry). MailIntake::markSent announces the change.
    TransactionGuard transaction(m_desk.database());
    if (!transaction.ok())
        return transaction.error();
    auto sent = m_desk.outbox().markSent(outboxId, acceptedAt);
    if (!sent)
        return sent.error();
    if (!*sent)
        return false; // already recorded (another desktop completed it); nothing to commit
    if (auto answered = m_desk.mail().markSent(messageRowId, acceptedAt); !answered)
        return answered.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return true;
}

bool OutboxSender::completeAccepted(const QDateTime &now)
{
    // Only replies accepted longer ago than a claim stays valid: a younger one is being
    // recorded by the sender that sent it (another desktop, or `outbox send` beside us), and
    // completing it here would report it sent twice.
    auto accepted = m_desk.outbox().acceptedNotRecorded(now, m_options.staleAfterSecs);
    if (!accepted) {
        Q_EMIT problem(accepted.error().message);
        return false;
    }
    for (const OutboxEntry &entry : std::as_const(*accepted)) {
        auto recorded = recordSent(entry.id, entry.messageRowId, entry.sent);
        if (!recorded) {
            Q_EMIT problem(recorded.error().message);
            return false;
        }
        if (*recorded)
            Q_EMIT replySent(entry.id, entry.ticketId);
    }
    return true;
}

void OutboxSender::finish(const OutboxEntry &entry, const TicketMessage &reply,
                          const std::optional<SmtpFailure> &failure)
{
    const qint64 ticketId = reply.ticketId;
    const qint64 messageRowId = reply.id;
    const QDateTime now = m_desk.clock().now();
    Result<void> recorded;
    if (!failure) {
        const Result<bool> sent = recordSent(entry.id, messageRowId, m_acceptedAt.isValid() ? m_acceptedAt : now);
        if (m_sinceAccepted.isValid())
            m_lastAnswerRecordedNanos = m_sinceAccepted.nsecsElapsed();
        if (!sent) {
            recorded = sent.error();
        } else {
            if (m_sentCopy)
                m_sentCopy->store(reply.rawSource);
            if (*sent) // else another sender found it stale and reported it (completeAccepted)
                Q_EMIT replySent(entry.id, ticketId);
        }
    } else if (failure->isPermanent() || entry.attempts >= m_options.maxAttempts) {
        QString words = failure->message;
        if (!failure->isPermanent()) {
            words = QCoreApplication::translate("OutboxSender", "Gave up after %1 attempts. Last: %2")
                        .arg(entry.attempts)
                        .arg(failure->message);
        }
        recorded = recordRefused(entry, messageRowId, words);
        if (recorded)
            Q_EMIT replyRefused(entry.id, ticketId, words);
    } else {
        recorded = m_desk.outbox().markTemporaryFailure(entry.id, failure->message,
                                                        now.addSecs(retryDelaySecs(entry.attempts)));
        if (recorded)
            recorded = m_desk.database().announceTicketChange(ticketId);
        if (recorded)
            Q_EMIT replyDeferred(entry.id, ticketId, failure->message);
    }
    if (!recorded)
        Q_EMIT problem(recorded.error().message);
}

} // namespace Madoguchi
