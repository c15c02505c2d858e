#pragma once

#include "MailboxSignIn.h"
#include "core/Result.h"
#include "mail/account/OAuthSettings.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Madoguchi {

// How the support mailbox signs in, in Settings → Mailbox and the first-run wizard: a password,
// or OAuth 2.0 with Google Workspace, Microsoft 365 or another provider — the client ID (and
// secret) of the app the administrator registered, with a few words on where to get them, the
// tenant for Microsoft, the endpoints and scopes for another provider — and "Sign in…", which
// opens the system browser and waits for it ("Waiting for the browser…", Cancel), then shows
// who signed in. The client secret is only kept with the tokens in the keychain.
class OAuthSignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OAuthSignInPanel(QWidget *parent = nullptr);
    ~OAuthSignInPanel() override;

    // nullopt: a password.
    std::optional<OAuthSettings::Provider> provider() const;
    // The OAuth settings as entered (nullopt for a password); an error naming a missing field.
    Result<std::optional<OAuthSettings>> settings() const;
    void setSettings(const std::optional<OAuthSettings> &settings);
    QString clientSecret() const;
    void setUrlOpener(MailboxSignIn::UrlOpener opener) { m_opener = std::move(opener); }

    // Starts the browser sign-in; the tokens go to `vault`.
    void signIn(const OAuthSettings &settings, const OAuthTokenVault &vault, const Clock &clock);
    void cancelSignIn();
    bool isWaiting() const;
    QUrl redirectUri() const; // while waiting
    // "Signed in as …", "Waiting for the browser…", an error, …
    QString statusText() const;
    void showStatus(const QString &text, bool problem = false);

Q_SIGNALS:
    // A person chose another sign-in method (nullopt: password).
    void providerChosen(std::optional<Madoguchi::OAuthSettings::Provider> provider);
    void signInRequested();
    void signedIn(const QString &address);
    void edited();

private:
    void showProvider();

    QComboBox *m_method = nullptr;
    QWidget *m_details = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_help = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_authorizationUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_deviceUrl = nullptr;
    QLineEdit *m_scopes = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    MailboxSignIn::UrlOpener m_opener = MailboxSignIn::systemBrowser();
    MailboxSignIn *m_running = nullptr;
};

} // namespace Madoguchi
