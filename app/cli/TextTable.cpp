#include "cli/TextTable.h"

#include "cli/TerminalText.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
           || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
           || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD) || (c >= 0x2460 && c <= 0x24FF);
}

QString cut(const QString &text, int width)
{
    if (TextTable::displayWidth(text) <= width)
        return text;
    QString result;
    int used = 0;
    for (char32_t c : text.toUcs4()) {
        const int w = isWide(c) ? 2 : 1;
        if (used + w > width - 1)
            break;
        result += QString::fromUcs4(&c, 1);
        used += w;
    }
    return result + u"…"_s;
}

} // namespace

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString TextTable::render(int maxCellWidth) const
{
    QList<QStringList> all{m_header};
    for (const QStringList &row : m_rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << cut(TerminalText::line(cell), maxCellWidth);
        all << cells;
    }
    QList<int> widths(m_header.size(), 0);
    for (const QStringList &row : std::as_const(all)) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    QString out;
    for (const QStringList &row : std::as_const(all)) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = row.value(i);
            line += cell;
            if (i + 1 < widths.size())
                line += QString(widths[i] - displayWidth(cell) + 2, u' ');
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    return out;
}

} // namespace Madoguchi
