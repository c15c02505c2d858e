#include "desk/QueuePanel.h"

#include "FlagIcons.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QueuePanel::QueuePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(bigCount(DeskQueue::Overdue, FlagIcons::colour(DeadlineFlag::Overdue)));
    layout->addWidget(bigCount(DeskQueue::DueSoon, FlagIcons::colour(DeadlineFlag::DueSoon)));
    layout->addWidget(bigCount(DeskQueue::New, QColor(0x1e, 0x5a, 0x96)));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"queueListWidget"_s);
    for (DeskQueue queue : allDeskQueues()) {
        auto *item = new QListWidgetItem(deskQueueLabel(queue), m_list);
        item->setData(Qt::UserRole, int(queue));
        if (queue == DeskQueue::Overdue)
            item->setIcon(FlagIcons::icon(DeadlineFlag::Overdue));
        else if (queue == DeskQueue::DueSoon)
            item->setIcon(FlagIcons::icon(DeadlineFlag::DueSoon));
    }
    layout->addWidget(m_list, 1);
    m_approvals = new QPushButton(this);
    m_approvals->setObjectName(u"approvalQueueButton"_s);
    m_approvals->setToolTip(tr("Replies waiting for a manager's approval"));
    m_approvals->hide();
    layout->addWidget(m_approvals);
    connect(m_approvals, &QPushButton::clicked, this, &QueuePanel::approvalQueueRequested);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int) { Q_EMIT queueChosen(currentQueue()); });
    setCurrentQueue(DeskQueue::All);
}

void QueuePanel::setApprovalCount(int count)
{
    m_approvals->setVisible(count >= 0);
    m_approvals->setText(tr("Approval queue  (%1)").arg(std::max(count, 0)));
    QFont font = m_approvals->font();
    font.setBold(count > 0);
    m_approvals->setFont(font);
}

QLabel *QueuePanel::bigCount(DeskQueue queue, const QColor &colour)
{
    auto *label = new QLabel(this);
    label->setObjectName(queue == DeskQueue::Overdue   ? u"overdueCountLabel"_s
                         : queue == DeskQueue::DueSoon ? u"dueSoonCountLabel"_s
                                                       : u"newCountLabel"_s);
    label->setTextFormat(Qt::RichText);
    label->setStyleSheet(u"QLabel { border-left: 6px solid %1; padding: 2px 6px; }"_s.arg(colour.name()));
    label->setCursor(Qt::PointingHandCursor);
    label->setToolTip(tr("Show this queue"));
    connect(label, &QLabel::linkActivated, this, [this, queue](const QString &) { setCurrentQueue(queue); });
    m_bigLabels.insert(queue, label);
    return label;
}

void QueuePanel::setCounts(const QHash<DeskQueue, int> &counts)
{
    m_counts = counts;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const auto queue = DeskQueue(item->data(Qt::UserRole).toInt());
        item->setText(u"%1  (%2)"_s.arg(deskQueueLabel(queue)).arg(counts.value(queue)));
        QFont font = m_list->font(); // the list's: follows the text size setting
        font.setBold((queue == DeskQueue::Overdue || queue == DeskQueue::DueSoon) && counts.value(queue) > 0);
        item->setFont(font);
    }
    // Every queue's name and count whole (「Waiting for customer (3)」 was cut at 1024 pixels):
    // the column is never narrower than its longest line.
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 4);
    for (auto it = m_bigLabels.cbegin(); it != m_bigLabels.cend(); ++it) {
        it.value()->setText(u"<a href=\"q\" style=\"text-decoration:none; color:palette(window-text)\">"
                            "<span style=\"font-size:large\">%1</span> "
                            "<span style=\"font-size:xx-large; font-weight:bold\">%2</span></a>"_s.arg(
                                deskQueueLabel(it.key()).toHtmlEscaped())
                                .arg(counts.value(it.key())));
    }
}

DeskQueue QueuePanel::currentQueue() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? DeskQueue(item->data(Qt::UserRole).toInt()) : DeskQueue::All;
}

void QueuePanel::setCurrentQueue(DeskQueue queue)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (DeskQueue(m_list->item(row)->data(Qt::UserRole).toInt()) == queue) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

} // namespace Madoguchi
