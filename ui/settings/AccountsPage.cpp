#include "settings/AccountsPage.h"

#include "settings/DeskIdentityForm.h"
#include "settings/MailboxForm.h"
#include "tickets/TicketDesk.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

AccountsPage::AccountsPage(TicketDesk &desk, const StaffUser &user, PasswordKeychain &keychain, ModalPrompts &prompts,
                           QWidget *parent)
    : SettingsPage(parent)
    , m_desk(desk)
    , m_user(user)
    , m_keychain(keychain)
    , m_prompts(prompts)
{
    setObjectName(u"accountsPage"_s);
    auto *layout = new QVBoxLayout(this);
    if (!m_user.isManager()) {
        auto *readOnly = new QLabel(tr("Only a manager can change the support mailbox the team shares."), this);
        readOnly->setObjectName(u"accountsReadOnlyLabel"_s);
        readOnly->setWordWrap(true);
        layout->addWidget(readOnly);
    }
    m_form = new MailboxForm(this);
    m_form->setEnabled(m_user.isManager());
    layout->addWidget(m_form, 1);
    m_identity = new DeskIdentityForm(this);
    m_identity->setEnabled(m_user.isManager());
    layout->addWidget(m_identity);
    m_status = new QLabel(this);
    m_status->setObjectName(u"accountsStatusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_form->setKeychain(&m_keychain); // first: loading shows who is signed in
    if (auto loaded = m_form->load(m_desk.database()); !loaded)
        m_status->setText(loaded.error().message);
    if (auto identity = DeskIdentity::load(m_desk); identity)
        m_identity->setIdentity(*identity);
    else
        m_status->setText(identity.error().message);
    connect(m_identity, &DeskIdentityForm::edited, this, [this] { m_identityTouched = true; });
    // Only a page someone edited is saved: an untouched, empty form is not an error.
    connect(m_form, &MailboxForm::edited, this, [this] { m_touched = true; });
}

QString AccountsPage::title() const
{
    return tr("Mailbox");
}

Result<void> AccountsPage::apply()
{
    if (!m_user.isManager() || (!m_touched && !m_identityTouched))
        return {};
    if (m_identityTouched) {
        auto identity = m_identity->identity();
        if (!identity)
            return identity.error();
        if (auto saved = identity->save(m_desk, m_user); !saved)
            return saved;
        m_identityTouched = false;
    }
    if (m_touched) {
        if (auto saved = m_form->save(m_desk.database(), m_keychain, m_prompts, this); !saved)
            return saved;
        m_touched = false;
    }
    m_status->setText(tr("Saved. The mailbox is read with these settings from the next sync."));
    return {};
}

} // namespace Madoguchi
