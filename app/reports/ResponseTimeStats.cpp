#include "reports/ResponseTimeStats.h"

#include <algorithm>
#include <numeric>

namespace Madoguchi {

std::optional<qint64> ResponseTimeStats::percentile(const QList<qint64> &sorted, int percent)
{
    if (sorted.isEmpty())
        return std::nullopt;
    const qint64 n = sorted.size();
    // ceil(percent × n / 100) in integers; rank 0 (percent 0) means the smallest value.
    const qint64 rank = std::clamp<qint64>((qint64(percent) * n + 99) / 100, 1, n);
    return sorted.at(rank - 1);
}

ResponseTimeStats ResponseTimeStats::of(QList<qint64> minutes)
{
    ResponseTimeStats stats;
    if (minutes.isEmpty())
        return stats;
    std::sort(minutes.begin(), minutes.end());
    stats.count = int(minutes.size());
    stats.median = *percentile(minutes, 50);
    stats.p90 = *percentile(minutes, 90);
    stats.max = minutes.constLast();
    stats.mean = double(std::accumulate(minutes.cbegin(), minutes.cend(), qint64(0))) / double(minutes.size());
    return stats;
}

} // namespace Madoguchi
