#pragma once

#include "tickets/TicketStatus.h"

#include <QDateTime>
#include <QStringList>

namespace Madoguchi {

// One ticket as stored. The number shown to customers ([#1234]) is the row id; a ticket
// merged into another keeps its row so that its number redirects (mergedIntoId).
struct Ticket
{
    qint64 id = 0;
    QString subject;
    TicketStatus status = TicketStatus::New;
    TicketPriority priority = TicketPriority::Normal;
    qint64 assigneeId = 0; // 0: nobody
    QString assigneeName;
    qint64 customerId = 0;
    QString customerAddress;
    QString customerName; // the sender's display name (「山田 太郎」); may be empty
    qint64 organisationId = 0;
    QString organisationName;
    QStringList tags;
    QDateTime created; // UTC
    QDateTime updated; // UTC
    qint64 version = 0; // bumped by every change; edits based on an older one are refused
    qint64 mergedIntoId = 0;
    QDateTime due; // the earliest open obligation's deadline (UTC); invalid when none is open
    bool replyUndelivered = false;

    qint64 number() const { return id; }
    bool isUrgent() const { return priority == TicketPriority::Urgent; }
};

} // namespace Madoguchi
