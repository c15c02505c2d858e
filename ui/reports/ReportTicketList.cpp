#include "reports/ReportTicketList.h"

#include "core/Jst.h"

#include <QHeaderView>

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
    resizeColumnsToContents();
}

} // namespace Madoguchi
