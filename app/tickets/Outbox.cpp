#include "tickets/Outbox.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/TransactionGuard.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QStringList stateKeys = {u"queued"_s, u"sending"_s, u"sent"_s, u"failed"_s};

QString keyOf(OutboxState state)
{
    return stateKeys.at(int(state));
}

const QString columns =
    u"SELECT o.id, o.message_id, o.state, o.attempts, o.next_attempt_ms, o.last_error, o.created_ms, o.sent_ms, "
    "m.ticket_id, m.subject, m.to_addresses, m.cc_addresses, m.delivery FROM outbox o JOIN messages m ON m.id = o.message_id "_s;

OutboxEntry readEntry(const QSqlQuery &row)
{
    OutboxEntry e;
    e.id = row.value(0).toLongLong();
    e.messageRowId = row.value(1).toLongLong();
    // 'accepted' (the server has it, the answer is being recorded) is Sent to everyone reading.
    const QString state = row.value(2).toString();
    e.state = state == u"accepted"_s ? OutboxState::Sent
                                     : OutboxState(std::max<qsizetype>(0, stateKeys.indexOf(state)));
    e.attempts = row.value(3).toInt();
    e.nextAttempt = SqlValues::toTime(row.value(4));
    e.lastError = row.value(5).toString();
    e.created = SqlValues::toTime(row.value(6));
    e.sent = SqlValues::toTime(row.value(7));
    e.ticketId = row.value(8).toLongLong();
    e.subject = row.value(9).toString();
    e.recipients = QString(row.value(10).toString() + u' ' + row.value(11).toString()).trimmed();
    e.discarded = row.value(12).toString() == u"discarded"_s;
    return e;
}

// One try of Outbox::claimNext.
struct ClaimAttempt
{
    std::optional<OutboxEntry> entry; // nullopt: nothing due, or lost
    bool lost = false; // another sender claimed it (or staff discarded it) after we read it
};

Result<ClaimAttempt> claimOnce(Database &database, const QDateTime &now, int staleAfterSecs)
{
    TransactionGuard transaction(database);
    if (!transaction.ok())
        return transaction.error();
    auto row = database.exec(
        u"Looking for a reply to send"_s,
        columns + u"WHERE (o.state = 'queued' AND (o.next_attempt_ms IS NULL OR o.next_attempt_ms <= ?)) "
                  "OR (o.state = 'sending' AND o.next_attempt_ms <= ?) ORDER BY o.id LIMIT 1"_s,
        {SqlValues::fromTime(now), SqlValues::fromTime(now)});
    if (!row)
        return row.error();
    if (!row.value().next())
        return ClaimAttempt();
    OutboxEntry entry = readEntry(row.value());
    const QString stateRead = row.value().value(2).toString();
    row.value().finish();
    // While Sending, next_attempt_ms is when a crashed sender's claim goes stale. The
    // version-like check on state/attempts makes two senders never claim the same entry (and
    // no sender one that was discarded after it was read).
    auto claimed = database.exec(u"Claiming a reply to send"_s,
                                 u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, next_attempt_ms = ? "
                                 "WHERE id = ? AND attempts = ? AND state = ?"_s,
                                 {SqlValues::fromTime(now.addSecs(staleAfterSecs)), entry.id, entry.attempts,
                                  stateRead});
    if (!claimed)
        return claimed.error();
    if (claimed.value().numRowsAffected() == 0)
        return ClaimAttempt{std::nullopt, true};
    if (auto done = transaction.commit(); !done)
        return done.error();
    entry.state = OutboxState::Sending;
    entry.attempts += 1;
    return ClaimAttempt{entry, false};
}

} // namespace

Result<qint64> Outbox::enqueue(qint64 messageRowId, const QDateTime &now, const QDateTime &notBefore)
{
    return m_database.insert(u"Queuing a reply for sending"_s,
                             u"INSERT INTO outbox (message_id, state, created_ms, next_attempt_ms) "
                             "VALUES (?, 'queued', ?, ?)"_s,
                             {messageRowId, SqlValues::fromTime(now),
                              notBefore.isValid() ? SqlValues::fromTime(notBefore) : QVariant()});
}

Result<std::optional<OutboxEntry>> Outbox::claimNext(const QDateTime &now, int staleAfterSecs)
{
    // Another sender may claim the entry we found between our read and our claim (PostgreSQL
    // reads without locking; SQLite's BEGIN IMMEDIATE never lets that happen), or staff may
    // discard it. Then the next due entry is ours to try: a sender stops only when nothing is
    // due. Every lost claim is a change someone else committed, so this ends.
    for (;;) {
        auto attempt = claimOnce(m_database, now, staleAfterSecs);
        if (!attempt)
            return attempt.error();
        if (!attempt->lost)
            return attempt->entry;
    }
}

Result<void> Outbox::update(qint64 id, const QString &doing, const QString &set, const QVariantList &values)
{
    QVariantList all = values;
    all.append(id);
    auto done = m_database.exec(doing, u"UPDATE outbox SET "_s + set + u" WHERE id = ?"_s, all);
    if (!done)
        return done.error();
    return {};
}

