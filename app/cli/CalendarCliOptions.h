#pragma once

#include "calendar/BusinessCalendar.h"
#include "cli/CliContext.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <optional>

namespace Madoguchi {

// What the calendar commands (holidays, deadline, business-minutes, calendar) share: the
// options that load an official holiday list or company holidays, the 1955–2099 range
// check and the parsing of ISO 8601 moments. Every failure prints one line and the
// command returns 2.
class CalendarCliOptions
{
public:
    static void addTo(QCommandLineParser &parser);
    // The lines --help shows for the shared options.
    static QString helpText();
    static bool wantsHelp(const QStringList &args);

    // The calendar with --holidays-csv and --company-holidays applied; nullopt after
    // printing the error.
    static std::optional<BusinessCalendar> calendar(const CliContext &context, const QCommandLineParser &parser,
                                                    const QString &command);
    static std::optional<int> year(const CliContext &context, const QString &command, const QString &text);
    static std::optional<QDateTime> moment(const CliContext &context, const QString &command, const QString &text);
};

} // namespace Madoguchi
