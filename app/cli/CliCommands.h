#pragma once

#include "cli/CliContext.h"

#include <QList>

namespace Madoguchi {

class TicketDesk;
struct StaffUser;

struct CliCommand
{
    const char *name;
    const char *synopsis; // shown by --help
    int (*run)(CliContext &context, const QStringList &args); // args[0] is the command name
};

int runMailShow(CliContext &context, const QStringList &args);
int runImport(CliContext &context, const QStringList &args);
int runOutbox(CliContext &context, const QStringList &args);
int runTemplate(CliContext &context, const QStringList &args);
int runTeam(CliContext &context, const QStringList &args);
int runReply(CliContext &context, const QStringList &args);
int runForward(CliContext &context, const QStringList &args);
// The text of --body-file: UTF-8, else nothing and one line "COMMAND: why" in `problem`.
QString readBodyFile(const QString &command, const QString &path, QString *problem);
// --as LOGIN (empty: the system) as `author`; else the status to return, its line printed.
int staffFromOption(CliContext &context, TicketDesk &desk, const QString &command, const QString &login,
                    StaffUser *author);
// The Approval queue (ApproveCommand.cpp).
int runApprovals(CliContext &context, const QStringList &args);
int runApprove(CliContext &context, const QStringList &args);

int runAccount(CliContext &context, const QStringList &args);
int runAccountLogin(CliContext &context, const QStringList &args); // `account login`
int runSync(CliContext &context, const QStringList &args);
int runServe(CliContext &context, const QStringList &args);

// Every command the tool knows, in the order --help lists them.
QList<CliCommand> cliCommands();

// The calendar commands (HolidaysCommand.cpp, DeadlineCommand.cpp, …).
int runHolidays(CliContext &context, const QStringList &args);
int runDeadline(CliContext &context, const QStringList &args);
int runBusinessMinutes(CliContext &context, const QStringList &args);
int runCalendar(CliContext &context, const QStringList &args);

// The store and ticket commands (TicketsCommand.cpp, TicketCommand.cpp, BackupCommand.cpp, …).
int runTickets(CliContext &context, const QStringList &args);
int runTicket(CliContext &context, const QStringList &args);
int runBackup(CliContext &context, const QStringList &args);
int runRestore(CliContext &context, const QStringList &args);
int runSampleData(CliContext &context, const QStringList &args);
// The managers' figures (ReportCommand.cpp).
int runReport(CliContext &context, const QStringList &args);
// The agreement's availability chapters (AvailabilityCommand.cpp).
int runIncident(CliContext &context, const QStringList &args);
int runMaintenance(CliContext &context, const QStringList &args);
int runAvailability(CliContext &context, const QStringList &args);
// Customer organisations and their contacts (OrgCommand.cpp).
int runOrg(CliContext &context, const QStringList &args);
// Notices to the organisations' administrators (NoticeCommand.cpp).
int runNotice(CliContext &context, const QStringList &args);

} // namespace Madoguchi
