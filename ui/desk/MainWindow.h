#pragma once

#include "core/Result.h"
#include "notices/Notice.h"
#include "tickets/StaffUser.h"
#include "tickets/TicketListQuery.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QScrollArea;
class QStackedWidget;
class QSplitter;
class QSettings;
class QTabWidget;
class QTableView;
class QTimer;

namespace Madoguchi {

class AvailabilityView;
class CalendarPage;
class DeskIncidents;
class DeskMailboxSync;
class DeskOutbox;
struct ImportSummary;
class ModalPrompts;
class ApprovalQueueView;
class OutboxView;
class DeskNotifier;
class EmptyListNotice;
class KeyboardShortcutsDialog;
class AutomaticBackup;
class AnnouncementBar;
class NoticeDialog;
class OrganisationsDialog;
class BulkTicketActions;
class DeskStatusBar;
class QueuePanel;
class SavedViewList;
struct SavedView;
class TicketDesk;
class TicketFilterBar;
class TicketListColumns;
class TicketListModel;
class TicketPanel;

// The desk staff keep open all day: queues with live counts on the left, the ticket list
// in deadline order in the middle, the ticket on the right; the calendar on its own page.
// Everything that depends on "now" is refreshed by refreshLive(): every 30 s by a timer,
// at once when the store says tickets changed (on PostgreSQL also from other desktops).
// That includes the daily backup of a SQLite desk: the first refresh of each JST day writes
// it (AutomaticBackup), so a desk left running over midnight makes the next day's.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(TicketDesk &desk, const StaffUser &me, QWidget *parent = nullptr);
    ~MainWindow() override;

    void refreshLive();
    void openTicket(qint64 ticketId);
    void importMail(const QStringList &paths); // .eml, mbox files or maildir folders
    // What an import did, as the desk says it: 「3件のメッセージを2件のチケットに取り込みました…」.
    static QString importOutcome(const ImportSummary &summary);
    void selectRelative(int step); // next (+1) / previous (-1) ticket in the list

    // Where the Settings… and Reports entries lead; set by main() once those dialogs exist.
    void setSettingsOpener(std::function<void(QWidget *)> opener) { m_openSettings = std::move(opener); }
    void setReportsOpener(std::function<void(QWidget *)> opener) { m_openReports = std::move(opener); }
    // How a sample desk is opened once written (default: this program with --database PATH);
    // tests catch the path instead.
    void setSampleDeskLauncher(std::function<void(const QString &path)> launcher) { m_launchSampleDesk = std::move(launcher); }
    void openSampleDesk();
    EmptyListNotice *emptyListNotice() const { return m_emptyNotice; }
    // The desktop's mailbox sync (main() starts it): fed into the status bar, with the
    // File menu's "Sync mail now" and "Mailbox sync status…".
    void setMailboxSync(DeskMailboxSync *sync);
    void showSyncStatus();
    // The desktop's outbox sender (main() starts it): woken when a reply is queued, its
    // problems shown in the status bar.
    void setOutbox(DeskOutbox *outbox);
    // File ▸ Outbox…: the one non-modal outbox view.
    OutboxView *showOutbox();
    // 承認: managers' Approval queue (the queue column's button, File menu).
    ApprovalQueueView *showApprovals();
    // Tests answer the questions of the reply editor and the outbox in advance.
    void setPrompts(ModalPrompts &prompts);

