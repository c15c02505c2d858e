#pragma once

#include "mail/sync/MailboxSync.h"

namespace Madoguchi {

class TicketDesk;
struct MailAccountSettings;

// Hands each synced message to the tickets through MailIngestor (parse, classify, de-duplicate
// by Message-ID + content hash, thread, store; bounces mark the reply undelivered), inside
// MailboxSync's transaction. The desk's addresses are the stored ones plus the IMAP login when
// it is an address, so mail in the Sent folder counts as the desk's replies.
class SyncedMailStore
{
public:
    static MailboxSync::StoreMail storeFunction(TicketDesk &desk, const MailAccountSettings &settings);
};

} // namespace Madoguchi
