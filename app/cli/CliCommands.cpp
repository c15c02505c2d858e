#include "cli/CliCommands.h"

namespace Madoguchi {

// One line per command; each command lives in its own *Command.cpp file.
QList<CliCommand> cliCommands()
{
    return {
    };
}

} // namespace Madoguchi
