#pragma once

#include "notices/Notice.h"
#include "settings/SettingsPage.h"
#include "tickets/StaffUser.h"

#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Madoguchi {

class TicketDesk;

// The notice templates (連絡体制: first notice, update, recovery, maintenance announcement, each
// in Japanese and English), which managers edit; a template with an unknown placeholder is
// refused when saved (NoticeTemplates), and the dialog stays open with the reason.
class NoticeTemplatesPage : public SettingsPage
{
    Q_OBJECT

public:
    NoticeTemplatesPage(TicketDesk &desk, const StaffUser &user, QWidget *parent = nullptr);

    QString title() const override;
    Result<void> apply() override;

    QComboBox *kindComboBox() const { return m_kind; }
    QComboBox *languageComboBox() const { return m_language; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }

private:
    QString key() const;
    void keepEdits();
    void showChosen();

    TicketDesk &m_desk;
    StaffUser m_user;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_status = nullptr;
    QString m_shownKey;
    QHash<QString, NoticeText> m_loaded; // "first/ja" → as stored
    QHash<QString, NoticeText> m_edited;
};

} // namespace Madoguchi
