#pragma once

#include "mail/imap/ImapValue.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Madoguchi {

// One complete server response: a tagged completion, an untagged response or a
// continuation request (RFC 3501 section 7), literals included.
struct ImapResponse
{
    enum class Kind { Tagged, Untagged, Continuation };
    enum class Status { None, Ok, No, Bad, Bye, Preauth };

    Kind kind = Kind::Untagged;
    QByteArray tag;             // for Tagged
    Status status = Status::None;
    QByteArray code;            // response code name in upper case: "UIDVALIDITY", "ALERT", ...
    QByteArray codeArguments;   // what followed the code name inside the brackets
    QString text;               // human-readable text after the code (or continuation text)
    QByteArray name;            // untagged data name in upper case: "CAPABILITY", "EXISTS", "FETCH", ...
    quint64 number = 0;         // the message number of "* n EXISTS|RECENT|EXPUNGE|FETCH"
    QList<ImapValue> values;    // the data after the name (FETCH: one list)
    int lineNumber = 0;         // counts responses from the start of the connection

    bool isTagged() const { return kind == Kind::Tagged; }
    bool isUntagged() const { return kind == Kind::Untagged; }
    bool isContinuation() const { return kind == Kind::Continuation; }
    bool hasStatus() const { return status != Status::None; }

    // The numeric argument of a code such as [UIDVALIDITY 3857529045] or [UIDNEXT 4392].
    std::optional<quint64> codeNumber() const;
    // The capability atoms of a CAPABILITY response or a [CAPABILITY ...] code, upper case.
    QSet<QByteArray> capabilities() const;
    // The numbers of a SEARCH response.
    QList<quint32> searchResults() const;
    // "OK", "NO", ... for log lines and messages.
    static const char *statusName(Status status);
};

} // namespace Madoguchi
