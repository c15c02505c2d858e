#include "desk/MainWindow.h"

#include "notices/AnnouncementBar.h"

#include "WindowGeometry.h"
#include "availability/AvailabilityView.h"
#include "availability/DeskIncidents.h"
#include "availability/IncidentLinkBar.h"
#include "calendar/CalendarPage.h"
#include "sync/DeskMailboxSync.h"
#include "desk/BulkTicketActions.h"
#include "desk/DeskNotifier.h"
#include "reply/DeskOutbox.h"
#include "ModalPrompts.h"
#include "reply/OutboxView.h"
#include "approval/ApprovalQueueView.h"
#include "mail/outbox/ReplyApprovals.h"
#include "desk/DeskStatusBar.h"
#include "desk/EmptyListNotice.h"
#include "desk/SavedViewList.h"
#include "desk/QueuePanel.h"
#include "sync/SyncStatusDialog.h"
#include "desk/TicketFilterBar.h"
#include "desk/TicketListColumns.h"
#include "desk/TicketListModel.h"
#include "desk/TicketPanel.h"
#include "calendar/BusinessCalendar.h"
#include "core/Clock.h"
#include "store/AutomaticBackup.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "tickets/TicketDesk.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>

#include <algorithm>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

MainWindow::MainWindow(TicketDesk &desk, const StaffUser &me, QWidget *parent)
    : QMainWindow(parent), m_desk(desk), m_me(me), m_query(desk.database(), desk.calendar(), desk.search())
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Madoguchi — support desk"));
    m_model = new TicketListModel(m_query, desk.clock(), this);
    m_model->setBusinessDayMinutes(businessDayMinutes());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"pagesTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildDeskPage(), tr("Desk"));
    const auto calendar = desk.calendar().calendar();
    m_calendarPage = new CalendarPage(calendar ? *calendar.value() : BusinessCalendar(), desk.clock(), this);
    m_tabs->addTab(m_calendarPage, tr("Calendar"));
    setCentralWidget(m_tabs);

    m_status = new DeskStatusBar(desk.clock(), this);
    setStatusBar(m_status);
    m_incidents = new DeskIncidents(desk, me, m_status, this);
    connect(m_incidents, &DeskIncidents::ticketActivated, this, &MainWindow::openTicket);
    connect(m_incidents, &DeskIncidents::incidentsChanged, m_panel, &TicketPanel::reload);
    connect(m_panel->incidentLinkBar(), &IncidentLinkBar::incidentActivated, m_incidents,
            [this](qint64 id) { m_incidents->showIncidents(id); });
    m_notifier = new DeskNotifier(this);
    connect(m_notifier, &DeskNotifier::openTicketRequested, this, [this](qint64 id) {
        showNormal();
        raise();
        activateWindow();
        openTicket(id);
    });
    // Neither a tray nor a notification service (a bare window manager): the window itself
    // says it, in the status bar, and asks the window manager for attention.
    connect(m_notifier, &DeskNotifier::noticeShown, this, [this](const QString &title, const QString &text) {
        if (m_notifier->hasTray() || m_notifier->usesDesktopNotifications())
            return;
        m_status->showMessage(u"%1 — %2"_s.arg(title, text), 60 * 1000);
        QApplication::alert(this);
    });
    connect(m_notifier, &DeskNotifier::trayActivated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    buildMenus();

    m_backup = new AutomaticBackup(desk.database(), desk.clock(), this);
    connect(m_backup, &AutomaticBackup::backupFailed, this, [this](const QString &message) {
        m_status->showMessage(tr("The daily backup of the database failed: %1").arg(message), 60 * 1000);
    });
    // "Now" is the injected clock's; the timer only says when to look at it again.
    m_timer = new QTimer(this);
    m_timer->setInterval(refreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &MainWindow::refreshLive);
    m_timer->start();
    // Several notifications in a burst (a sync storing 50 messages) make one refresh.
    connect(&desk.database(), &Database::ticketsChanged, this, [this](const QList<qint64> &ids) {
        if (ids.contains(0)) { // the calendar changed (TicketDesk's convention): every deadline view follows
            m_desk.calendar().reload();
            if (auto calendar = m_desk.calendar().calendar())
                m_calendarPage->setCalendar(*calendar.value());
        }
        if (ids.isEmpty() || ids.contains(m_panel->ticketId()))
            QTimer::singleShot(0, m_panel, &TicketPanel::reload);
        if (!m_refreshQueued) {
            m_refreshQueued = true;
            QTimer::singleShot(0, this, &MainWindow::refreshLive);
        }
    });
    (void)desk.database().watchForChanges();

    applyFilter();
    refreshLive();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The panels destroyed after this body commit (a reply editor ends its heartbeat) and so
    // announce a change; this window's members are gone by then (UBSan: tst_forwarddesk).
    disconnect(&m_desk.database(), nullptr, this, nullptr);
}

