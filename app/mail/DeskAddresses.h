#pragma once

#include <QString>
#include <QStringList>

namespace Madoguchi {

// The desk's own addresses: the support mailbox(es) and the staff's personal addresses.
// Mail from any of them is outbound; X-Loop naming a support address is our own loop.
struct DeskAddresses
{
    QStringList supportAddresses; // e.g. support@example.co.jp
    QStringList staffAddresses;
    QString ticketTagPrefix = QStringLiteral("#"); // subject tag "[#1234]"

    bool isSupport(const QString &address) const;
    bool isStaff(const QString &address) const;
    bool isDesk(const QString &address) const { return isSupport(address) || isStaff(address); }
};

} // namespace Madoguchi
