#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>

namespace Madoguchi {

class Database;

struct SearchHit
{
    qint64 ticketId = 0;
    qint64 messageRowId = 0;
    QString subject;
    QDateTime received; // UTC
};

// Finds messages by any part of their subject, text body or addresses. Japanese has no
// spaces between words, so this is substring search, not word search, with the same
// answers on both backends:
// - SQLite: the FTS5 trigram index for queries of 3+ characters; shorter ones (請求, 杯)
//   look up the trigrams that start with them in the index's vocabulary (schema 5 pads
//   every column so that such a trigram exists for each occurrence);
// - PostgreSQL: LIKE (ILIKE when case matters) over one text expression, sped up by a
//   pg_trgm GIN index on it when the extension could be created; one- and two-character
//   queries read the newest messages first and, when those hold too few hits, look the
//   rest up in the index of characters and character pairs (SearchGrams, schema 8).
// Both stop at `limit` hits, taking the most recently stored matching messages.
class TicketSearch
{
public:
    explicit TicketSearch(Database &database) : m_database(database) {}

    // Newest first; several hits may belong to one ticket. Merged tickets' messages are
    // already moved, so ticketId is always the live ticket.
    Result<QList<SearchHit>> search(const QString &text, int limit = 100);
    // Which method a query uses: "fts5-trigram", "fts5-vocabulary", "recent-then-grams",
    // "pg_trgm" or "ilike".
    Result<QString> method(const QString &text);

private:
    // The FTS5 MATCH expression for a one- or two-character query; empty: no such text.
    Result<QString> shortQueryMatch(const QString &query);
    Result<QList<SearchHit>> searchPostgres(const QString &query, int limit);
    // The hits a statement selects (message id, ticket id, subject, received), newest
    // received first.
    Result<QList<SearchHit>> hits(const QString &sql, const QVariant &value);

    Database &m_database;
};

} // namespace Madoguchi
