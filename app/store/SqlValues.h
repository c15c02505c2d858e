#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QVariant>

#include <optional>

// How the store writes values both backends read back identically: instants as BIGINT
// milliseconds since the epoch (UTC), absent ids and times as typed NULLs.
namespace Madoguchi::SqlValues {

inline QVariant fromTime(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(moment.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// The milliseconds of a nullable time column, without building a QDateTime (reports read
// 100,000 of them at a time).
inline std::optional<qint64> toMs(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

inline QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

inline qint64 toId(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

} // namespace Madoguchi::SqlValues
