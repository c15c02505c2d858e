#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Madoguchi {

class TicketDesk;

// One 定型文.
struct ReplyTemplate
{
    qint64 id = 0;
    QString name;
    QString category;
    QString subject; // empty: the reply keeps its subject
    QString body;
    qint64 ownerId = 0; // 0: shared by the team (kept by managers); else one person's own
};

// A template made ready for one reply: placeholders filled.
struct FilledTemplate
{
    QString subject; // the reply's new subject with the ticket tag; empty: the reply keeps its own
    QString body;
};

// Reply templates (issue 12): managers keep a shared list, each staff member may keep their
// own. Placeholders are filled when a template is inserted into a reply:
//   {{customer.name}} {{customer.organization}} {{ticket.number}} {{staff.name}}
//   {{deadline}} (the promised deadline as Japanese text, 「12月2日(水) 18:00」) {{today}}
// A template with any other placeholder is refused when it is saved.
class ReplyTemplates
{
public:
    explicit ReplyTemplates(TicketDesk &desk) : m_desk(desk) {}

    // The shared templates and `staffId`'s own, by name; `search` keeps those whose name
    // (or category) contains it, case-insensitively.
    Result<QList<ReplyTemplate>> visibleTo(qint64 staffId, const QString &search = {});
    // Shared (ownerId 0): managers only. Own: ownerId must be the actor. A missing name or
    // body, an unknown placeholder or a name already used in the same list is refused.
    Result<qint64> add(const StaffUser &actor, const ReplyTemplate &entry);
    // `entry.id` changed as add() would accept it; it stays in its list (ownerId).
    Result<void> update(const StaffUser &actor, const ReplyTemplate &entry);
    Result<void> remove(const StaffUser &actor, qint64 id);

    // The template `name` as `staffId` sees it: their own before the team's of the same name.
    // Error "not-found" naming it when there is none.
    Result<ReplyTemplate> named(qint64 staffId, const QString &name);

    // The text with every placeholder filled for a reply on `ticketId` by `staff`.
    Result<QString> fill(const QString &text, qint64 ticketId, const StaffUser &staff);
    // Body and subject filled; a subject gets "Re: [#N] " as every reply's does.
    Result<FilledTemplate> filledFor(const ReplyTemplate &entry, qint64 ticketId, const StaffUser &staff);

    static QStringList unknownPlaceholders(const QString &text);
    // {{customer.name}} … as a template writes them, for the help that lists them.
    static QStringList placeholders();
    // 「12月2日(水) 18:00」 (JST).
    static QString japaneseDateTime(const QDateTime &utc);

private:
    // What add() and update() refuse; `exceptId`: the template being changed.
    Result<void> check(const StaffUser &actor, const ReplyTemplate &entry, qint64 exceptId);

    TicketDesk &m_desk;
};

} // namespace Madoguchi
