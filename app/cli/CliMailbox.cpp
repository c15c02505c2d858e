#include "cli/CliMailbox.h"

#include "cli/CliStore.h"
#include "mail/account/MailPasswordSource.h"
#include "mail/sync/SyncedMailStore.h"
#include "store/PasswordKeychain.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<std::unique_ptr<CliMailbox>> CliMailbox::open(CliContext &context, const QString &passwordFile,
                                                     const QString &tokenFile)
{
    std::unique_ptr<CliMailbox> mailbox(new CliMailbox);
    auto database = openCliStore(context);
    if (!database)
        return database.error();
    mailbox->m_database = std::move(database.value());
    auto settings = MailAccountSettings::load(*mailbox->m_database);
    if (!settings)
        return settings.error();
    if (!settings->has_value()) {
        return makeError(u"settings"_s, u"No mailbox is configured. Run: madoguchi-cli account set --imap "
                                        "imaps://USER@HOST:993"_s);
    }
    mailbox->m_settings = settings->value();
    if (mailbox->m_settings.oauth) {
        const OAuthTokenVault vault = mailbox->m_settings.oauthTokenVault(mailbox->m_keychain, tokenFile);
        // A token file others may read is refused before anything connects (serve would
        // otherwise retry it for ever); a missing one says "sign in" when a token is asked for.
        if (vault.isFile()) {
            if (auto stored = vault.read(); !stored && stored.error().code != u"keychain-missing"_s)
                return stored.error();
        }
        mailbox->m_tokens = std::make_unique<OAuthTokenSource>(*mailbox->m_settings.oauth, vault, context.clock);
    } else {
        auto password = MailPasswordSource::resolve(passwordFile, mailbox->m_settings.imapPasswordKey(),
                                                    mailbox->m_keychain);
        if (!password)
            return password.error();
        mailbox->m_password = password.value();
    }
    mailbox->m_desk = std::make_unique<TicketDesk>(*mailbox->m_database, context.clock);
    mailbox->m_session = std::make_unique<ImapSession>(context.clock);
    mailbox->m_sync = std::make_unique<MailboxSync>(
        *mailbox->m_session, *mailbox->m_database, mailbox->m_desk->mail(),
        SyncedMailStore::storeFunction(*mailbox->m_desk, mailbox->m_settings), mailbox->m_settings.syncOptions());
    mailbox->m_lock = std::make_unique<MailboxLock>(*mailbox->m_database, mailbox->m_settings.accountName());
    return mailbox;
}

void CliMailbox::connect()
{
    if (m_tokens)
        m_session->open(m_settings.imap, m_tokens->provider());
    else
        m_session->open(m_settings.imap, m_password);
}

} // namespace Madoguchi
