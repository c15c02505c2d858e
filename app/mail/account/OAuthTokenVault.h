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

// Where the tokens are kept: the OS keychain entry `key`, or — for `serve` under the system
// unit, which has no user session and so no keychain — a token file owned by the service
// user (`--token-file`). The file is refused when anyone but its owner may read or write it,
// and every write (a rotated refresh token, a new access token) replaces it atomically with
// mode 0600, so a crash never leaves half a file.
class OAuthTokenVault
{
public:
    OAuthTokenVault(PasswordKeychain &keychain, QString key) : m_keychain(&keychain), m_key(std::move(key)) {}
    static OAuthTokenVault inFile(QString path);

    // "keychain-missing" when the mailbox never signed in (no entry, or no file yet).
    Result<OAuthTokens> read() const;
    Result<void> write(const OAuthTokens &tokens);
    Result<void> remove();
    // The keychain entry, or the file's path.
    const QString &key() const { return m_key; }
    bool isFile() const { return m_keychain == nullptr; }

private:
    explicit OAuthTokenVault(QString path) : m_key(std::move(path)) {}
    Result<QString> readFile() const;
    Result<void> writeFile(const QString &text);

    PasswordKeychain *m_keychain = nullptr;
    QString m_key;
};

} // namespace Madoguchi
