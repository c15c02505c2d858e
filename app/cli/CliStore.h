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
Result<std::unique_ptr<Database>> openCliStore(const CliContext &context);

} // namespace Madoguchi
