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
// spaces between words, so this is substring search, not word search:
// - SQLite: the FTS5 trigram index for queries of 3+ characters; shorter ones (請求) scan
//   the index table with LIKE, which is still fast enough for a desk's mail (measured in
//   tests/bench/bench_store.cpp);
// - PostgreSQL: ILIKE, sped up by pg_trgm GIN indexes when the extension could be created.
class TicketSearch
{
public:
    explicit TicketSearch(Database &database) : m_database(database) {}

    // Newest first; several hits may belong to one ticket. Merged tickets' messages are
    // already moved, so ticketId is always the live ticket.
    Result<QList<SearchHit>> search(const QString &text, int limit = 100);
    // Which method a query uses: "fts5-trigram", "fts5-like", "pg_trgm" or "ilike".
    Result<QString> method(const QString &text);

private:
    Database &m_database;
};

} // namespace Madoguchi
