#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

// Japan Standard Time: every business rule is evaluated here (DESIGN.md, "The clock" 1).
// JST has had no daylight saving since 1951, so a fixed UTC+9 offset is exact for every
// date the product handles and needs no tz database on the machine.
namespace Madoguchi::Jst {

QTimeZone zone();
QDateTime toJst(const QDateTime &moment);          // same instant, shown in JST
QDate dateOf(const QDateTime &moment);             // the JST calendar date of an instant
QDateTime at(QDate date, QTime time);              // a JST wall-clock moment
QString format(const QDateTime &moment);           // "2025-06-11T19:30:00+09:00"

// Parses ISO 8601 with an explicit offset or Z ("2025-06-11T19:30:00+09:00",
// "2025-06-11T10:30:00Z", "2025-06-11T10:30Z"). A value without an offset is refused:
// the caller must say which instant it means.
std::optional<QDateTime> parseIso(const QString &text);

} // namespace Madoguchi::Jst
