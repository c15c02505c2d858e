#pragma once

#include "tickets/StaffUser.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Madoguchi {

class ModalPrompts;
class TicketDesk;

// File ▸ Outbox: replies that have not gone out (queued, being sent, refused) with the
// server's own words, and recently sent ones; Retry puts one back at the front, Discard gives
// up on it (it stays in the thread, undelivered), Undo send (取り消し) takes one still inside its
// send-cancel window back into its ticket's editor (withdrawRequested: the window opens the
// ticket and withdraws it as the ticket's own Undo send does). Follows the store live.
class OutboxView : public QDialog
{
    Q_OBJECT
public:
    OutboxView(TicketDesk &desk, const StaffUser &me, ModalPrompts &prompts, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *table() const { return m_table; }
    bool retrySelected();
    bool discardSelected();
    // Asks for the selected reply back into the editor; false when it is not (or no longer)
    // inside its send-cancel window.
    bool withdrawSelected();

    enum Column { StateColumn, TicketColumn, ToColumn, SubjectColumn, AttemptsColumn, WhenColumn, ServerColumn,
                  ColumnCount };

Q_SIGNALS:
    void retried();
    void ticketActivated(qint64 ticketId);
    void withdrawRequested(qint64 outboxId, qint64 ticketId);

private:
    qint64 selectedId() const;
    void updateButtons();

    TicketDesk &m_desk;
    StaffUser m_me;
    ModalPrompts &m_prompts;
    QTableWidget *m_table = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_withdraw = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Madoguchi
