#pragma once

#include "core/Result.h"
#include "mail/imap/ImapResponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace Madoguchi {

// One message as a UID FETCH (UID RFC822.SIZE INTERNALDATE BODY.PEEK[]) returns it.
// `source` shares the parser's literal buffer: the raw RFC 5322 bytes, held once.
struct ImapFetchedMessage
{
    quint32 sequenceNumber = 0;
    quint32 uid = 0;
    qint64 size = -1;          // RFC822.SIZE, -1 when not sent
    QDateTime internalDate;    // UTC; invalid when not sent
    QList<QByteArray> flags;   // when the server sent FLAGS
    bool hasFlags = false;
    QByteArray source;
    bool hasSource = false;

    // Reads a "* n FETCH (...)" response; an error names the item that was wrong.
    static Result<ImapFetchedMessage> fromResponse(const ImapResponse &response);

    // "17-Jul-1996 02:44:25 -0700" (day may be space-padded) to a UTC moment.
    static Result<QDateTime> parseInternalDate(const QByteArray &text);
};

} // namespace Madoguchi