QWidget *MainWindow::buildDeskPage()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"deskSplitter"_s);
    // The left column: the queues, and under them the saved views.
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_queues = new QueuePanel(left);
    m_savedViews = new SavedViewList(left);
    leftLayout->addWidget(m_queues, 2);
    leftLayout->addWidget(m_savedViews, 1);
    connect(m_queues, &QueuePanel::queueChosen, this, [this](DeskQueue) {
        m_savedViews->clearChoice();
        applyFilter();
    });
    connect(m_savedViews, &SavedViewList::viewChosen, this, &MainWindow::applySavedView);
    connect(m_queues, &QueuePanel::approvalQueueRequested, this, [this] { showApprovals(); });

    auto *centre = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 4, 0, 0);
    m_filters = new TicketFilterBar(m_desk, centre);
    connect(m_filters, &TicketFilterBar::changed, this, &MainWindow::applyFilter);
    m_view = new QTableView(centre);
    m_view->setObjectName(u"ticketTableView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSortIndicator(TicketListModel::DueColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setIconSize(QSize(16, 16));
    m_columns = new TicketListColumns(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    m_listSummary = new QLabel(centre);
    m_listSummary->setObjectName(u"listSummary"_s);
    m_listSummary->setContentsMargins(4, 0, 4, 0);
    m_listSummary->setWordWrap(true);
    m_announcements = new AnnouncementBar(m_desk, centre);
    connect(m_announcements, &AnnouncementBar::sendAnnouncementRequested, this,
            [this](qint64 planId) { showNoticeDialog(NoticeTopic::plan(planId), NoticeKind::Announcement); });
    layout->addWidget(m_announcements);
    layout->addWidget(m_filters);
    layout->addWidget(m_listSummary);
    layout->addWidget(m_view, 1);
    m_emptyNotice = new EmptyListNotice(centre);
    m_emptyNotice->hide();
    layout->addWidget(m_emptyNotice, 1);
    connect(m_emptyNotice, &EmptyListNotice::connectMailboxRequested, this, [this] {
        if (m_openSettings)
            m_openSettings(this);
    });
    connect(m_emptyNotice, &EmptyListNotice::importMailRequested, this, &MainWindow::askImportFiles);
    connect(m_emptyNotice, &EmptyListNotice::sampleDeskRequested, this, &MainWindow::openSampleDesk);
    connect(m_emptyNotice, &EmptyListNotice::clearFiltersRequested, this, [this] {
        m_savedViews->clearChoice();
        m_queues->setCurrentQueue(DeskQueue::All);
        m_filters->clear();
    });

    m_panel = new TicketPanel(m_desk, m_splitter);
    m_panel->setCurrentUser(m_me);
    connect(m_panel, &TicketPanel::organisationRequested, this, [this](qint64 id) { showOrganisations(id); });
    m_bulk = new BulkTicketActions(m_desk, m_view, m_model, this);
    m_bulk->setCurrentUser(m_me);
    m_bulk->setFallbackTicket([this] { return SeenTicket{m_panel->ticket().id, m_panel->ticket().version}; });
    connect(m_bulk, &BulkTicketActions::applied, this, &MainWindow::showBulkOutcome);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showTicketContextMenu);
    connect(m_panel, &TicketPanel::ticketChanged, this, [this](qint64) { refreshLive(); });
    connect(m_panel, &TicketPanel::replyQueued, this, [this](qint64 ticketId, qint64 outboxId) {
        if (outboxId == 0) { // 承認: held for a manager, not in the outbox
            m_status->showMessage(tr("Reply on #%1 is waiting for a manager's approval.").arg(ticketId), 10 * 1000);
            return;
        }
        if (m_outbox)
            m_outbox->wake();
        if (m_outbox && !m_outbox->isRunning() && !m_outbox->problem().isEmpty())
            m_status->showMessage(m_outbox->problem(), 60 * 1000);
        else
            m_status->showMessage(tr("Reply on #%1 queued for sending.").arg(ticketId), 10 * 1000);
    });
    // The list and the ticket side by side on a wide window, the ticket below the list on a
    // narrow one (arrangeForWidth), so the list's columns are never pushed off-screen.
    m_workSplitter = new QSplitter(Qt::Horizontal, m_splitter);
    m_workSplitter->setObjectName(u"listPanelSplitter"_s);
    m_workSplitter->setChildrenCollapsible(false);
    m_workSplitter->addWidget(centre);
    // Several tickets chosen: the panel says how many (the bulk actions work on them all)
    // instead of showing one of them as if it were the only one.
    m_panelStack = new QStackedWidget(m_workSplitter);
    m_panelStack->setObjectName(u"ticketPanelStack"_s);
    // Scrolls rather than squeezing the list when it is below it on a low screen.
    m_panelScroll = new QScrollArea(m_panelStack);
    m_panelScroll->setObjectName(u"ticketPanelScrollArea"_s);
    m_panelScroll->setWidgetResizable(true);
    m_panelScroll->setFrameShape(QFrame::NoFrame);
    m_panelScroll->setWidget(m_panel);
    m_selectionCount = new QLabel(m_panelStack);
    m_selectionCount->setObjectName(u"selectionCountLabel"_s);
    m_selectionCount->setAlignment(Qt::AlignCenter);
    m_selectionCount->setWordWrap(true);
    m_selectionCount->setMargin(12);
    m_panelStack->addWidget(m_panelScroll);
    m_panelStack->addWidget(m_selectionCount);
    m_workSplitter->addWidget(m_panelStack);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::showSelectionCount);
    m_workSplitter->setStretchFactor(0, 2);
    m_workSplitter->setStretchFactor(1, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_workSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({160, 1440});
    return m_splitter;
}

