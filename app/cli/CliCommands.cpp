#include "cli/CliCommands.h"

namespace Madoguchi {

// One line per command; each command lives in its own *Command.cpp file.
QList<CliCommand> cliCommands()
{
    return {
        {"mail-show", "mail-show [--body] [--support-address A] PATH...   how a mail file is read and classified", &runMailShow},
    };
}

} // namespace Madoguchi
