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
        return shortQuery(text.trimmed()) ? u"fts5-vocabulary"_s : u"fts5-trigram"_s;
    auto extension = m_database.scalar(u"Checking for pg_trgm"_s,
                                       u"SELECT COUNT(*) FROM pg_extension WHERE extname = 'pg_trgm'"_s);
    if (!extension)
        return extension.error();
    return extension->toInt() > 0 ? u"pg_trgm"_s : u"ilike"_s;
}

Result<QString> TicketSearch::shortQueryMatch(const QString &query)
{
    // Every column ends in two spaces (schema 5), so each occurrence of a one- or
    // two-character query is the start of some trigram: the vocabulary's terms in the range
    // [query, query + U+10FFFF) are exactly the trigrams to look up.
    const QString folded = query.toLower(); // the trigram tokenizer folds case the same way
    const char32_t last = 0x10FFFF;
    auto terms = m_database.exec(u"Searching"_s,
                                 u"SELECT term FROM message_search_terms WHERE term >= ? AND term < ?"_s,
                                 {folded, QString(folded + QString::fromUcs4(&last, 1))});
    if (!terms)
        return terms.error();
    QStringList phrases;
    while (terms.value().next())
        phrases.append(SqlDialect::ftsPhrase(terms.value().value(0).toString()));
    return phrases.join(u" OR "_s);
}

Result<QList<SearchHit>> TicketSearch::search(const QString &text, int limit)
{
    const QString query = text.trimmed();
    if (query.isEmpty())
        return QList<SearchHit>();
    // The `limit` most recently stored matches, found newest first through the index so
    // that a word in every other mail (請求) stops after `limit` hits instead of reading them
    // all; then shown newest received first.
    QString matching;
    QVariant value;
    if (m_database.dialect().isPostgres()) {
        matching = u"SELECT id FROM messages WHERE "_s + SqlDialect::searchedTextExpression()
                   + u" ILIKE ? ESCAPE '\\' ORDER BY id DESC"_s;
        value = SqlDialect::containsPattern(query);
    } else {
        if (shortQuery(query)) {
            auto match = shortQueryMatch(query);
            if (!match)
                return match.error();
            if (match->isEmpty())
                return QList<SearchHit>();
            value = match.value();
        } else {
            value = SqlDialect::ftsPhrase(query);
        }
        matching = u"SELECT rowid FROM message_search WHERE message_search MATCH ? ORDER BY rowid DESC"_s;
    }
    auto rows = m_database.exec(u"Searching"_s,
                                u"SELECT m.id, m.ticket_id, m.subject, m.received_ms FROM messages m WHERE m.id IN ("_s
                                    + matching + u" LIMIT %1) ORDER BY m.received_ms DESC, m.id DESC"_s.arg(limit),
                                {value});
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
