#include "tickets/TeamDirectory.h"

#include "store/Database.h"
#include "store/TransactionGuard.h"
#include "tickets/AuditLog.h"
#include "tickets/FreeMailDomains.h"
#include "tickets/StoredText.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString roleKey(StaffRole role)
{
    return role == StaffRole::Manager ? u"manager"_s : u"staff"_s;
}

} // namespace

Error managerOnlyError(const QString &message)
{
    return makeError(u"permission"_s, message);
}

Result<QList<StaffUser>> TeamDirectory::selectUsers(const QString &where, const QVariantList &values)
{
    auto query = m_database.exec(u"Reading staff users"_s,
                                 u"SELECT id, login, display_name, email, role, needs_approval FROM staff_users "_s + where
                                     + u" ORDER BY id"_s,
                                 values);
    if (!query)
        return query.error();
    QList<StaffUser> users;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        StaffUser user;
        user.id = row.value(0).toLongLong();
        user.login = row.value(1).toString();
        user.displayName = row.value(2).toString();
        user.email = row.value(3).toString();
        user.role = row.value(4).toString() == u"manager"_s ? StaffRole::Manager : StaffRole::Staff;
        user.needsApproval = row.value(5).toInt() != 0;
        users.append(user);
    }
    return users;
}

Result<StaffUser> TeamDirectory::addUser(const StaffUser &actor, StaffUser user)
{
    if (user.login.size() > StoredText::kNameChars) {
        return makeError(u"input"_s, QCoreApplication::translate("TeamDirectory", "A login is at most %1 characters.")
                                         .arg(StoredText::kNameChars));
    }
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto existing = m_database.scalar(u"Counting staff users"_s, u"SELECT COUNT(*) FROM staff_users"_s);
    if (!existing)
        return existing.error();
    const bool first = existing->toLongLong() == 0;
    if (!first && !actor.isManager())
        return managerOnlyError(QCoreApplication::translate("TeamDirectory", "Only a manager can add users."));
    if (first)
        user.role = StaffRole::Manager; // someone has to be able to administer the desk
    auto id = m_database.insert(
        QCoreApplication::translate("TeamDirectory", "Adding the user %1").arg(user.login),
        u"INSERT INTO staff_users (login, display_name, email, role) VALUES (?, ?, ?, ?)"_s,
        {user.login, user.displayName, user.email.toLower(), roleKey(user.role)});
    if (!id)
        return id.error();
    user.id = *id;
    if (auto done = m_audit.record(actor, 0, u"user"_s, QString(), user.login + u" ("_s + roleKey(user.role) + u")"_s);
        !done)
        return done.error();
    if (auto done = transaction.commit(); !done)
        return done.error();
    return user;
}

Result<void> TeamDirectory::changeUser(const StaffUser &actor, qint64 userId, const QString &column,
                                       const QVariant &value, const QString &action,
                                       const std::function<QString(const StaffUser &)> &oldText,
                                       const QString &newText)
{
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto before = user(userId);
    if (!before)
        return before.error();
    if (!before->has_value())
        return makeError(u"not-found"_s, QCoreApplication::translate("TeamDirectory", "No user %1.").arg(userId));
    auto done = m_database.exec(u"Changing a user's %1"_s.arg(column),
                                u"UPDATE staff_users SET %1 = ? WHERE id = ?"_s.arg(column), {value, userId});
    if (!done)
        return done.error();
    const QString login = (*before)->login;
    if (auto logged = m_audit.record(actor, 0, action, login + u": "_s + oldText(**before), login + u": "_s + newText);
        !logged)
        return logged;
    return transaction.commit();
}

Result<void> TeamDirectory::setRole(const StaffUser &actor, qint64 userId, StaffRole role)
{
    if (!actor.isManager())
        return managerOnlyError(QCoreApplication::translate("TeamDirectory", "Only a manager can change roles."));
    return changeUser(actor, userId, u"role"_s, roleKey(role), u"role"_s,
                      [](const StaffUser &before) { return roleKey(before.role); }, roleKey(role));
}

