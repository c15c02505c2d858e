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
    static Result<QByteArray> read(const MailFileEntry &entry);

    // Maildir file names start with the delivery time ("1718000000.M1P2.host:2,S").
    static std::optional<QDateTime> maildirDeliveryTime(const QString &fileName);

private:
    static Result<void> scanPath(const QString &path, QList<MailFileEntry> &entries, int depth);
    static void scanMaildir(const QString &path, QList<MailFileEntry> &entries);
};

} // namespace Madoguchi
