#pragma once

#include "reports/ResponseReport.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Madoguchi {

// One column of the report table, in the three forms it is shown in.
struct ReportColumn
{
    const char *key;     // JSON and scripts: "received", "compliance_pct", …
    const char *english; // translated through QCoreApplication::translate("ReportTable", …)
    const char *japanese; // the CSV header: Excel users get Japanese whatever the desktop language
};

// The report as a table of text cells, shared by the CLI, the CSV and the Reports view.
// Minutes are whole business minutes (urgent: wall-clock minutes), percentages have one
// decimal; a figure with nothing to measure is an empty cell.
class ReportTable
{
public:
    static const QList<ReportColumn> &columns();
    static QStringList headers();         // translated
    static QStringList japaneseHeaders(); // for the CSV
    static QStringList cells(const ResponseReportRow &row);
    // Every row, then the total (label "Total") unless the report has a single team row.
    static QList<const ResponseReportRow *> rowsWithTotal(const ResponseReport &report);

    static QString percent(const std::optional<double> &value);
    static QString minutes(const ResponseTimeStats &stats, qint64 value);
};

} // namespace Madoguchi
