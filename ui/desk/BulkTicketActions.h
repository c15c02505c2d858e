#pragma once

#include "tickets/BulkTicketChange.h"
#include "tickets/StaffUser.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace Madoguchi {

class TicketDesk;
class TicketListModel;

// What staff do to the tickets chosen in the list (one, or a multi-selection): status (keys
// 1–5), assignee, priority, a tag, merge. The same actions stand in the Ticket menu and the
// list's context menu. Each is applied per ticket through the core (BulkTicketChange), so a
// ticket someone else changed is skipped with the reason while the others are changed; the
// outcome is summed up as 「12件を更新、1件は他の人が変更済みのためスキップ」.
class BulkTicketActions : public QObject
{
    Q_OBJECT

public:
    BulkTicketActions(TicketDesk &desk, QTableView *view, TicketListModel *model, QWidget *window);

    void setCurrentUser(const StaffUser &me) { m_me = me; }
    // The ticket the panel shows, used when nothing in the list is selected.
    void setFallbackTicket(std::function<SeenTicket()> fallback) { m_fallback = std::move(fallback); }

    // The selected tickets in list order, each with the version the list shows.
    QList<SeenTicket> chosenTickets() const;
    BulkOutcome apply(const BulkChange &change);
    BulkOutcome setStatus(TicketStatus status);
    BulkOutcome addTag(const QString &tag);
    BulkOutcome mergeInto(qint64 targetId);

    // Adds the submenus and actions to a menu (the Ticket menu, the context menu).
    void addTo(QMenu *menu);
    QMenu *statusMenu() const { return m_statusMenu; }
    QMenu *assignMenu() const { return m_assignMenu; }
    QMenu *priorityMenu() const { return m_priorityMenu; }
    QAction *tagAction() const { return m_tagAction; }
    QAction *mergeAction() const { return m_mergeAction; }
    QString lastSummary() const { return m_lastSummary; }

    // "&1 New" / 「未対応(&1)」: a menu entry named by data, with its accelerator.
    static QString withAccelerator(const QString &name, int number);

Q_SIGNALS:
    // After a change: the summary for the status bar, and one line per skipped ticket.
    void applied(const QString &summary, const QStringList &refusals);

protected:
    // A bare digit in a drop-down or a spin box is that widget's key, not a status key.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillAssignMenu();
    void askTag();
    void askMerge();

    TicketDesk &m_desk;
    QTableView *m_view;
    TicketListModel *m_model;
    QWidget *m_window;
    StaffUser m_me;
    std::function<SeenTicket()> m_fallback;
    QMenu *m_statusMenu = nullptr;
    QMenu *m_assignMenu = nullptr;
    QMenu *m_priorityMenu = nullptr;
    QAction *m_tagAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QString m_lastSummary;
};

} // namespace Madoguchi
