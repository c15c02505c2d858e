#include "mail/outbox/ReplyApprovals.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/TransactionGuard.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QStringList stateKeys = {u"waiting"_s, u"approved"_s, u"returned"_s};

const QString columns =
    u"SELECT a.id, a.message_id, a.ticket_id, a.author_id, COALESCE(au.display_name, ''), COALESCE(au.login, ''), "
    "a.state, a.requested_ms, COALESCE(d.display_name, ''), a.decided_ms, a.comment, a.reopened_ms, m.subject, "
    "m.to_addresses, m.cc_addresses FROM reply_approvals a JOIN messages m ON m.id = a.message_id "
    "LEFT JOIN staff_users au ON au.id = a.author_id LEFT JOIN staff_users d ON d.id = a.decided_by_id "_s;

ReplyApproval readApproval(const QSqlQuery &row)
{
    ReplyApproval a;
    a.id = row.value(0).toLongLong();
    a.messageRowId = row.value(1).toLongLong();
    a.ticketId = row.value(2).toLongLong();
    a.authorId = row.value(3).toLongLong();
    a.authorName = row.value(4).toString();
    a.authorLogin = row.value(5).toString();
    a.state = ApprovalState(std::max<qsizetype>(0, stateKeys.indexOf(row.value(6).toString())));
    a.requested = SqlValues::toTime(row.value(7));
    a.decidedByName = row.value(8).toString();
    a.decided = SqlValues::toTime(row.value(9));
    a.comment = row.value(10).toString();
    a.reopened = SqlValues::toTime(row.value(11));
    a.subject = row.value(12).toString();
    a.recipients = QString(row.value(13).toString() + u' ' + row.value(14).toString()).trimmed();
    return a;
}

Error notWaiting(qint64 id)
{
    return makeError(u"state"_s, QCoreApplication::translate("ReplyApprovals",
                                                             "Reply %1 is no longer waiting for approval.")
                                     .arg(id));
}

} // namespace

QString approvalStateKey(ApprovalState state)
{
    return stateKeys.at(int(state));
}

Result<bool> ReplyApprovals::required(qint64 authorId)
{
    if (authorId <= 0)
        return false;
    auto needed = m_desk.database().scalar(u"Reading whether a user's replies need approval"_s,
                                           u"SELECT needs_approval FROM staff_users WHERE id = ?"_s, {authorId});
    if (!needed)
        return needed.error();
    return needed->toInt() != 0;
}

Result<qint64> ReplyApprovals::hold(const StaffUser &author, qint64 messageRowId, qint64 ticketId)
{
    auto id = m_desk.database().insert(u"Holding a reply for approval"_s,
                                       u"INSERT INTO reply_approvals (message_id, ticket_id, author_id, state, "
                                       "requested_ms) VALUES (?, ?, ?, 'waiting', ?)"_s,
                                       {messageRowId, ticketId, author.id, SqlValues::fromTime(m_desk.clock().now())});
    if (!id)
        return id.error();
    if (auto logged = m_desk.audit().record(author, ticketId, u"reply-held"_s, QString(), QString::number(*id));
        !logged)
        return logged.error();
    return id;
}

Result<QList<ReplyApproval>> ReplyApprovals::select(const QString &where, const QVariantList &values)
{
    auto rows = m_desk.database().exec(u"Reading replies waiting for approval"_s, columns + where, values);
    if (!rows)
        return rows.error();
    QList<ReplyApproval> list;
    while (rows.value().next())
        list.append(readApproval(rows.value()));
    return list;
}

Result<QList<ReplyApproval>> ReplyApprovals::waiting()
{
    return select(u"WHERE a.state = 'waiting' ORDER BY a.requested_ms, a.id"_s, {});
}

Result<int> ReplyApprovals::waitingCount()
{
    auto count = m_desk.database().scalar(u"Counting replies waiting for approval"_s,
                                          u"SELECT COUNT(*) FROM reply_approvals WHERE state = 'waiting'"_s);
    if (!count)
        return count.error();
    return count->toInt();
}

Result<std::optional<ReplyApproval>> ReplyApprovals::approval(qint64 id)
{
    auto found = select(u"WHERE a.id = ?"_s, {id});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<ReplyApproval>() : std::optional<ReplyApproval>(found->first());
}

Result<ReplyApproval> ReplyApprovals::decidable(const StaffUser &manager, qint64 id)
{
    if (!manager.isManager()) {
        return makeError(u"permission"_s, QCoreApplication::translate("ReplyApprovals",
                                                                      "Only a manager can approve replies or send "
                                                                      "them back."));
    }
    auto found = approval(id);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        return makeError(u"not-found"_s, QCoreApplication::translate("ReplyApprovals",
                                                                     "There is no reply %1 waiting for approval.")
                                             .arg(id));
    }
    if ((*found)->state != ApprovalState::Waiting)
        return notWaiting(id);
    return **found;
}

Result<ReplyDraft> ReplyApprovals::draftOf(const StaffUser &manager, qint64 id)
{
    auto held = decidable(manager, id);
    if (!held)
        return held.error();
    return TicketReplies(m_desk).storedDraft(manager, held->messageRowId);
}

