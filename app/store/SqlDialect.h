#pragma once

#include <QString>
#include <QStringList>

namespace Madoguchi {

enum class DatabaseBackend { Sqlite, Postgres };

// Every difference between SQLite and PostgreSQL SQL lives here, so the store, the
// migrations and the tickets code write one statement for both backends. Schema text uses
// placeholders that expand per backend: {id} (auto-increment primary key), {blob}, {bigint}.
class SqlDialect
{
public:
    explicit SqlDialect(DatabaseBackend backend) : m_backend(backend) {}

    DatabaseBackend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == DatabaseBackend::Postgres; }
    QString driverName() const; // QSQLITE / QPSQL

    // Expands {id}, {blob} and {bigint} in schema text.
    QString schema(const QString &text) const;

    // Case-insensitive substring match operator: LIKE (SQLite's LIKE ignores ASCII case) or ILIKE.
    QString caseInsensitiveLike() const;
    // A LIKE pattern that matches `text` anywhere, with %, _ and \ escaped (use ESCAPE '\').
    static QString containsPattern(const QString &text);

    // Aggregate joining a text column's values with commas (group_concat / string_agg).
    QString joinedText(const QString &column) const;
    // "column is one of these ids", written into the statement (numbers only): IN (…) on
    // SQLite; on PostgreSQL one array constant, which it plans in a fraction of the time
    // a list of 2,000 literals takes.
    QString oneOf(const QString &column, const QList<qint64> &ids) const;

    // Statements run once on every new connection (pragmas on SQLite).
    QStringList connectionSetup() const;

    // Full-text index statements for the search migration. On PostgreSQL the extension
    // may be refused (no privilege); the caller runs extensionStatement() in a savepoint
    // and only then the index statements.
    QString trigramExtensionStatement() const;
    QStringList searchIndexStatements() const;
    // Schema 5: the search index rebuilt so that one- and two-character queries use it too
    // (see TicketSearch). `trigramIndex`: PostgreSQL has pg_trgm, so build its index.
    QStringList searchIndexV5Statements(bool trigramIndex) const;
    // Schema 20: SQLite's index rebuilt without its own copy of the texts (contentless FTS5).
    QStringList searchIndexV20Statements() const;
    // Schema 21: SQLite's index can be filled once per transaction instead of once per message
    // (Database::deferSearchIndex). FTS5 writes its pending terms out as a new segment at every
    // statement that touches it inside a transaction, so a trigger per message made one
    // segment per message and merged them over and over; a bulk load now marks its transaction
    // in search_index_state (deferred_after: every message with a greater id is not indexed
    // yet, NULL: nothing deferred), the triggers leave those rows alone, and the commit indexes
    // them with one statement. Nothing on PostgreSQL.
    QStringList searchIndexV21Statements() const;
    // The statements Database runs before committing a transaction that deferred the index.
    static QStringList deferredSearchIndexStatements();
    // Schema 22: SQLite's search index merges its segments 16 at a time instead of 4, so a
    // growing desk rewrites each indexed text fewer times (docs/store.md "A growing desk").
    QStringList searchIndexV22Statements() const;
    static constexpr int searchIndexAutomerge = 16;
    // SQLite connection settings (connectionSetup; tst_storedsource growingDeskSettings).
    static constexpr int sqliteWalAutocheckpointPages = 10000;
    static constexpr qint64 sqliteJournalSizeLimit = 64 * 1024 * 1024;
    // The text the search looks in, per message column group, as one expression for
    // PostgreSQL (the pg_trgm index is built on exactly this expression).
    static QString searchedTextExpression();

    // A trigram MATCH query (SQLite FTS5) for a phrase, with its quotes escaped.
    static QString ftsPhrase(const QString &text);

    // An index for equality lookups on text of any length (Message-IDs). A PostgreSQL btree
    // refuses index rows over 2,704 bytes (one long Message-ID would stop every import and
    // sync); a hash index stores a 4-byte hash and answers = and IN alike. SQLite's btree
    // has no such limit.
    QString anyLengthTextIndex(const QString &name, const QString &table, const QString &column) const;
    // Schema 9: messages_message_id rebuilt as anyLengthTextIndex (nothing to do on SQLite).
    QStringList messageIdIndexStatements() const;

    // Schema 13: the audit log only grows (a trigger refuses UPDATE, DELETE and, on
    // PostgreSQL, TRUNCATE, for every role, the owner's too) and records the database login
    // that wrote each row; on PostgreSQL also the row-level security behind DatabaseRoles.
    QStringList rolesStatements() const;
    // Schema 20: on PostgreSQL, staff cannot approve through SQL either — only a manager
    // decides a reply_approvals row, and no reply held for approval (or written by someone
    // whose replies need approval, without an approval) enters the outbox. Nothing on SQLite.
    QStringList approvalStatements() const;

    // The statement that writes a consistent copy of the whole database to a file.
    QString backupStatement() const; // SQLite only: VACUUM INTO ?

private:
    static QStringList sqliteSearchIndex(bool contentless);
    static QString sqliteIndexedValues(const QString &row);
    static QStringList sqliteSearchTriggers(bool contentless, const QString &insertWhen, const QString &changeWhen);
    DatabaseBackend m_backend;
};

} // namespace Madoguchi
