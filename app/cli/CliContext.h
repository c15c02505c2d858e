#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Madoguchi {

// What every command gets: its output streams, the clock (fixed by --now) and the
// global options. Commands never exit(); they return the process status.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    Clock &clock;
    QString database; // --database or MADOGUCHI_DATABASE; empty = the default SQLite file

    // Prints "madoguchi-cli: <message>" on stderr and returns 2 (bad input).
    int usageError(const QString &message) const;
    // Prints "madoguchi-cli: <message>" on stderr and returns 1 (the operation failed).
    int failure(const QString &message) const;
    // The same for an Error; a missing database (openCliStore) is bad input and returns 2.
    int failure(const Error &error) const;

    // Parses a command's own options. `args` starts with the command name ("account set"
    // for a subcommand). On an unknown option or a wrong number of positional arguments
    // prints one line and returns false; with --help (or -h) prints the command's help —
    // its synopsis and every option the parser knows — and returns false as well.
    bool parse(QCommandLineParser &parser, const QStringList &args, int minPositional, int maxPositional) const;
    // The status after parse() returned false: 0 when it printed the help, else 2.
    int parseStatus() const { return helpShown ? 0 : 2; }
    // The synopsis lines of a command (first word of `name`) as the global --help shows them.
    static QString synopsis(const QString &name);

    mutable bool helpShown = false;
};

} // namespace Madoguchi
