#pragma once

#include "core/Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Madoguchi {

class Database;

// The index PostgreSQL needs for one- and two-character searches (請求, 猫, 田中).
//
// pg_trgm indexes runs of three characters, so a shorter query cannot use it and has to read
// every message newest first: fine for a word in every other mail, a second or more for a
// rare one such as a customer's surname. This index keeps, per message, the set of its
// characters and pairs of adjacent characters (case folded, whitespace left out) as integer
// keys in message_grams, under a GIN index; a short query looks up its one key and checks
// the few candidates with LIKE. SQLite does not need it: its FTS5 vocabulary answers short
// queries (schema 5).
//
// The keys are computed here, not in SQL (a SQL function took 0.65 ms per message). So that
// no way of writing a message can leave it unindexed, a trigger queues every inserted or
// edited message in message_grams_pending, and catchUp() indexes the queue: the schema step
// does so for every existing message, and TicketSearch before each short query.
class SearchGrams
{
public:
    explicit SearchGrams(Database &database) : m_database(database) {}

    // The keys of a message's searched texts (subject, body, addresses…), sorted and distinct.
    // A key is a character (its UTF-16 unit, 1–0xFFFF) or an ordered pair of characters
    // (first << 16 | second, so never below 0x10000); characters outside the BMP fold onto
    // the private use area, which only costs a few false candidates that LIKE rejects.
    static QList<qint32> keysOf(const QStringList &texts);
    // The one key a trimmed query of one or two characters looks up; nullopt for any other
    // query, or for one holding whitespace.
    static std::optional<qint32> queryKey(const QString &query);

    // The schema step (version 8) on PostgreSQL: the tables, the trigger, every existing
    // message indexed, then the GIN index (built once over the filled table: faster than
    // growing it row by row). Does nothing on SQLite.
    static Result<void> install(Database &database);

    // Indexes every queued message, `batchSize` at a time; returns how many were indexed.
    Result<int> catchUp(int batchSize = 1000);

private:
    Result<int> indexBatch(int batchSize);

    Database &m_database;
};

} // namespace Madoguchi
