#pragma once

#include "MailboxSignIn.h"
#include "core/Result.h"
#include "mail/imap/ImapServerSettings.h"

#include <memory>
#include <optional>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Madoguchi {

class Database;
class ImapConnectionCheck;
class ModalPrompts;
class OAuthSignInPanel;
class OAuthTokenSource;
class PasswordKeychain;
struct MailAccountSettings;

// The support mailbox: IMAP to read it and SMTP to answer from it, signing in with a password
// or with OAuth 2.0 (OAuthSignInPanel: Google Workspace, Microsoft 365, another provider).
// Passwords, client secrets and tokens go to the keychain, never to the database. Shared by
// the first-run setup and the Accounts settings page.
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
    // Where "Test connection" finds a saved password when none is typed, and where "Sign in…"
    // keeps the OAuth 2.0 tokens.
    void setKeychain(PasswordKeychain *keychain) { m_keychain = keychain; }
    // How "Sign in…" opens the browser (tests follow the URL themselves).
    void setUrlOpener(MailboxSignIn::UrlOpener opener);
    OAuthSignInPanel *signInPanel() const { return m_signInPanel; }

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
    // A provider chosen: its IMAP and SMTP servers; the password rows only for a password.
    void fillPreset(std::optional<OAuthSettings::Provider> provider);
    void showPasswordRows();
    void signIn();
    void showSignedIn();

    OAuthSignInPanel *m_signInPanel = nullptr;
    QFormLayout *m_imapForm = nullptr;
    QFormLayout *m_smtpForm = nullptr;
    QFormLayout *m_optionsForm = nullptr;
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
    std::unique_ptr<OAuthTokenSource> m_checkTokens; // "Test connection" of an OAuth 2.0 mailbox
};

} // namespace Madoguchi
