#pragma once

#include "settings/SettingsPage.h"
#include "tickets/StaffUser.h"

class QLabel;

namespace Madoguchi {

class DeskIdentityForm;
class MailboxForm;
class ModalPrompts;
class PasswordKeychain;
class TicketDesk;

// The support mailbox the team shares (IMAP in, SMTP out) and who the desk is on its replies
// (support addresses, From name, ticket tag prefix). Server settings are shared in
// the database, so only managers change them; passwords stay in this computer's keychain.
class AccountsPage : public SettingsPage
{
    Q_OBJECT

public:
    AccountsPage(TicketDesk &desk, const StaffUser &user, PasswordKeychain &keychain, ModalPrompts &prompts,
                 QWidget *parent = nullptr);

    QString title() const override;
    Result<void> apply() override;
    MailboxForm *form() const { return m_form; }
    DeskIdentityForm *identityForm() const { return m_identity; }

private:
    TicketDesk &m_desk;
    StaffUser m_user;
    PasswordKeychain &m_keychain;
    ModalPrompts &m_prompts;
    MailboxForm *m_form = nullptr;
    DeskIdentityForm *m_identity = nullptr;
    QLabel *m_status = nullptr;
    bool m_touched = false;
    bool m_identityTouched = false;
};

} // namespace Madoguchi
