#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace Madoguchi {

class PasswordKeychain;

// What a signed-in mailbox keeps in the OS keychain, as one entry (JSON): the refresh token,
// the last access token with its expiry (so a short-lived `madoguchi-cli sync --once` does not
// refresh every time), the client secret and the address that signed in. Never in the
// database, the settings or a log.
struct OAuthTokens
{
    QString refreshToken;
    QString accessToken;
    QDateTime accessExpires; // UTC; invalid: unknown
    QString clientSecret;
    QString signedInAs;      // from the ID token, for display

    // Takes a token endpoint's answer received at `now`: the access token and its expiry, a
    // new refresh token if the provider rotated it, the address in the ID token.
    void takeGrant(const QVariantMap &answer, const QDateTime &now);
};

class OAuthTokenVault
{
public:
    OAuthTokenVault(PasswordKeychain &keychain, QString key) : m_keychain(keychain), m_key(std::move(key)) {}

    // "keychain-missing" when the mailbox never signed in.
    Result<OAuthTokens> read() const;
    Result<void> write(const OAuthTokens &tokens);
    Result<void> remove();
    const QString &key() const { return m_key; }

private:
    PasswordKeychain &m_keychain;
    QString m_key;
};

} // namespace Madoguchi
