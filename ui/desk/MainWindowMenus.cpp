#include "desk/MainWindow.h"

#include "desk/BulkTicketActions.h"
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

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

// The menus of the desk (MainWindow.cpp holds the rest of the window).

QAction *MainWindow::menuAction(QMenu *menu, const QString &text, const QList<QKeySequence> &keys,
                               std::function<void()> slot)
{
    auto *action = menu->addAction(text);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [slot = std::move(slot)] { slot(); });
    return action;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    menuAction(file, tr("Import mail files…"), {}, [this] { askImportFiles(); })->setObjectName(u"importMailAction"_s);
    menuAction(file, tr("Import mail folder (maildir)…"), {}, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a maildir folder"));
        if (!folder.isEmpty())
            importMail({folder});
    });
    file->addSeparator();
    m_syncNowAction = menuAction(file, tr("Sync mail now"), {QKeySequence(u"Ctrl+Shift+R"_s)}, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    m_syncNowAction->setObjectName(u"syncNowAction"_s);
    m_syncNowAction->setEnabled(false);
    menuAction(file, tr("Mailbox sync status…"), {}, [this] { showSyncStatus(); })
        ->setObjectName(u"syncStatusAction"_s);
    menuAction(file, tr("Outbox…"), {QKeySequence(u"Ctrl+Shift+O"_s)}, [this] { showOutbox(); })
        ->setObjectName(u"outboxAction"_s);
    file->addSeparator();
    menuAction(file, tr("Settings…"), {QKeySequence::Preferences}, [this] {
        if (m_openSettings)
            m_openSettings(this);
        else
            QMessageBox::information(this, tr("Settings"), tr("The settings dialog is not available in this build."));
    });
    file->addSeparator();
    menuAction(file, tr("Quit"), {QKeySequence::Quit}, [] { QApplication::quit(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    menuAction(view, tr("Desk"), {QKeySequence(u"Ctrl+1"_s)}, [this] { m_tabs->setCurrentIndex(0); });
    menuAction(view, tr("Calendar"), {QKeySequence(u"Ctrl+2"_s)}, [this] { m_tabs->setCurrentIndex(1); });
    menuAction(view, tr("Reports"), {QKeySequence(u"Ctrl+3"_s)}, [this] {
        if (m_openReports)
            m_openReports(this);
        else
            QMessageBox::information(this, tr("Reports"), tr("Reports are not available in this build."));
    });
    view->addSeparator();
    menuAction(view, tr("Refresh"), {QKeySequence::Refresh}, [this] { refreshLive(); });

    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    menuAction(ticket, tr("Next ticket"), {QKeySequence(u"J"_s), QKeySequence(u"Ctrl+Down"_s)},
              [this] { selectRelative(1); });
    menuAction(ticket, tr("Previous ticket"), {QKeySequence(u"K"_s), QKeySequence(u"Ctrl+Up"_s)},
              [this] { selectRelative(-1); });
    // R like the mail programs; Ctrl+R too. A bare R typed in a text field stays text.
    menuAction(ticket, tr("Reply"), {QKeySequence(u"R"_s), QKeySequence(u"Ctrl+R"_s)}, [this] {
        m_tabs->setCurrentIndex(0);
        m_panel->startReply();
    })->setObjectName(u"replyAction"_s);
    menuAction(ticket, tr("Reply all"), {QKeySequence(u"Shift+R"_s), QKeySequence(u"Ctrl+Shift+R"_s)}, [this] {
        m_tabs->setCurrentIndex(0);
        m_panel->startReply(ReplyScope::All);
    })->setObjectName(u"replyAllAction"_s);
    menuAction(ticket, tr("Assign to me"), {QKeySequence(u"Ctrl+M"_s)}, [this] { m_panel->assignToMe(); })
        ->setEnabled(m_me.id > 0);
    menuAction(ticket, tr("Internal note"), {QKeySequence(u"Ctrl+Shift+N"_s)}, [this] { m_panel->focusNote(); });
    ticket->addSeparator();
    m_bulk->addTo(ticket);
    ticket->addSeparator();
    menuAction(ticket, tr("Merge into…"), {}, [this] { m_panel->askMerge(); });
    menuAction(ticket, tr("Split message…"), {}, [this] { m_panel->askSplit(); });

    QMenu *go = menuBar()->addMenu(tr("&Search"));
    menuAction(go, tr("Search"), {QKeySequence::Find, QKeySequence(u"/"_s)}, [this] {
        m_tabs->setCurrentIndex(0);
        m_filters->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchEdit()->selectAll();
    });
}

} // namespace Madoguchi
