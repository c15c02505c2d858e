#pragma once

#include "reports/ReportFigures.h"

#include <QList>

#include <optional>

namespace Madoguchi {

// The figures a manager looks at first, in the order the Reports view shows them.
enum class KeyFigure { Received, OnTimePercent, MedianMinutes, P90Minutes, AnsweredLate, OpenOverdue };

// One key figure of a period beside the same figure of the previous period of the same
// length (ReportPeriod::previous()).
struct KeyFigureChange
{
    KeyFigure figure;
    std::optional<double> current;  // nullopt: nothing to measure (no answer, nothing judged)
    std::optional<double> previous;

    // current − previous (percentage points for the on-time rate, minutes for the times);
    // nullopt when either side has nothing to measure.
    std::optional<double> change() const;
    // Whether a rise is good news (on-time rate), bad news (times, late, overdue) or
    // neither (received); the view colours the change with it.
    static std::optional<bool> higherIsBetter(KeyFigure figure);
};

class KeyFigures
{
public:
    static QList<KeyFigure> all();
    // The business-hours figures (ReportFigures::standard) of the whole report.
    static std::optional<double> value(KeyFigure figure, const ReportFigures &figures);
    static QList<KeyFigureChange> compare(const ReportFigures &current, const ReportFigures &previous);
    // The ReportTable column key that holds the figure ("received", "compliance_pct", …).
    static const char *columnKey(KeyFigure figure);
};

} // namespace Madoguchi
