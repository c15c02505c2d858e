#pragma once

#include <QDateTime>
#include <QString>

namespace Madoguchi {

// One line of the audit log: who changed what on which ticket, from what to what.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    qint64 actorId = 0; // 0: the program itself
    QString actorName;
    qint64 ticketId = 0; // 0: not about a ticket (calendar, users, settings)
    QString action;      // "status", "assign", "priority", "tag", "note", "merge", "split", "calendar", …
    QString oldValue;
    QString newValue;
};

} // namespace Madoguchi
