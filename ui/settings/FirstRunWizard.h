#pragma once

#include "core/Result.h"

#include <QWizard>

#include <memory>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace Madoguchi {

class Clock;
class Database;
class DatabaseForm;
class DesktopSettings;
class MailboxForm;
class ModalPrompts;
class PasswordKeychain;

// The short setup shown when nothing is configured: where the tickets live (built-in or the
// team's PostgreSQL), then the support mailbox or "import mail from files later", and the
// desk's support address (prefilled from the IMAP user) that replies are sent from. Finishing
// opens (and prepares) the database, stores the mailbox settings in it and the passwords in
// the keychain, and marks this desktop as set up. The calendar and file import work before
// any mailbox exists.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { DatabasePage, MailboxPage };

    FirstRunWizard(DesktopSettings &settings, PasswordKeychain &keychain, const Clock &clock, ModalPrompts &prompts,
                   QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    DatabaseForm *databaseForm() const { return m_databaseForm; }
    MailboxForm *mailboxForm() const { return m_mailboxForm; }
    QLineEdit *supportAddressEdit() const { return m_supportAddress; }
    void setConnectMailbox(bool connect);

    // Does what Finish does; an error is shown on the wizard, which stays open.
    Result<void> finish();
    // The database opened by finish(), for the main window to use.
    std::unique_ptr<Database> takeDatabase();

    void accept() override;

private:
    Result<void> ensureFirstUser(Database &database);
    Result<void> saveSupportAddress(Database &database, const QStringList &addresses);

    DesktopSettings &m_settings;
    PasswordKeychain &m_keychain;
    const Clock &m_clock;
    ModalPrompts &m_prompts;
    DatabaseForm *m_databaseForm = nullptr;
    MailboxForm *m_mailboxForm = nullptr;
    QRadioButton *m_connectMailbox = nullptr;
    QRadioButton *m_filesLater = nullptr;
    QLineEdit *m_supportAddress = nullptr;
    QLabel *m_error = nullptr;
    std::unique_ptr<Database> m_database;
};

} // namespace Madoguchi
