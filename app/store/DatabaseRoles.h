#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace Madoguchi {

class Database;

enum class DatabaseRole { Staff, Manager };

// Roles enforced by PostgreSQL, not only by the program (docs/store.md, "One login per
// person"). Each person connects with their own login, a member of one of two group roles
// named after the database: DB_staff and DB_manager. The groups' grants say what a login may
// touch at all; row-level security (schema 13) narrows the rows:
// - staff: read everything; change tickets, messages, obligations, the outbox, the mailbox
//   sync state and the rest of the daily work (replies, status, notes, sync); write their own
//   signature (settings) and personal templates; append to the audit log as themselves or as
//   the program (actor NULL). Never the calendar, the users, team settings, urgency rules.
// - staff whose replies need approval (schema 19) hold them in reply_approvals; only a manager
//   approves or sends one back, and the outbox takes no reply of theirs without approval.
// - manager: all of that, plus the users, the calendar, every setting and shared templates.
// - nobody (the owner included, by a trigger) updates, deletes or truncates the audit log.
// Run by the database owner (with CREATEROLE) or a superuser. PostgreSQL only.
class DatabaseRoles
{
public:
    static QString groupName(const QString &databaseName, DatabaseRole role);
    // A PostgreSQL role name we accept for a person: lower-case ASCII letters, digits and
    // '_', starting with a letter, at most 63 bytes; never pg_… or the owner.
    static bool isValidLogin(const QString &login);

    // Creates the two group roles if missing and (re)applies their grants to every table that
    // exists now. Idempotent (`madoguchi-cli team grants`).
    static Result<void> installGrants(Database &database);
    // The grants again, when the two group roles exist (nothing otherwise, and on SQLite):
    // SchemaMigrations::migrate runs this as the last step of every upgrade, so the tables it
    // adds get their grants in the same transaction. Never creates a role.
    static Result<void> reapplyGrants(Database &database);
    // Creates (or updates) the login, sets its password when one is given, and makes it a
    // member of exactly one group. The staff_users row is the caller's (TeamDirectory).
    static Result<void> addLogin(Database &database, const QString &login, DatabaseRole role,
                                 const QString &password);
    // The login this connection runs as when it is a person's own (a member of DB_staff or
    // DB_manager, not the owner, not a superuser); empty otherwise, and on SQLite.
    static Result<QString> personalLogin(Database &database);

private:
    static Result<void> grantToGroups(Database &database, const QString &name);
};

} // namespace Madoguchi
