// The CSV every report export writes (issue 17 item 8). Input: rows separated by 0x1E, fields by
// 0x1F. The output is read back as RFC 4180 and must hold the same rows and fields, each
// neutralised, and no cell may begin with = + - @ TAB or CR unless it is a plain number.

#include "FuzzTarget.h"
#include "reports/CsvWriter.h"

#include <QRegularExpression>

using namespace Madoguchi;
using namespace Qt::Literals::StringLiterals;

namespace {

// RFC 4180 with CRLF row ends, as Excel reads it; nullopt when the text is not well formed.
std::optional<QList<QStringList>> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'"' && cell.isEmpty()) {
            for (++i;; ++i) {
                if (i >= text.size())
                    return std::nullopt;
                if (text.at(i) == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        cell += u'"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += text.at(i);
            }
            if (i < text.size() && text.at(i) != u',' && text.at(i) != u'\r')
                return std::nullopt;
            continue;
        }
        if (text.at(i) == u',') {
            row.append(cell);
            cell.clear();
            ++i;
        } else if (text.mid(i, 2) == u"\r\n"_s) {
            row.append(cell);
            cell.clear();
            rows.append(row);
            row.clear();
            i += 2;
        } else if (text.at(i) == u'"' || text.at(i) == u'\r' || text.at(i) == u'\n') {
            return std::nullopt; // only allowed inside quotes
        } else {
            cell += text.at(i++);
        }
    }
    if (!row.isEmpty() || !cell.isEmpty())
        return std::nullopt; // the last row has no CRLF
    return rows;
}

} // namespace

MADOGUCHI_FUZZ_TARGET(csv_writer)
{
    const QByteArray input = Fuzz::bytes(data, size);
    QList<QStringList> rows;
    for (const QByteArray &rowBytes : input.split('\x1e')) {
        QStringList fields;
        for (const QByteArray &field : rowBytes.split('\x1f'))
            fields.append(QString::fromUtf8(field));
        rows.append(fields);
    }
    const QByteArray bytes = CsvWriter::toBytes(rows);
    MADOGUCHI_FUZZ_CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const auto read = readCsv(QString::fromUtf8(bytes.mid(3)));
    MADOGUCHI_FUZZ_CHECK(read.has_value());
    MADOGUCHI_FUZZ_CHECK(read->size() == rows.size());
    static const QRegularExpression plainNumber(u"^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)$"_s);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        MADOGUCHI_FUZZ_CHECK(read->at(r).size() == rows.at(r).size());
        for (qsizetype f = 0; f < rows.at(r).size(); ++f) {
            const QString &cell = read->at(r).at(f);
            MADOGUCHI_FUZZ_CHECK(cell == CsvWriter::neutralised(rows.at(r).at(f)));
            const bool formulaStart = !cell.isEmpty() && u"=+-@\t\r"_s.contains(cell.front());
            MADOGUCHI_FUZZ_CHECK(!formulaStart || plainNumber.match(cell).hasMatch());
            // Neutralising only ever adds the apostrophe in front.
            MADOGUCHI_FUZZ_CHECK(cell == rows.at(r).at(f) || cell == u'\'' + rows.at(r).at(f));
        }
    }
    return 0;
}
