#include "store/Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Q_LOGGING_CATEGORY(lcStore, "madoguchi.store")

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"madoguchi-%1"_s.arg(counter.fetchAndAddOrdered(1) + 1);
}

// Statements whose whole result is read inside Database (scalar, insert) or that return no rows.
bool keptStatement(const QString &sql)
{
    const QStringView head = QStringView(sql).trimmed().left(7);
    const bool write = head.startsWith(u"INSERT", Qt::CaseInsensitive) || head.startsWith(u"UPDATE", Qt::CaseInsensitive)
                       || head.startsWith(u"DELETE", Qt::CaseInsensitive);
    return write && !sql.contains(u"RETURNING", Qt::CaseInsensitive);
}

constexpr qsizetype kKeptStatements = 256;

void bind(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A null QString would be bound as SQL NULL; text columns hold '' instead (NULL is
        // reserved for absent ids and times, which are bound as typed nulls).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QString(u""_s));
        else
            query.bindValue(int(i), value);
    }
}

Error sqlError(const QString &doing, const QSqlError &error, const QString &sql)
{
    // Statement text but never bound values: they may hold mail content or secrets.
    qCWarning(lcStore).noquote() << doing << "failed:" << error.text() << "SQL:" << sql.left(300);
    return makeError(u"sql"_s, doing + u": "_s + error.text());
}

} // namespace

Database::Database(DatabaseAddress address, QString connectionName)
    : m_address(std::move(address)), m_dialect(m_address.backend), m_connectionName(std::move(connectionName))
{
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseAddress &address, const QString &password)
{
    std::unique_ptr<Database> database(new Database(address, nextConnectionName()));
    const SqlDialect &dialect = database->m_dialect;
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), database->m_connectionName);
    if (!db.isValid()) {
        return makeError(u"driver"_s, QCoreApplication::translate("Database", "The Qt SQL driver %1 is not installed.")
                                           .arg(dialect.driverName()));
    }
    if (dialect.isPostgres()) {
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setUserName(address.user);
        db.setDatabaseName(address.databaseName);
        if (!password.isEmpty())
            db.setPassword(password);
        // application_name tells a colleague who holds a mailbox lock (see MailboxLock).
        db.setConnectOptions(u"connect_timeout=10;application_name=madoguchi@%1/%2"_s.arg(
            QSysInfo::machineHostName().left(30), QString::number(QCoreApplication::applicationPid())));
    } else {
        const QFileInfo file(address.filePath);
        if (!QDir().mkpath(file.absolutePath())) {
            return makeError(u"io"_s, QCoreApplication::translate("Database", "Cannot create the folder %1.")
                                          .arg(file.absolutePath()));
        }
        db.setDatabaseName(address.filePath);
    }
    if (!db.open()) {
        return makeError(u"connect"_s, QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                                           .arg(address.toString(), db.lastError().text()));
    }
    for (const QString &statement : dialect.connectionSetup()) {
        if (auto done = database->run(u"Setting up the connection"_s, statement); !done)
            return done.error();
    }
    return database;
}

Database::~Database()
{
    while (m_depth > 0)
        rollbackTransaction();
    m_kept.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery *> Database::execKept(const QString &doing, const QString &sql, const QVariantList &values)
{
    auto kept = m_kept.find(sql);
    if (kept == m_kept.end()) {
        if (m_kept.size() >= kKeptStatements)
            m_kept.clear();
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return sqlError(doing, query.lastError(), sql);
        kept = m_kept.insert(sql, query);
    }
    QSqlQuery &query = kept.value();
    bind(query, values);
    if (!query.exec()) {
        const Error error = sqlError(doing, query.lastError(), sql);
        m_kept.erase(kept); // prepared again next time, in case the failure left it unusable
        return error;
    }
    return &query;
}

Result<QSqlQuery> Database::exec(const QString &doing, const QString &sql, const QVariantList &values)
{
    if (!values.isEmpty() && keptStatement(sql)) {
        auto query = execKept(doing, sql, values);
        if (!query)
            return query.error();
        return **query;
    }
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // PostgreSQL cannot PREPARE DDL (CREATE TABLE, CREATE DATABASE): statements without
    // values run directly.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return sqlError(doing, query.lastError(), sql);
        return query;
    }
    if (!query.prepare(sql))
        return sqlError(doing, query.lastError(), sql);
    bind(query, values);
    if (!query.exec())
        return sqlError(doing, query.lastError(), sql);
    return query;
}

