#pragma once

#include "settings/SettingsPage.h"
#include "tickets/StaffUser.h"

class QLabel;
class QPlainTextEdit;

namespace Madoguchi {

class TicketDesk;

// Signatures under replies (ReplySignatures): the person's own, which anyone keeps for
// themselves, and the team default for whoever has none, which only a manager changes.
class SignaturesPage : public SettingsPage
{
    Q_OBJECT

public:
    SignaturesPage(TicketDesk &desk, const StaffUser &user, QWidget *parent = nullptr);

    QString title() const override;
    Result<void> apply() override;

private:
    TicketDesk &m_desk;
    StaffUser m_user;
    QPlainTextEdit *m_own = nullptr;
    QPlainTextEdit *m_team = nullptr;
    QLabel *m_status = nullptr;
    QString m_loadedOwn, m_loadedTeam;
};

} // namespace Madoguchi
