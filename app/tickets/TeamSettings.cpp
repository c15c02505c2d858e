#include "tickets/TeamSettings.h"

#include "store/Database.h"
#include "store/TransactionGuard.h"
#include "tickets/AuditLog.h"
#include "tickets/TeamDirectory.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<QString> TeamSettings::value(const QString &name, const QString &fallback)
{
    auto stored = m_database.scalar(u"Reading the setting %1"_s.arg(name), u"SELECT value FROM settings WHERE name = ?"_s,
                                    {name});
    if (!stored)
        return stored.error();
    return stored->isValid() ? stored->toString() : fallback;
}

Result<void> TeamSettings::setValue(const StaffUser &actor, const QString &name, const QString &value)
{
    if (!actor.isManager()) {
        return managerOnlyError(
            QCoreApplication::translate("TeamSettings", "Only a manager can change settings shared by the team."));
    }
    if (name == u"calendar"_s) // kept by CalendarStore, which also recomputes deadlines
        return makeError(u"input"_s, u"The calendar is changed through CalendarStore::save"_s);
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto before = this->value(name);
    if (!before)
        return before.error();
    auto stored = m_database.exec(u"Saving the setting %1"_s.arg(name),
                                  u"INSERT INTO settings (name, value) VALUES (?, ?) "
                                  "ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
                                  {name, value});
    if (!stored)
        return stored.error();
    if (auto logged = m_audit.record(actor, 0, u"setting "_s + name, *before, value); !logged)
        return logged;
    return transaction.commit();
}

} // namespace Madoguchi
