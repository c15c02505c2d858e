#include "desk/MainWindow.h"

#include "availability/DeskIncidents.h"
#include "availability/IncidentLinkBar.h"
#include "desk/BulkTicketActions.h"
#include "desk/KeyboardShortcutsDialog.h"
#include "desk/SavedViewList.h"
#include "desk/TicketFilterBar.h"
#include "desk/TicketPanel.h"
#include "sync/DeskMailboxSync.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

// The menus of the desk (MainWindow.cpp holds the rest of the window).

QAction *MainWindow::menuAction(QMenu *menu, const QString &text, const QList<QKeySequence> &keys,
                               std::function<void()> slot)
{
    auto *action = menu->addAction(text);
    // A standard key the platform leaves unbound (Quit under some themes) is an empty sequence.
    QList<QKeySequence> bound;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            bound.append(key);
    }
    action->setShortcuts(bound);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [slot = std::move(slot)] { slot(); });
    return action;
}

void MainWindow::buildMenus()
{
    // Every menu and entry has an accelerator (Alt+letter); Japanese writes it after the
    // words, 「ファイル(&F)」, English inside them. tst_deskwork checks both.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    menuAction(file, tr("&Import mail files…"), {}, [this] { askImportFiles(); })
        ->setObjectName(u"importMailAction"_s);
    menuAction(file, tr("Import mail &folder (maildir)…"), {}, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a maildir folder"));
        if (!folder.isEmpty())
            importMail({folder});
    });
    file->addSeparator();
    // F9 as Outlook's Send/Receive: Ctrl+Shift+R is Reply all, as in the mail programs.
    m_syncNowAction = menuAction(file, tr("S&ync mail now"), {QKeySequence(Qt::Key_F9)}, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    m_syncNowAction->setObjectName(u"syncNowAction"_s);
    m_syncNowAction->setEnabled(false);
    menuAction(file, tr("Mailbox sync s&tatus…"), {}, [this] { showSyncStatus(); })
        ->setObjectName(u"syncStatusAction"_s);
    menuAction(file, tr("&Outbox…"), {QKeySequence(u"Ctrl+Shift+O"_s)}, [this] { showOutbox(); })
        ->setObjectName(u"outboxAction"_s);
    QAction *approvals = menuAction(file, tr("&Approval queue…"), {}, [this] { showApprovals(); });
    approvals->setObjectName(u"approvalQueueAction"_s);
    approvals->setVisible(m_me.isManager());
    file->addSeparator();
    // Ctrl+, as most desktop programs; Qt's Preferences key is empty on GNOME and X11.
    menuAction(file, tr("&Settings…"), {QKeySequence(u"Ctrl+,"_s)}, [this] {
        if (m_openSettings)
            m_openSettings(this);
        else
            QMessageBox::information(this, tr("Settings"), tr("The settings dialog is not available in this build."));
    })->setObjectName(u"settingsAction"_s);
    file->addSeparator();
    menuAction(file, tr("&Quit"), {QKeySequence(u"Ctrl+Q"_s)}, [] { QApplication::quit(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    menuAction(view, tr("&Desk"), {QKeySequence(u"Ctrl+1"_s)}, [this] { m_tabs->setCurrentIndex(0); });
    menuAction(view, tr("&Calendar"), {QKeySequence(u"Ctrl+2"_s)}, [this] { m_tabs->setCurrentIndex(1); });
    menuAction(view, tr("&Reports"), {QKeySequence(u"Ctrl+3"_s)}, [this] {
        if (m_openReports)
            m_openReports(this);
        else
            QMessageBox::information(this, tr("Reports"), tr("Reports are not available in this build."));
    });
    menuAction(view, tr("&Availability"), {QKeySequence(u"Ctrl+4"_s)}, [this] { showAvailability(); })
        ->setObjectName(u"availabilityAction"_s);
    menuAction(view, tr("&Incidents…"), {}, [this] { m_incidents->showIncidents(); })
        ->setObjectName(u"incidentsAction"_s);
    view->addSeparator();
    menuAction(view, tr("Re&fresh"), {QKeySequence(Qt::Key_F5)}, [this] { refreshLive(); });

    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    ticket->setObjectName(u"ticketMenu"_s);
    menuAction(ticket, tr("&Next ticket"), {QKeySequence(u"J"_s), QKeySequence(u"Ctrl+Down"_s)},
               [this] { selectRelative(1); });
    menuAction(ticket, tr("Pre&vious ticket"), {QKeySequence(u"K"_s), QKeySequence(u"Ctrl+Up"_s)},
               [this] { selectRelative(-1); });
    ticket->addSeparator();
    // R like the mail programs; Ctrl+R too. A bare R typed in a text field stays text.
    m_replyAction = menuAction(ticket, tr("&Reply"), {QKeySequence(u"R"_s), QKeySequence(u"Ctrl+R"_s)}, [this] {
        m_tabs->setCurrentIndex(0);
        m_panel->startReply();
    });
    m_replyAction->setObjectName(u"replyAction"_s);
    menuAction(ticket, tr("Reply &all"), {QKeySequence(u"Shift+R"_s), QKeySequence(u"Ctrl+Shift+R"_s)}, [this] {
        m_tabs->setCurrentIndex(0);
        m_panel->startReply(ReplyScope::All);
    })->setObjectName(u"replyAllAction"_s);
    // F as in the web mailers; Ctrl+L as Thunderbird (Ctrl+F is Search here).
    m_forwardAction = menuAction(ticket, tr("&Forward…"), {QKeySequence(u"F"_s), QKeySequence(u"Ctrl+L"_s)}, [this] {
        m_tabs->setCurrentIndex(0);
        m_panel->startForward();
    });
    m_forwardAction->setObjectName(u"forwardAction"_s);
    m_assignToMeAction = menuAction(ticket, tr("Assign to m&e"), {QKeySequence(u"Ctrl+M"_s)},
                                    [this] { m_panel->assignToMe(); });
    m_assignToMeAction->setEnabled(m_me.id > 0);
    menuAction(ticket, tr("&Internal note"), {QKeySequence(u"Ctrl+Shift+N"_s)}, [this] { m_panel->focusNote(); });
    ticket->addSeparator();
    m_bulk->addTo(ticket);
    ticket->addSeparator();
    auto *linkIncident = menuAction(ticket, tr("Lin&k to incident…"), {}, [this] {
        m_tabs->setCurrentIndex(0);
        m_panel->incidentLinkBar()->askLink();
    });
    linkIncident->setObjectName(u"linkIncidentAction"_s);
    menuAction(ticket, tr("Merge int&o…"), {}, [this] { m_panel->askMerge(); });
    menuAction(ticket, tr("Sp&lit message…"), {}, [this] { m_panel->askSplit(); });

    QMenu *go = menuBar()->addMenu(tr("&Search"));
    go->setObjectName(u"searchMenu"_s);
    menuAction(go, tr("&Search"), {QKeySequence(u"Ctrl+F"_s), QKeySequence(u"/"_s)}, [this] {
        m_tabs->setCurrentIndex(0);
        m_filters->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchEdit()->selectAll();
    });

    go->addSeparator();
    menuAction(go, tr("Sa&ve current view…"), {QKeySequence(u"Ctrl+Shift+S"_s)}, [this] { askSaveView(); })
        ->setObjectName(u"saveViewAction"_s);
    m_shareViewAction = menuAction(go, tr("Share chosen view with the &team"), {}, [this] {
        if (auto shared = shareChosenView(m_shareViewAction->isChecked()); !shared)
            QMessageBox::warning(this, tr("Saved views"), shared.error().message);
    });
    m_shareViewAction->setObjectName(u"shareViewAction"_s);
    m_shareViewAction->setCheckable(true);
    m_deleteViewAction = menuAction(go, tr("&Delete chosen view"), {}, [this] {
        if (auto deleted = deleteChosenView(); !deleted)
            QMessageBox::warning(this, tr("Saved views"), deleted.error().message);
    });
    m_deleteViewAction->setObjectName(u"deleteViewAction"_s);
    connect(m_savedViews, &SavedViewList::viewChosen, this, &MainWindow::enableViewActions);
    enableViewActions();

    buildNoticeMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    menuAction(help, tr("&Keyboard shortcuts"), {QKeySequence(Qt::Key_F1)}, [this] { showKeyboardShortcuts(); })
        ->setObjectName(u"keyboardShortcutsAction"_s);

    // The list's context menu: the same actions as the Ticket menu, for the chosen rows.
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(u"ticketContextMenu"_s);
    m_contextMenu->addAction(m_replyAction);
    m_contextMenu->addAction(m_forwardAction);
    m_contextMenu->addAction(m_assignToMeAction);
    m_contextMenu->addAction(linkIncident);
    m_contextMenu->addSeparator();
    m_bulk->addTo(m_contextMenu);
    m_contextMenu->addSeparator();
    menuAction(m_contextMenu, tr("Customer's organisati&on…"), {},
               [this] { showOrganisations(m_panel->ticket().organisationId); })
        ->setObjectName(u"customerOrganisationAction"_s);
}

KeyboardShortcutsDialog *MainWindow::showKeyboardShortcuts()
{
    // Built afresh each time: it reads the actions as they are now.
    delete findChild<KeyboardShortcutsDialog *>();
    auto *dialog = new KeyboardShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::showTicketContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    // A row outside the selection becomes the selection, as in the file managers.
    if (!m_view->selectionModel()->isRowSelected(index.row(), {})) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    }
    m_contextMenu->popup(m_view->viewport()->mapToGlobal(position));
}

} // namespace Madoguchi
