#pragma once

#include <QList>

#include <optional>

namespace Madoguchi {

// Median, 90th percentile, mean and maximum of a list of response times in minutes.
//
// Percentiles use the nearest-rank method: the p-th percentile of N values sorted
// ascending is the value at rank ceil(p / 100 × N) (1-based). The median is the 50th
// percentile by the same rule, so with an even count it is the lower of the two middle
// values. Every figure is therefore a time that really happened, which is what a manager
// can point at ("this ticket took the median time").
struct ResponseTimeStats
{
    int count = 0;
    qint64 median = 0;
    qint64 p90 = 0;
    double mean = 0.0;
    qint64 max = 0;

    bool isEmpty() const { return count == 0; }

    static ResponseTimeStats of(QList<qint64> minutes);
    // Nearest rank on values already sorted ascending; nullopt for an empty list.
    static std::optional<qint64> percentile(const QList<qint64> &sorted, int percent);
};

} // namespace Madoguchi
