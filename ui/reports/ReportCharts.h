#pragma once

#include "reports/ResponseReport.h"

class QBarSet;
class QChart;

namespace Madoguchi {

// The three charts of the Reports view, built from finished reports. The bar sets are
// returned so the view can connect their clicks to "the tickets behind it".
class ReportCharts
{
public:
    // One bar pair per day: messages received and messages late (answered late or overdue).
    static QChart *dailyReceivedVsLate(const ResponseReport &byDay, QBarSet **received, QBarSet **late);
    // Compliance per month (business-hours clock) with the target as a flat line.
    static QChart *monthlyCompliance(const ResponseReport &trend, double targetPercent);
    // How many answered messages took how long (business minutes), in ResponseTimeHistogram bins.
    static QChart *responseHistogram(const ResponseReport &report, QBarSet **bars);

    static constexpr double complianceTarget = 99.0; // the agreement's 99 %
};

} // namespace Madoguchi