Result<QVariant> Database::scalar(const QString &doing, const QString &sql, const QVariantList &values)
{
    if (values.isEmpty()) {
        auto query = exec(doing, sql, values);
        if (!query)
            return query.error();
        if (!query.value().next())
            return QVariant();
        return query.value().value(0);
    }
    // One row is read and the statement reset at once, so the kept statement holds no read
    // snapshot (SQLite) and serves the next call.
    auto query = execKept(doing, sql, values);
    if (!query)
        return query.error();
    QSqlQuery &kept = **query;
    const QVariant value = kept.next() ? kept.value(0) : QVariant();
    kept.finish();
    return value;
}

Result<std::optional<QSqlRecord>> Database::firstRow(const QString &doing, const QString &sql,
                                                     const QVariantList &values)
{
    auto query = execKept(doing, sql, values);
    if (!query)
        return query.error();
    QSqlQuery &kept = **query;
    std::optional<QSqlRecord> row;
    if (kept.next())
        row = kept.record();
    kept.finish();
    return row;
}

Result<QList<QSqlRecord>> Database::rows(const QString &doing, const QString &sql, const QVariantList &values)
{
    auto query = execKept(doing, sql, values);
    if (!query)
        return query.error();
    QSqlQuery &kept = **query;
    QList<QSqlRecord> all;
    while (kept.next())
        all.append(kept.record());
    kept.finish();
    return all;
}

Result<qint64> Database::insert(const QString &doing, const QString &sql, const QVariantList &values)
{
    auto id = scalar(doing, sql + u" RETURNING id"_s, values);
    if (!id)
        return id.error();
    if (!id->isValid())
        return makeError(u"sql"_s, doing + u": the database returned no id"_s);
    return id->toLongLong();
}

Result<void> Database::run(const QString &doing, const QString &sql)
{
    // Transaction control and pragmas cannot always be prepared; run them directly.
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return sqlError(doing, query.lastError(), sql);
    return {};
}

Result<void> Database::beginTransaction()
{
    if (m_depth == 0) {
        // IMMEDIATE takes SQLite's write lock up front; a deferred transaction that reads
        // and then writes fails at once with SQLITE_BUSY instead of waiting its turn.
        const QString begin = m_dialect.isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
        if (auto done = run(u"Starting a transaction"_s, begin); !done)
            return done;
    } else if (auto done = run(u"Starting a nested transaction"_s, u"SAVEPOINT level_%1"_s.arg(m_depth)); !done) {
        return done;
    }
    ++m_depth;
    return {};
}

Result<void> Database::deferSearchIndex()
{
    if (m_dialect.isPostgres() || m_searchDeferred)
        return {};
    if (m_depth <= 0)
        return makeError(u"sql"_s, u"Deferring the search index: no transaction is open"_s);
    auto marked = exec(u"Deferring the search index"_s,
                       u"UPDATE search_index_state SET deferred_after = (SELECT coalesce(max(id), 0) FROM messages) "
                       "WHERE deferred_after IS NULL"_s);
    if (!marked)
        return marked.error();
    m_searchDeferred = true;
    return {};
}

Result<void> Database::releaseFreePages()
{
    if (m_dialect.isPostgres() || m_depth > 0)
        return {};
    auto pages = scalar(u"Counting free pages"_s, u"PRAGMA freelist_count"_s);
    if (!pages)
        return pages.error();
    const int count = pages->toInt();
    if (count <= 0)
        return {};
    // The pragma frees one page per step, and Qt steps a statement without result columns
    // once: one statement per page, all in one transaction (one sync, not one per page).
    if (auto begun = beginTransaction(); !begun)
        return begun;
    for (int i = 0; i < count; ++i) {
        auto vacuumed = exec(u"Giving free pages back"_s, u"PRAGMA incremental_vacuum(1)"_s);
        if (!vacuumed) {
            rollbackTransaction();
            return vacuumed.error();
        }
    }
    return commitTransaction();
}

