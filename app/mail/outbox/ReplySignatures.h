#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <QString>

namespace Madoguchi {

class TicketDesk;

// Signatures under replies: a team default a manager keeps, and one per staff member that
// each person keeps for themselves (Settings → Signatures). A reply gets its author's own
// signature, else the team's, below the body and above the quote. Kept in the shared
// settings table, every change audited.
class ReplySignatures
{
public:
    explicit ReplySignatures(TicketDesk &desk) : m_desk(desk) {}

    Result<QString> team();
    Result<QString> own(qint64 staffId);
    // What goes under a reply by `staffId`: their own signature, else the team's.
    Result<QString> forAuthor(qint64 staffId);

    // Managers only.
    Result<void> setTeam(const StaffUser &actor, const QString &text);
    // Anyone, for themselves.
    Result<void> setOwn(const StaffUser &actor, const QString &text);

    static constexpr const char *teamSetting = "mail.signature.team";

private:
    Result<QString> read(const QString &name);

    TicketDesk &m_desk;
};

} // namespace Madoguchi
