#pragma once

#include "mail/imap/MailboxSync.h"

namespace Madoguchi {

class TicketDesk;
struct MailAccountSettings;

// Hands each synced message to the tickets: parse (MimeParser), classify (MailClassifier),
// thread (MailThreader: [#n] tag, then In-Reply-To/References), skip what is already stored
// (Message-ID + content hash), then MailIntake, all inside MailboxSync's transaction.
class SyncedMailStore
{
public:
    static MailboxSync::StoreMail storeFunction(TicketDesk &desk, const MailAccountSettings &settings);
};

} // namespace Madoguchi
