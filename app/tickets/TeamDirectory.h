#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <QList>
#include <QVariant>

#include <functional>

#include <optional>

namespace Madoguchi {

class AuditLog;
class Database;

// The people around the tickets: staff users with their roles, customers by address and
// their organisations by mail domain. Only managers add users or change roles (the very
// first user of an empty desk may be created by anyone and becomes a manager).
class TeamDirectory
{
public:
    TeamDirectory(Database &database, AuditLog &audit) : m_database(database), m_audit(audit) {}

    Result<StaffUser> addUser(const StaffUser &actor, StaffUser user);
    Result<void> setRole(const StaffUser &actor, qint64 userId, StaffRole role);
    // Manager only, audited ("needs-approval"): the person's replies wait for approval.
    Result<void> setNeedsApproval(const StaffUser &actor, qint64 userId, bool needed);
    Result<std::optional<StaffUser>> user(qint64 id);
    Result<std::optional<StaffUser>> userByLogin(const QString &login);
    Result<QList<StaffUser>> users();
    // true when the address belongs to a staff user (mail from it counts as a staff reply).
    Result<bool> isStaffAddress(const QString &address);

    // The customer row for an address, created with its organisation (by domain) if new.
    Result<qint64> ensureCustomer(const QString &address, const QString &displayName);
    Result<qint64> ensureOrganisation(const QString &domain);
    Result<void> renameOrganisation(const StaffUser &actor, qint64 organisationId, const QString &name);

private:
    Result<QList<StaffUser>> selectUsers(const QString &where, const QVariantList &values);
    // One column of a user changed in one transaction, audited as "login: old" → "login: new".
    Result<void> changeUser(const StaffUser &actor, qint64 userId, const QString &column, const QVariant &value,
                            const QString &action, const std::function<QString(const StaffUser &)> &oldText,
                            const QString &newText);

    Database &m_database;
    AuditLog &m_audit;
};

// The error (code "permission") every manager-only operation returns to a staff user.
Error managerOnlyError(const QString &message);

} // namespace Madoguchi
