#include "mail/import/MailImport.h"

#include "mail/MailIngestor.h"
#include "mail/import/MailFileScanner.h"
#include "mail/mime/MailParseAhead.h"
#include "store/Database.h"
#include "store/TransactionGuard.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QString ImportSummary::line() const
{
    return u"imported %1 messages into %2 tickets (%3 new), %4 auto-replies, %5 bounces, %6 unreadable"_s.arg(messages)
        .arg(tickets)
        .arg(newTickets)
        .arg(autoReplies)
        .arg(bounces)
        .arg(unreadable);
}

MailImport::MailImport(MailIngestor &ingestor, int batchSize)
    : m_ingestor(ingestor)
    , m_batchSize(std::max(1, batchSize))
{ }

Result<ImportSummary> MailImport::run(const QStringList &paths, const Progress &progress)
{
    auto entries = MailFileScanner::scan(paths);
    if (!entries)
        return entries.error();
    MailFileScanner::orderByReceipt(entries.value());
    ImportSummary summary;
    QSet<qint64> tickets;
    Database &database = m_ingestor.desk().database();
    std::unique_ptr<TransactionGuard> batch;
    const qsizetype total = entries->size();
    // The files are read and parsed on a second thread while this one stores.
    const QList<MailFileEntry> &files = entries.value();
    MailParseAhead ahead(m_ingestor.parser(), total,
                         [&files](qsizetype i) { return MailFileScanner::read(files.at(i)); });
    for (qsizetype i = 0; i < total; ++i) {
        // One transaction per batch: a crash loses at most the batch, and a re-run finishes it.
        if (!batch) {
            batch = std::make_unique<TransactionGuard>(database);
            if (!batch->ok())
                return batch->error();
            if (auto deferred = database.deferSearchIndex(); !deferred)
                return deferred.error();
        }
        const MailFileEntry &entry = entries->at(i);
        auto mail = ahead.takeNext();
        if (!mail)
            return mail.error();
        auto result = m_ingestor.ingestParsed(*mail, entry.receivedAt, MailOrigin::MailFile);
        if (!result) {
            return makeError(
                result.error().code,
                QCoreApplication::translate("MailImport", "%1: %2").arg(entry.label(), result.error().message));
        }
        if (result->duplicate) {
            ++summary.duplicates;
        } else {
            ++summary.messages;
            tickets.insert(result->ticketId);
            summary.newTickets += result->newTicket ? 1 : 0;
            summary.autoReplies += result->kind == MailKind::AutoReply ? 1 : 0;
            summary.bounces += result->kind == MailKind::Bounce ? 1 : 0;
            summary.unreadable += result->unreadable ? 1 : 0;
        }
        if ((i + 1) % m_batchSize == 0 || i + 1 == total) {
            if (auto committed = batch->commit(); !committed)
                return committed.error();
            batch.reset();
        }
        if (progress)
            progress(i + 1, total);
    }
    summary.tickets = int(tickets.size());
    if (summary.messages > 0) {
        if (auto released = database.releaseFreePages(); !released)
            return released.error();
    }
    return summary;
}

} // namespace Madoguchi
