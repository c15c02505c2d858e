#pragma once

#include "tickets/TicketListQuery.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Madoguchi {

// The left column: the three numbers Sato looks at first (期限超過 3, 期限間近 7, 未対応 24)
// in large type, then every queue with its live count.
class QueuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePanel(QWidget *parent = nullptr);

    void setCounts(const QHash<DeskQueue, int> &counts);
    int count(DeskQueue queue) const { return m_counts.value(queue); }
    DeskQueue currentQueue() const;
    void setCurrentQueue(DeskQueue queue);
    // 承認: managers see the Approval queue with its count; negative hides it (staff).
    void setApprovalCount(int count);

Q_SIGNALS:
    void queueChosen(Madoguchi::DeskQueue queue);
    void approvalQueueRequested();

private:
    QLabel *bigCount(DeskQueue queue, const QColor &colour);

    QHash<DeskQueue, int> m_counts;
    QHash<DeskQueue, QLabel *> m_bigLabels;
    QListWidget *m_list = nullptr;
    QPushButton *m_approvals = nullptr;
};

} // namespace Madoguchi
