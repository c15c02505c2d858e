#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>

namespace Madoguchi {

class TicketDesk;

// Replies stored before their parents. A mail whose In-Reply-To/References found no stored
// message starts a ticket of its own and leaves the ids it waits for (awaited_parents,
// schema 10); when a mail with one of those Message-IDs is stored later, its ticket adopts
// the orphan: merged in (audited as the system), and the orphan's staff replies answer what
// the parent's customer mail opened, as they would have had the parent come first. So a
// file import and an IMAP sync give the same tickets whatever order the mail comes in.
class OrphanTickets
{
public:
    explicit OrphanTickets(TicketDesk &desk) : m_desk(desk) {}

    // `ticketId` was started by a mail that referred to these ids and found none of them.
    Result<void> await(qint64 ticketId, const QList<QByteArray> &parentIds);
    // A mail with `messageId` was stored in `ticketId`: adopt the tickets waiting for it.
    // Returns how many were adopted.
    Result<int> adopt(const QByteArray &messageId, qint64 ticketId);

private:
    Result<void> adoptOne(qint64 orphanId, qint64 ticketId);

    TicketDesk &m_desk;
};

} // namespace Madoguchi
