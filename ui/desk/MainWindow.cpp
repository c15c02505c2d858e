#include "desk/MainWindow.h"

#include "WindowGeometry.h"
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
#include "desk/SampleDesk.h"
#include "desk/SavedViewList.h"
#include "desk/QueuePanel.h"
#include "sync/SyncStatusDialog.h"
#include "desk/TicketFilterBar.h"
#include "desk/TicketListColumns.h"
#include "desk/TicketListModel.h"
#include "desk/TicketPanel.h"
#include "calendar/BusinessCalendar.h"
#include "core/Clock.h"
#include "mail/MailIngestor.h"
#include "mail/import/MailImport.h"
#include "store/AutomaticBackup.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "tickets/TicketDesk.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>

#include <algorithm>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
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

MainWindow::~MainWindow() = default;

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
    // Scrolls rather than squeezing the list when it is below it on a low screen.
    auto *panelScroll = new QScrollArea(m_workSplitter);
    panelScroll->setObjectName(u"ticketPanelScrollArea"_s);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setWidget(m_panel);
    m_workSplitter->addWidget(panelScroll);
    m_workSplitter->setStretchFactor(0, 2);
    m_workSplitter->setStretchFactor(1, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_workSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({160, 1440});
    return m_splitter;
}

// Imports .eml/mbox files or a maildir into tickets (DESIGN.md: the same import as
// `madoguchi-cli import`), with a progress dialog; the result line is the CLI's.
void MainWindow::importMail(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    auto addresses = MailIngestor::loadAddresses(m_desk);
    MailIngestor ingestor(m_desk, addresses ? addresses.value() : DeskAddresses());
    QProgressDialog progress(tr("Importing mail…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto summary = MailImport(ingestor).run(paths, [&progress](qsizetype done, qsizetype total) {
        progress.setMaximum(int(total));
        progress.setValue(int(done));
        progress.setLabelText(tr("Importing mail… %1 of %2").arg(done).arg(total));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    progress.close();
    if (!summary)
        QMessageBox::warning(this, tr("Import mail"), summary.error().message);
    else
        QMessageBox::information(this, tr("Import mail"), summary->line());
    refreshLive();
}

void MainWindow::askImportFiles()
{
    importMail(QFileDialog::getOpenFileNames(this, tr("Import mail"), QString(),
                                             tr("Mail files (*.eml *.mbox *.mbx);;All files (*)")));
}

void MainWindow::openSampleDesk()
{
    const QString path = SampleDesk::defaultPath();
    auto made = SampleDesk::create(path, m_desk.clock());
    if (!made) {
        QMessageBox::warning(this, tr("Sample desk"), made.error().message);
        return;
    }
    if (m_launchSampleDesk)
        m_launchSampleDesk(path);
    else
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--database"_s, path});
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
        view = new OutboxView(m_desk, m_me, m_prompts ? *m_prompts : ModalPrompts::interactive(), this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        connect(view, &OutboxView::retried, this, [this] {
            if (m_outbox)
                m_outbox->wake();
        });
        connect(view, &OutboxView::ticketActivated, this, &MainWindow::openTicket);
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
    // Whichever desktop (or the server) synced last wrote its watermark time.
    auto lastSync = m_desk.database().scalar(u"Reading the last mail sync"_s,
                                             u"SELECT MAX(updated_ms) FROM mailbox_sync"_s);
    if (lastSync && !lastSync->isNull())
        m_status->setLastSync(SqlValues::toTime(*lastSync));
    if (current > 0)
        m_panel->refreshDeadline();
    if (m_backup)
        m_backup->checkNow(); // nothing unless today's (JST) backup is still missing
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

void MainWindow::arrangeForWidth(int windowWidth)
{
    // Side by side while the list (two thirds of what the queues leave) still shows every
    // required column whole; else the ticket goes below the list.
    const int listWidth = (windowWidth - m_queues->sizeHint().width()) * 2 / 3;
    const bool sideBySide = windowWidth >= narrowWidth && listWidth >= m_columns->requiredWidth();
    const Qt::Orientation wanted = sideBySide ? Qt::Horizontal : Qt::Vertical;
    if (m_workSplitter->orientation() == wanted && m_arranged)
        return;
    m_arranged = true;
    m_workSplitter->setOrientation(wanted);
    // After the layout has given the splitter its new size: two thirds for the list.
    QTimer::singleShot(0, this, [this] {
        const bool across = m_workSplitter->orientation() == Qt::Horizontal;
        const int length = across ? m_workSplitter->width() : m_workSplitter->height();
        m_workSplitter->setSizes({length * 2 / 3, length - length * 2 / 3});
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
