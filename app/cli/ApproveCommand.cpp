// madoguchi-cli approvals / approve ID: the Approval queue (承認, issue 12) for scripts.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliStore.h"
#include "cli/TerminalText.h"
#include "core/Jst.h"
#include "mail/outbox/ReplyApprovals.h"
#include "store/DatabaseRoles.h"
#include "tickets/TicketDesk.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// Who decides: --as LOGIN; else, on PostgreSQL, the person whose own login this connection
// is; else the program (a manager). A staff member is refused with one line (status 2).
std::optional<StaffUser> decider(CliContext &context, TicketDesk &desk, const QString &command,
                                 const QCommandLineParser &parser, int *status)
{
    QString login = parser.value(u"as"_s);
    if (login.isEmpty()) {
        auto personal = DatabaseRoles::personalLogin(desk.database());
        if (!personal) {
            *status = context.failure(personal.error().message);
            return std::nullopt;
        }
        login = *personal;
    }
    if (login.isEmpty())
        return StaffUser::system();
    auto user = desk.team().userByLogin(login);
    if (!user) {
        *status = context.failure(user.error().message);
        return std::nullopt;
    }
    if (!user->has_value()) {
        *status = context.usageError(u"%1: there is no staff member with the login \"%2\""_s.arg(
            command, TerminalText::line(login)));
        return std::nullopt;
    }
    if (!(*user)->isManager()) {
        *status = context.usageError(u"%1: only a manager can approve replies; %2 is staff"_s.arg(
            command, TerminalText::line(login)));
        return std::nullopt;
    }
    return **user;
}

} // namespace

int runApprovals(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"as"_s, u"the manager who reads the queue (default: this login, else the system)"_s,
                      u"login"_s});
    if (!context.parse(parser, args, 0, 0))
        return context.parseStatus();
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    TicketDesk desk(**database, context.clock);
    int status = 0;
    if (!decider(context, desk, u"approvals"_s, parser, &status))
        return status;
    auto waiting = ReplyApprovals(desk).waiting();
    if (!waiting)
        return context.failure(waiting.error().message);
    // id, ticket, author's login, when it was confirmed (JST), recipients, subject.
    for (const ReplyApproval &a : std::as_const(*waiting)) {
        context.out << u"%1\t#%2\t%3\t%4\t%5\t%6\n"_s.arg(a.id)
                           .arg(a.ticketId)
                           .arg(TerminalText::tsvField(a.authorLogin), Jst::format(a.requested),
                                TerminalText::tsvField(a.recipients), TerminalText::tsvField(a.subject));
    }
    return 0;
}

int runApprove(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"return"_s, u"send the reply back to its author instead (needs --comment)"_s});
    parser.addOption({u"comment"_s, u"what the author should change"_s, u"text"_s});
    parser.addOption({u"as"_s, u"the manager who decides (default: this login, else the system)"_s, u"login"_s});
    if (!context.parse(parser, args, 1, 1))
        return context.parseStatus();
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usageError(u"approve: \""_s + parser.positionalArguments().at(1) + u"\" is not an approval id"_s);
    const bool sendBack = parser.isSet(u"return"_s);
    if (sendBack && parser.value(u"comment"_s).trimmed().isEmpty())
        return context.usageError(u"approve: --return needs --comment TEXT saying what to change"_s);
    if (!sendBack && parser.isSet(u"comment"_s))
        return context.usageError(u"approve: --comment goes with --return"_s);
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    TicketDesk desk(**database, context.clock);
    int status = 0;
    const std::optional<StaffUser> manager = decider(context, desk, u"approve"_s, parser, &status);
    if (!manager)
        return status;
    ReplyApprovals approvals(desk);
    const auto refused = [&](const Error &error) {
        const QString code = error.code;
        if (code == u"not-found"_s || code == u"state"_s || code == u"input"_s || code == u"permission"_s)
            return context.usageError(u"approve: "_s + error.message);
        return context.failure(error.message);
    };
    if (sendBack) {
        if (auto returned = approvals.sendBack(*manager, id, parser.value(u"comment"_s)); !returned)
            return refused(returned.error());
        context.out << u"returned %1\n"_s.arg(id);
        return 0;
    }
    auto queued = approvals.approve(*manager, id);
    if (!queued)
        return refused(queued.error());
    // The outbox id, as `reply` prints it.
    context.out << *queued << '\n';
    return 0;
}

} // namespace Madoguchi
