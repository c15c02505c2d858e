#include "reports/CsvWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// A number, possibly negative, stays a number for Excel; it cannot hold a formula.
bool isPlainNumber(const QString &text)
{
    qsizetype i = text.startsWith(u'-') || text.startsWith(u'+') ? 1 : 0;
    bool digits = false, point = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9')
            digits = true;
        else if (c == u'.' && !point)
            point = true;
        else
            return false;
    }
    return digits;
}

} // namespace

QString CsvWriter::neutralised(const QString &text)
{
    static constexpr char16_t formulaStarts[] = { u'=', u'+', u'-', u'@', u'\t', u'\r' };
    if (text.isEmpty() || isPlainNumber(text))
        return text;
    for (const char16_t c : formulaStarts) {
        if (text.front() == c)
            return u'\'' + text;
    }
    return text;
}

QString CsvWriter::field(const QString &raw)
{
    const QString text = neutralised(raw);
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