    QueuePanel *queuePanel() const { return m_queues; }
    TicketListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_view; }
    TicketPanel *ticketPanel() const { return m_panel; }
    TicketFilterBar *filterBar() const { return m_filters; }
    DeskNotifier *notifier() const { return m_notifier; }
    DeskStatusBar *deskStatusBar() const { return m_status; }
    AutomaticBackup *automaticBackup() const { return m_backup; }
    TicketListQuery &listQuery() { return m_query; }
    static constexpr int refreshIntervalMs = 30 * 1000;
    // Below this window width the ticket panel moves under the list.
    static constexpr int narrowWidth = 1200;
    TicketListColumns *listColumns() const { return m_columns; }
    // Status, assignee, priority, tag and merge for the tickets chosen in the list.
    BulkTicketActions *bulkActions() const { return m_bulk; }
    // The list's context menu (the chosen tickets' actions) and Help ▸ Keyboard shortcuts.
    QMenu *ticketContextMenu() const { return m_contextMenu; }
    KeyboardShortcutsDialog *showKeyboardShortcuts();
    // View ▸ Availability: the month's availability per function (a window of its own), and
    // the open incidents in the status bar with View ▸ Incidents (issue 15).
    AvailabilityView *showAvailability();
    DeskIncidents *deskIncidents() const { return m_incidents; }
    // Saved views (under the queues): the queue, filters and search in force saved under a
    // name; shown with live counts; shared with the team by a manager.
    SavedViewList *savedViewList() const { return m_savedViews; }
    Result<qint64> saveCurrentView(const QString &name);
    Result<void> shareChosenView(bool shared);
    Result<void> deleteChosenView();
    void applySavedView(const SavedView &view);
    void refreshSavedViews();

    // Incidents and maintenance ▸ Send notice… (連絡体制): one non-modal dialog; `topic` and
    // `kind` preselected when given (the announcement bar, the incident list).
    NoticeDialog *showNoticeDialog(NoticeTopic topic = {}, std::optional<NoticeKind> kind = std::nullopt);
    // ▸ Organisations…, on `organisationId` when given (the chosen ticket's customer's).
    OrganisationsDialog *showOrganisations(qint64 organisationId = 0);
    // The daily warning of a maintenance plan not yet announced, above the list.
    AnnouncementBar *announcementBar() const { return m_announcements; }
    // Where that warning remembers which plan it showed on which day (main() hands in the
    // desktop's QSettings; none: this run only).
    void setAnnouncementMemory(QSettings *settings);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildDeskPage();
    void showListSummary();
    void askImportFiles();
    ModalPrompts &prompts() const; // the test's, or QFileDialog and QMessageBox
    void askSaveView();
    void enableViewActions();
    void buildMenus();
    void buildNoticeMenu(); // MainWindowNotices.cpp
    QAction *menuAction(QMenu *menu, const QString &text, const QList<QKeySequence> &keys, std::function<void()> slot);
    void applyFilter();
    void onCurrentRowChanged();
    void showSelectionCount();
    void showTicketContextMenu(const QPoint &position);
    void showBulkOutcome(const QString &summary, const QStringList &refusals);
    void restoreLayout();
    void arrangeForWidth(int windowWidth);
    int panelLeastWidth() const;
    void saveLayout();
    int businessDayMinutes();

    TicketDesk &m_desk;
    StaffUser m_me;
    TicketListQuery m_query;
    TicketListModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_workSplitter = nullptr; // the list and the ticket panel
    QScrollArea *m_panelScroll = nullptr;
    QStackedWidget *m_panelStack = nullptr; // the panel, or how many tickets are chosen
    QLabel *m_selectionCount = nullptr;
    bool m_arranged = false;
    TicketListColumns *m_columns = nullptr;
    BulkTicketActions *m_bulk = nullptr;
    QMenu *m_contextMenu = nullptr;
    SavedViewList *m_savedViews = nullptr;
    QAction *m_shareViewAction = nullptr;
    QAction *m_deleteViewAction = nullptr;
    QAction *m_replyAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_assignToMeAction = nullptr;
    QueuePanel *m_queues = nullptr;
    TicketFilterBar *m_filters = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_listSummary = nullptr; // "1,370 tickets", and when a search was cut short
    TicketPanel *m_panel = nullptr;
    CalendarPage *m_calendarPage = nullptr;
    DeskStatusBar *m_status = nullptr;
    DeskIncidents *m_incidents = nullptr;
    DeskNotifier *m_notifier = nullptr;
    QTimer *m_timer = nullptr;
    AutomaticBackup *m_backup = nullptr;
    bool m_refreshQueued = false;
    std::function<void(QWidget *)> m_openSettings;
    std::function<void(QWidget *)> m_openReports;
    std::function<void(const QString &)> m_launchSampleDesk;
    EmptyListNotice *m_emptyNotice = nullptr;
    DeskMailboxSync *m_sync = nullptr;
    QAction *m_syncNowAction = nullptr;
    DeskOutbox *m_outbox = nullptr;
    ModalPrompts *m_prompts = nullptr;
    AnnouncementBar *m_announcements = nullptr;
};

} // namespace Madoguchi
