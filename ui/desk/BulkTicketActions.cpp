#include "desk/BulkTicketActions.h"

#include "desk/TicketListModel.h"
#include "tickets/TicketDesk.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

BulkTicketActions::BulkTicketActions(TicketDesk &desk, QTableView *view, TicketListModel *model, QWidget *window)
    : QObject(window), m_desk(desk), m_view(view), m_model(model), m_window(window)
{
    m_statusMenu = new QMenu(tr("Set &status"), window);
    m_statusMenu->setObjectName(u"statusMenu"_s);
    const QList<TicketStatus> statuses{TicketStatus::New, TicketStatus::Open, TicketStatus::Waiting,
                                       TicketStatus::Resolved, TicketStatus::Closed};
    for (int i = 0; i < statuses.size(); ++i) {
        const TicketStatus status = statuses.at(i);
        QAction *action = m_statusMenu->addAction(withAccelerator(statusLabel(status), i + 1));
        action->setObjectName(u"status_%1_Action"_s.arg(statusKey(status)));
        // A bare digit typed into a text field stays text (the field takes the key first).
        action->setShortcut(QKeySequence(Qt::Key_1 + i));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, status] { setStatus(status); });
    }
    window->addActions(m_statusMenu->actions());
    // Shortcuts are decided before the focused widget sees the key: the application filter
    // lets a drop-down (the panel's status, a filter) keep a digit typed into it.
    qApp->installEventFilter(this);

    m_assignMenu = new QMenu(tr("Assign &to"), window);
    m_assignMenu->setObjectName(u"assignMenu"_s);
    connect(m_assignMenu, &QMenu::aboutToShow, this, &BulkTicketActions::fillAssignMenu);
    fillAssignMenu();

    m_priorityMenu = new QMenu(tr("&Priority"), window);
    m_priorityMenu->setObjectName(u"priorityMenu"_s);
    const QList<TicketPriority> priorities{TicketPriority::Low, TicketPriority::Normal, TicketPriority::High,
                                           TicketPriority::Urgent};
    for (int i = 0; i < priorities.size(); ++i) {
        const TicketPriority priority = priorities.at(i);
        QAction *action = m_priorityMenu->addAction(withAccelerator(priorityLabel(priority), i + 1));
        action->setObjectName(u"priority_%1_Action"_s.arg(priorityKey(priority)));
        connect(action, &QAction::triggered, this, [this, priority] {
            BulkChange change;
            change.kind = BulkChange::Kind::Priority;
            change.priority = priority;
            apply(change);
        });
    }

    m_tagAction = new QAction(tr("Add ta&g…"), this);
    m_tagAction->setObjectName(u"addTagAction"_s);
    connect(m_tagAction, &QAction::triggered, this, &BulkTicketActions::askTag);
    m_mergeAction = new QAction(tr("&Merge selected tickets…"), this);
    m_mergeAction->setObjectName(u"mergeSelectedAction"_s);
    connect(m_mergeAction, &QAction::triggered, this, &BulkTicketActions::askMerge);
}

QString BulkTicketActions::withAccelerator(const QString &name, int number)
{
    //: A menu entry named by data (a status, a person) with its accelerator key %2; Japanese
    //: puts the key after the name: 「%1(&%2)」.
    return tr("&%2 %1").arg(name, QString::number(number));
}

void BulkTicketActions::fillAssignMenu()
{
    m_assignMenu->clear();
    QList<std::pair<QString, qint64>> people{{tr("Me"), m_me.id}, {tr("Nobody"), 0}};
    if (auto users = m_desk.team().users()) {
        for (const StaffUser &user : std::as_const(users.value())) {
            if (user.id != m_me.id)
                people.append({user.displayName, user.id});
        }
    }
    for (int i = 0; i < people.size(); ++i) {
        const qint64 id = people.at(i).second;
        // Accelerators 1–9, then none: a long team list is read, not keyed.
        const QString text = i < 9 ? withAccelerator(people.at(i).first, i + 1) : people.at(i).first;
        QAction *action = m_assignMenu->addAction(text);
        action->setEnabled(i != 0 || m_me.id > 0);
        connect(action, &QAction::triggered, this, [this, id] {
            BulkChange change;
            change.kind = BulkChange::Kind::Assign;
            change.assigneeId = id;
            apply(change);
        });
    }
}

void BulkTicketActions::addTo(QMenu *menu)
{
    menu->addMenu(m_statusMenu);
    menu->addMenu(m_assignMenu);
    menu->addMenu(m_priorityMenu);
    menu->addAction(m_tagAction);
    menu->addAction(m_mergeAction);
}

QList<SeenTicket> BulkTicketActions::chosenTickets() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<SeenTicket> tickets;
    for (int row : std::as_const(rows)) {
        if (const QueueEntry *entry = m_model->entryAt(row))
            tickets.append({entry->ticket.id, entry->ticket.version});
    }
    if (tickets.isEmpty() && m_fallback) {
        if (const SeenTicket shown = m_fallback(); shown.id > 0)
            tickets.append(shown);
    }
    return tickets;
}

BulkOutcome BulkTicketActions::apply(const BulkChange &change)
{
    const QList<SeenTicket> tickets = chosenTickets();
    if (tickets.isEmpty())
        return {};
    const BulkOutcome outcome = BulkTicketChange(m_desk.operations()).apply(m_me, tickets, change);
    m_lastSummary = outcome.summary();
    Q_EMIT applied(m_lastSummary, outcome.refusals());
    return outcome;
}

BulkOutcome BulkTicketActions::setStatus(TicketStatus status)
{
    BulkChange change;
    change.kind = BulkChange::Kind::Status;
    change.status = status;
    return apply(change);
}

BulkOutcome BulkTicketActions::addTag(const QString &tag)
{
    BulkChange change;
    change.kind = BulkChange::Kind::AddTag;
    change.tag = tag;
    return apply(change);
}

BulkOutcome BulkTicketActions::mergeInto(qint64 targetId)
{
    BulkChange change;
    change.kind = BulkChange::Kind::Merge;
    for (const SeenTicket &seen : chosenTickets()) {
        if (seen.id == targetId)
            change.mergeTarget = seen;
    }
    if (change.mergeTarget.id == 0)
        return {};
    return apply(change);
}

void BulkTicketActions::askTag()
{
    if (chosenTickets().isEmpty())
        return;
    bool ok = false;
    const QString tag = QInputDialog::getText(m_window, tr("Add tag"), tr("Tag for the chosen tickets:"),
                                              QLineEdit::Normal, QString(), &ok);
    if (ok && !tag.trimmed().isEmpty())
        addTag(tag.trimmed());
}

void BulkTicketActions::askMerge()
{
    const QList<SeenTicket> tickets = chosenTickets();
    if (tickets.size() < 2) {
        Q_EMIT applied(tr("Choose two or more tickets in the list to merge them."), {});
        return;
    }
    QStringList items;
    for (const SeenTicket &seen : tickets) {
        const int row = m_model->rowOfTicket(seen.id);
        const QueueEntry *entry = m_model->entryAt(row);
        items.append(u"#%1 %2"_s.arg(seen.id).arg(entry ? entry->ticket.subject : QString()));
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Merge tickets"),
                                                 tr("Merge the other chosen tickets into:"), items, 0, false, &ok);
    if (ok)
        mergeInto(tickets.at(items.indexOf(chosen)).id);
}

bool BulkTicketActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool digit = key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9
                           && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (digit && widget && m_window->isAncestorOf(widget)
            && (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget))) {
            event->accept(); // the widget takes the key; no shortcut fires
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Madoguchi
