#include "desk/SavedViewList.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

SavedViewList::SavedViewList(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    m_title = new QLabel(tr("Saved views"), this);
    m_title->setObjectName(u"savedViewsLabel"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"savedViewListWidget"_s);
    // A long name gives way in the middle: the team mark and the count stay readable.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_views.size())
            Q_EMIT viewChosen(m_views.at(row));
    });
    setVisible(false);
}

void SavedViewList::setViews(const QList<SavedView> &views, const QHash<qint64, int> &counts)
{
    const SavedView *chosen = currentView();
    const qint64 chosenId = chosen ? chosen->id : 0;
    m_views = views;
    m_counts = counts;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const SavedView &view : std::as_const(m_views)) {
        QString text = u"%1  (%2)"_s.arg(view.name).arg(counts.value(view.id));
        auto *item = new QListWidgetItem(m_list);
        if (view.shared) {
            text = tr("[team]") + text;
            item->setToolTip(view.name + u'\n' + tr("Shared with the team by a manager; saved by %1").arg(view.ownerName));
        } else {
            item->setToolTip(view.name + u'\n' + tr("Your own view"));
        }
        item->setText(text);
        item->setData(Qt::UserRole, view.id);
        if (view.id == chosenId)
            m_list->setCurrentItem(item);
    }
    setVisible(!m_views.isEmpty());
}

const SavedView *SavedViewList::currentView() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_views.size() ? &m_views.at(row) : nullptr;
}

void SavedViewList::choose(qint64 viewId)
{
    for (int row = 0; row < m_views.size(); ++row) {
        if (m_views.at(row).id == viewId) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void SavedViewList::clearChoice()
{
    const QSignalBlocker quiet(m_list);
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
}

} // namespace Madoguchi
