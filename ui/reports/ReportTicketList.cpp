#include "reports/ReportTicketList.h"

#include "core/Jst.h"

#include <QFontMetrics>
#include <QHeaderView>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString jstText(const QDateTime &moment)
{
    return moment.isValid() ? Jst::toJst(moment).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

} // namespace

ReportTicketList::ReportTicketList(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(u"reportTicketList"_s);
    setColumnCount(6);
    setHorizontalHeaderLabels({tr("No."), tr("Subject"), tr("Handled by"), tr("Received (JST)"), tr("Due (JST)"),
                               tr("Answered (JST)")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    keepColumnsReadable();
    connect(this, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *number = item(row, 0))
            Q_EMIT ticketActivated(number->data(Qt::UserRole).toLongLong());
    });
}

void ReportTicketList::setMessages(const QString &title, const QList<ReportedMessage> &messages)
{
    m_title = title;
    setRowCount(int(messages.size()));
    for (int row = 0; row < messages.size(); ++row) {
        const ReportedMessage &m = messages.at(row);
        auto *number = new QTableWidgetItem(u"#%1"_s.arg(m.ticketId));
        number->setData(Qt::UserRole, m.ticketId);
        setItem(row, 0, number);
        setItem(row, 1, new QTableWidgetItem(m.subject));
        setItem(row, 2, new QTableWidgetItem(m.staffName.isEmpty() ? tr("(unassigned)") : m.staffName));
        setItem(row, 3, new QTableWidgetItem(jstText(m.received)));
        setItem(row, 4, new QTableWidgetItem(jstText(m.deadline)));
        setItem(row, 5, new QTableWidgetItem(m.answered.isValid() ? jstText(m.answered) : tr("not answered")));
    }
    if (!messages.isEmpty())
        resizeColumnsToContents();
    keepColumnsReadable();
}

int ReportTicketList::readableWidth(int column) const
{
    // The widest text a column holds in practice, so an empty list (after 表示) keeps
    // columns a date fits in instead of shrinking them to their headers.
    static const QString dateSample = u"2026-12-31 23:59"_s;
    const QStringList samples = {u"#00000"_s, QString(), tr("(unassigned)"), dateSample, dateSample, dateSample};
    const QFontMetrics metrics(font());
    const int text = metrics.horizontalAdvance(samples.value(column)) + metrics.averageCharWidth() * 2;
    return std::max(text, horizontalHeader()->sectionSizeHint(column));
}

void ReportTicketList::keepColumnsReadable()
{
    for (int column = 0; column < columnCount(); ++column) {
        if (column != 1) // the subject stretches
            setColumnWidth(column, std::max(columnWidth(column), readableWidth(column)));
    }
}

} // namespace Madoguchi
