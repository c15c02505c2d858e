#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QVariant>

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

inline QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

inline qint64 toId(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

} // namespace Madoguchi::SqlValues
