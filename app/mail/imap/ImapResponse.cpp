#include "mail/imap/ImapResponse.h"

namespace Madoguchi {

std::optional<quint64> ImapResponse::codeNumber() const
{
    bool ok = false;
    const quint64 value = codeArguments.trimmed().toULongLong(&ok);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

QSet<QByteArray> ImapResponse::capabilities() const
{
    QSet<QByteArray> result;
    if (name == "CAPABILITY") {
        for (const ImapValue &value : values) {
            if (value.isAtom())
                result.insert(value.text.toUpper());
        }
    } else if (code == "CAPABILITY") {
        const QList<QByteArray> words = codeArguments.simplified().split(' ');
        for (const QByteArray &word : words) {
            if (!word.isEmpty())
                result.insert(word.toUpper());
        }
    }
    return result;
}

QList<quint32> ImapResponse::searchResults() const
{
    QList<quint32> result;
    if (name != "SEARCH")
        return result;
    result.reserve(values.size());
    for (const ImapValue &value : values) {
        if (value.isNumber() && value.number <= 0xffffffffu)
            result.append(quint32(value.number));
    }
    return result;
}

const char *ImapResponse::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return "OK";
    case Status::No:
        return "NO";
    case Status::Bad:
        return "BAD";
    case Status::Bye:
        return "BYE";
    case Status::Preauth:
        return "PREAUTH";
    case Status::None:
        break;
    }
    return "";
}

} // namespace Madoguchi
