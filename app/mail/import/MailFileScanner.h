#pragma once

#include "core/Result.h"
#include "mail/import/MboxFile.h"

#include <QStringList>

namespace Madoguchi {

// One mail found on disk, not yet read.
struct MailFileEntry
{
    enum class Kind { EmlFile, MaildirFile, MboxMessage };
    Kind kind = Kind::EmlFile;
    QString path;
    MboxEntry mbox; // for MboxMessage
    std::optional<QDateTime> receivedAt; // maildir delivery time or mbox From_ line; none for .eml

    QString label() const; // "inbox.mbox #12", a file path
};

// Finds the mail in the paths given to an import: .eml files, maildir folders (cur/ and
// new/, sub-folders too), mbox files, and plain folders of .eml files. Listing first lets
// the caller show "N of M" progress before reading anything.
class MailFileScanner
{
public:
    static Result<QList<MailFileEntry>> scan(const QStringList &paths);
    // The entries in the order the mail arrived, so replies come after their parents as they
    // do over IMAP: maildir delivery time (cur/ and new/ together), the mbox From_ line (mbox
    // order breaks ties), else the Date header; mail with no time at all last, as found.
    static void orderByReceipt(QList<MailFileEntry> &entries);
    static Result<QByteArray> read(const MailFileEntry &entry);

    // Maildir file names start with the delivery time ("1718000000.M1P2.host:2,S").
    static std::optional<QDateTime> maildirDeliveryTime(const QString &fileName);
    // The microseconds a maildir name carries after its time ("1718000000.M123456P2.host"),
    // which order two deliveries within one second; -1 when it has none.
    static qint64 maildirMicroseconds(const QString &fileName);

private:
    static Result<void> scanPath(const QString &path, QList<MailFileEntry> &entries, int depth);
    static void scanMaildir(const QString &path, QList<MailFileEntry> &entries);
};

} // namespace Madoguchi
