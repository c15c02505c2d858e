#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <QString>
#include <QStringList>

namespace Madoguchi {

class TicketDesk;

// Who the desk is on outgoing mail, as an administrator sets it in Settings → Mailbox or the
// first-run wizard: the support addresses (the first is the From of every reply; mail from
// any of them is the desk's own), the From display name 「株式会社サンプル サポート窓口」 and
// the ticket tag prefix of "[#1234]", the line above a quoted mail and how much a reply's
// attachments may come to, the send-cancel window and the warning words. Kept in the shared
// settings, audited.
struct DeskIdentity
{
    QStringList supportAddresses;
    QString fromName;
    QString ticketTagPrefix = QStringLiteral("#");
    QString quoteHeader; // empty: TicketReplies::defaultQuoteHeader()
    int attachmentLimitMb = 10; // 1–1000; TicketReplies::attachmentLimitSetting holds bytes
    int sendCancelSecs = 30;    // 0–600; 0 switches the send-cancel window off
    QStringList warningWords = {QStringLiteral("社外秘"), QStringLiteral("パスワード")}; // empty: no check
    bool sendChecklist = true; // false: a plain "Send … to …?" instead of ticking every line

    static Result<DeskIdentity> load(TicketDesk &desk);
    // Refused with one clear message (and nothing stored) when an address or the prefix is
    // not usable.
    Result<void> save(TicketDesk &desk, const StaffUser &actor) const;

    // "a@x.jp, b@x.jp" or one per line → the addresses; an error names the bad one.
    static Result<QStringList> parseAddresses(const QString &text);
};

} // namespace Madoguchi
