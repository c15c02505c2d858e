#pragma once

#include "core/Result.h"
#include "mail/imap/ImapServerSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Madoguchi {

class Database;
class ImapConnectionCheck;
class ModalPrompts;
class PasswordKeychain;
struct MailAccountSettings;

// The support mailbox: IMAP to read it and SMTP to answer from it. Passwords are typed
// here and go to the keychain, never to the database. Shared by the first-run setup and
// the Accounts settings page.
class MailboxForm : public QWidget
{
    Q_OBJECT

public:
    explicit MailboxForm(QWidget *parent = nullptr);
    ~MailboxForm() override;

    void setImap(const ImapServerSettings &imap);
    void setSmtpUrl(const QString &url);
    // Everything the form shows: servers and the options (Sent folder, CA file, …).
    void setAccount(const MailAccountSettings &account);
    // Where "Test connection" finds a saved password when none is typed.
    void setKeychain(PasswordKeychain *keychain) { m_keychain = keychain; }

    // An error naming the missing field.
    Result<ImapServerSettings> imap() const;
    // The account as the form describes it (without passwords).
    Result<MailAccountSettings> account() const;
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

    // Connects, logs in and looks at the inbox without changing anything; the answer
    // appears under the button (and connectionTested() says it).
    void testConnection();
    QString connectionTestText() const;

Q_SIGNALS:
    void edited(); // a person changed any field
    void connectionTested(bool ok);

private:
    void showTestResult(bool ok, const QString &text);

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
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_allowPlaintext = nullptr;
    QLineEdit *m_sentFolder = nullptr;
    QCheckBox *m_markSeen = nullptr;
    QLineEdit *m_moveTo = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    PasswordKeychain *m_keychain = nullptr;
    ImapConnectionCheck *m_check = nullptr;
};

} // namespace Madoguchi
