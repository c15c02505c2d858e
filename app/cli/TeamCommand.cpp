// madoguchi-cli team: one PostgreSQL login per person (docs/store.md, "One login per person").
#include "cli/CliActor.h"
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliStore.h"
#include "cli/TerminalText.h"
#include "mail/account/MailPasswordSource.h"
#include "store/DatabaseRoles.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString roleKey(StaffRole role)
{
    return role == StaffRole::Manager ? u"manager"_s : u"staff"_s;
}

// The staff_users row of the same login, added or brought to `role` (also the first person
// on an empty desk, whom TeamDirectory makes a manager: here the owner administers the desk).
Result<StaffUser> ensureUser(TicketDesk &desk, const QString &login, const QString &name, StaffRole role)
{
    auto found = desk.team().userByLogin(login);
    if (!found)
        return found.error();
    StaffUser user;
    if (found->has_value()) {
        user = **found;
    } else {
        user.login = login;
        user.displayName = name.isEmpty() ? login : name;
        user.role = role;
        auto added = desk.team().addUser(StaffUser::system(), user);
        if (!added)
            return added.error();
        user = *added;
    }
    if (user.role != role) {
        if (auto changed = desk.team().setRole(StaffUser::system(), user.id, role); !changed)
            return changed.error();
        user.role = role;
    }
    return user;
}

int addLogin(CliContext &context, Database &database, const QString &login, const QCommandLineParser &parser)
{
    const QString roleText = parser.value(u"role"_s);
    if (roleText != u"staff"_s && roleText != u"manager"_s)
        return context.usageError(u"team login add: --role staff or --role manager is needed"_s);
    if (!DatabaseRoles::isValidLogin(login)) {
        return context.usageError(u"team login add: \"%1\" cannot be a login: lower-case letters, digits and _, "
                                  "starting with a letter"_s.arg(TerminalText::line(login)));
    }
    QString password;
    if (parser.isSet(u"password-file"_s)) {
        auto read = MailPasswordSource::fromFile(parser.value(u"password-file"_s));
        if (!read)
            return context.failure(read.error().message);
        password = *read;
    }
    TicketDesk desk(database, context.clock);
    auto user = ensureUser(desk, login, parser.value(u"name"_s),
                           roleText == u"manager"_s ? StaffRole::Manager : StaffRole::Staff);
    if (!user)
        return context.failure(user.error().message);
    const DatabaseRole role = user->isManager() ? DatabaseRole::Manager : DatabaseRole::Staff;
    if (auto added = DatabaseRoles::addLogin(database, login, role, password); !added)
        return context.failure(added.error().message);
    context.out << u"%1\t%2\n"_s.arg(login, roleKey(user->role));
    return 0;
}

// 承認: whose replies wait for a manager's approval (audited like a role change).
int setUser(CliContext &context, Database &database, const QString &login, const QCommandLineParser &parser)
{
    const QString needed = parser.value(u"needs-approval"_s);
    if (needed != u"yes"_s && needed != u"no"_s)
        return context.usageError(u"team user set: --needs-approval yes or --needs-approval no is needed"_s);
    TicketDesk desk(database, context.clock);
    auto user = desk.team().userByLogin(login);
    if (!user)
        return context.failure(user.error().message);
    if (!user->has_value()) {
        return context.usageError(u"team user set: there is no staff member with the login \"%1\""_s.arg(
            TerminalText::line(login)));
    }
    if (auto changed = desk.team().setNeedsApproval(StaffUser::system(), (*user)->id, needed == u"yes"_s); !changed)
        return context.failure(changed.error().message);
    context.out << u"%1\tneeds-approval %2\n"_s.arg(login, needed);
    return 0;
}

} // namespace

int runTeam(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"role"_s, u"staff or manager"_s, u"role"_s});
    parser.addOption({u"name"_s, u"the person's name as the desk shows it (default: the login)"_s, u"name"_s});
    parser.addOption({u"password-file"_s, u"the login's password, from a file only its owner can read"_s, u"file"_s});
    parser.addOption({u"needs-approval"_s, u"yes: the person's replies wait for a manager's approval; no: they go out"_s,
                      u"yes|no"_s});
    if (!context.parse(parser, args, 1, 4))
        return context.parseStatus();
    const QStringList words = parser.positionalArguments().mid(1); // after the command name
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    // Logins and grants are the database owner's to make (CREATEROLE); a person's own login,
    // staff or manager, is refused here rather than half-way by PostgreSQL.
    TicketDesk desk(**database, context.clock);
    auto actor = cliActor(desk);
    if (!actor)
        return context.failure(actor.error());
    if (!actsAsTheProgram(*actor)) {
        return context.failure(QCoreApplication::translate("TeamCommand", "team: run this as the database's owner; "
                                                                          "%1 is a person's own login.")
                                   .arg(actor->login));
    }
    if (words == QStringList{u"grants"_s}) {
        if (auto granted = DatabaseRoles::installGrants(**database); !granted)
            return context.failure(granted.error().message);
        return 0;
    }
    if (words.size() == 3 && words.at(0) == u"login"_s && words.at(1) == u"add"_s)
        return addLogin(context, **database, words.at(2), parser);
    if (words.size() == 3 && words.at(0) == u"user"_s && words.at(1) == u"set"_s)
        return setUser(context, **database, words.at(2), parser);
    return context.usageError(u"team: use login add LOGIN --role staff|manager, user set LOGIN --needs-approval "
                              "yes|no, or grants"_s);
}

} // namespace Madoguchi
