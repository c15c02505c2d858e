#pragma once

#include "core/Result.h"
#include "tickets/MailIntake.h"
#include "tickets/StaffUser.h"

#include <QDateTime>

namespace Madoguchi {

class TicketDesk;

// Puts tickets into a store without mail: for tests, the benchmark, the UI's screenshot
// fixture and `madoguchi-cli sample-data`. It goes through the same MailIntake and
// TicketOperations calls as real mail and staff, so obligations and the audit log are real.
class TicketFixtureBuilder
{
public:
    explicit TicketFixtureBuilder(TicketDesk &desk) : m_desk(desk) {}

    // A customer message (received at `received`, UTC or any zone); ticketId 0 opens a ticket.
    // `from` is an address or "Display Name <address>".
    Result<StoredMessage> customerMail(const QString &from, const QString &subject, const QString &body,
                                       const QDateTime &received, qint64 ticketId = 0);
    Result<StoredMessage> staffReply(qint64 ticketId, const StaffUser &author, const QString &body,
                                     const QDateTime &sent);
    Result<StoredMessage> autoReply(qint64 ticketId, const QString &from, const QDateTime &received);
    Result<StaffUser> staff(const QString &login, const QString &name, StaffRole role = StaffRole::Staff);

    // A realistic desk around `now`: overdue, due-soon, new, waiting, resolved, urgent and
    // undelivered tickets with Japanese mail, two staff users and a manager. Returns how many
    // tickets it made.
    Result<int> sampleDesk(const QDateTime &now);

    // The address the fixture's mail is written to and replied from.
    static QString supportAddress();

    // A raw RFC 5322 message for the fields given (UTF-8, 8bit), as a mail server would keep it.
    static QByteArray rawMessage(const QString &messageId, const QString &from, const QString &to,
                                 const QString &subject, const QString &body, const QDateTime &date);

private:
    TicketDesk &m_desk;
    int m_sequence = 0;
};

} // namespace Madoguchi
