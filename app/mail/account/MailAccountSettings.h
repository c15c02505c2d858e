#pragma once

#include "core/Result.h"
#include "mail/account/OAuthSettings.h"
#include "mail/account/OAuthTokenVault.h"
#include "mail/imap/ImapServerSettings.h"
#include "mail/sync/MailboxSyncOptions.h"

#include <QString>

#include <optional>

namespace Madoguchi {

class Database;

// The team's support mailbox, kept in the database so that every desktop and the serve
// process use the same settings. Never the password: that is in each machine's keychain
// (or a credentials file on a headless server).
struct MailAccountSettings
{
    ImapServerSettings imap;
    QString sentFolder;   // empty: the Sent folder is not synced
    QString smtpUrl;      // smtp://USER@HOST:587 or smtps://USER@HOST:465, for the outbox
    bool markSeen = false;
    QString moveToFolder;
    // Set: IMAP and SMTP sign in with OAuth 2.0 (XOAUTH2/OAUTHBEARER), not a password.
    std::optional<OAuthSettings> oauth;

    static Result<std::optional<MailAccountSettings>> load(Database &database);
    Result<void> save(Database &database) const;

    // "support@mail.example.co.jp": names the sync state and the team's sync lock.
    QString accountName() const;
    // The keychain entry of the IMAP password ("imap:imaps://support@mail.example.co.jp:993").
    QString imapPasswordKey() const;
    // The keychain entry of the SMTP password ("smtp:smtp://support@mail.example.co.jp:587").
    QString smtpPasswordKey() const;
    // The keychain entry of the OAuth 2.0 tokens ("oauth:imaps://support@imap.gmail.com:993").
    QString oauthTokensKey() const;
    // Where this account's OAuth 2.0 tokens are: `tokenFile` when given (`--token-file`, for
    // a service without a user session), else the keychain entry oauthTokensKey().
    OAuthTokenVault oauthTokenVault(PasswordKeychain &keychain, const QString &tokenFile = {}) const;
    MailboxSyncOptions syncOptions() const;

    static constexpr const char *settingName = "mail.account";
};

} // namespace Madoguchi
