#pragma once

#include "cli/CliContext.h"
#include "core/Result.h"
#include "mail/imap/ImapSession.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/account/OAuthTokenSource.h"
#include "store/PasswordKeychain.h"
#include "mail/sync/MailboxSync.h"
#include "store/Database.h"
#include "store/MailboxLock.h"
#include "tickets/TicketDesk.h"

#include <memory>

namespace Madoguchi {

// What `sync --once` and `serve` share: the store, the configured mailbox with its password,
// the IMAP session, the sync into tickets and the team's sync lock for that mailbox.
class CliMailbox
{
public:
    // passwordFile: --password-file; else $CREDENTIALS_DIRECTORY, else the keychain.
    // tokenFile: --token-file, the OAuth 2.0 tokens of a service; else the keychain.
    static Result<std::unique_ptr<CliMailbox>> open(CliContext &context, const QString &passwordFile,
                                                    const QString &tokenFile = {});

    Database &database() { return *m_database; }
    TicketDesk &desk() { return *m_desk; }
    const MailAccountSettings &settings() const { return m_settings; }
    ImapSession &session() { return *m_session; }
    MailboxSync &sync() { return *m_sync; }
    MailboxLock &lock() { return *m_lock; }
    void connect();
    // The mailbox's OAuth 2.0 tokens when it signs in with OAuth, else null.
    OAuthTokenSource *tokens() { return m_tokens.get(); }

private:
    CliMailbox() = default;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<TicketDesk> m_desk;
    MailAccountSettings m_settings;
    QString m_password;
    PasswordKeychain m_keychain;
    std::unique_ptr<OAuthTokenSource> m_tokens;
    std::unique_ptr<ImapSession> m_session;
    std::unique_ptr<MailboxSync> m_sync;
    std::unique_ptr<MailboxLock> m_lock;
};

} // namespace Madoguchi
