#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Madoguchi {

class Database;

enum class OutboxState { Queued, Sending, Sent, Failed };

struct OutboxEntry
{
    qint64 id = 0;
    qint64 messageRowId = 0; // the StaffReply (or Notice) message holding the bytes to send (rawSource)
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QDateTime nextAttempt; // UTC; invalid = as soon as possible
    QString lastError;     // the server's words
    QDateTime created;
    QDateTime sent;
    // From the reply itself, for the outbox view.
    qint64 ticketId = 0;
    QString subject;
    QString recipients; // To and Cc, space-separated
    bool discarded = false; // Failed because staff gave it up, not because the server refused
};

// The local outbox: a reply is stored (MailIntake, kind StaffReply) and queued here in the
// same transaction before anything goes over the network, so a crash never loses it, and
// it is claimed before sending, so it is never sent twice. The SMTP side drives it:
// claimNext → send → markSent / markTemporaryFailure / markPermanentFailure.
class Outbox
{
public:
    explicit Outbox(Database &database) : m_database(database) {}

    // `notBefore` (UTC, optional): not sent before then — the send-cancel window.
    Result<qint64> enqueue(qint64 messageRowId, const QDateTime &now, const QDateTime &notBefore = {});
    // The oldest entry due at `now`, marked Sending (attempts + 1); nullopt when none.
    // Entries left in Sending by a crash are offered again after `staleAfterSecs`.
    Result<std::optional<OutboxEntry>> claimNext(const QDateTime &now, int staleAfterSecs = 600);
    // The server said 250: only this one row changes (state 'accepted', shown as Sent), so
    // the window in which a crash makes the reply go twice is one small commit
    // (docs/store.md, "The outbox under a crash"). markSent follows with the answer.
    Result<void> markAccepted(qint64 id, const QDateTime &acceptedAt);
    // Accepted and recorded as the answer (MailIntake::markSent in the same transaction).
    // False when it already was (another desktop completed it first).
    Result<bool> markSent(qint64 id, const QDateTime &now);
    // Accepted by the server at least `staleAfterSecs` before `now` but not yet recorded as
    // sent (a crash between the two): sent() carries the moment of the 250. Younger ones
    // belong to the sender that is still recording them.
    Result<QList<OutboxEntry>> acceptedNotRecorded(const QDateTime &now, int staleAfterSecs = 600);
    Result<void> markTemporaryFailure(qint64 id, const QString &serverWords, const QDateTime &retryAt);
    Result<void> markPermanentFailure(qint64 id, const QString &serverWords);
    Result<QList<OutboxEntry>> entries(); // newest first
    Result<std::optional<OutboxEntry>> entry(qint64 id);
    // Staff asked to try again now: a queued or failed entry is due at once. (A failed
    // reply's "undelivered" mark stays until it is actually sent; see OutboxSender.)
    Result<void> retryNow(qint64 id);
    // Staff gave up on a reply that has not gone out (TicketReplies::discard marks the reply
    // "discarded (not sent)").
    // Refused while the entry is being sent or after it was sent.
    Result<void> discard(qint64 id, const QString &why);

private:
    Result<void> update(qint64 id, const QString &doing, const QString &set, const QVariantList &values);
    // The same for an entry that has not gone out (queued or failed); refused otherwise.
    Result<void> changeUnsent(qint64 id, const QString &doing, const QString &set, const QVariantList &values);

    Database &m_database;
};

} // namespace Madoguchi
