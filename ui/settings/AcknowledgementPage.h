#pragma once

#include "mail/outbox/AutoAcknowledgement.h"
#include "settings/SettingsPage.h"
#include "tickets/StaffUser.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Madoguchi {

class TicketDesk;

// 受付自動返信 (AutoAcknowledgement): on or off (off by default), the subject and text with the
// reply templates' placeholders, and how many a sender receives a day. Managers change it;
// staff see it read-only, with the reason.
class AcknowledgementPage : public SettingsPage
{
    Q_OBJECT

public:
    AcknowledgementPage(TicketDesk &desk, const StaffUser &user, QWidget *parent = nullptr);

    QString title() const override;
    Result<void> apply() override;

private:
    AcknowledgementSettings shown() const;

    TicketDesk &m_desk;
    StaffUser m_user;
    AcknowledgementSettings m_loaded;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QSpinBox *m_cap = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Madoguchi
