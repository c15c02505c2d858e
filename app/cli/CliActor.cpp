#include "cli/CliActor.h"

#include "store/DatabaseRoles.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<StaffUser> cliActor(TicketDesk &desk)
{
    auto login = DatabaseRoles::personalLogin(desk.database());
    if (!login)
        return login.error();
    if (login->isEmpty())
        return StaffUser::system();
    auto user = desk.team().userByLogin(*login);
    if (!user)
        return user.error();
    if (!user->has_value()) {
        return makeError(u"permission"_s,
                         QCoreApplication::translate("CliActor", "The database login %1 is not one of the desk's "
                                                                 "users; the database's owner adds it with: "
                                                                 "madoguchi-cli team login add %1 --role staff")
                             .arg(*login));
    }
    return **user;
}

Result<StaffUser> cliManager(TicketDesk &desk, const QString &command)
{
    auto actor = cliActor(desk);
    if (!actor || actor->isManager())
        return actor;
    return makeError(u"permission"_s,
                     QCoreApplication::translate("CliActor", "%1: only a manager can do this, and %2 (database login "
                                                             "%3) is staff.")
                         .arg(command, actor->displayName, actor->login));
}

} // namespace Madoguchi