Result<void> Database::commitTransaction()
{
    if (m_depth <= 0)
        return makeError(u"sql"_s, u"Committing: no transaction is open"_s);
    if (m_depth > 1) {
        if (auto done = run(u"Finishing a nested transaction"_s, u"RELEASE SAVEPOINT level_%1"_s.arg(m_depth - 1));
            !done)
            return done;
        --m_depth;
        return {};
    }
    if (m_searchDeferred) {
        for (const QString &statement : SqlDialect::deferredSearchIndexStatements()) {
            if (auto done = run(u"Adding the stored messages to the search index"_s, statement); !done)
                return done;
        }
        m_searchDeferred = false;
    }
    if (auto done = run(u"Committing the transaction"_s, u"COMMIT"_s); !done)
        return done;
    m_depth = 0;
    if (!m_pendingChanges.isEmpty()) {
        const QList<qint64> changed = std::exchange(m_pendingChanges, {});
        Q_EMIT ticketsChanged(changed);
    }
    return {};
}

void Database::rollbackTransaction()
{
    if (m_depth <= 0)
        return;
    if (m_depth > 1) {
        const QString savepoint = u"level_%1"_s.arg(m_depth - 1);
        (void)run(u"Undoing a nested transaction"_s, u"ROLLBACK TO SAVEPOINT "_s + savepoint);
        (void)run(u"Undoing a nested transaction"_s, u"RELEASE SAVEPOINT "_s + savepoint);
        --m_depth;
        return;
    }
    (void)run(u"Rolling back the transaction"_s, u"ROLLBACK"_s);
    m_depth = 0;
    m_searchDeferred = false;
    m_pendingChanges.clear();
}

Result<void> Database::announceTicketChange(qint64 ticketId)
{
    if (m_dialect.isPostgres()) {
        auto sent = exec(u"Announcing a ticket change"_s, u"SELECT pg_notify(?, ?)"_s,
                         {QString::fromLatin1(notificationChannel), QString::number(ticketId)});
        if (!sent)
            return sent.error();
        return {};
    }
    if (m_depth > 0) {
        if (!m_pendingChanges.contains(ticketId))
            m_pendingChanges.append(ticketId);
    } else {
        Q_EMIT ticketsChanged({ticketId});
    }
    return {};
}

Result<void> Database::watchForChanges(int sqlitePollMs)
{
    if (m_dialect.isPostgres()) {
        QSqlDriver *driver = connection().driver();
        const QString channel = QString::fromLatin1(notificationChannel);
        if (driver->subscribedToNotifications().contains(channel))
            return {};
        if (!driver->subscribeToNotification(channel)) {
            return makeError(u"sql"_s, QCoreApplication::translate("Database", "Cannot listen for changes: %1")
                                           .arg(driver->lastError().text()));
        }
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    onNotification(name, payload);
                });
        return {};
    }
    if (!m_pollTimer) {
        m_pollTimer = new QTimer(this);
        connect(m_pollTimer, &QTimer::timeout, this, &Database::pollDataVersion);
    }
    pollDataVersion();
    m_pollTimer->start(sqlitePollMs);
    return {};
}

void Database::onNotification(const QString &name, const QVariant &payload)
{
    if (name != QString::fromLatin1(notificationChannel))
        return;
    bool ok = false;
    const qint64 id = payload.toString().toLongLong(&ok);
    Q_EMIT ticketsChanged(ok ? QList<qint64>{id} : QList<qint64>{});
}

void Database::pollDataVersion()
{
    // data_version changes only when *another* connection commits, which is exactly the
    // case this connection cannot see through its own signal.
    if (m_depth > 0)
        return;
    auto version = scalar(u"Checking for changes"_s, u"PRAGMA data_version"_s);
    if (!version)
        return;
    const qint64 now = version->toLongLong();
    if (m_dataVersion >= 0 && now != m_dataVersion)
        Q_EMIT ticketsChanged({});
    m_dataVersion = now;
}

} // namespace Madoguchi
