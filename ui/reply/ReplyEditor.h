#pragma once

#include "mail/outbox/TicketReplies.h"
#include "tickets/ReplyEditors.h"
#include "tickets/StaffUser.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Madoguchi {

class ModalPrompts;
class TicketDesk;

// Writing a reply inside the ticket: To/Cc/Subject prefilled (TicketReplies::draft), the
// original quoted, UTF-8 or ISO-2022-JP, Send and Discard.
//
// 二重返信防止: while it is open the team sees it (ReplyEditors, with a heartbeat), and Send
// asks first — default No — when a colleague's reply reached the ticket since it opened.
class ReplyEditor : public QWidget
{
    Q_OBJECT

public:
    ReplyEditor(TicketDesk &desk, ModalPrompts &prompts, QWidget *parent = nullptr);
    // Tests answer the double-reply question in advance.
    void setPrompts(ModalPrompts &prompts) { m_prompts = &prompts; }
    ~ReplyEditor() override;

    // Opens the editor on a ticket (announced to the team); false with a message shown in
    // the editor's own error line when the draft cannot be made.
    bool start(const StaffUser &me, qint64 ticketId);
    bool isActive() const { return m_ticketId > 0; }
    qint64 ticketId() const { return m_ticketId; }
    // Sends (after the double-reply question when needed); true when the reply is queued.
    bool send();
    // Closes without sending; tells the team.
    void discard();
    // Staff moved to another ticket: the typed reply is kept on this desktop (the team stops
    // seeing the editor) and start() on that ticket brings it back, with the double-reply
    // check still counting from when it was first opened.
    void setAside();
    bool hasSetAside(qint64 ticketId) const { return m_setAside.contains(ticketId); }
    QString errorText() const;

Q_SIGNALS:
    void replyQueued(qint64 ticketId, qint64 outboxId);
    void closed();

private:
    struct SetAside
    {
        ReplyDraft draft;
        QString to, cc;
        qint64 lastSeenRowId = 0;
    };

    void close();
    ReplyDraft currentDraft(QString *problem) const;
    void showError(const QString &message);

    TicketDesk &m_desk;
    ModalPrompts *m_prompts;
    ReplyEditors m_editors;
    StaffUser m_me;
    qint64 m_ticketId = 0;
    qint64 m_editorId = 0;
    qint64 m_lastSeenRowId = 0;
    ReplyDraft m_draft;
    QTimer *m_heartbeat = nullptr;
    QHash<qint64, SetAside> m_setAside;

    QLineEdit *m_to = nullptr;
    QLineEdit *m_cc = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_charset = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace Madoguchi
