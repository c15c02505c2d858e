#pragma once

#include "core/Result.h"
#include "mail/account/OAuthSettings.h"
#include "mail/account/OAuthTokenVault.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QOAuth2AuthorizationCodeFlow;

namespace Madoguchi {

class Clock;
class SignInReplyHandler;

// The first sign-in of a mailbox, as RFC 8252 wants it from a desktop program: the
// authorization code flow of Qt Network Auth with a loopback redirect (http://127.0.0.1:PORT/
// on a free port, which also works through `ssh -L PORT:127.0.0.1:PORT`) and PKCE S256 (RFC
// 7636: Qt 6.4 has no switch for it, so code_challenge and code_verifier go in through its
// parameter hook). The state that comes back must be the one sent, else the sign-in fails
// ("someone else's sign-in"); so does a code the token endpoint refuses (e.g. a verifier
// that does not match), with the provider's words.
//
// start() listens and emits openBrowser(url); the caller opens the system browser (or prints
// the URL). Then exactly one of signedIn() and failed() follows, unless cancel() comes first.
class OAuthBrowserSignIn : public QObject
{
    Q_OBJECT
public:
    OAuthBrowserSignIn(OAuthSettings settings, QString clientSecret, const Clock &clock, QObject *parent = nullptr);
    ~OAuthBrowserSignIn() override;

    // Listens on 127.0.0.1, on `port` (0: any free port).
    Result<void> start(quint16 port = 0);
    void cancel();
    QUrl redirectUri() const;

    // RFC 7636 4.1/4.2: a random verifier of 43 characters and its S256 challenge.
    static QByteArray newCodeVerifier();
    static QByteArray codeChallenge(const QByteArray &verifier);

Q_SIGNALS:
    void openBrowser(const QUrl &url);
    // The tokens, with the client secret filled in, ready for OAuthTokenVault::write.
    void signedIn(const Madoguchi::OAuthTokens &tokens);
    void failed(const Madoguchi::Error &error);

private:
    void onCallback(const QVariantMap &values);
    void fail(const Error &error);

    OAuthSettings m_settings;
    QString m_clientSecret;
    const Clock &m_clock;
    QByteArray m_verifier;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<SignInReplyHandler> m_handler;
    bool m_done = false;
};

} // namespace Madoguchi
