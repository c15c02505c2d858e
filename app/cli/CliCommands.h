#pragma once

#include "cli/CliContext.h"

#include <QList>

namespace Madoguchi {

struct CliCommand
{
    const char *name;
    const char *synopsis; // shown by --help
    int (*run)(CliContext &context, const QStringList &args); // args[0] is the command name
};

int runMailShow(CliContext &context, const QStringList &args);

int runAccount(CliContext &context, const QStringList &args);
int runSync(CliContext &context, const QStringList &args);
int runServe(CliContext &context, const QStringList &args);

// Every command the tool knows, in the order --help lists them.
QList<CliCommand> cliCommands();

} // namespace Madoguchi
