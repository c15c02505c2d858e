#include "settings/BusinessHoursEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

BusinessHoursEditor::BusinessHoursEditor(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"businessHoursTable"_s);
    m_table->setHorizontalHeaderLabels({ tr("From"), tr("Until (not included)") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(130); // two or three intervals; the calendar page has more to show
    m_add = new QPushButton(tr("Add interval"), this);
    m_add->setObjectName(u"addIntervalButton"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeIntervalButton"_s);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addInterval(QTime(13, 0), QTime(18, 0)); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
}

void BusinessHoursEditor::setIntervals(const QList<BusinessHoursInterval> &intervals)
{
    m_table->setRowCount(0);
    for (const BusinessHoursInterval &interval : intervals)
        addInterval(interval.start, interval.end);
}

void BusinessHoursEditor::addInterval(QTime start, QTime end)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const auto timeEdit = [this](QTime time) {
        auto *edit = new QTimeEdit(time, m_table);
        edit->setDisplayFormat(u"HH:mm"_s);
        edit->setFrame(false);
        return edit;
    };
    m_table->setCellWidget(row, 0, timeEdit(start));
    m_table->setCellWidget(row, 1, timeEdit(end));
}

Result<QList<BusinessHoursInterval>> BusinessHoursEditor::intervals() const
{
    QList<BusinessHoursInterval> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *start = qobject_cast<QTimeEdit *>(m_table->cellWidget(row, 0));
        const auto *end = qobject_cast<QTimeEdit *>(m_table->cellWidget(row, 1));
        if (!start || !end)
            continue;
        if (end->time() <= start->time()) {
            return makeError(u"input"_s,
                             tr("Business hours %1–%2 end before they start.")
                                 .arg(start->time().toString(u"HH:mm"_s), end->time().toString(u"HH:mm"_s)));
        }
        result.append({ start->time(), end->time() });
    }
    if (result.isEmpty())
        return makeError(u"input"_s, tr("Enter at least one business-hours interval."));
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    for (qsizetype i = 1; i < result.size(); ++i) {
        if (result.at(i).start < result.at(i - 1).end) {
            return makeError(u"input"_s,
                             tr("Business hours %1–%2 overlap %3–%4.")
                                 .arg(result.at(i - 1).start.toString(u"HH:mm"_s),
                                      result.at(i - 1).end.toString(u"HH:mm"_s),
                                      result.at(i).start.toString(u"HH:mm"_s), result.at(i).end.toString(u"HH:mm"_s)));
        }
    }
    return result;
}

} // namespace Madoguchi
