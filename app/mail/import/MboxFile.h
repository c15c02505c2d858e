#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Madoguchi {

// One message inside an mbox file: where its bytes are, and the time on its From_ line.
struct MboxEntry
{
    qint64 offset = 0; // first byte after the From_ line
    qint64 length = 0;
    std::optional<QDateTime> receivedAt; // from the From_ line, UTC
};

// Reads mbox files (mboxo/mboxrd as written by Thunderbird, mutt, Postfix, Google Takeout):
// messages start at a "From " line after an empty line; ">From " lines are unquoted.
// The file is indexed first so a large mailbox is never held in memory at once.
class MboxFile
{
public:
    static bool looksLikeMbox(const QString &path);
    static Result<QList<MboxEntry>> index(const QString &path);
    static Result<QByteArray> read(const QString &path, const MboxEntry &entry);

    // "From sender@example.jp Tue Jun 10 01:15:00 2025" (asctime, UTC unless a zone follows).
    static std::optional<QDateTime> parseFromLine(QByteArrayView line);
    // Removes one '>' from every line matching ^>+From (mboxrd; also right for mboxo).
    static QByteArray unquote(const QByteArray &message);
};

} // namespace Madoguchi
