#pragma once

#include "core/Result.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportedMessage.h"

#include <QHash>
#include <QList>

namespace Madoguchi {

class BusinessCalendar;
class Database;

// Reads the customer messages (response obligations) received in a period with everything a
// report needs, in one statement that both SQLite and PostgreSQL run unchanged, and decides
// each message's outcome and response time as of `now` in C++ (business minutes need the
// calendar). A reply or a closing stamped after `now` has not happened yet.
class ReportedMessageSource
{
public:
    ReportedMessageSource(Database &database, const BusinessCalendar &calendar)
        : m_database(database), m_calendar(calendar) {}

    Result<QList<ReportedMessage>> messages(const ReportPeriod &period, const QDateTime &now);

private:
    Result<void> loadNames();

    Database &m_database;
    const BusinessCalendar &m_calendar;
    QHash<qint64, QString> m_staffNames;
    QHash<qint64, QString> m_organisationNames;
};

} // namespace Madoguchi
