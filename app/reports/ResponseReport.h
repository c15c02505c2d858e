#pragma once

#include "reports/ReportFigures.h"
#include "reports/ReportGrouping.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportedMessage.h"

#include <QList>

namespace Madoguchi {

// Which messages of a row a figure counts, for "the tickets behind it".
enum class ReportMeasure {
    Received,
    AnsweredOnTime,
    AnsweredLate,
    Late, // answered late or open and overdue: the "late" bars
    OpenOverdue,
    OpenNotDue,
    ClosedWithoutReply,
};

// One row of a report: a group of messages with its figures on both clocks.
struct ResponseReportRow
{
    QString key;   // "team", a staff or organisation id, "2025-05-07", "2025-05"
    QString label; // what a person reads: a name, a date
    QDate date;    // Day and Month rows: the day / the first of the month
    ReportFigures standard; // business-hours clock (every message of a non-urgent ticket)
    ReportFigures urgent;   // 24×7 clock (urgent tickets)
};

// A finished report: its rows, the total, and the messages behind them.
struct ResponseReport
{
    ReportPeriod period;
    ReportGrouping grouping = ReportGrouping::Team;
    QDateTime now;
    QList<ResponseReportRow> rows;
    ResponseReportRow total;
    QList<ReportedMessage> messages;

    // The messages a figure counts, oldest first (rowKey empty: every row). Standard clock
    // unless `urgent`.
    QList<ReportedMessage> messagesBehind(const QString &rowKey, ReportMeasure measure, bool urgent = false) const;
    const ResponseReportRow *row(const QString &key) const;

    static QString rowKeyOf(const ReportedMessage &message, ReportGrouping grouping);
    static bool counts(const ReportedMessage &message, ReportMeasure measure);
};

} // namespace Madoguchi