void MainWindow::setMailboxSync(DeskMailboxSync *sync)
{
    m_sync = sync;
    m_syncNowAction->setEnabled(sync != nullptr);
    if (!sync)
        return;
    MailboxSyncMonitor &monitor = sync->monitor();
    connect(&monitor, &MailboxSyncMonitor::changed, this, [this, &monitor] { m_status->showSync(monitor); });
    // The sync writes through its own connection: SQLite's data_version and PostgreSQL's
    // NOTIFY tell the desk too, but a pass that stored mail refreshes at once.
    connect(&monitor, &MailboxSyncMonitor::passFinished, this, [this](const MailboxSyncSummary &summary) {
        if (summary.stored > 0 && !m_refreshQueued) {
            m_refreshQueued = true;
            QTimer::singleShot(0, this, &MainWindow::refreshLive);
        }
    });
    connect(&monitor, &MailboxSyncMonitor::alertReceived, this, [this](const QString &text) {
        // RFC 3501 7.1: an [ALERT] must be shown to the user; not modal, the desk goes on.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Message from the mail server"), text,
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->show();
    });
    connect(m_status, &DeskStatusBar::syncDetailsRequested, this, &MainWindow::showSyncStatus,
            Qt::UniqueConnection);
    connect(m_status, &DeskStatusBar::signInAgainRequested, sync, &DeskMailboxSync::signInAgain,
            Qt::UniqueConnection);
    // "Waiting for the browser…", then who signed in or why not; the sync line follows.
    connect(sync, &DeskMailboxSync::signInChanged, this, [this, sync] {
        m_status->showMessage(sync->signInStatus(), sync->isSigningIn() ? 0 : 15 * 1000);
        m_status->signInAgainButton()->setEnabled(!sync->isSigningIn());
    });
    m_status->showSync(monitor);
}

void MainWindow::setOutbox(DeskOutbox *outbox)
{
    m_outbox = outbox;
    if (!outbox)
        return;
    connect(outbox, &DeskOutbox::statusChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_status->showMessage(text, 60 * 1000);
    });
}

void MainWindow::setPrompts(ModalPrompts &prompts)
{
    m_prompts = &prompts;
    m_panel->setPrompts(prompts);
}

