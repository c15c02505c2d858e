#include "reports/ReportTableModel.h"

#include "reports/ReportTable.h"

#include <QFont>

namespace Madoguchi {

void ReportTableModel::setReport(const ResponseReport &report)
{
    beginResetModel();
    m_headers = ReportTable::headers();
    m_keys.clear();
    m_cells.clear();
    m_totalRow = -1;
    for (const ResponseReportRow *row : ReportTable::rowsWithTotal(report)) {
        if (row == &report.total)
            m_totalRow = int(m_keys.size());
        m_keys.append(row->key);
        m_cells.append(ReportTable::cells(*row));
    }
    endResetModel();
}

QString ReportTableModel::rowKey(int row) const
{
    return m_keys.value(row);
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cells.size() || index.column() >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_cells.at(index.row()).value(index.column());
    if (role == Qt::TextAlignmentRole)
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.row() == m_totalRow) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_headers.value(section);
    return section + 1;
}

} // namespace Madoguchi
