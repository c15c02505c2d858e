#pragma once

#include "core/Result.h"
#include "store/DatabaseAddress.h"
#include "store/SqlDialect.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariantList>

#include <memory>
#include <optional>

class QTimer;

namespace Madoguchi {

// One named connection to the store. A QSqlDatabase connection belongs to the thread that
// opened it: a worker thread (the IMAP sync) opens its own Database with the same address.
//
// Every statement goes through exec() with a sentence saying what it was doing, so a failure
// reads "Storing message <…>: <driver error>" instead of a bare "false".
class Database : public QObject
{
    Q_OBJECT

public:
    // Opens (and for SQLite creates) the database. Does not migrate: see SchemaMigrations.
    // `password` is only used for PostgreSQL; empty lets libpq use PGPASSWORD/.pgpass.
    static Result<std::unique_ptr<Database>> open(const DatabaseAddress &address, const QString &password = {});
    ~Database() override;

    const DatabaseAddress &address() const { return m_address; }
    // Where the address came from, so Settings → Database can say which database is in use
    // and why (the program's start-up sets it; Unknown for databases opened otherwise).
    enum class Origin { Unknown, BuiltIn, Setting, Environment, CommandLine };
    Origin origin() const { return m_origin; }
    void setOrigin(Origin origin) { m_origin = origin; }
    const SqlDialect &dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    // Prepares, binds (positional ?) and runs one statement. The query is forward-only.
    // INSERT, UPDATE and DELETE statements with values stay prepared for the next call with
    // the same text (a mail import runs the same few thousands of times), so a caller reads
    // what it needs (numRowsAffected) before running the same statement again.
    Result<QSqlQuery> exec(const QString &doing, const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &doing, const QString &sql, const QVariantList &values = {});
    // The first row of a query that is run often (the statement stays prepared, as in
    // scalar()), or no value when there is none.
    Result<std::optional<QSqlRecord>> firstRow(const QString &doing, const QString &sql, const QVariantList &values);
    // Every row of a query that is run often, read at once (the statement stays prepared, as
    // in scalar()); for a few rows, such as a ticket's open obligations.
    Result<QList<QSqlRecord>> rows(const QString &doing, const QString &sql, const QVariantList &values);
    // INSERT … RETURNING id on both backends; returns the new id.
    Result<qint64> insert(const QString &doing, const QString &sql, const QVariantList &values = {});

    // Used by TransactionGuard: the outermost level is a real transaction, inner levels are
    // savepoints, so a caller can wrap several store calls in one transaction.
    Result<void> beginTransaction();
    Result<void> commitTransaction();
    void rollbackTransaction();
    int transactionDepth() const { return m_depth; }
    // Inside a transaction that stores many messages (an import or sync batch): SQLite's
    // search index takes the messages inserted from now on with one statement when the
    // outermost transaction commits, instead of one per message (schema 21, SqlDialect::
    // searchIndexV21Statements). The commit is the same either way: a message is searchable
    // when its transaction commits, and a rollback undoes the mark with everything else.
    // A no-op on PostgreSQL.
    Result<void> deferSearchIndex();

    // After a bulk load (an import, a sync pass that stored mail): gives the pages the
    // search index freed while merging back to the file system (SQLite databases created
    // with auto_vacuum = INCREMENTAL, schema 20 and later; a no-op on older files, inside a
    // transaction, and on PostgreSQL, whose VACUUM does this).
    Result<void> releaseFreePages();

    // Tells every desktop that these tickets changed. On PostgreSQL this is a NOTIFY sent
    // when the transaction commits (other connections receive it, and so does this one);
    // on SQLite the signal is emitted locally after the outermost commit.
    Result<void> announceTicketChange(qint64 ticketId);
    // Starts listening for changes made by other connections (PostgreSQL LISTEN; on SQLite
    // a cheap poll of PRAGMA data_version every `sqlitePollMs`).
    Result<void> watchForChanges(int sqlitePollMs = 2000);

    static constexpr const char *notificationChannel = "madoguchi_tickets";

Q_SIGNALS:
    // Ticket ids that changed; empty when unknown (another process changed something).
    // Id 0 means the business calendar changed (reload it; see CalendarStore::reload).
    void ticketsChanged(const QList<qint64> &ticketIds);

private:
    Database(DatabaseAddress address, QString connectionName);
    Result<void> run(const QString &doing, const QString &sql);
    // The kept prepared statement for `sql`, bound to `values` and run; null after an error.
    Result<QSqlQuery *> execKept(const QString &doing, const QString &sql, const QVariantList &values);
    void onNotification(const QString &name, const QVariant &payload);
    void pollDataVersion();

    DatabaseAddress m_address;
    Origin m_origin = Origin::Unknown;
    SqlDialect m_dialect;
    QString m_connectionName;
    int m_depth = 0;
    bool m_searchDeferred = false; // deferSearchIndex() in the open transaction
    QList<qint64> m_pendingChanges; // SQLite: emitted after the outermost commit
    QTimer *m_pollTimer = nullptr;
    qint64 m_dataVersion = -1;
    // Prepared statements by their text (see exec); cleared when it grows past a bound, since
    // statements with a variable number of values (IN (?, ?, …)) each have their own text.
    QHash<QString, QSqlQuery> m_kept;
};

} // namespace Madoguchi
