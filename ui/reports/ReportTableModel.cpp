#include "reports/ReportTableModel.h"

#include "core/RemainingTimeText.h"
#include "reports/ReportTable.h"

#include <QFont>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// The headers of the duration columns without the "(min)" of the CSV and the command line.
const char *durationHeader(const QString &key)
{
    static const QHash<QString, const char *> headers = {
        // Key columns, shown first and read most: short, with the full name as the tooltip.
        {u"message_median_min"_s, QT_TRANSLATE_NOOP("Madoguchi::ReportTableModel", "Median response")},
        {u"message_p90_min"_s, QT_TRANSLATE_NOOP("Madoguchi::ReportTableModel", "90th percentile")},
        {u"message_mean_min"_s, QT_TRANSLATE_NOOP("Madoguchi::ReportTableModel", "Response per message: mean")},
        {u"message_max_min"_s, QT_TRANSLATE_NOOP("Madoguchi::ReportTableModel", "Response per message: max")},
        {u"ticket_median_min"_s, QT_TRANSLATE_NOOP("Madoguchi::ReportTableModel", "First response per ticket: median")},
        {u"ticket_p90_min"_s, QT_TRANSLATE_NOOP("Madoguchi::ReportTableModel", "First response per ticket: p90")},
        {u"ticket_mean_min"_s, QT_TRANSLATE_NOOP("Madoguchi::ReportTableModel", "First response per ticket: mean")},
        {u"ticket_max_min"_s, QT_TRANSLATE_NOOP("Madoguchi::ReportTableModel", "First response per ticket: max")},
        {u"urgent_median_min"_s, QT_TRANSLATE_NOOP("Madoguchi::ReportTableModel", "Urgent: response median (24×7)")},
        {u"urgent_p90_min"_s, QT_TRANSLATE_NOOP("Madoguchi::ReportTableModel", "Urgent: response p90 (24×7)")},
        {u"urgent_max_min"_s, QT_TRANSLATE_NOOP("Madoguchi::ReportTableModel", "Urgent: response max (24×7)")},
    };
    return headers.value(key, nullptr);
}

} // namespace

bool ReportTableModel::isDurationColumn(int column) const
{
    return column >= 0 && column < ReportTable::columns().size()
           && QByteArrayView(ReportTable::columns().at(column).key).endsWith("_min");
}

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
    if (role == Qt::DisplayRole) {
        const QString cell = m_cells.at(index.row()).value(index.column());
        if (cell.isEmpty() || !isDurationColumn(index.column()))
            return cell;
        return RemainingTimeText::hoursAndMinutes(std::llround(cell.toDouble()));
    }
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
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal)
        return m_headers.value(section);
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section >= 0 && section < ReportTable::columns().size()) {
            if (const char *header = durationHeader(QString::fromLatin1(ReportTable::columns().at(section).key)))
                return tr(header);
        }
        return m_headers.value(section);
    }
    return section + 1;
}

} // namespace Madoguchi
