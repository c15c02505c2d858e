#include "store/SearchGrams.h"

#include "store/Database.h"
#include "store/SqlDialect.h"
#include "store/TransactionGuard.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// One UTF-16 unit per character: BMP characters as they are, the others folded onto the
// private use area U+E000–U+EFFF.
quint32 unitOf(char32_t c)
{
    return c <= 0xFFFF ? quint32(c) : quint32(0xE000 | (c & 0x0FFF));
}

bool blank(char32_t c)
{
    return c == 1 || QChar::isSpace(c); // chr(1) separates the parts of the searched text
}

void addKeys(const QString &text, QSet<qint32> &keys)
{
    const QList<uint> characters = text.toLower().toUcs4();
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const char32_t c = characters.at(i);
        if (blank(c) || c == 0)
            continue;
        keys.insert(qint32(unitOf(c)));
        if (i + 1 < characters.size()) {
            const char32_t next = characters.at(i + 1);
            if (!blank(next) && next != 0)
                keys.insert(qint32(unitOf(c) << 16 | unitOf(next)));
        }
    }
}

// Runs in the schema transaction, before the GIN index exists.
const char *const tables[] = {
    "CREATE TABLE message_grams (message_id BIGINT PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE, "
    "grams INTEGER[] NOT NULL)",
    "CREATE TABLE message_grams_pending (message_id BIGINT PRIMARY KEY)",
    "CREATE FUNCTION madoguchi_queue_grams() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "INSERT INTO message_grams_pending (message_id) VALUES (NEW.id) ON CONFLICT DO NOTHING; RETURN NULL; END $$",
    "CREATE TRIGGER messages_queue_grams AFTER INSERT OR UPDATE OF subject, body_text, from_address, from_name, "
    "to_addresses, cc_addresses ON messages FOR EACH ROW EXECUTE FUNCTION madoguchi_queue_grams()",
    "INSERT INTO message_grams_pending (message_id) SELECT id FROM messages",
};

} // namespace

QList<qint32> SearchGrams::keysOf(const QStringList &texts)
{
    QSet<qint32> keys;
    for (const QString &text : texts)
        addKeys(text, keys);
    QList<qint32> sorted(keys.cbegin(), keys.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

std::optional<qint32> SearchGrams::queryKey(const QString &query)
{
    const QList<uint> characters = query.toLower().toUcs4();
    if (characters.isEmpty() || characters.size() > 2)
        return std::nullopt;
    for (uint c : characters) {
        if (blank(c) || c == 0)
            return std::nullopt;
    }
    if (characters.size() == 1)
        return qint32(unitOf(characters.at(0)));
    return qint32(unitOf(characters.at(0)) << 16 | unitOf(characters.at(1)));
}

Result<void> SearchGrams::install(Database &database)
{
    if (!database.dialect().isPostgres())
        return {};
    for (const char *statement : tables) {
        if (auto done = database.exec(u"Creating the index for short searches"_s, QString::fromUtf8(statement)); !done)
            return done.error();
    }
    if (auto indexed = SearchGrams(database).catchUp(); !indexed)
        return indexed.error();
    if (auto done = database.exec(u"Creating the index for short searches"_s,
                                  u"CREATE INDEX message_grams_keys ON message_grams USING gin (grams)"_s);
        !done) {
        return done.error();
    }
    return {};
}

Result<int> SearchGrams::catchUp(int batchSize)
{
    if (!m_database.dialect().isPostgres())
        return 0;
    int total = 0;
    for (;;) {
        auto indexed = indexBatch(batchSize);
        if (!indexed)
            return indexed.error();
        total += *indexed;
        if (*indexed < batchSize)
            return total;
    }
}

Result<int> SearchGrams::indexBatch(int batchSize)
{
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    // SKIP LOCKED: two desktops catching up at once take different messages instead of
    // waiting for (or deadlocking on) each other's rows.
    auto queued = m_database.exec(u"Reading messages to index for short searches"_s,
                                  u"SELECT q.message_id, m.subject, m.body_text, m.from_address, m.from_name, "
                                  "m.to_addresses, m.cc_addresses, m.id FROM message_grams_pending q "
                                  "LEFT JOIN messages m ON m.id = q.message_id ORDER BY q.message_id LIMIT %1 "
                                  "FOR UPDATE OF q SKIP LOCKED"_s.arg(batchSize));
    if (!queued)
        return queued.error();
    QList<qint64> done;
    QStringList rows;
    int seen = 0;
    while (queued.value().next()) {
        const QSqlQuery &row = queued.value();
        ++seen;
        done.append(row.value(0).toLongLong());
        const QString id = QString::number(done.last());
        if (row.isNull(7))
            continue; // deleted since it was queued
        QStringList texts;
        for (int column = 1; column <= 6; ++column)
            texts.append(row.value(column).toString());
        QStringList keys;
        for (qint32 key : keysOf(texts))
            keys.append(QString::number(key));
        // Numbers only, written by this program: safe to write into the statement, and one
        // statement per batch instead of one per message.
        rows.append(u"("_s + id + u", '{"_s + keys.join(u',') + u"}')"_s);
    }
    if (seen == 0)
        return 0;
    if (!rows.isEmpty()) {
        auto stored = m_database.exec(u"Indexing messages for short searches"_s,
                                      u"INSERT INTO message_grams (message_id, grams) VALUES "_s + rows.join(u',')
                                          + u" ON CONFLICT (message_id) DO UPDATE SET grams = EXCLUDED.grams"_s);
        if (!stored)
            return stored.error();
    }
    auto dequeued = m_database.exec(u"Indexing messages for short searches"_s,
                                    u"DELETE FROM message_grams_pending WHERE "_s
                                        + m_database.dialect().oneOf(u"message_id"_s, done));
    if (!dequeued)
        return dequeued.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return seen;
}

} // namespace Madoguchi
