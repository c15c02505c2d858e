#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"

namespace Madoguchi {

class TicketDesk;

// Who a command acts as (docs/store.md, "One login per person"). Under a person's own
// PostgreSQL login, the staff member of that login, as on the desktop (DeskStartup::findMe):
// the audit log names them, and the program refuses what their role may not do before the
// database would. Under the owner's login, a shared login or on SQLite: the program itself
// (StaffUser::system(), a manager). A personal login that is not one of the desk's users is
// refused (code "permission"), so nothing is written in nobody's name.
Result<StaffUser> cliActor(TicketDesk &desk);
// True for the program's own actor (no personal login), false for a person's.
inline bool actsAsTheProgram(const StaffUser &actor)
{
    return actor.id == 0;
}
// For the commands only a manager runs (account set, sample-data): the actor when they are
// one, else an error (code "permission") naming `command` and the person.
Result<StaffUser> cliManager(TicketDesk &desk, const QString &command);

} // namespace Madoguchi
