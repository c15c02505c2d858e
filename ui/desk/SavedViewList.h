#pragma once

#include "tickets/SavedViews.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;

namespace Madoguchi {

// Under the queues: the person's saved views and the team's shared ones, each with its live
// count, 「請求の件  (3)」; a shared one says so and who made it.
class SavedViewList : public QWidget
{
    Q_OBJECT

public:
    explicit SavedViewList(QWidget *parent = nullptr);

    void setViews(const QList<SavedView> &views, const QHash<qint64, int> &counts);
    const QList<SavedView> &views() const { return m_views; }
    int count(qint64 viewId) const { return m_counts.value(viewId, -1); }
    // The chosen view, or nullptr when a queue is in force instead.
    const SavedView *currentView() const;
    void choose(qint64 viewId);
    void clearChoice();
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void viewChosen(const Madoguchi::SavedView &view);

private:
    QList<SavedView> m_views;
    QHash<qint64, int> m_counts;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Madoguchi
