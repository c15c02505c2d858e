#include "cli/CliCommands.h"
#include "cli/TerminalDevice.h"
#include "core/Jst.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

void printHelp(QTextStream &out)
{
    out << "Usage: madoguchi-cli [--now ISO8601] [--database PATH_OR_URL] COMMAND [ARGS...]\n\n"
           "Global options:\n"
           "  --now ISO8601        fix the clock (e.g. 2025-06-11T19:30:00+09:00)\n"
           "  --database VALUE     SQLite file path or postgresql://user@host:port/db\n"
           "                       (default: $MADOGUCHI_DATABASE, else the built-in database)\n"
           "  --help, --version\n\nCommands:\n";
    for (const CliCommand &command : cliCommands())
        out << "  " << QString::fromUtf8(command.synopsis) << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Madoguchi"_s);
    QCoreApplication::setApplicationName(u"madoguchi"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(versionString));

    QTranslator translator;
    if (translator.load(QLocale(), u"madoguchi"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    // Nothing a command prints can drive the terminal (issue: ESC in a subject).
    TerminalDevice stdoutDevice(stdout);
    TerminalDevice stderrDevice(stderr);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);
    FixedClock fixedClock;
    Clock *clock = &Clock::system();
    QString database = qEnvironmentVariable("MADOGUCHI_DATABASE");
    CliContext probe{out, err, *clock, database};

    // Global options may stand anywhere; everything else belongs to the command.
    QStringList rest;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto takeValue = [&](const QString &name, QString *value) -> bool {
            if (arg == name) {
                if (i + 1 >= args.size())
                    return false;
                *value = args.at(++i);
                return true;
            }
            *value = arg.mid(name.size() + 1);
            return true;
        };
        if (arg == u"--now"_s || arg.startsWith(u"--now="_s)) {
            QString value;
            if (!takeValue(u"--now"_s, &value))
                return probe.usageError(u"--now needs a value such as 2025-06-11T19:30:00+09:00"_s);
            const auto now = Jst::parseIso(value);
            if (!now)
                return probe.usageError(u"--now: cannot parse \""_s + value
                                        + u"\" as ISO 8601 with an offset (e.g. 2025-06-11T19:30:00+09:00)"_s);
            fixedClock.set(*now);
            clock = &fixedClock;
        } else if (arg == u"--database"_s || arg.startsWith(u"--database="_s)) {
            // An empty value would silently mean the built-in database.
            if (!takeValue(u"--database"_s, &database) || database.isEmpty())
                return probe.usageError(u"--database needs a file path or postgresql:// URL"_s);
        } else if (arg == u"--help"_s || arg == u"-h"_s) {
            if (rest.isEmpty()) {
                printHelp(out);
                return 0;
            }
            rest << arg;
        } else if (arg == u"--version"_s) {
            out << "madoguchi-cli " << QString::fromUtf8(versionString) << Qt::endl;
            return 0;
        } else {
            rest << arg;
        }
    }

    if (rest.isEmpty()) {
        printHelp(err);
        return 2;
    }
    CliContext context{out, err, *clock, database};
    for (const CliCommand &command : cliCommands()) {
        if (rest.first() == QString::fromUtf8(command.name))
            return command.run(context, rest);
    }
    if (rest.first().startsWith(u'-'))
        return context.usageError(u"unknown option \""_s + rest.first() + u"\" (see --help)"_s);
    return context.usageError(u"unknown command \""_s + rest.first() + u"\" (see --help)"_s);
}
