#include "tickets/TicketSearch.h"

#include "store/Database.h"
#include "store/SearchGrams.h"
#include "store/SqlValues.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

bool shortQuery(const QString &text)
{
    return text.toUcs4().size() < 3; // the trigram index needs three characters
}

// Whether case can matter: Japanese (kana, kanji) and digits have no case, and for them
// LIKE finds exactly what ILIKE finds at a third of the cost (ILIKE folds every row).
bool caseless(const QString &text)
{
    return text.toLower() == text && text.toUpper() == text;
}

// How many of the newest messages a short PostgreSQL query reads before it turns to the
// index: a word in one mail of five fills the hit limit there.
constexpr int recentMessages = 10000;

} // namespace

Result<QString> TicketSearch::method(const QString &text)
{
    const QString query = text.trimmed();
    if (!m_database.dialect().isPostgres())
        return shortQuery(query) ? u"fts5-vocabulary"_s : u"fts5-trigram"_s;
    if (SearchGrams::queryKey(query))
        return u"recent-then-grams"_s;
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
    if (m_database.dialect().isPostgres())
        return searchPostgres(query, limit);
    QVariant value;
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
    // The `limit` most recently stored matches, found newest first through the index so
    // that a word in every other mail (請求) stops after `limit` hits instead of reading them
    // all.
    return hits(u"SELECT m.id, m.ticket_id, m.subject, m.received_ms FROM messages m WHERE m.id IN (SELECT rowid "
                "FROM message_search WHERE message_search MATCH ? ORDER BY rowid DESC LIMIT %1)"_s.arg(limit),
                value);
}

Result<QList<SearchHit>> TicketSearch::searchPostgres(const QString &query, int limit)
{
    const QString matches = SqlDialect::searchedTextExpression() + (caseless(query) ? u" LIKE"_s : u" ILIKE"_s)
                          + u" ? ESCAPE '\\'"_s;
    const QString pattern = SqlDialect::containsPattern(query);
    // The `limit` most recently stored matches, read with the columns the hits show (one
    // pass, no second lookup of each message).
    const QString newest = u" ORDER BY id DESC LIMIT %1"_s.arg(limit);
    const QString columns = u"SELECT id, ticket_id, subject, received_ms FROM "_s;
    const auto key = SearchGrams::queryKey(query);
    if (!key) // three characters or more: pg_trgm, or the newest messages first, as the planner sees fit
        return hits(columns + u"messages WHERE "_s + matches + newest, pattern);
    // One or two characters. A common word (請求) fills the limit from the newest messages
    // alone; a rare one (a surname) is looked up in the index of characters and pairs.
    auto recent = hits(columns + u"(SELECT * FROM messages ORDER BY id DESC LIMIT %1) recent WHERE "_s.arg(recentMessages)
                           + matches + newest,
                       pattern);
    if (!recent || recent->size() >= limit)
        return recent;
    if (auto indexed = SearchGrams(m_database).catchUp(); !indexed)
        return indexed.error();
    return hits(columns + u"messages WHERE id IN (SELECT message_id FROM message_grams WHERE grams @> ARRAY[%1]) AND "_s.arg(*key)
                    + matches + newest,
                pattern);
}

Result<QList<SearchHit>> TicketSearch::hits(const QString &sql, const QVariant &value)
{
    auto rows = m_database.exec(u"Searching"_s, sql, {value});
    if (!rows)
        return rows.error();
    QList<SearchHit> found;
    while (rows.value().next()) {
        const QSqlQuery &row = rows.value();
        found.append({row.value(1).toLongLong(), row.value(0).toLongLong(), row.value(2).toString(),
                      SqlValues::toTime(row.value(3))});
    }
    // Shown newest received first.
    std::sort(found.begin(), found.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.received != b.received ? a.received > b.received : a.messageRowId > b.messageRowId;
    });
    return found;
}

} // namespace Madoguchi
