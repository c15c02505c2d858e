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
// - PostgreSQL: ILIKE over one text expression, sped up by a pg_trgm GIN index on it when
//   the extension could be created; short queries walk the newest messages first.
// Both stop at `limit` hits, taking the most recently stored matching messages.
class TicketSearch
{
public:
    explicit TicketSearch(Database &database) : m_database(database) {}

    // Newest first; several hits may belong to one ticket. Merged tickets' messages are
    // already moved, so ticketId is always the live ticket.
    Result<QList<SearchHit>> search(const QString &text, int limit = 100);
    // Which method a query uses: "fts5-trigram", "fts5-vocabulary", "pg_trgm" or "ilike".
    Result<QString> method(const QString &text);

private:
    // The FTS5 MATCH expression for a one- or two-character query; empty: no such text.
    Result<QString> shortQueryMatch(const QString &query);

    Database &m_database;
};

} // namespace Madoguchi
