#pragma once

#include "core/Result.h"
#include "tickets/Obligation.h"
#include "tickets/Ticket.h"
#include "tickets/TicketMessage.h"

#include <QList>

#include <optional>

class QSqlQuery;

namespace Madoguchi {

class Database;

// Reading tickets, their messages and obligations. Everything that changes them goes
// through MailIntake (mail) or TicketOperations (staff), which keep obligations, versions
// and the audit log right.
class TicketStore
{
public:
    explicit TicketStore(Database &database) : m_database(database) {}

    // The ticket row with this id, merged or not.
    Result<std::optional<Ticket>> ticket(qint64 id);
    // The ticket a customer's number leads to: a merged ticket's number redirects to the
    // ticket it was merged into (following chains).
    Result<std::optional<Ticket>> findByNumber(qint64 number);
    // The (redirected) ticket holding a message with any of these Message-IDs (with or
    // without angle brackets) — for In-Reply-To/References threading. 0 when none.
    Result<qint64> findTicketByMessageIds(const QStringList &messageIds);
    // Whether this exact message is already stored: same content hash, and same Message-ID
    // when one is given. Used to de-duplicate after a UIDVALIDITY change.
    Result<bool> hasMessage(const QString &messageId, const QByteArray &contentHash);

    // The thread in receipt order. Raw source and attachment contents only on request.
    Result<QList<TicketMessage>> messages(qint64 ticketId, bool withContent = false);
    Result<std::optional<TicketMessage>> message(qint64 rowId, bool withContent = false);
    Result<QList<Obligation>> obligations(qint64 ticketId);

    // Shared by the queue: the SELECT list for tickets (alias t) and how to read a row.
    // Extra columns come after the ticket's own 17 (index 17 onwards).
    static QString ticketSelect(const QString &joinedTags, const QString &extraColumns = {});
    static Ticket readTicket(const QSqlQuery &row);

private:
    Result<QList<TicketMessage>> selectMessages(const QString &where, const QVariantList &values, bool withContent);

    Database &m_database;
};

QString normalisedMessageId(const QString &messageId); // strips <>, whitespace

} // namespace Madoguchi
