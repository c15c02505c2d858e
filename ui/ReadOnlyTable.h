#pragma once

#include <QColor>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace Madoguchi::ReadOnlyTable {

// A table of rows to read and pick one at a time (the outbox, the approval queue): whole
// rows selected, one at a time, no editing, no row numbers, the last column stretched and
// no wrapping; `headers` name its columns.
QTableWidget *create(const QString &objectName, const QStringList &headers, QWidget *parent);

// Row `row` (already inserted) filled with `cells`, each its own tooltip (a cut-off text is
// read there), in `foreground` when it is valid.
void fillRow(QTableWidget *table, int row, const QStringList &cells, const QColor &foreground = {});

} // namespace Madoguchi::ReadOnlyTable
