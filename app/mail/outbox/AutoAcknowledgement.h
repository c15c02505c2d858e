#pragma once

#include "core/Result.h"
#include "mail/DeskAddresses.h"
#include "mail/mime/MailMessage.h"
#include "tickets/MailIntake.h"
#include "tickets/StaffUser.h"

#include <QString>

namespace Madoguchi {

class TicketDesk;

// The settings a manager keeps (Settings → Mailbox, "Automatic acknowledgement").
struct AcknowledgementSettings
{
    bool enabled = false; // off by default
    QString subject;      // empty: "Re: [#N] the customer's subject"
    QString body;         // empty: defaultBody(); placeholders as reply templates
    int dailyCap = 3;     // per sender address and JST day

    static Result<AcknowledgementSettings> load(TicketDesk &desk);
    // Managers only (TeamSettings); a body or subject with an unknown placeholder, or a cap
    // below 1, is refused (error "input").
    Result<void> save(TicketDesk &desk, const StaffUser &actor) const;
    static QString defaultBody();
};

// What happened to one new ticket's acknowledgement.
struct AcknowledgementOutcome
{
    qint64 outboxId = 0;   // queued; 0 when not
    QString skippedBecause; // a key when not queued: "off", "auto-reply", "bounce", "list", "noreply",
                            // "desk", "no-address", "old", "cap", "setup"
};

// 受付自動返信 (issue 12): when a customer's mail makes a new ticket (MailIngestor, so the
// desktop sync, `serve`, `sync --once` and `import` alike), a manager-written acknowledgement
// — ticket number and the promised deadline as Japanese text, the urgent target for an urgent
// ticket — is stored in the thread (kind Acknowledgement) and queued through the outbox in the
// same transaction. It never counts as an answer (MailIntake::markSent marks it delivered
// only). Never to auto-replies, bounces, mailing lists, noreply/mailer-daemon/postmaster
// addresses or the desk's own; at most dailyCap per sender address per JST day; never for
// mail received more than a day before now (a first sync or an import of old mail).
class AutoAcknowledgement
{
public:
    explicit AutoAcknowledgement(TicketDesk &desk) : m_desk(desk) {}

    // Inside MailIngestor's transaction, after the urgent keyword rules ran. Store failures
    // are errors; a reason not to acknowledge is an outcome, never a lost mail.
    Result<AcknowledgementOutcome> afterNewTicket(const MailMessage &mail, const StoredMessage &stored,
                                                  const DeskAddresses &desk);

    // Why this mail must not be acknowledged at all (a key as above), or empty.
    static QString refusalReason(const MailMessage &mail, const DeskAddresses &desk);

    static constexpr const char *enabledSetting = "mail.ack.enabled";
    static constexpr const char *subjectSetting = "mail.ack.subject";
    static constexpr const char *bodySetting = "mail.ack.body";
    static constexpr const char *dailyCapSetting = "mail.ack.daily_cap";

private:
    Result<int> sentToday(const QString &address);

    TicketDesk &m_desk;
};

} // namespace Madoguchi
