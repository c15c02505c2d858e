#pragma once

#include "core/Result.h"
#include "mail/imap/ImapServerSettings.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Madoguchi {

class Database;
class ModalPrompts;
class PasswordKeychain;

// The support mailbox: IMAP to read it and SMTP to answer from it. Passwords are typed
// here and go to the keychain, never to the database. Shared by the first-run setup and
// the Accounts settings page.
class MailboxForm : public QWidget
{
    Q_OBJECT

public:
    explicit MailboxForm(QWidget *parent = nullptr);

    void setImap(const ImapServerSettings &imap);
    void setSmtpUrl(const QString &url);

    // An error naming the missing field.
    Result<ImapServerSettings> imap() const;
    // smtp://USER@HOST:587 (STARTTLS) or smtps://USER@HOST:465; empty when no SMTP host is given.
    Result<QString> smtpUrl() const;
    QString imapPassword() const;
    // The SMTP password; the IMAP one when left empty (the same account on most servers).
    QString smtpPassword() const;

    // The team's mailbox settings from the database (fields stay empty when there are none).
    Result<void> load(Database &database);
    // Stores the settings in the database and typed passwords in the keychain. When the
    // keychain refuses, asks whether to go on without saving the password.
    Result<void> save(Database &database, PasswordKeychain &keychain, ModalPrompts &prompts, QWidget *parent);

private:
    QLineEdit *m_imapHost = nullptr;
    QSpinBox *m_imapPort = nullptr;
    QComboBox *m_imapSecurity = nullptr;
    QLineEdit *m_imapUser = nullptr;
    QLineEdit *m_imapPassword = nullptr;
    QLineEdit *m_smtpHost = nullptr;
    QSpinBox *m_smtpPort = nullptr;
    QComboBox *m_smtpSecurity = nullptr;
    QLineEdit *m_smtpUser = nullptr;
    QLineEdit *m_smtpPassword = nullptr;
};

} // namespace Madoguchi