Result<void> Outbox::markAccepted(qint64 id, const QDateTime &acceptedAt)
{
    // This commit is the window in which a crash sends a reply twice, so it does not wait
    // for the disk: a killed process cannot lose it (SQLite's WAL is in the OS's cache,
    // PostgreSQL's server has it). Only a power cut could, and then the reply is sent again,
    // as inside the window; the answer recorded after it is committed durably as usual.
    // (SQLite changes it only outside a transaction; PostgreSQL only for this one.)
    const bool postgres = m_database.dialect().isPostgres();
    const QString doing = u"Recording that the server accepted a reply"_s;
    if (!postgres && m_database.transactionDepth() == 0)
        (void)m_database.exec(doing, u"PRAGMA synchronous = NORMAL"_s);
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    if (postgres) {
        if (auto set = m_database.exec(doing, u"SET LOCAL synchronous_commit = off"_s); !set)
            return set.error();
    }
    if (auto done = update(id, doing,
                           u"state = 'accepted', sent_ms = ?, last_error = ''"_s, {SqlValues::fromTime(acceptedAt)});
        !done)
        return done;
    auto committed = transaction.commit();
    if (!postgres && m_database.transactionDepth() == 0)
        (void)m_database.exec(doing, u"PRAGMA synchronous = FULL"_s);
    return committed;
}

Result<bool> Outbox::markSent(qint64 id, const QDateTime &now)
{
    // The state condition makes two desktops completing the same accepted reply record its
    // answer once: the second waits for the first's row lock and then changes nothing.
    auto done = m_database.exec(u"Recording a sent reply"_s,
                                u"UPDATE outbox SET state = 'sent', sent_ms = ?, last_error = '' "
                                "WHERE id = ? AND state IN ('accepted', 'sending')"_s,
                                {SqlValues::fromTime(now), id});
    if (!done)
        return done.error();
    return done.value().numRowsAffected() > 0;
}

Result<QList<OutboxEntry>> Outbox::acceptedNotRecorded(const QDateTime &now, int staleAfterSecs)
{
    auto rows = m_database.exec(u"Looking for accepted replies not yet recorded"_s,
                                columns + u"WHERE o.state = 'accepted' AND o.sent_ms <= ? ORDER BY o.id"_s,
                                {SqlValues::fromTime(now.addSecs(-staleAfterSecs))});
    if (!rows)
        return rows.error();
    QList<OutboxEntry> found;
    while (rows.value().next())
        found.append(readEntry(rows.value()));
    return found;
}

Result<void> Outbox::markTemporaryFailure(qint64 id, const QString &serverWords, const QDateTime &retryAt)
{
    return update(id, u"Recording a temporary send failure"_s, u"state = ?, last_error = ?, next_attempt_ms = ?"_s,
                  {keyOf(OutboxState::Queued), serverWords, SqlValues::fromTime(retryAt)});
}

Result<void> Outbox::markPermanentFailure(qint64 id, const QString &serverWords)
{
    return update(id, u"Recording a permanent send failure"_s, u"state = ?, last_error = ?"_s,
                  {keyOf(OutboxState::Failed), serverWords});
}

Result<QList<OutboxEntry>> Outbox::entries()
{
    auto rows = m_database.exec(u"Reading the outbox"_s, columns + u"ORDER BY o.id DESC"_s);
    if (!rows)
        return rows.error();
    QList<OutboxEntry> list;
    while (rows.value().next())
        list.append(readEntry(rows.value()));
    return list;
}

Result<std::optional<OutboxEntry>> Outbox::entry(qint64 id)
{
    auto row = m_database.exec(u"Reading outbox entry %1"_s.arg(id), columns + u"WHERE o.id = ?"_s, {id});
    if (!row)
        return row.error();
    if (!row.value().next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(readEntry(row.value()));
}

Result<void> Outbox::changeUnsent(qint64 id, const QString &doing, const QString &set, const QVariantList &values)
{
    QVariantList all = values;
    all.append(id);
    auto done = m_database.exec(doing, u"UPDATE outbox SET "_s + set + u" WHERE id = ? AND state IN ('queued', 'failed')"_s,
                                all);
    if (!done)
        return done.error();
    if (done.value().numRowsAffected() == 0) {
        return makeError(u"state"_s, QCoreApplication::translate("Outbox", "This reply is being sent or was sent "
                                                                           "already."));
    }
    return {};
}

Result<void> Outbox::retryNow(qint64 id)
{
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    if (auto queued = changeUnsent(id, u"Queuing a reply again"_s, u"state = 'queued', next_attempt_ms = NULL"_s, {});
        !queued)
        return queued;
    // A discarded reply brought back waits to be sent again (a refused one stays undelivered
    // until it is actually sent).
    auto waiting = m_database.exec(u"Queuing a discarded reply again"_s,
                                   u"UPDATE messages SET delivery = 'pending' WHERE delivery = 'discarded' "
                                   "AND id = (SELECT message_id FROM outbox WHERE id = ?)"_s,
                                   {id});
    if (!waiting)
        return waiting.error();
    return transaction.commit();
}

Result<void> Outbox::discard(qint64 id, const QString &why)
{
    return changeUnsent(id, u"Discarding a reply"_s, u"state = 'failed', last_error = ?, next_attempt_ms = NULL"_s,
                        {why});
}

} // namespace Madoguchi
