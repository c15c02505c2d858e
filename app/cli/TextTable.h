#pragma once

#include <QList>
#include <QStringList>

namespace Madoguchi {

// A plain-text table for the terminal. Widths count East Asian wide characters (kanji,
// kana, full-width forms) as two columns, so Japanese columns line up.
class TextTable
{
public:
    explicit TextTable(QStringList header) : m_header(std::move(header)) {}
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    // Cells wider than maxCellWidth are cut with "…".
    QString render(int maxCellWidth = 60) const;

    static int displayWidth(const QString &text);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace Madoguchi
