#include "desk/MainWindow.h"

#include "core/Clock.h"
#include "desk/DeskStatusBar.h"
#include "desk/QueuePanel.h"
#include "desk/SavedViewList.h"
#include "desk/TicketFilterBar.h"
#include "tickets/SavedViews.h"
#include "tickets/TicketDesk.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

// Saved views on the desk (MainWindow.cpp holds the rest of the window).

Result<qint64> MainWindow::saveCurrentView(const QString &name)
{
    TicketListFilter filter;
    filter.queue = m_queues->currentQueue();
    filter = m_filters->apply(filter);
    auto saved = SavedViews(m_desk.database(), m_desk.audit()).save(m_me, name, filter);
    if (saved) {
        refreshSavedViews();
        const QSignalBlocker quiet(m_savedViews);
        m_savedViews->choose(*saved);
        enableViewActions();
    }
    return saved;
}

void MainWindow::askSaveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"),
                                               tr("Name for the queue, filters and search in force:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (auto saved = saveCurrentView(name); !saved)
        m_status->showMessage(saved.error().message, 30 * 1000);
    else
        m_status->showMessage(tr("View 「%1」 saved.").arg(name.trimmed()), 10 * 1000);
}

Result<void> MainWindow::shareChosenView(bool shared)
{
    const SavedView *view = m_savedViews->currentView();
    if (!view)
        return makeError(u"input"_s, tr("Choose a saved view first."));
    auto done = SavedViews(m_desk.database(), m_desk.audit()).setShared(m_me, view->id, shared);
    refreshSavedViews();
    enableViewActions();
    return done;
}

Result<void> MainWindow::deleteChosenView()
{
    const SavedView *view = m_savedViews->currentView();
    if (!view)
        return makeError(u"input"_s, tr("Choose a saved view first."));
    auto done = SavedViews(m_desk.database(), m_desk.audit()).remove(m_me, view->id);
    m_savedViews->clearChoice();
    refreshSavedViews();
    enableViewActions();
    return done;
}

void MainWindow::applySavedView(const SavedView &view)
{
    {
        const QSignalBlocker quietQueues(m_queues);
        m_queues->setCurrentQueue(view.filter.queue);
    }
    m_filters->setFilter(view.filter);
    applyFilter();
}

void MainWindow::refreshSavedViews()
{
    auto views = SavedViews(m_desk.database(), m_desk.audit()).visibleTo(m_me.id);
    if (!views)
        return;
    QHash<qint64, int> counts;
    const QDateTime now = m_desk.clock().now();
    for (const SavedView &view : std::as_const(views.value())) {
        TicketListFilter filter = view.filter;
        filter.me = m_me.id; // "Mine" is whoever looks
        counts.insert(view.id, m_query.count(filter, now).valueOr(0));
    }
    m_savedViews->setViews(views.value(), counts);
}

void MainWindow::enableViewActions()
{
    const SavedView *view = m_savedViews->currentView();
    // Sharing is a manager's; the core refuses it to staff in any case.
    m_shareViewAction->setEnabled(view && m_me.isManager());
    m_shareViewAction->setChecked(view && view->shared);
    m_deleteViewAction->setEnabled(view && (view->ownerId == m_me.id || (view->shared && m_me.isManager())));
}

} // namespace Madoguchi