Result<qint64> ReplyApprovals::approve(const StaffUser &manager, qint64 id, const std::optional<ReplyDraft> &edited)
{
    const QDateTime now = m_desk.clock().now();
    TransactionGuard transaction(m_desk.database());
    if (!transaction.ok())
        return transaction.error();
    auto held = decidable(manager, id);
    if (!held)
        return held.error();
    TicketReplies replies(m_desk);
    if (edited) {
        auto original = m_desk.tickets().message(held->messageRowId);
        if (!original)
            return original.error();
        StaffUser author;
        author.id = held->authorId;
        ReplyDraft draft = *edited;
        draft.ticketId = held->ticketId;
        auto composed = replies.compose(author, draft, (*original)->received, (*original)->messageId);
        if (!composed)
            return composed.error();
        if (auto replaced = m_desk.mail().replaceHeldReply(held->messageRowId, *composed); !replaced)
            return replaced.error();
        if (auto logged = m_desk.audit().record(manager, held->ticketId, u"reply-edited"_s, (*original)->bodyText,
                                                composed->bodyText);
            !logged)
            return logged.error();
    }
    if (auto decided = decide(manager, id, ApprovalState::Approved, QString()); !decided)
        return decided.error();
    if (auto released = m_desk.mail().releaseHeldReply(held->messageRowId); !released)
        return released.error();
    auto outboxId = replies.enqueueWithWindow(held->messageRowId, now);
    if (!outboxId)
        return outboxId.error();
    if (auto logged = m_desk.audit().record(manager, held->ticketId, u"reply-approved"_s, QString(),
                                            QString::number(id));
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outboxId;
}

Result<void> ReplyApprovals::decide(const StaffUser &manager, qint64 id, ApprovalState state, const QString &comment)
{
    // The state condition makes two managers deciding at once decide once.
    auto decided = m_desk.database().exec(u"Deciding on a reply waiting for approval"_s,
                                          u"UPDATE reply_approvals SET state = ?, decided_by_id = ?, decided_ms = ?, "
                                          "comment = COALESCE(?, '') WHERE id = ? AND state = 'waiting'"_s,
                                          {approvalStateKey(state), SqlValues::fromId(manager.id),
                                           SqlValues::fromTime(m_desk.clock().now()), comment, id});
    if (!decided)
        return decided.error();
    if (decided.value().numRowsAffected() == 0)
        return notWaiting(id);
    return {};
}

Result<void> ReplyApprovals::sendBack(const StaffUser &manager, qint64 id, const QString &comment)
{
    if (comment.trimmed().isEmpty()) {
        return makeError(u"input"_s, QCoreApplication::translate("ReplyApprovals",
                                                                 "Say what to change: a reply is sent back with a "
                                                                 "comment."));
    }
    TransactionGuard transaction(m_desk.database());
    if (!transaction.ok())
        return transaction.error();
    auto held = decidable(manager, id);
    if (!held)
        return held.error();
    if (auto decided = decide(manager, id, ApprovalState::Returned, comment.trimmed()); !decided)
        return decided;
    if (auto discarded = m_desk.mail().markDiscarded(held->messageRowId); !discarded)
        return discarded;
    auto ticket = m_desk.tickets().ticket(held->ticketId);
    if (!ticket)
        return ticket.error();
    const QString who = held->authorName.isEmpty() ? held->authorLogin : held->authorName;
    const QString note = QCoreApplication::translate("ReplyApprovals", "Reply by %1 sent back for changes: %2")
                             .arg(who, comment.trimmed());
    if (auto noted = m_desk.operations().addInternalNote(manager, held->ticketId, (*ticket)->version, note); !noted)
        return noted.error();
    if (auto logged = m_desk.audit().record(manager, held->ticketId, u"reply-returned"_s, QString::number(id),
                                            comment.trimmed());
        !logged)
        return logged;
    return transaction.commit();
}

Result<std::optional<ReplyApproval>> ReplyApprovals::returnedFor(qint64 ticketId, qint64 authorId)
{
    auto found = select(u"WHERE a.ticket_id = ? AND a.author_id = ? AND a.state = 'returned' "
                        "AND a.reopened_ms IS NULL ORDER BY a.id DESC"_s,
                        {ticketId, authorId});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<ReplyApproval>() : std::optional<ReplyApproval>(found->first());
}

Result<ReplyDraft> ReplyApprovals::reopen(const StaffUser &author, qint64 id)
{
    auto found = approval(id);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->state != ApprovalState::Returned || (*found)->authorId != author.id) {
        return makeError(u"not-found"_s, QCoreApplication::translate("ReplyApprovals",
                                                                     "There is no reply %1 sent back to you.")
                                             .arg(id));
    }
    auto restored = TicketReplies(m_desk).storedDraft(author, (*found)->messageRowId);
    if (!restored)
        return restored.error();
    auto marked = m_desk.database().exec(u"Reopening a reply sent back"_s,
                                         u"UPDATE reply_approvals SET reopened_ms = ? WHERE id = ?"_s,
                                         {SqlValues::fromTime(m_desk.clock().now()), id});
    if (!marked)
        return marked.error();
    return restored;
}

} // namespace Madoguchi
