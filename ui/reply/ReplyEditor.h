#pragma once

#include "mail/outbox/TicketReplies.h"
#include "tickets/ReplyEditors.h"
#include "tickets/StaffUser.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Madoguchi {

class ModalPrompts;
class ReplyAttachmentList;
class SendConfirmationDialog;
struct SendChecklist;
class TemplatePicker;
class TicketDesk;

// Writing a reply inside the ticket: To/Cc/Subject prefilled (TicketReplies::draft), the
// original quoted, UTF-8 or ISO-2022-JP, attachments (ReplyAttachmentList), Send and Discard.
//
// 誤送信防止: Send (and Ctrl+Return) never sends directly; it opens SendConfirmationDialog, where
// every recipient must be ticked before its Send is enabled.
//
// 二重返信防止: while it is open the team sees it (ReplyEditors, with a heartbeat); opening it
// on a ticket with a reply waiting in the outbox says so; and the final Send asks first —
// default No — when a colleague's reply reached the ticket since it opened.
class ReplyEditor : public QWidget
{
    Q_OBJECT

public:
    ReplyEditor(TicketDesk &desk, ModalPrompts &prompts, QWidget *parent = nullptr);
    // Tests answer the double-reply question in advance.
    void setPrompts(ModalPrompts &prompts);
    ~ReplyEditor() override;

    // Opens the editor on a ticket (announced to the team); false with a message shown in
    // the editor's own error line when the draft cannot be made.
    // Reply all puts everyone else on the customer's mail in Cc.
    bool start(const StaffUser &me, qint64 ticketId, ReplyScope scope = ReplyScope::Sender);
    // Forward (転送): the same editor on TicketForwards::draft — To empty, the customer's mail
    // and its attachments; sent through the same confirmation, but never an answer. A reply
    // being written on the ticket is set aside meanwhile (and the other way round).
    bool startForward(const StaffUser &me, qint64 ticketId, qint64 messageRowId = 0);
    // A withdrawn reply or forward (取り消し) back in the editor as it was sent.
    bool reopen(const StaffUser &me, const ReplyDraft &draft);
    bool isActive() const { return m_ticketId > 0; }
    bool isForward() const { return m_ticketId > 0 && m_draft.kind == MessageKind::Forward; }
    qint64 ticketId() const { return m_ticketId; }
    // Send pressed: checks the addresses and opens the confirmation (window-modal, not
    // blocking); nullptr with the problem in the error line when the reply cannot go yet.
    // When a manager switched the checklist off (SendChecklist::checklistSetting), it asks
    // the plain "Send … to …?" through the prompts instead, sends on yes and returns nullptr.
    SendConfirmationDialog *confirmSend();
    SendConfirmationDialog *confirmation() const;
    // After the confirmation: the double-reply question when needed, then into the outbox;
    // true when the reply is queued.
    bool sendConfirmed();
    // Template… (Ctrl+T): a picker of the team's and my templates; the chosen one is filled
    // in (customer, ticket, deadline, …) and inserted where the cursor is.
    TemplatePicker *pickTemplate();
    // Another ticket is shown and no reply is being written there: the editor and any error
    // it showed go away (an error belongs to the ticket it happened on).
    void dismiss();
    // Closes without sending; tells the team.
    void discard();
    // Staff moved to another ticket: the typed reply is kept on this desktop (the team stops
    // seeing the editor) and start() on that ticket brings it back, with the double-reply
    // check still counting from when it was first opened.
    void setAside();
    bool hasSetAside(qint64 ticketId) const { return m_setAside.contains(ticketId); }
    QString errorText() const;
    // "田中's reply of 16:30 is waiting to be sent" when the editor opened, or empty.
    QString waitingNotice() const;

protected:
    // Files dropped on the reply's text are attached, not pasted as their paths.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void replyQueued(qint64 ticketId, qint64 outboxId);
    void closed();

private:
    struct SetAside
    {
        ReplyDraft draft;
        QString to, cc, bcc;
        qint64 lastSeenRowId = 0;
    };

    void close();
    // Shows `draft` (kept: as it was set aside) on its ticket and tells the team.
    bool open(const StaffUser &me, const ReplyDraft &draft, const std::optional<SetAside> &kept);
    QHash<qint64, SetAside> &setAsideFor(MessageKind kind)
    {
        return kind == MessageKind::Forward ? m_setAsideForwards : m_setAside;
    }
    ReplyDraft currentDraft(QString *problem) const;
    // The draft as typed, or nullopt with the problem shown in the error line.
    std::optional<ReplyDraft> validDraft();
    void showError(const QString &message);
    static QString plainSendQuestion(const SendChecklist &checklist, const QString &subject);

    TicketDesk &m_desk;
    ModalPrompts *m_prompts;
    ReplyEditors m_editors;
    StaffUser m_me;
    qint64 m_ticketId = 0;
    qint64 m_editorId = 0;
    qint64 m_lastSeenRowId = 0;
    ReplyDraft m_draft;
    QTimer *m_heartbeat = nullptr;
    QHash<qint64, SetAside> m_setAside;         // replies, by ticket
    QHash<qint64, SetAside> m_setAsideForwards; // forwards, by ticket

    QLineEdit *m_to = nullptr;
    QLineEdit *m_cc = nullptr;
    QLineEdit *m_bcc = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_charset = nullptr;
    QPlainTextEdit *m_body = nullptr;
    ReplyAttachmentList *m_attachments = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_mode = nullptr; // "Forward: … not an answer" while forwarding
    QPointer<SendConfirmationDialog> m_confirmation;
    QPointer<TemplatePicker> m_picker;
    QPushButton *m_send = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace Madoguchi
