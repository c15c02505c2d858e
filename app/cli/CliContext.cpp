#include "cli/CliContext.h"

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

bool CliContext::parse(QCommandLineParser &parser, const QStringList &args, int minPositional,
                       int maxPositional) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
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
