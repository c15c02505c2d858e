#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Madoguchi {

// How the desk signs in to a mailbox with OAuth 2.0 instead of a password: the provider's
// endpoints and scopes and the client (the app the administrator registered). Kept with the
// mailbox settings in the database; nothing here is secret. The client secret (where a
// provider wants one for installed apps) and the tokens are in the keychain (OAuthTokenVault).
struct OAuthSettings
{
    enum class Provider { Google, Microsoft, Other };

    Provider provider = Provider::Google;
    QString clientId;
    QString tenant = QStringLiteral("organizations"); // Microsoft 365: the directory (tenant) ID or domain
    // For Other; the presets fill them from the provider.
    QString authorizationUrl;
    QString tokenUrl;
    QString deviceAuthorizationUrl; // optional (RFC 8628)
    QStringList scopes;

    // The preset for a provider (Other: empty endpoints and scopes).
    static OAuthSettings preset(Provider provider);
    static QString providerKey(Provider provider);      // "google", "microsoft", "other"
    static Result<Provider> providerFromKey(const QString &key);
    // "Google Workspace", "Microsoft 365", "OAuth 2.0 (other)"
    static QString providerName(Provider provider);
    // Presets of the provider's IMAP and SMTP servers for USER: imaps://USER@imap.gmail.com:993 …
    static QString presetImapUrl(Provider provider, const QString &user);
    static QString presetSmtpUrl(Provider provider, const QString &user);

    // The endpoints with the Microsoft tenant filled in.
    QUrl authorizationEndpoint() const;
    QUrl tokenEndpoint() const;
    QUrl deviceAuthorizationEndpoint() const;
    // The scopes to ask for: the mail scopes plus "openid email", whose ID token names the
    // signed-in address.
    QString scopeText() const;

    // Every field needed to sign in is there (client ID, http(s) endpoints, scopes).
    Result<void> validate() const;

    QJsonObject toJson() const;
    static Result<OAuthSettings> fromJson(const QJsonObject &object);
};

} // namespace Madoguchi
