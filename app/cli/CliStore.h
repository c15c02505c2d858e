#pragma once

#include "cli/CliContext.h"
#include "core/Result.h"
#include "store/Database.h"

#include <memory>

namespace Madoguchi {

// Opens the store the command line points at (--database / MADOGUCHI_DATABASE, else the
// built-in SQLite file) and brings its schema up to date. For PostgreSQL the password comes
// from PGPASSWORD, else from the system keychain entry named after the address; with
// neither, libpq's own sources (~/.pgpass, trust) are tried.
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

} // namespace Madoguchi
