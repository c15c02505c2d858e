#pragma once

// A fresh, migrated store for one test, on the backend the test run chose: SQLite in a
// temporary directory, or — when MADOGUCHI_TEST_PG_URL is set (tests/scripts/with-postgres.sh)
// — a new database created on that PostgreSQL server and dropped afterwards. The same test
// code thereby runs on both backends.

#include "store/Database.h"
#include "store/SchemaMigrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Madoguchi::Testing {

inline bool usingPostgres()
{
    return !qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_PG_URL");
}

class TestDatabase
{
public:
    // migrateTo < 0: latest; 0: empty (no schema at all).
    explicit TestDatabase(int migrateTo = -1)
    {
        if (usingPostgres()) {
            auto server = DatabaseAddress::parse(qEnvironmentVariable("MADOGUCHI_TEST_PG_URL"));
            QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().message));
            m_admin = openOrFail(*server);
            static QAtomicInt counter;
            m_address = *server;
            m_address.databaseName = QStringLiteral("t_%1_%2")
                                         .arg(QCoreApplication::applicationPid())
                                         .arg(counter.fetchAndAddOrdered(1));
            QVERIFY(m_admin->exec(QStringLiteral("create test database"),
                                  QStringLiteral("CREATE DATABASE ") + m_address.databaseName)
                        .ok());
        } else {
            QVERIFY(m_dir.isValid());
            m_address.filePath = m_dir.filePath(QStringLiteral("madoguchi.sqlite"));
        }
        m_database = openOrFail(m_address);
        if (m_database && migrateTo != 0) {
            auto migrated = SchemaMigrations::migrate(*m_database, migrateTo);
            QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
        }
    }

    ~TestDatabase()
    {
        m_extra.clear();
        m_database.reset();
        if (m_admin) {
            (void)m_admin->exec(QStringLiteral("drop test database"),
                                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_address.databaseName));
        }
    }

    Database &db() { return *m_database; }
    const DatabaseAddress &address() const { return m_address; }
    QString folder() const { return m_dir.path(); }
    bool isValid() const { return m_database != nullptr; }

    // A second, independent connection to the same database (another desktop).
    Database &another()
    {
        m_extra.push_back(openOrFail(m_address));
        return *m_extra.back();
    }

    static std::unique_ptr<Database> openOrFail(const DatabaseAddress &address)
    {
        auto opened = Database::open(address, qEnvironmentVariable("PGPASSWORD"));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return nullptr;
        }
        return std::move(opened.value());
    }

private:
    QTemporaryDir m_dir;
    DatabaseAddress m_address;
    std::unique_ptr<Database> m_admin;
    std::unique_ptr<Database> m_database;
    std::vector<std::unique_ptr<Database>> m_extra;
};

} // namespace Madoguchi::Testing
