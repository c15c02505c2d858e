#include "tickets/TicketSearch.h"

#include "store/Database.h"
#include "store/SqlValues.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

bool shortQuery(const QString &text)
{
    return text.toUcs4().size() < 3; // the trigram index needs three characters
}

} // namespace

Result<QString> TicketSearch::method(const QString &text)
{
    if (!m_database.dialect().isPostgres())
        return shortQuery(text.trimmed()) ? u"fts5-like"_s : u"fts5-trigram"_s;
    auto extension = m_database.scalar(u"Checking for pg_trgm"_s,
                                       u"SELECT COUNT(*) FROM pg_extension WHERE extname = 'pg_trgm'"_s);
    if (!extension)
        return extension.error();
    return extension->toInt() > 0 ? u"pg_trgm"_s : u"ilike"_s;
}

Result<QList<SearchHit>> TicketSearch::search(const QString &text, int limit)
{
    const QString query = text.trimmed();
    if (query.isEmpty())
        return QList<SearchHit>();
    const QString pattern = SqlDialect::containsPattern(query);
    const QString columns = u"SELECT m.id, m.ticket_id, m.subject, m.received_ms FROM "_s;
    const QString order = u" ORDER BY m.received_ms DESC, m.id DESC LIMIT %1"_s.arg(limit);
    Result<QSqlQuery> rows = makeError(QString(), QString());
    if (m_database.dialect().isPostgres()) {
        rows = m_database.exec(u"Searching"_s,
                               columns
                                   + u"messages m WHERE m.subject ILIKE ? ESCAPE '\\' OR m.body_text ILIKE ? ESCAPE '\\' "
                                     "OR m.from_address ILIKE ? ESCAPE '\\' OR m.from_name ILIKE ? ESCAPE '\\' "
                                     "OR m.to_addresses ILIKE ? ESCAPE '\\'"_s
                                   + order,
                               {pattern, pattern, pattern, pattern, pattern});
    } else if (shortQuery(query)) {
        rows = m_database.exec(u"Searching"_s,
                               columns
                                   + u"message_search s JOIN messages m ON m.id = s.rowid WHERE s.subject LIKE ? "
                                     "ESCAPE '\\' OR s.body LIKE ? ESCAPE '\\' OR s.addresses LIKE ? ESCAPE '\\'"_s
                                   + order,
                               {pattern, pattern, pattern});
    } else {
        rows = m_database.exec(u"Searching"_s,
                               columns + u"message_search s JOIN messages m ON m.id = s.rowid "
                                         "WHERE message_search MATCH ?"_s
                                   + order,
                               {SqlDialect::ftsPhrase(query)});
    }
    if (!rows)
        return rows.error();
    QList<SearchHit> hits;
    while (rows.value().next()) {
        const QSqlQuery &row = rows.value();
        hits.append({row.value(1).toLongLong(), row.value(0).toLongLong(), row.value(2).toString(),
                     SqlValues::toTime(row.value(3))});
    }
    return hits;
}

} // namespace Madoguchi
