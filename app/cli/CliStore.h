#pragma once

#include "cli/CliContext.h"
#include "core/Result.h"
#include "store/Database.h"

#include <QCommandLineParser>

#include <functional>
#include <memory>

namespace Madoguchi {

class TicketDesk;

// Opens the store the command line points at (--database / MADOGUCHI_DATABASE, else the
// built-in SQLite file) and brings its schema up to date, through StoreOpener: a PostgreSQL
// password comes from the system keychain, else from libpq's own PGPASSWORD, ~/.pgpass,
// PGSERVICE — the same order for every command and for the desktop program.
//
// Only the program's first run and the setup commands (account set, import, sample-data,
// restore) create a SQLite database; every other command refuses a missing file with an
// error coded "no-database" (CliContext::failure makes it exit 2), so that a mistyped
// --database never leaves an empty database and folders behind and shows an empty queue.
enum class CliStoreOpening { Existing, MayCreate };
Result<std::unique_ptr<Database>> openCliStore(const CliContext &context,
                                               CliStoreOpening opening = CliStoreOpening::Existing);
// The check alone, for commands that open the database themselves.
Result<void> checkCliStoreExists(const DatabaseAddress &address);

// Whether the command line points at a desk: --database or MADOGUCHI_DATABASE given, or the
// default SQLite file exists. Commands that work without a desk (the calendar ones,
// mail-show) use the desk's settings exactly when this is true, and never create one.
bool cliDeskExists(const CliContext &context);
// For those commands: the desk's database when cliDeskExists(), opened without creating
// anything — an SQLite path that names no file is an error (code "missing"), not a new desk.
Result<std::unique_ptr<Database>> openExistingCliStore(const CliContext &context);

// The opening the desk commands of the form `COMMAND [ACTION [ARG]]` (outbox, template) share:
// parses `args` with `parser` (at most two words after the command name), opens the store
// (openCliStore) and runs `body` on a TicketDesk at the command's clock with the words after
// the command name and the action (the first of them, else `defaultAction`). Returns body's
// status, or the parse or open failure's.
using CliDeskAction = std::function<int(TicketDesk &desk, const QStringList &words, const QString &action)>;
int runOnCliDesk(CliContext &context, QCommandLineParser &parser, const QStringList &args, const QString &defaultAction,
                 const CliDeskAction &body);

} // namespace Madoguchi
