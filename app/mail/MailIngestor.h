#pragma once

#include "core/Result.h"
#include "mail/DeskAddresses.h"
#include "mail/MailKind.h"
#include "mail/mime/MimeParser.h"
#include "tickets/MailIntake.h"
#include "tickets/UrgencyRules.h"

#include <QDateTime>

#include <optional>

namespace Madoguchi {

class TicketDesk;
struct MailClassification;
struct ThreadDecision;
struct TicketMessage;

// Where a raw mail came from; decides how its receipt time is read (DESIGN.md, clock rule 4).
enum class MailOrigin {
    Imap, // receivedAt is the INTERNALDATE
    MailFile, // receivedAt is the mbox From_ line or maildir delivery time, when known
};

struct IngestResult
{
    bool duplicate = false; // already stored (same Message-ID and content hash): nothing changed
    qint64 ticketId = 0; // the ticket number it landed in
    bool newTicket = false;
    qint64 messageRowId = 0;
    MailKind kind = MailKind::CustomerMessage;
    bool unreadable = false;
    bool receivedClaimed = false; // the receipt time is the sender's Date header
    bool replyUndelivered = false; // a bounce that marked one of our replies undelivered
    QString urgencyRule; // the keyword rule that made the ticket urgent with this mail, if one did
    qint64 acknowledgementOutboxId = 0; // 受付自動返信 queued for this new ticket (AutoAcknowledgement)
};

// The one way raw mail becomes part of a ticket, used by the file import and the IMAP sync:
// parse (MimeParser), classify (MailClassifier), de-duplicate by Message-ID + content hash,
// thread (MailThreader), store (MailIntake), apply the urgent keyword rules (KeywordUrgency).
// Runs inside the caller's open transaction when there is one (TransactionGuard nests), so
// the IMAP sync can commit messages and its UID watermark together.
class MailIngestor
{
public:
    MailIngestor(TicketDesk &desk, DeskAddresses addresses, MimeParser parser = MimeParser());

    Result<IngestResult> ingest(const QByteArray &raw, std::optional<QDateTime> receivedAt, MailOrigin origin);
    // The same for mail parsed already (by parser(), e.g. on a MailParseAhead thread). `mail`
    // must be what parser() made of mail.rawSource: its attachments are stored only there.
    Result<IngestResult> ingestParsed(const MailMessage &mail, std::optional<QDateTime> receivedAt, MailOrigin origin);
    const MimeParser &parser() const { return m_parser; }

    const DeskAddresses &addresses() const { return m_addresses; }
    TicketDesk &desk() { return m_desk; }

    // The desk's own addresses and tag prefix as kept in the database (settings rows
    // "mail.support_addresses", comma-separated, and "mail.ticket_tag_prefix").
    static Result<DeskAddresses> loadAddresses(TicketDesk &desk);
    static Result<void> saveAddresses(TicketDesk &desk, const DeskAddresses &addresses);

    // What the mail is to the desk: its support addresses, plus the staff addresses of the
    // team directory (a colleague's reply from their own address is a staff reply).
    Result<MailClassification> classify(const MailMessage &mail);

private:
    TicketMessage toTicketMessage(const MailMessage &mail, MailKind kind, const QDateTime &received,
                                  bool claimed) const;
    Result<qint64> bouncedReplyRow(qint64 ticketId, const QByteArray &messageId);
    Result<void> flagUnreadable(qint64 ticketId);
    Result<StoredMessage> store(TicketMessage message, const MailMessage &mail, const MailClassification &classification,
                                const ThreadDecision &decision, IngestResult &result);
    Result<StoredMessage> storeRefused(const MailMessage &mail, const QDateTime &received, bool claimed,
                                       const Error &reason);

    Result<const UrgencyRules *> urgencyRules();

    TicketDesk &m_desk;
    DeskAddresses m_addresses;
    MimeParser m_parser;
    // The keyword rules as last read, with the stored text they came from: a change made in
    // Settings applies to the next mail without parsing and compiling the rules for each one.
    QString m_rulesText;
    std::optional<UrgencyRules> m_rules;
};

} // namespace Madoguchi
