#pragma once

#include "reports/ResponseReport.h"

#include <QCoreApplication>

class QBarSet;
class QChart;

namespace Madoguchi {

// The three charts of the Reports view, built from finished reports. The bar sets are
// returned so the view can connect their clicks to "the tickets behind it".
class ReportCharts
{
    // The context lupdate extracts the strings with (the class's full name), so the Japanese
    // is found at run time.
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::ReportCharts)

public:
    // One bar pair per day: messages received and messages late (answered late or overdue).
    static QChart *dailyReceivedVsLate(const ResponseReport &byDay, QBarSet **received, QBarSet **late);
    // Compliance per month (business-hours clock) with the target as a flat line.
    static QChart *monthlyCompliance(const ResponseReport &trend, double targetPercent);
    // How many answered messages took how long (business minutes), in ResponseTimeHistogram
    // bins; horizontal bars, so each bin's label is read whole.
    static QChart *responseHistogram(const ResponseReport &report, QBarSet **bars);

    // Received and late per staff member (the rows of a per-staff report, without the
    // total), as horizontal bars so every name is read whole: who is overloaded, who is late.
    static QChart *perStaff(const ResponseReport &byStaff);

    // Which days of a period carry a label on the daily chart: every day of a short period,
    // else Mondays (every few weeks on long periods), so labels never crowd into "…".
    static QList<int> labelledDays(const QList<QDate> &days);
    // A month on the trend axis: 「11月」, with the year on the first month and on January
    // (「2026年1月」).
    static QString monthLabel(QDate month, bool withYear);
    // A count axis from 0 in at most 5 whole-number steps of 1, 2, 5, 10, 20, 50, …:
    // {maximum, ticks}.
    static std::pair<int, int> countAxis(int most);
};

} // namespace Madoguchi
