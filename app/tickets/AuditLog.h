#pragma once

#include "core/Result.h"
#include "tickets/AuditEntry.h"
#include "tickets/StaffUser.h"

#include <QList>

#include <optional>

namespace Madoguchi {

class Clock;
class Database;

// Who changed what, when, from what to what — for every change to a ticket and for the
// team-wide settings. Entries are written inside the caller's transaction, so a change and
// its audit line are stored together or not at all.
class AuditLog
{
public:
    AuditLog(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    Result<void> record(const StaffUser &actor, qint64 ticketId, const QString &action, const QString &oldValue,
                        const QString &newValue);
    Result<QList<AuditEntry>> forTicket(qint64 ticketId);
    Result<std::optional<AuditEntry>> lastForTicket(qint64 ticketId);
    Result<QList<AuditEntry>> recent(int limit, const QString &action = {}); // newest first

private:
    Result<QList<AuditEntry>> select(const QString &where, const QVariantList &values, const QString &order, int limit);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Madoguchi
