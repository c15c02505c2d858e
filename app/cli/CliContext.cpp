#include "cli/CliContext.h"

#include "cli/CliCommands.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

int CliContext::usageError(const QString &message) const
{
    err << "madoguchi-cli: " << message << Qt::endl;
    return 2;
}

int CliContext::failure(const QString &message) const
{
    err << "madoguchi-cli: " << message << Qt::endl;
    return 1;
}

int CliContext::failure(const Error &error) const
{
    return error.code == u"no-database"_s ? usageError(error.message) : failure(error.message);
}

QString CliContext::synopsis(const QString &name)
{
    const QString command = name.section(u' ', 0, 0);
    for (const CliCommand &known : cliCommands()) {
        if (command == QString::fromUtf8(known.name))
            return QString::fromUtf8(known.synopsis);
    }
    return name;
}

bool CliContext::parse(QCommandLineParser &parser, const QStringList &args, int minPositional,
                       int maxPositional) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        // Qt's own option list (names, value names, descriptions), under our synopsis.
        const QString qtHelp = parser.helpText();
        const qsizetype options = qtHelp.indexOf(u"Options:\n"_s);
        out << "Usage: madoguchi-cli " << synopsis(args.value(0)) << "\n\nOptions:\n";
        if (options >= 0)
            out << qtHelp.mid(options + 9);
        // --help in the same column as Qt's descriptions.
        static const QRegularExpression column(u"^(  \\S.*?  +)\\S"_s, QRegularExpression::MultilineOption);
        const qsizetype width = std::max<qsizetype>(column.match(qtHelp, options).capturedLength(1), 10);
        out << u"  --help"_s.leftJustified(width) << "show this help\n\n"
            << "Global options (--now ISO8601, --database PATH_OR_URL): madoguchi-cli --help\n";
        out.flush();
        helpShown = true;
        return false;
    }
    QStringList withProgram = args;
    withProgram.prepend(u"madoguchi-cli"_s);
    if (!parser.parse(withProgram)) {
        usageError(args.value(0) + u": "_s + parser.errorText());
        return false;
    }
    // positionalArguments() holds the command name first.
    const qsizetype count = parser.positionalArguments().size() - 1;
    if (count < minPositional) {
        usageError(args.value(0) + u": missing argument (see --help)"_s);
        return false;
    }
    if (maxPositional >= 0 && count > maxPositional) {
        usageError(args.value(0) + u": unexpected argument \""_s + parser.positionalArguments().value(maxPositional + 1)
                   + u"\""_s);
        return false;
    }
    return true;
}

} // namespace Madoguchi
