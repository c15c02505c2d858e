#pragma once

#include "cli/CliContext.h"
#include "core/Result.h"
#include "store/Database.h"

#include <memory>

namespace Madoguchi {

// The store a command works on: --database / $MADOGUCHI_DATABASE, else the built-in SQLite
// file; migrated to the current schema. A PostgreSQL password comes from PGPASSWORD/.pgpass.
Result<std::unique_ptr<Database>> openCliDatabase(const CliContext &context);

} // namespace Madoguchi
