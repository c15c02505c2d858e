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
    enum class Kind { To, Cc, Bcc, Attachment };
    struct Item
    {
        Kind kind = Kind::To;
        QString text;         // "渡辺 一郎 <watanabe@osaka-kogyo.example.jp>", or a file name
        QString address;      // recipients only
        qint64 sizeBytes = 0; // attachments only
        bool outside = false; // a recipient outside the customer's organisation and the desk
    };

    QList<Item> items;
    QStringList warningWords; // the manager's warning words this reply holds (wordsFound)

    // `customerAddress`: the ticket's customer. A free-mail customer has no organisation, so
    // only that very address counts as the customer's.
    static SendChecklist forReply(const ReplyDraft &draft, const QString &customerAddress,
                                  const DeskAddresses &desk);
    void addAttachment(const QString &fileName, qint64 sizeBytes);
    int outsideCount() const;

    // Warning words (「社外秘」「パスワード」, kept by managers) found in the subject or in the
    // body outside quoted lines ("> …"), case-insensitively, each once in the list's order.
    static QStringList wordsFound(const QStringList &words, const QString &subject, const QString &body);
    // The manager's list: words separated by commas, 、 or new lines.
    static QStringList parseWords(const QString &text);
    static constexpr const char *warningWordsSetting = "mail.warning_words";
    // "0": a manager switched the tick-every-line confirmation off; Send then asks only
    // "Send … to …?" (never nothing). Anything else, or unset: on.
    static constexpr const char *checklistSetting = "mail.send_checklist";
    // Used until a manager saves a list (an empty list switches the check off).
    static QString defaultWarningWords() { return QStringLiteral("社外秘, パスワード"); }
};

} // namespace Madoguchi
