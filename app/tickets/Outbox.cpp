#include "tickets/Outbox.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/TransactionGuard.h"

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
    u"SELECT id, message_id, state, attempts, next_attempt_ms, last_error, created_ms, sent_ms FROM outbox "_s;

OutboxEntry readEntry(const QSqlQuery &row)
{
    OutboxEntry e;
    e.id = row.value(0).toLongLong();
    e.messageRowId = row.value(1).toLongLong();
    e.state = OutboxState(std::max<qsizetype>(0, stateKeys.indexOf(row.value(2).toString())));
    e.attempts = row.value(3).toInt();
    e.nextAttempt = SqlValues::toTime(row.value(4));
    e.lastError = row.value(5).toString();
    e.created = SqlValues::toTime(row.value(6));
    e.sent = SqlValues::toTime(row.value(7));
    return e;
}

} // namespace

Result<qint64> Outbox::enqueue(qint64 messageRowId, const QDateTime &now)
{
    return m_database.insert(u"Queuing a reply for sending"_s,
                             u"INSERT INTO outbox (message_id, state, created_ms) VALUES (?, 'queued', ?)"_s,
                             {messageRowId, SqlValues::fromTime(now)});
}

Result<std::optional<OutboxEntry>> Outbox::claimNext(const QDateTime &now, int staleAfterSecs)
{
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto row = m_database.exec(
        u"Looking for a reply to send"_s,
        columns + u"WHERE (state = 'queued' AND (next_attempt_ms IS NULL OR next_attempt_ms <= ?)) "
                  "OR (state = 'sending' AND next_attempt_ms <= ?) ORDER BY id LIMIT 1"_s,
        {SqlValues::fromTime(now), SqlValues::fromTime(now)});
    if (!row)
        return row.error();
    if (!row.value().next())
        return std::optional<OutboxEntry>();
    OutboxEntry entry = readEntry(row.value());
    row.value().finish();
    // While Sending, next_attempt_ms is when a crashed sender's claim goes stale. The
    // version-like check on state/attempts makes two senders never claim the same entry.
    auto claimed = m_database.exec(u"Claiming a reply to send"_s,
                                   u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, next_attempt_ms = ? "
                                   "WHERE id = ? AND attempts = ?"_s,
                                   {SqlValues::fromTime(now.addSecs(staleAfterSecs)), entry.id, entry.attempts});
    if (!claimed)
        return claimed.error();
    if (claimed.value().numRowsAffected() == 0)
        return std::optional<OutboxEntry>();
    if (auto done = transaction.commit(); !done)
        return done.error();
    entry.state = OutboxState::Sending;
    entry.attempts += 1;
    return std::optional<OutboxEntry>(entry);
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

Result<void> Outbox::markSent(qint64 id, const QDateTime &now)
{
    return update(id, u"Recording a sent reply"_s, u"state = ?, sent_ms = ?, last_error = ''"_s,
                  {keyOf(OutboxState::Sent), SqlValues::fromTime(now)});
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
    auto rows = m_database.exec(u"Reading the outbox"_s, columns + u"ORDER BY id DESC"_s);
    if (!rows)
        return rows.error();
    QList<OutboxEntry> list;
    while (rows.value().next())
        list.append(readEntry(rows.value()));
    return list;
}

} // namespace Madoguchi
