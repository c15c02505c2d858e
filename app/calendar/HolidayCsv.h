#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace Madoguchi {

// A day-off list in the Cabinet Office `syukujitsu.csv` format: an optional header line,
// then "date,name" per line. The published file is Shift_JIS (windows-31j) with CRLF and
// unpadded "YYYY/M/D" dates; copies in UTF-8 (with or without a BOM), with LF, or with
// ISO dates ("YYYY-MM-DD") are accepted as well.
class HolidayCsv
{
public:
    struct Entry
    {
        QDate date;
        QString name;
    };

    static Result<QList<Entry>> parse(const QByteArray &data);

    // UTF-8 when the bytes are valid UTF-8 (BOM or not), otherwise windows-31j.
    static QString decode(const QByteArray &data);
    // "2025/6/11", "2025/06/11" or "2025-06-11"; an invalid QDate otherwise.
    static QDate parseDate(QStringView text);
};

} // namespace Madoguchi
