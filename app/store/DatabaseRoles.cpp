#include "store/DatabaseRoles.h"

#include "store/Database.h"
#include "store/TransactionGuard.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// Tables only managers change (and the audit log, which only grows): everything else is the
// daily work every person does.
const QStringList managedTables = {u"staff_users"_s,     u"settings"_s,  u"company_holidays"_s,
                                   u"reply_templates"_s, u"audit_log"_s, u"schema_version"_s};

QString identifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

Result<void> requirePostgres(Database &database)
{
    if (database.dialect().isPostgres())
        return {};
    return makeError(u"backend"_s, QCoreApplication::translate("DatabaseRoles",
                                                               "Logins per person need the team database "
                                                               "(PostgreSQL); a SQLite desk has one user."));
}

Result<bool> roleExists(Database &database, const QString &name)
{
    auto found = database.scalar(u"Looking for the role %1"_s.arg(name),
                                 u"SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"_s, {name});
    if (!found)
        return found.error();
    return found->toInt() > 0;
}

Result<QString> databaseName(Database &database)
{
    auto name = database.scalar(u"Reading the database's name"_s, u"SELECT current_database()"_s);
    if (!name)
        return name.error();
    return name->toString();
}

} // namespace

QString DatabaseRoles::groupName(const QString &databaseName, DatabaseRole role)
{
    return databaseName + (role == DatabaseRole::Manager ? u"_manager"_s : u"_staff"_s);
}

bool DatabaseRoles::isValidLogin(const QString &login)
{
    static const QRegularExpression valid(u"^[a-z][a-z0-9_]{0,62}$"_s);
    return valid.match(login).hasMatch() && !login.startsWith(u"pg_"_s);
}

Result<void> DatabaseRoles::installGrants(Database &database)
{
    if (auto backend = requirePostgres(database); !backend)
        return backend;
    auto name = databaseName(database);
    if (!name)
        return name.error();
    TransactionGuard transaction(database);
    if (!transaction.ok())
        return transaction.error();
    for (DatabaseRole role : {DatabaseRole::Staff, DatabaseRole::Manager}) {
        const QString group = groupName(*name, role);
        auto exists = roleExists(database, group);
        if (!exists)
            return exists.error();
        if (!*exists) {
            if (auto created = database.exec(u"Creating the group role %1"_s.arg(group),
                                             u"CREATE ROLE %1 NOLOGIN"_s.arg(identifier(group)));
                !created)
                return created.error();
        }
    }
    if (auto granted = grantToGroups(database, *name); !granted)
        return granted;
    return transaction.commit();
}

Result<void> DatabaseRoles::reapplyGrants(Database &database)
{
    if (!database.dialect().isPostgres())
        return {};
    auto name = databaseName(database);
    if (!name)
        return name.error();
    for (DatabaseRole role : {DatabaseRole::Staff, DatabaseRole::Manager}) {
        auto exists = roleExists(database, groupName(*name, role));
        if (!exists)
            return exists.error();
        if (!*exists)
            return {}; // no logins per person on this database (yet): nothing to keep up to date
    }
    return grantToGroups(database, *name);
}

Result<void> DatabaseRoles::grantToGroups(Database &database, const QString &name)
{
    const QString staff = identifier(groupName(name, DatabaseRole::Staff));
    const QString manager = identifier(groupName(name, DatabaseRole::Manager));
    auto tables = database.exec(u"Listing the tables"_s,
                                u"SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"_s);
    if (!tables)
        return tables.error();
    QStringList work;
    while (tables.value().next()) {
        const QString table = tables.value().value(0).toString();
        if (!managedTables.contains(table))
            work.append(identifier(table));
    }
    const QString both = staff + u", "_s + manager;
    QStringList statements = {
        u"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1"_s.arg(both),
        u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(both),
        u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(both),
        u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(both),
        // Row-level security (schema 13) narrows these to the person's own rows for staff.
        u"GRANT INSERT ON audit_log TO %1"_s.arg(both),
        u"GRANT INSERT, UPDATE ON settings TO %1"_s.arg(staff),
        u"GRANT INSERT, UPDATE, DELETE ON reply_templates TO %1"_s.arg(both),
        u"GRANT INSERT, UPDATE, DELETE ON settings, staff_users, company_holidays TO %1"_s.arg(manager),
    };
    if (!work.isEmpty())
        statements.append(u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(work.join(u", "_s), both));
    for (const QString &statement : std::as_const(statements)) {
        if (auto done = database.exec(u"Granting the team's rights"_s, statement); !done)
            return done.error();
    }
    return {};
}

Result<void> DatabaseRoles::addLogin(Database &database, const QString &login, DatabaseRole role,
                                     const QString &password)
{
    if (auto backend = requirePostgres(database); !backend)
        return backend;
    if (!isValidLogin(login)) {
        return makeError(u"login"_s, QCoreApplication::translate("DatabaseRoles",
                                                                 "\"%1\" cannot be a login: use lower-case letters, "
                                                                 "digits and _, starting with a letter (at most 63).")
                                         .arg(login));
    }
    auto owner = database.scalar(u"Reading the database's owner"_s,
                                 u"SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"_s);
    if (!owner)
        return owner.error();
    if (login == owner->toString()) {
        return makeError(u"login"_s, QCoreApplication::translate("DatabaseRoles",
                                                                 "\"%1\" owns the database; a person needs a login "
                                                                 "of their own.")
                                         .arg(login));
    }
    auto name = databaseName(database);
    if (!name)
        return name.error();
    if (auto granted = installGrants(database); !granted)
        return granted;
    TransactionGuard transaction(database);
    if (!transaction.ok())
        return transaction.error();
    auto exists = roleExists(database, login);
    if (!exists)
        return exists.error();
    const QString who = identifier(login);
    if (auto made = database.exec(u"Creating the login %1"_s.arg(login),
                                  (*exists ? u"ALTER ROLE %1 LOGIN"_s : u"CREATE ROLE %1 LOGIN"_s).arg(who));
        !made)
        return made.error();
    if (!password.isEmpty()) {
        // format() quotes the password as a literal; ALTER ROLE takes no bound parameters.
        auto statement = database.scalar(u"Setting the login's password"_s, u"SELECT format('ALTER ROLE %I PASSWORD %L', CAST(? AS TEXT), CAST(? AS TEXT))"_s,
                                         {login, password});
        if (!statement)
            return statement.error();
        if (auto set = database.exec(u"Setting the login's password"_s, statement->toString()); !set)
            return set.error();
    }
    const DatabaseRole other = role == DatabaseRole::Manager ? DatabaseRole::Staff : DatabaseRole::Manager;
    if (auto revoked = database.exec(u"Changing the login's role"_s,
                                     u"REVOKE %1 FROM %2"_s.arg(identifier(groupName(*name, other)), who));
        !revoked)
        return revoked.error();
    if (auto granted = database.exec(u"Changing the login's role"_s,
                                     u"GRANT %1 TO %2"_s.arg(identifier(groupName(*name, role)), who));
        !granted)
        return granted.error();
    return transaction.commit();
}

Result<QString> DatabaseRoles::personalLogin(Database &database)
{
    if (!database.dialect().isPostgres())
        return QString();
    auto login = database.scalar(
        u"Finding out whose login this is"_s,
        u"SELECT session_user FROM pg_roles g WHERE g.rolname IN (current_database() || '_staff', "
        "current_database() || '_manager') AND pg_has_role(session_user, g.oid, 'MEMBER') "
        "AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) "
        "AND session_user <> (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) "
        "LIMIT 1"_s);
    if (!login)
        return login.error();
    return login->toString();
}

} // namespace Madoguchi
