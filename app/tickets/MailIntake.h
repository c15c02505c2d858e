#pragma once

#include "core/Result.h"
#include "tickets/TicketMessage.h"

#include <QDateTime>

#include <optional>

namespace Madoguchi {

class Database;
class TeamDirectory;
class TicketChanges;
class TicketStore;
class TransactionGuard;

struct StoredMessage
{
    qint64 ticketId = 0;   // the ticket it landed in (after merge redirects)
    qint64 messageRowId = 0;
    bool newTicket = false;
};

struct MailboxSyncState
{
    qint64 uidValidity = 0;
    qint64 lastUid = 0;
    QDateTime updated; // UTC
};

// What the mail side (import, IMAP sync, outbox) calls to put mail into tickets.
//
// Every call runs in its own transaction, or — when the caller already holds a
// TransactionGuard on the same Database — inside the caller's one. The IMAP sync stores a
// batch of messages and then setSyncState() under one guard, so the UID watermark and the
// messages it covers are committed together (exactly once).
//
// Threading is the caller's job: find the ticket with TicketStore::findByNumber ([#1234]
// tag) or findTicketByMessageIds (In-Reply-To/References), then pass its id here (0 makes a
// new ticket). De-duplicate first with TicketStore::hasMessage.
class MailIntake
{
public:
    MailIntake(Database &database, TicketStore &tickets, TicketChanges &changes, TeamDirectory &team)
        : m_database(database), m_tickets(tickets), m_changes(changes), m_team(team)
    {
    }

    // Stores a message; what it does to the promise depends on its kind:
    // - CustomerMessage: opens an obligation (deadline by the business calendar, or the
    //   urgent target on an urgent ticket); reopens a waiting/resolved/closed ticket; the
    //   sender becomes the ticket's customer (organisation by domain) if it has none;
    // - StaffReply: when delivered (found in the mailbox), answers every open obligation
    //   received before it; one still in the outbox (Pending) answers nothing until markSent;
    //   a New ticket becomes Open either way;
    // - InternalNote, AutoReply, Acknowledgement, Forward, Notice: stored in the thread, nothing else;
    // - Bounce: stored in the ticket of the reply it reports on (bounceOfId, needed), and
    //   that reply is marked undelivered (see markUndelivered).
    // ticketId 0 creates a ticket with the message's subject. The content hash is the
    // SHA-256 of rawSource when not given.
    Result<StoredMessage> addMessage(TicketMessage message, qint64 ticketId = 0);

    // A reply did not reach the customer: it stops counting as an answer, its obligations
    // come back with their original deadlines, and the ticket is flagged "reply undelivered".
    // A Forward is only marked: it answered nothing, so nothing comes back.
    Result<void> markUndelivered(qint64 replyRowId);
    // The SMTP server accepted a reply waiting in the outbox (or one refused before and sent
    // after a Retry): `acceptedAt` becomes its time, and from that moment it answers every
    // open customer message received before it (DESIGN.md, "The clock" 5). The ticket's
    // "reply undelivered" flag goes when no other reply of the ticket is undelivered.
    // A Forward is marked delivered at that moment and answers nothing.
    // A notice (MessageKind::Notice) accepted the same way is marked delivered and answers
    // nothing; its record (table notices) takes the moment, and a maintenance announcement
    // becomes its plan's announcement time unless an earlier one is recorded.
    // An automatic acknowledgement (kind Acknowledgement) is marked delivered at that time
    // and answers nothing.
    Result<void> markSent(qint64 replyRowId, const QDateTime &acceptedAt);
    // A ticket for one organisation's notices of one incident or plan (app/notices/), with
    // nothing owed on it (resolved); the notices go into it with addMessage.
    Result<qint64> openNoticeTicket(const QString &subject, qint64 organisationId);
    // Staff gave up on a reply that has not gone out (waiting or refused): shown as
    // "discarded (not sent)"; it answered nothing, so nothing opens again.
    Result<void> markDiscarded(qint64 replyRowId);
    // 承認: a manager edited a reply held for approval — its addresses, subject, text, bytes
    // and attachments become `edited`'s (the row, its Message-ID and its author stay).
    Result<void> replaceHeldReply(qint64 replyRowId, const TicketMessage &edited);
    // 承認: an approved reply leaves the hold and waits in the outbox like any other
    // (inside the caller's transaction).
    Result<void> releaseHeldReply(qint64 replyRowId);

    Result<std::optional<MailboxSyncState>> syncState(const QString &account, const QString &mailbox);
    Result<void> setSyncState(const QString &account, const QString &mailbox, qint64 uidValidity, qint64 lastUid);

private:
    Result<qint64> createTicket(const TicketMessage &message);
    Result<qint64> insertMessage(const TicketMessage &message, qint64 ticketId);
    // An attachment parsed from rawSource keeps only its metadata (StoredAttachments).
    Result<void> insertAttachments(qint64 messageRowId, const QList<MessageAttachment> &attachments,
                                   const QByteArray &rawSource);
    Result<void> reopenIfSettled(qint64 ticketId);
    Result<void> undeliveredInside(qint64 replyRowId);
    Result<void> clearUndeliveredFlag(qint64 ticketId);
    Result<void> noticeAccepted(qint64 noticeRowId, const QDateTime &acceptedAt);
    Result<void> markAcknowledgementSent(qint64 rowId, qint64 ticketId, const QDateTime &acceptedAt,
                                         TransactionGuard &transaction);

    Database &m_database;
    TicketStore &m_tickets;
    TicketChanges &m_changes;
    TeamDirectory &m_team;
};

} // namespace Madoguchi
