#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Madoguchi {

// CSV that Excel opens correctly in Japanese: UTF-8 with a byte-order mark (without it
// Excel reads the file as Shift_JIS and shows mojibake), CRLF line ends, and RFC 4180
// quoting — a field with a comma, a double quote, CR or LF is put in double quotes and its
// quotes are doubled. Line breaks inside a field are kept as they are.
class CsvWriter
{
public:
    void addRow(const QStringList &fields);
    QByteArray bytes() const; // BOM + rows
    static QByteArray toBytes(const QList<QStringList> &rows);
    static QString field(const QString &text);

private:
    QString m_text;
};

} // namespace Madoguchi
