#include "mail/sync/SyncedMailStore.h"

#include "mail/MailIngestor.h"
#include "mail/account/MailAccountSettings.h"
#include "tickets/TicketDesk.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

MailboxSync::StoreMail SyncedMailStore::storeFunction(TicketDesk &desk, const MailAccountSettings &settings)
{
    DeskAddresses addresses = MailIngestor::loadAddresses(desk).valueOr(DeskAddresses());
    const QString login = settings.imap.user;
    if (login.contains(u'@') && !addresses.supportAddresses.contains(login, Qt::CaseInsensitive))
        addresses.supportAddresses.append(login);
    auto ingestor = std::make_shared<MailIngestor>(desk, addresses);

    return [ingestor](const FetchedMail &mail) -> Result<bool> {
        const std::optional<QDateTime> receivedAt
            = mail.internalDate.isValid() ? std::optional<QDateTime>(mail.internalDate) : std::nullopt;
        const auto ingested = mail.parsed ? ingestor->ingestParsed(*mail.parsed, receivedAt, MailOrigin::Imap)
                                          : ingestor->ingest(mail.source, receivedAt, MailOrigin::Imap);
        if (!ingested)
            return ingested.error();
        return !ingested->duplicate;
    };
}

} // namespace Madoguchi
