#pragma once

#include "core/Result.h"
#include "mail/outbox/TicketReplies.h"
#include "tickets/StaffUser.h"
#include "tickets/Ticket.h"
#include "tickets/TicketMessage.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QPlainTextEdit;

namespace Madoguchi {

class AttachmentList;
class IncidentLinkBar;
class ConflictBanner;
class ModalPrompts;
class ReplyEditor;
class ThreadBrowser;
class TicketDesk;

// The right side: one ticket — its deadline and why, the editors (status, assignee,
// priority/urgent, tags, organisation), the thread, attachments, an internal note, merge
// and split. Every change carries the version the person was looking at; a change someone
// else made first shows in the banner with Reload, nothing is overwritten.
class TicketPanel : public QWidget
{
    Q_OBJECT

public:
    TicketPanel(TicketDesk &desk, QWidget *parent = nullptr);

    void setCurrentUser(const StaffUser &user);
    void showTicket(qint64 ticketId);
    qint64 ticketId() const { return m_ticket.id; }
    const Ticket &ticket() const { return m_ticket; }
    // Re-reads the ticket if it is still the one shown (after a store notification).
    void reload();

    // Opens the reply editor under the thread (Ticket ▸ Reply, R; Reply all, Shift+R).
    void startReply(ReplyScope scope = ReplyScope::Sender);
    // Forward (転送) the customer's mail in the same editor (Ticket ▸ Forward, F).
    void startForward();
    ReplyEditor *replyEditor() const { return m_reply; }
    void setPrompts(ModalPrompts &prompts);
    // 取り消し: the reply still inside its send-cancel window goes back into the editor (and
    // out of the outbox); false with the reason in the banner. `outboxId`: that reply of this
    // ticket (from the outbox view), else the one the ticket offers.
    bool withdrawReply(qint64 outboxId = 0);
    // "Reply waiting to be sent …" while a reply of this ticket is in the outbox, or empty.
    QString waitingReplyText() const;
    // 「佐藤さんが返信を作成中」 or empty.
    QString replyEditorsText() const;

    void assignToMe();
    void focusNote();
    void addNote(const QString &text);
    void mergeInto(qint64 targetNumber);
    void splitMessage(qint64 messageRowId);
    void askMerge();
    void askSplit();
    QString deadlineSummary() const;
    // Remaining time and flag for "now" (the timer), and who is writing a reply (an editor
    // whose desktop went away stops showing), without touching the editors.
    void refreshDeadline()
    {
        showDeadline();
        showReplyState();
    }
    ConflictBanner *banner() const { return m_banner; }
    // The incidents this ticket is linked to, and "An incident is open: link?" (issue 15).
    IncidentLinkBar *incidentLinkBar() const { return m_incidents; }

Q_SIGNALS:
    void ticketChanged(qint64 ticketId);
    void replyQueued(qint64 ticketId, qint64 outboxId);
    // The ticket's organisation page was asked for (the Contacts… button).
    void organisationRequested(qint64 organisationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyNoticeColours(); // light or dark, as the palette in force
    QWidget *buildEditors();
    void fillUsers();
    void applyEditors();
    void showDeadline();
    void showReplyState();
    // Shows the outcome of an operation; true when it succeeded.
    bool handle(const Result<Ticket> &result);

    TicketDesk &m_desk;
    StaffUser m_me;
    Ticket m_ticket;
    QList<TicketMessage> m_messages;
    bool m_filling = false;

    ConflictBanner *m_banner = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_deadline = nullptr;
    QPushButton *m_withdraw = nullptr;
    QLabel *m_explanation = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_organisation = nullptr;
    QPushButton *m_contactsButton = nullptr;
    QCheckBox *m_headers = nullptr;
    ThreadBrowser *m_thread = nullptr;
    AttachmentList *m_attachments = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_replyEditors = nullptr;
    IncidentLinkBar *m_incidents = nullptr;
    QLabel *m_undelivered = nullptr;
    QLabel *m_waiting = nullptr;
    ReplyEditor *m_reply = nullptr;
    QWidget *m_noteRow = nullptr;
};

} // namespace Madoguchi
