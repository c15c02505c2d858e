#include "ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace Madoguchi::ReadOnlyTable {

QTableWidget *create(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void fillRow(QTableWidget *table, int row, const QStringList &cells, const QColor &foreground)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        if (foreground.isValid())
            item->setForeground(foreground);
        table->setItem(row, c, item);
    }
}

} // namespace Madoguchi::ReadOnlyTable
