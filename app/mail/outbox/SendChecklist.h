#pragma once

#include "mail/DeskAddresses.h"
#include "mail/outbox/TicketReplies.h"

#include <QList>
#include <QString>

namespace Madoguchi {

// 誤送信防止: what a person confirms, one line at a time, before a reply leaves — every
// recipient and every attachment. A recipient outside both the customer's organisation and
// the desk's own domains is marked, because that is where a mis-sent mail does harm.
struct SendChecklist
{
    enum class Kind { To, Cc, Attachment };
    struct Item
    {
        Kind kind = Kind::To;
        QString text;         // "渡辺 一郎 <watanabe@osaka-kogyo.example.jp>", or a file name
        QString address;      // recipients only
        qint64 sizeBytes = 0; // attachments only
        bool outside = false; // a recipient outside the customer's organisation and the desk
    };

    QList<Item> items;

    // `customerAddress`: the ticket's customer. A free-mail customer has no organisation, so
    // only that very address counts as the customer's.
    static SendChecklist forReply(const ReplyDraft &draft, const QString &customerAddress,
                                  const DeskAddresses &desk);
    void addAttachment(const QString &fileName, qint64 sizeBytes);
    int outsideCount() const;
};

} // namespace Madoguchi
