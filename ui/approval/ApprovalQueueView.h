#pragma once

#include "mail/outbox/ReplyApprovals.h"
#include "tickets/StaffUser.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Madoguchi {

class TicketDesk;

// 承認: the Approval queue for managers — the replies of staff whose replies need approval,
// oldest first. A manager reads the chosen one (recipients, subject, text), may change the
// text right here (then the changed text is what goes out, audited as an edit), and approves
// it (into the outbox, send-cancel window included) or sends it back with a comment, which
// its author finds in the ticket with the reply back in their editor.
class ApprovalQueueView : public QDialog
{
    Q_OBJECT
public:
    ApprovalQueueView(TicketDesk &desk, const StaffUser &me, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *table() const { return m_table; }
    int count() const { return int(m_waiting.size()); }
    // The chosen reply, as the buttons do it; false with the reason shown.
    bool approveSelected();
    bool sendBackSelected();

    enum Column { TicketColumn, AuthorColumn, WrittenColumn, ToColumn, SubjectColumn, ColumnCount };

Q_SIGNALS:
    void approved(qint64 outboxId);
    void changed();
    void ticketActivated(qint64 ticketId);

private:
    const ReplyApproval *selected() const;
    void showSelected();
    void showMessage(const QString &text, bool error);

    TicketDesk &m_desk;
    StaffUser m_me;
    QList<ReplyApproval> m_waiting;
    std::optional<ReplyDraft> m_draft; // the selected reply as written
    QTableWidget *m_table = nullptr;
    QLabel *m_recipients = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_comment = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_sendBack = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Madoguchi
