#pragma once

#include "core/Result.h"

#include <QString>

namespace Madoguchi {

class Clock;

// "Open a sample desk" on an empty desk: a separate SQLite file with the tickets of
// `madoguchi-cli sample-data`, so the person's own database stays empty and clean. The
// program is then started on it with --database.
namespace SampleDesk {

QString defaultPath(); // sample-desk.sqlite in the data folder
// Writes a fresh sample desk to `path` (replacing an older one); returns its ticket count.
Result<int> create(const QString &path, const Clock &clock);

} // namespace SampleDesk

} // namespace Madoguchi
