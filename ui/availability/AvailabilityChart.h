#pragma once

#include "availability/MonthlyAvailability.h"

#include <QCoreApplication>

class QChart;
class QLineSeries;

namespace Madoguchi {

// The Availability view's 12-month chart: the client and the consumer function's monthly
// availability with the target as a dashed line, months labelled as on the Reports trend
// chart. The value axis starts just below the lowest figure or target (a 99 % line on a
// 0–100 axis would hide every difference) and ends at 100.
class AvailabilityChart
{
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::AvailabilityChart)

public:
    // client and consumer: the same months, oldest first. `dark`: the palette in force.
    static QChart *trend(const QList<AvailabilityFigures> &client, const QList<AvailabilityFigures> &consumer,
                         double targetPercent, bool dark);
    // The lower end of the value axis: a whole percent at least 0.5 below the lowest value.
    static double axisFloor(const QList<AvailabilityFigures> &client, const QList<AvailabilityFigures> &consumer,
                            double targetPercent);
    static QLineSeries *targetSeries(QChart *chart); // the dashed target line (for tests)
};

} // namespace Madoguchi