Result<void> TeamDirectory::setNeedsApproval(const StaffUser &actor, qint64 userId, bool needed)
{
    if (!actor.isManager()) {
        return managerOnlyError(QCoreApplication::translate("TeamDirectory",
                                                            "Only a manager decides whose replies need approval."));
    }
    const auto yesNo = [](bool value) { return value ? u"yes"_s : u"no"_s; };
    return changeUser(actor, userId, u"needs_approval"_s, needed ? 1 : 0, u"needs-approval"_s,
                      [&](const StaffUser &before) { return yesNo(before.needsApproval); }, yesNo(needed));
}

Result<std::optional<StaffUser>> TeamDirectory::user(qint64 id)
{
    auto found = selectUsers(u"WHERE id = ?"_s, {id});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<StaffUser>() : std::optional<StaffUser>(found->first());
}

Result<std::optional<StaffUser>> TeamDirectory::userByLogin(const QString &login)
{
    auto found = selectUsers(u"WHERE login = ?"_s, {login});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<StaffUser>() : std::optional<StaffUser>(found->first());
}

Result<QList<StaffUser>> TeamDirectory::users()
{
    return selectUsers(QString(), {});
}

Result<bool> TeamDirectory::isStaffAddress(const QString &address)
{
    auto found = m_database.scalar(u"Checking for a staff address"_s,
                                   u"SELECT COUNT(*) FROM staff_users WHERE email = ?"_s, {address.toLower()});
    if (!found)
        return found.error();
    return found->toLongLong() > 0;
}

Result<qint64> TeamDirectory::ensureOrganisation(const QString &domain)
{
    const QString key = domain.toLower();
    auto existing = m_database.scalar(u"Looking up an organisation"_s,
                                      u"SELECT id FROM organisations WHERE domain = ?"_s, {key});
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return existing->toLongLong();
    return m_database.insert(u"Adding the organisation %1"_s.arg(key),
                             u"INSERT INTO organisations (domain, name) VALUES (?, ?)"_s, {key, key});
}

Result<qint64> TeamDirectory::ensureCustomer(const QString &address, const QString &displayName)
{
    const QString key = address.trimmed().toLower();
    if (key.size() > StoredText::kAddressChars) {
        return makeError(u"input"_s, QCoreApplication::translate("TeamDirectory",
                                                                 "A customer address is longer than %1 characters.")
                                         .arg(StoredText::kAddressChars));
    }
    auto existing =
        m_database.scalar(u"Looking up a customer"_s, u"SELECT id FROM customers WHERE address = ?"_s, {key});
    if (!existing)
        return existing.error();
    if (existing->isValid()) {
        // A customer first seen without a name (a bare address) takes the first name given.
        if (!displayName.trimmed().isEmpty()) {
            auto named = m_database.exec(u"Naming the customer %1"_s.arg(key),
                                         u"UPDATE customers SET display_name = ? WHERE id = ? AND display_name = ''"_s,
                                         {displayName.trimmed(), existing->toLongLong()});
            if (!named)
                return named.error();
        }
        return existing->toLongLong();
    }
    QVariant organisation(QMetaType::fromType<qint64>());
    // Free-mail and carrier addresses (gmail.com, docomo.ne.jp, ...) belong to a person, not
    // to an organisation.
    if (const QString domain = FreeMailDomains::organisationDomain(key); !domain.isEmpty()) {
        auto id = ensureOrganisation(domain);
        if (!id)
            return id.error();
        organisation = *id;
    }
    return m_database.insert(u"Adding the customer %1"_s.arg(key),
                             u"INSERT INTO customers (address, display_name, organisation_id) VALUES (?, ?, ?)"_s,
                             {key, displayName, organisation});
}

Result<void> TeamDirectory::renameOrganisation(const StaffUser &actor, qint64 organisationId, const QString &name)
{
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto before = m_database.scalar(u"Reading an organisation"_s, u"SELECT name FROM organisations WHERE id = ?"_s,
                                    {organisationId});
    if (!before)
        return before.error();
    auto done = m_database.exec(u"Renaming an organisation"_s, u"UPDATE organisations SET name = ? WHERE id = ?"_s,
                                {name, organisationId});
    if (!done)
        return done.error();
    if (auto logged = m_audit.record(actor, 0, u"organisation"_s, before->toString(), name); !logged)
        return logged;
    return transaction.commit();
}

} // namespace Madoguchi
