#include "core/CsvReader.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

CsvReadResult readCsv(const QString &input)
{
    CsvReadResult result;
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    int line = 1;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false;     // inside a quoted field
    bool hadContent = false; // the record has something (not a blank line)
    auto endRecord = [&]() {
        record.fields.append(field);
        field.clear();
        if (hadContent)
            result.records.append(record);
        record = CsvRecord{line, {}};
        hadContent = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            hadContent = true;
        } else if (c == u',') {
            record.fields.append(field);
            field.clear();
            hadContent = true;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // the LF ends the record
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else {
            field.append(c);
            hadContent = true;
        }
    }
    if (quoted) {
        result.error = QCoreApplication::translate("CsvReader", "a quoted field is not closed");
        result.errorLine = record.line;
        return result;
    }
    endRecord();
    return result;
}

} // namespace Madoguchi
