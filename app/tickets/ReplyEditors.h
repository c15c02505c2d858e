#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Madoguchi {

class Clock;
class Database;

// Someone writing a reply on a ticket, as every desktop sees it.
struct OpenReplyEditor
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 staffId = 0;
    QString staffName;
    QDateTime opened;    // UTC
    QDateTime heartbeat; // UTC: the editor's desktop is still alive
};

// A staff reply that reached the ticket after an editor was opened: what Send warns about.
struct ReplySinceOpened
{
    qint64 messageRowId = 0;
    qint64 authorId = 0; // 0: found in the mailbox (sent from another mail program)
    QString authorName;
    QDateTime at; // UTC
    bool waiting = false; // still in the outbox: written, not sent yet
};

// 二重返信防止 (DESIGN.md, "Mail out"): the open reply editors of the whole team, kept in the
// shared database (table reply_editors, schema 7). An editor's desktop beats every
// `heartbeatSecs`; a row not beaten for `staleAfterSecs` (a crashed or disconnected desktop)
// no longer counts and is removed by the next open(). Every change is announced, so the
// other desktops show 「佐藤さんが返信を作成中」 within seconds.
class ReplyEditors
{
public:
    static constexpr int heartbeatSecs = 30;
    static constexpr int staleAfterSecs = 120;

    ReplyEditors(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    Result<OpenReplyEditor> open(const StaffUser &staff, qint64 ticketId);
    Result<void> beat(qint64 editorId);
    Result<void> close(qint64 editorId);
    // Live editors on the ticket, oldest first, without the ones of `exceptStaffId`.
    Result<QList<OpenReplyEditor>> onTicket(qint64 ticketId, qint64 exceptStaffId = 0);

    // Staff replies stored on the ticket after the editor opened: any reply row newer than
    // `lastMessageRowIdSeen` (so a reply synced late from the mailbox counts too), without
    // the ones `me` wrote in this very editor (none: the editor sends once). One waiting in
    // the outbox counts (it is about to go out); a discarded one does not.
    Result<QList<ReplySinceOpened>> repliesSince(qint64 ticketId, qint64 lastMessageRowIdSeen);
    // Replies on the ticket waiting in the outbox (queued or retrying), oldest first: a
    // colleague opening an editor is told one is about to go out.
    Result<QList<ReplySinceOpened>> waitingReplies(qint64 ticketId);
    // The newest message row id of the ticket: what the editor has "seen" when it opens.
    Result<qint64> lastMessageRowId(qint64 ticketId);

private:
    Result<QList<ReplySinceOpened>> replies(const QString &doing, const QString &where, const QVariantList &values);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Madoguchi
