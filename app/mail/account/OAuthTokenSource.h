#pragma once

#include "core/Result.h"
#include "mail/account/OAuthSettings.h"
#include "mail/account/OAuthTokenVault.h"
#include "mail/imap/SaslBearer.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <vector>

namespace Madoguchi {

class Clock;

// Hands the IMAP and SMTP clients an OAuth 2.0 access token for the mailbox: the one in hand
// while it has more than refreshMarginSecs left, else a fresh one from the token endpoint
// (refresh_token grant); `renew` (the server refused the last token) always refreshes. A
// rotated refresh token is saved back to the keychain. A refresh token the provider calls
// expired or revoked (invalid_grant), or none at all, fails with "oauth-signin-required"
// and a sentence that says to sign in again; nothing else is lost.
//
// Two processes (a desktop and `serve`) may refresh at the same time: when the provider
// refuses the refresh token this one read, the keychain is read again and a newer token, if
// another process saved one, is tried once.
class OAuthTokenSource : public QObject
{
    Q_OBJECT
public:
    static constexpr int refreshMarginSecs = 300;

    OAuthTokenSource(OAuthSettings settings, OAuthTokenVault vault, const Clock &clock, QObject *parent = nullptr);

    void accessToken(bool renew, SaslBearer::TokenCallback done);
    // For ImapSession::open and SmtpClient::setTokenProvider; safe to call after this is gone.
    SaslBearer::TokenProvider provider();
    // The same for a client on another thread (the desktop's sync thread): the token is
    // fetched on this object's thread — QtKeychain may only be used from one thread — and the
    // answer comes back on the caller's.
    SaslBearer::TokenProvider crossThreadProvider();

Q_SIGNALS:
    // The sign-in has to be done again (error code "oauth-signin-required").
    void signInRequired(const Madoguchi::Error &error);

private:
    void refresh(const OAuthTokens &tokens, bool afterReread);
    void finish(const Result<QString> &token);

    OAuthSettings m_settings;
    OAuthTokenVault m_vault;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
    std::vector<SaslBearer::TokenCallback> m_waiting;
    OAuthTokens m_tokens;
    bool m_haveTokens = false;
};

} // namespace Madoguchi
