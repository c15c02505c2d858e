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

    struct Calendar
    {
        BusinessCalendar calendar;
        QString source; // "Calendar: …", one line saying whose calendar this is
    };
    // The desk's calendar (company holidays, official list, hours, policy) when a database is
    // given (--database, MADOGUCHI_DATABASE) or the default one exists, else the built-in
    // national calendar; --holidays-csv and --company-holidays are applied on top. nullopt
    // after printing the error, with `status` 2 (bad input) or 1 (the database failed).
    static std::optional<Calendar> calendar(const CliContext &context, const QCommandLineParser &parser,
                                            const QString &command, int &status);
    static std::optional<int> year(const CliContext &context, const QString &command, const QString &text);
    static std::optional<QDateTime> moment(const CliContext &context, const QString &command, const QString &text);
};

} // namespace Madoguchi
