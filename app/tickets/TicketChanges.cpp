#include "tickets/TicketChanges.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "tickets/AuditLog.h"
#include "tickets/ObligationBook.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<void> TicketChanges::touch(qint64 ticketId, qint64 expectedVersion)
{
    QString sql = u"UPDATE tickets SET version = version + 1, updated_ms = ? WHERE id = ?"_s;
    QVariantList values{SqlValues::fromTime(m_clock.now()), ticketId};
    if (expectedVersion >= 0) {
        sql += u" AND version = ?"_s;
        values.append(expectedVersion);
    }
    auto updated = m_database.exec(u"Updating ticket #%1"_s.arg(ticketId), sql, values);
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() == 0)
        return conflict(ticketId, expectedVersion);
    return {};
}

Error TicketChanges::conflict(qint64 ticketId, qint64 expectedVersion)
{
    auto version = m_database.scalar(u"Reading ticket #%1"_s.arg(ticketId), u"SELECT version FROM tickets WHERE id = ?"_s,
                                     {ticketId});
    if (!version)
        return version.error();
    if (!version->isValid()) {
        return makeError(u"not-found"_s,
                         QCoreApplication::translate("TicketChanges", "Ticket #%1 does not exist.").arg(ticketId));
    }
    auto last = m_audit.lastForTicket(ticketId);
    QString what = QCoreApplication::translate("TicketChanges", "someone else");
    if (last && last->has_value()) {
        const AuditEntry &entry = **last;
        what = QCoreApplication::translate("TicketChanges", "%1 at %2 JST (%3: %4 → %5)")
                   .arg(entry.actorName, Jst::toJst(entry.at).toString(u"yyyy-MM-dd HH:mm"_s), entry.action,
                        entry.oldValue.isEmpty() ? u"-"_s : entry.oldValue,
                        entry.newValue.isEmpty() ? u"-"_s : entry.newValue);
    }
    return makeError(u"conflict"_s,
                     QCoreApplication::translate("TicketChanges",
                                                 "Ticket #%1 was changed by %2 after you opened it (version %3, now %4). "
                                                 "Reload the ticket and make your change again.")
                         .arg(QString::number(ticketId), what, QString::number(expectedVersion),
                              QString::number(version->toLongLong())));
}

Result<void> TicketChanges::changeStatus(const StaffUser &actor, qint64 ticketId, TicketStatus from, TicketStatus to)
{
    if (from == to)
        return {};
    auto written = m_database.exec(u"Changing the status of ticket #%1"_s.arg(ticketId),
                                   u"UPDATE tickets SET status = ? WHERE id = ?"_s, {statusKey(to), ticketId});
    if (!written)
        return written.error();
    if (isSettled(to)) {
        if (auto closed = m_obligations.closeForStatus(ticketId, m_clock.now()); !closed)
            return closed.error();
    }
    return m_audit.record(actor, ticketId, u"status"_s, statusKey(from), statusKey(to));
}

Result<void> TicketChanges::finish(qint64 ticketId)
{
    if (auto due = m_obligations.refreshDue(ticketId); !due)
        return due.error();
    return m_database.announceTicketChange(ticketId);
}

} // namespace Madoguchi
