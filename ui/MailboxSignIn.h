#pragma once

#include "core/Result.h"
#include "mail/account/OAuthSettings.h"
#include "mail/account/OAuthTokenVault.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace Madoguchi {

class Clock;
class OAuthBrowserSignIn;

// The mailbox's OAuth 2.0 sign-in as the desktop runs it, for Settings → Mailbox and for
// "Sign in again" in the sync status: OAuthBrowserSignIn listens on a free 127.0.0.1 port,
// the system browser opens the provider's page, and the tokens that come back go to the
// keychain (the vault) only. Cancel closes the loopback listener at once. Every way it can
// end is one signal: signedIn with the address, or failed with one sentence (cancelled,
// a foreign state, a refused code, a keychain that refused the tokens).
class MailboxSignIn : public QObject
{
    Q_OBJECT
public:
    // Opens a URL in the browser; tests hand in one that follows it with a plain GET.
    using UrlOpener = std::function<bool(const QUrl &)>;
    static UrlOpener systemBrowser(); // QDesktopServices::openUrl

    // `clientSecret` empty: keep the one saved with the last sign-in.
    MailboxSignIn(OAuthSettings settings, OAuthTokenVault vault, QString clientSecret, const Clock &clock,
                  UrlOpener opener, QObject *parent = nullptr);
    ~MailboxSignIn() override;

    // Listens and opens the browser; an error when it could not even start.
    Result<void> start();
    void cancel();
    bool isWaiting() const { return m_waiting; }
    // Where the browser comes back to (http://127.0.0.1:PORT/), while waiting.
    QUrl redirectUri() const;

Q_SIGNALS:
    void signedIn(const QString &address);
    void failed(const QString &message);

private:
    void finish(const QString &failure, const QString &address = {});

    OAuthSettings m_settings;
    OAuthTokenVault m_vault;
    UrlOpener m_opener;
    QPointer<OAuthBrowserSignIn> m_flow;
    bool m_waiting = false;
};

} // namespace Madoguchi
