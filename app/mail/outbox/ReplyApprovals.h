#pragma once

#include "core/Result.h"
#include "mail/outbox/TicketReplies.h"
#include "tickets/StaffUser.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Madoguchi {

class TicketDesk;

enum class ApprovalState { Waiting, Approved, Returned };

// One reply held for a manager's approval, with the reply's subject and recipients.
struct ReplyApproval
{
    qint64 id = 0;
    qint64 messageRowId = 0; // the reply (kind StaffReply, delivery Held while waiting)
    qint64 ticketId = 0;
    qint64 authorId = 0;
    QString authorName;
    QString authorLogin;
    ApprovalState state = ApprovalState::Waiting;
    QDateTime requested; // UTC
    QString decidedByName;
    QDateTime decided; // UTC; invalid while waiting
    QString comment;   // why it was sent back
    QDateTime reopened; // when the author took a sent-back reply into the editor again
    QString subject;
    QString recipients; // To and Cc, space-separated
};

// 承認 (issue 12): a manager marks staff whose replies need approval
// (TeamDirectory::setNeedsApproval). TicketReplies::queue then stores such a reply "waiting
// for approval" and hold()s it here instead of putting it in the outbox: it answers nothing
// (DESIGN.md, "The clock" 5) and nothing sends it. A manager reads it, may edit it, and
// approves it — then it waits in the outbox as any reply, send-cancel window included — or
// sends it back with a comment, which the author finds in the ticket (an internal note)
// together with the reply, reopened in their editor (reopen). Every step is audited:
// reply-held, reply-edited, reply-approved, reply-returned. Managers only, in the core; on
// PostgreSQL the row-level security of schema 19 holds the same line for SQL.
class ReplyApprovals
{
public:
    explicit ReplyApprovals(TicketDesk &desk) : m_desk(desk) {}

    // Whether the person's replies wait for approval now (read from the store, not from a
    // StaffUser loaded earlier). The program itself (id 0) never waits.
    Result<bool> required(qint64 authorId);
    // Inside TicketReplies::queue's transaction: the approval row for a reply just stored.
    Result<qint64> hold(const StaffUser &author, qint64 messageRowId, qint64 ticketId);

    // The Approval queue, oldest first.
    Result<QList<ReplyApproval>> waiting();
    Result<int> waitingCount();
    Result<std::optional<ReplyApproval>> approval(qint64 id);
    // The held reply as an editor holds it, for a manager to read and edit.
    Result<ReplyDraft> draftOf(const StaffUser &manager, qint64 id);

    // Into the outbox (TicketReplies::enqueueWithWindow); with `edited`, the manager's text,
    // recipients and attachments replace the author's first ("reply-edited"). Returns the
    // outbox id. Errors: "permission" for staff, "not-found", "state" when it is no longer
    // waiting (another manager decided first).
    Result<qint64> approve(const StaffUser &manager, qint64 id, const std::optional<ReplyDraft> &edited = {});
    // Sent back with `comment` (needed): the reply is no longer on its way ("discarded (not
    // sent)"), the comment is an internal note in the ticket, and the author's editor
    // reopens it (returnedFor / reopen).
    Result<void> sendBack(const StaffUser &manager, qint64 id, const QString &comment);

    // The author's newest reply on the ticket that was sent back and not yet reopened.
    Result<std::optional<ReplyApproval>> returnedFor(qint64 ticketId, qint64 authorId);
    // The sent-back reply as it was, for the author's editor; marks it reopened.
    Result<ReplyDraft> reopen(const StaffUser &author, qint64 id);

private:
    Result<QList<ReplyApproval>> select(const QString &where, const QVariantList &values);
    Result<ReplyApproval> decidable(const StaffUser &manager, qint64 id);
    Result<void> decide(const StaffUser &manager, qint64 id, ApprovalState state, const QString &comment);

    TicketDesk &m_desk;
};

QString approvalStateKey(ApprovalState state); // "waiting", "approved", "returned"

} // namespace Madoguchi
