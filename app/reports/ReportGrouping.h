#pragma once

#include <QString>

#include <optional>

namespace Madoguchi {

// How a report splits the messages into rows.
enum class ReportGrouping { Team, Staff, Organisation, Day, Month };

QString groupingKey(ReportGrouping grouping); // "team", "staff", "org", "day", "month"
std::optional<ReportGrouping> groupingFromKey(const QString &key);
QString groupingLabel(ReportGrouping grouping); // translated: チーム全体, 担当者別, …

} // namespace Madoguchi
