#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Reads CSV as Excel writes it (RFC 4180): fields separated by commas, a field in double
// quotes may hold commas, doubled quotes and line breaks; CRLF or LF line ends; a leading BOM is
// dropped. Each record keeps the line it began on, for error messages ("line 12: ...").
namespace Madoguchi {

struct CsvRecord
{
    int line = 0; // 1-based
    QStringList fields;
};

struct CsvReadResult
{
    QList<CsvRecord> records; // blank lines left out
    QString error;            // set when a quoted field never ends
    int errorLine = 0;
};

CsvReadResult readCsv(const QString &text);

} // namespace Madoguchi
