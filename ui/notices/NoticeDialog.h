#pragma once

#include "notices/Notice.h"
#include "tickets/StaffUser.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Madoguchi {

struct SendChecklist;
class TicketDesk;

// Incidents and maintenance ▸ Send notice… (連絡体制): choose the incident or plan, the kind
// and the language; the template filled from it is an editable preview; the organisations it
// goes to are listed with their administrators (and those without one as not notified); Send
// asks for every address to be ticked (SendConfirmationDialog) and queues one mail per
// organisation. What already went out about the incident or plan is listed below.
class NoticeDialog : public QDialog
{
    Q_OBJECT

public:
    // `topic` preselects an incident or plan (the incident list calls it so); none: the newest.
    NoticeDialog(TicketDesk &desk, const StaffUser &me, NoticeTopic topic = {}, QWidget *parent = nullptr);

    // How Send asks for the last look; default: SendConfirmationDialog. Tests answer it.
    using Confirmation = std::function<bool(const SendChecklist &checklist, const QString &subject)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    void chooseTopic(const NoticeTopic &topic);
    void chooseKind(NoticeKind kind);
    NoticeTopic topic() const;
    // Sends what the dialog shows; false (with the reason in the result label) when it did not.
    bool send();

    QComboBox *topicComboBox() const { return m_topic; }
    QComboBox *kindComboBox() const { return m_kind; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QTreeWidget *recipientsTree() const { return m_recipients; }
    QTreeWidget *recordsTree() const { return m_records; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *sendButton() const { return m_send; }

Q_SIGNALS:
    // Notices were put in the outbox (wake the sender).
    void queued();

private:
    void loadTopics();
    void fillKinds();
    void preparePreview();
    void showRecords();
    std::optional<NoticeDraft> currentDraft();

    TicketDesk &m_desk;
    StaffUser m_me;
    Confirmation m_confirm;
    std::optional<NoticeDraft> m_draft;
    QComboBox *m_topic = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_charset = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTreeWidget *m_recipients = nullptr;
    QTreeWidget *m_records = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace Madoguchi
