#pragma once

#include "mail/outbox/ReplyTemplates.h"
#include "settings/SettingsPage.h"
#include "tickets/StaffUser.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Madoguchi {

class TicketDesk;

// Settings → Templates (定型文): the team's shared list, which managers keep, and each
// person's own. Pick one to edit it, New for an empty one; the placeholders are listed with
// what they become. Save (or the dialog's OK/Apply while a template is being edited) stores it
// through ReplyTemplates, which refuses a missing name or body, a name already in the list and
// an unknown placeholder — the reason shown, nothing stored.
class TemplatesPage : public SettingsPage
{
    Q_OBJECT

public:
    TemplatesPage(TicketDesk &desk, const StaffUser &user, QWidget *parent = nullptr);

    QString title() const override;
    Result<void> apply() override;

    // The form's template stored (added or changed); the reason when refused.
    Result<void> saveCurrent();
    Result<void> removeCurrent();
    void startNew();
    QString statusText() const;

private:
    void reload(qint64 selectId);
    void showTemplate(int row);
    void setEditable(bool editable);
    void fill(const ReplyTemplate &entry);

    TicketDesk &m_desk;
    StaffUser m_user;
    QList<ReplyTemplate> m_templates;
    qint64 m_editingId = 0; // 0: a new one
    bool m_dirty = false;

    QListWidget *m_list = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Madoguchi
