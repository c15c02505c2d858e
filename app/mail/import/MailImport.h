#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Madoguchi {

class MailIngestor;

// What an import did, and the line `madoguchi-cli import` prints.
struct ImportSummary
{
    int messages = 0; // newly stored
    int tickets = 0; // distinct tickets they went into
    int newTickets = 0;
    int autoReplies = 0;
    int bounces = 0;
    int unreadable = 0;
    int duplicates = 0; // already stored before, skipped

    // "imported N messages into M tickets (K new), P auto-replies, B bounces, U unreadable"
    QString line() const;
};

// Imports .eml files, maildir folders and mbox files through the MailIngestor, in batches of
// one transaction each. Importing the same files again stores nothing (Message-ID + hash).
class MailImport
{
public:
    // Called after every message: done of total (total is known before the first message).
    using Progress = std::function<void(qsizetype done, qsizetype total)>;

    explicit MailImport(MailIngestor &ingestor, int batchSize = 100);

    Result<ImportSummary> run(const QStringList &paths, const Progress &progress = {});

private:
    MailIngestor &m_ingestor;
    int m_batchSize;
};

} // namespace Madoguchi
