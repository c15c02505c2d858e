#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Madoguchi {

struct MailMessage;

// What one account's sync does. Read-only unless markSeen or moveToFolder is set.
struct MailboxSyncOptions
{
    QString account;           // names the sync state and the team lock, e.g. "support@mail.example.co.jp"
    QString inbox = QStringLiteral("INBOX");
    QString sentFolder;        // replies sent from another mail program; empty: not synced
    bool markSeen = false;     // flag imported INBOX mail \Seen on the server
    QString moveToFolder;      // move imported INBOX mail there; empty: leave it
    int batchSize = 100;       // messages per FETCH and per database transaction
    // The most UIDs one UID SEARCH may answer with: a larger folder is searched in windows of
    // message numbers, so the answer stays far below the parser's 1 MiB line limit (one line
    // for 160,000 UIDs is longer).
    int searchWindow = 20000;
    int fullPassIntervalMs = 5 * 60 * 1000; // while following: the Sent folder is checked this often
};

// One message fetched by the sync, for whoever stores it.
struct FetchedMail
{
    QString folder;
    bool fromSentFolder = false;
    quint32 uid = 0;
    QDateTime internalDate;     // receipt time (DESIGN.md, "The clock" 4)
    QByteArray source;          // the original RFC 5322 bytes
    const MailMessage *parsed = nullptr; // `source` parsed already by the sync, when it did
};

// What one pass did.
struct MailboxSyncSummary
{
    int fetched = 0;
    int stored = 0;
    int duplicates = 0;
    QStringList rescannedFolders; // UIDVALIDITY changed: read again from the first message
};

} // namespace Madoguchi
