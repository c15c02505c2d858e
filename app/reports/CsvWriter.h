#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Madoguchi {

// CSV that Excel opens correctly in Japanese: UTF-8 with a byte-order mark (without it
// Excel reads the file as Shift_JIS and shows mojibake), CRLF line ends, and RFC 4180
// quoting — a field with a comma, a double quote, CR or LF is put in double quotes and its
// quotes are doubled. Line breaks inside a field are kept as they are. A text cell that
// Excel would take for a formula (it begins with =, +, -, @, tab or CR: a customer's
// organisation "=cmd|'/c calc'!A0") gets a leading apostrophe, as OWASP recommends for CSV
// injection; plain numbers are left as they are.
class CsvWriter
{
public:
    void addRow(const QStringList &fields);
    QByteArray bytes() const; // BOM + rows
    static QByteArray toBytes(const QList<QStringList> &rows);
    static QString field(const QString &text);
    static QString neutralised(const QString &text); // the apostrophe rule alone

private:
    QString m_text;
};

} // namespace Madoguchi
