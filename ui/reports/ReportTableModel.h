#pragma once

#include "reports/ResponseReport.h"

#include <QAbstractTableModel>

namespace Madoguchi {

// The report's rows (and the total) with the columns of ReportTable, for the Reports view.
// Response times read as 「5時間30分」 here; the CSV and the command line keep whole minutes.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const ResponseReport &report);
    // The row key for a model row ("" for the total: every row).
    QString rowKey(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Columns holding minutes ("…_min" keys): shown as hours and minutes.
    bool isDurationColumn(int column) const;

private:
    QList<QString> m_keys;
    QList<QStringList> m_cells;
    QStringList m_headers;
    int m_totalRow = -1;
};

} // namespace Madoguchi