OutboxView *MainWindow::showOutbox()
{
    auto *view = findChild<OutboxView *>();
    if (!view) {
        view = new OutboxView(m_desk, m_me, prompts(), this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        connect(view, &OutboxView::retried, this, [this] {
            if (m_outbox)
                m_outbox->wake();
        });
        connect(view, &OutboxView::ticketActivated, this, &MainWindow::openTicket);
        // 取り消し from the outbox: the ticket opens and its own Undo send takes the reply back.
        connect(view, &OutboxView::withdrawRequested, this, [this](qint64 outboxId, qint64 ticketId) {
            openTicket(ticketId);
            m_panel->withdrawReply(outboxId);
        });
    }
    view->refresh();
    view->show();
    view->raise();
    view->activateWindow();
    return view;
}

ApprovalQueueView *MainWindow::showApprovals()
{
    auto *view = findChild<ApprovalQueueView *>();
    if (!view) {
        view = new ApprovalQueueView(m_desk, m_me, this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        connect(view, &ApprovalQueueView::approved, this, [this] {
            if (m_outbox)
                m_outbox->wake();
        });
        connect(view, &ApprovalQueueView::changed, this, &MainWindow::refreshLive);
        connect(view, &ApprovalQueueView::ticketActivated, this, &MainWindow::openTicket);
    }
    view->refresh();
    view->show();
    view->raise();
    view->activateWindow();
    return view;
}

void MainWindow::showSyncStatus()
{
    if (!m_sync) {
        QMessageBox::information(this, tr("Mailbox sync status"), tr("The mailbox sync is not available in this build."));
        return;
    }
    // One dialog, kept while open: it follows the sync live.
    auto *dialog = findChild<SyncStatusDialog *>();
    if (!dialog) {
        dialog = new SyncStatusDialog(*m_sync, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

int MainWindow::businessDayMinutes()
{
    auto calendar = m_desk.calendar().calendar();
    return calendar ? (*calendar)->dailyBusinessSeconds() / 60 : 7 * 60;
}

void MainWindow::applyFilter()
{
    TicketListFilter filter;
    filter.queue = m_queues->currentQueue();
    filter.me = m_me.id;
    filter = m_filters->apply(filter);
    const qint64 current = m_panel->ticketId();
    m_model->setFilter(filter);
    showListSummary();
    const int row = m_model->rowOfTicket(current);
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelectionCount();
}

void MainWindow::showListSummary()
{
    const int total = m_model->totalCount();
    if (m_model->isCapped()) {
        m_listSummary->setText(
            tr("%n ticket(s), from the newest %1 matching messages: add a word or a date range to reach older ones.",
               nullptr, total)
                .arg(QLocale().toString(TicketListQuery::searchHitLimit)));
    } else {
        m_listSummary->setText(tr("%n ticket(s)", nullptr, total));
    }
    // Nothing to list: say why and what to do instead of an empty table.
    const bool empty = total == 0 && m_model->lastError().isEmpty();
    if (empty && m_queues->count(DeskQueue::All) == 0) {
        m_emptyNotice->showEmptyDesk();
    } else if (empty) {
        QStringList filters = m_filters->describe();
        if (m_queues->currentQueue() != DeskQueue::All)
            filters.prepend(tr("Queue: %1").arg(deskQueueLabel(m_queues->currentQueue())));
        m_emptyNotice->showNoMatch(filters);
    }
    m_emptyNotice->setVisible(empty);
    m_view->setVisible(!empty);
}

void MainWindow::refreshLive()
{
    m_refreshQueued = false;
    const QDateTime now = m_desk.clock().now();
    auto calendar = m_desk.calendar().calendar();
    const BusinessCalendar *businessCalendar = calendar ? *calendar : nullptr;
    m_model->setBusinessDayMinutes(businessDayMinutes());
    auto counts = m_query.queueCounts(now, m_me.id);
    if (counts) {
        m_queues->setCounts(counts.value());
    refreshSavedViews();
        m_notifier->setOverdueCount(counts->value(DeskQueue::Overdue));
    }
    if (m_me.isManager())
        m_queues->setApprovalCount(ReplyApprovals(m_desk).waitingCount().valueOr(0));
    const qint64 current = m_panel->ticketId();
    m_model->refresh();
    showListSummary();
    const int row = m_model->rowOfTicket(current);
    if (row >= 0 && m_view->currentIndex().row() != row) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (auto flagged = m_query.flagged(now)) {
        m_notifier->update(flagged.value(), businessCalendar && businessCalendar->isBusinessTime(now),
                           businessDayMinutes());
    }
    m_status->refreshClock(businessCalendar);
    m_incidents->refresh();
    // Whichever desktop (or the server) synced last wrote its watermark time.
    auto lastSync = m_desk.database().scalar(u"Reading the last mail sync"_s,
                                             u"SELECT MAX(updated_ms) FROM mailbox_sync"_s);
    if (lastSync && !lastSync->isNull())
        m_status->setLastSync(SqlValues::toTime(*lastSync));
    if (current > 0)
        m_panel->refreshDeadline();
    showSelectionCount(); // a reset list clears its selection without saying so
    if (m_backup)
        m_backup->checkNow(); // nothing unless today's (JST) backup is still missing
    m_announcements->check(); // once a day per plan
}

AvailabilityView *MainWindow::showAvailability()
{
    // A window of its own, like Reports: a manager keeps it beside the desk.
    auto *view = new AvailabilityView(m_desk, m_me, this);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("Availability"));
    view->resize(1440, 860); // the contributions table needs the width; fitToScreen shrinks it on a low screen
    WindowGeometry::fitToScreen(view);
    connect(view, &AvailabilityView::incidentActivated, m_incidents, [this](qint64 id) { m_incidents->showIncidents(id); });
    view->show();
    return view;
}

void MainWindow::showSelectionCount()
{
    const int chosen = int(m_view->selectionModel()->selectedRows().size());
    if (chosen > 1) {
        m_selectionCount->setText(tr("%n ticket(s) selected", nullptr, chosen) + u"\n\n"_s
                                  + tr("Change them all from the Ticket menu or the list's context menu; "
                                       "choose one ticket to read it."));
    }
    m_panelStack->setCurrentWidget(chosen > 1 ? static_cast<QWidget *>(m_selectionCount) : m_panelScroll);
}

void MainWindow::onCurrentRowChanged()
{
    const qint64 id = m_model->ticketIdAt(m_view->currentIndex().row());
    if (id > 0 && id != m_panel->ticketId())
        m_panel->showTicket(id);
}

void MainWindow::showBulkOutcome(const QString &summary, const QStringList &refusals)
{
    m_status->showMessage(summary, 60 * 1000);
    refreshLive();
    m_panel->reload();
    if (refusals.isEmpty())
        return;
    // Not modal: the desk goes on while the person reads which tickets were left alone.
    auto *box = findChild<QMessageBox *>(u"bulkRefusalsMessageBox"_s);
    if (!box) {
        box = new QMessageBox(QMessageBox::Information, tr("Some tickets were not changed"), QString(),
                              QMessageBox::Close, this);
        box->setObjectName(u"bulkRefusalsMessageBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
    }
    box->setText(summary);
    box->setInformativeText(refusals.join(u'\n'));
    box->show();
}

void MainWindow::openTicket(qint64 ticketId)
{
    m_tabs->setCurrentIndex(0);
    int row = m_model->rowOfTicket(ticketId);
    if (row < 0) {
        // Not in this queue or not loaded: show it anyway, the list keeps its place.
        m_panel->showTicket(ticketId);
        return;
    }
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
    // The row may already have been current while the panel showed a ticket outside the list.
    if (m_panel->ticketId() != ticketId)
        m_panel->showTicket(ticketId);
}

void MainWindow::selectRelative(int step)
{
    int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + step : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray()))
        resize(1600, 900);
    // Never larger than the screen, frame included (a smaller screen than last time, or a
    // 150 % scale).
    WindowGeometry::fitToScreen(this);
    restoreState(settings.value(u"state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    arrangeForWidth(width());
}

int MainWindow::panelLeastWidth() const
{
    // The ticket panel whole: its editors and buttons, and room for its vertical scroll bar.
    return m_panel->minimumSizeHint().width() + m_panelScroll->verticalScrollBar()->sizeHint().width()
           + 2 * m_panelScroll->frameWidth();
}

void MainWindow::arrangeForWidth(int windowWidth)
{
    // Side by side while the list (two thirds of what the queues leave, less when the panel
    // needs more) still shows every required column whole and the panel is never narrower
    // than its contents (no sideways scrolling); else the ticket goes below the list.
    const int room = windowWidth - m_queues->sizeHint().width() - m_splitter->handleWidth();
    const int panelWidth = std::max(room / 3, panelLeastWidth());
    const bool sideBySide = windowWidth >= narrowWidth && room - panelWidth >= m_columns->requiredWidth();
    const Qt::Orientation wanted = sideBySide ? Qt::Horizontal : Qt::Vertical;
    // Beside the list the splitter never squeezes the panel below its contents.
    m_panelScroll->setMinimumWidth(sideBySide ? panelLeastWidth() : 0);
    if (m_workSplitter->orientation() == wanted && m_arranged)
        return;
    m_arranged = true;
    m_workSplitter->setOrientation(wanted);
    // After the layout has given the splitter its new size: two thirds for the list.
    QTimer::singleShot(0, this, [this] {
        const bool across = m_workSplitter->orientation() == Qt::Horizontal;
        const int length = across ? m_workSplitter->width() : m_workSplitter->height();
        const int panel = across ? std::max(length / 3, panelLeastWidth()) : length - length * 2 / 3;
        m_workSplitter->setSizes({length - panel, panel});
    });
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    arrangeForWidth(event->size().width());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Madoguchi
