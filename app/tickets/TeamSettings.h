#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <QString>

namespace Madoguchi {

class AuditLog;
class Database;

// Settings the whole team shares (keyword rules for urgency, the subject tag prefix, the
// support address, …), kept in the database so every desktop and the server agree. Anyone
// reads them; only managers change them, and every change is audited. Secrets never go
// here: they belong in the system keychain (PasswordKeychain).
class TeamSettings
{
public:
    TeamSettings(Database &database, AuditLog &audit) : m_database(database), m_audit(audit) {}

    // The stored value, or `fallback` when the setting was never set.
    Result<QString> value(const QString &name, const QString &fallback = {});
    Result<void> setValue(const StaffUser &actor, const QString &name, const QString &value);

private:
    Database &m_database;
    AuditLog &m_audit;
};

} // namespace Madoguchi
