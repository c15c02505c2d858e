#include "reports/CsvWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QString CsvWriter::field(const QString &text)
{
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
                             || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

void CsvWriter::addRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += u',';
        m_text += field(fields.at(i));
    }
    m_text += u"\r\n"_s;
}

QByteArray CsvWriter::bytes() const
{
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

QByteArray CsvWriter::toBytes(const QList<QStringList> &rows)
{
    CsvWriter writer;
    for (const QStringList &row : rows)
        writer.addRow(row);
    return writer.bytes();
}

} // namespace Madoguchi
