#pragma once

#include <QString>

#include <optional>

namespace Madoguchi {

// Subject rules: reply/forward prefixes in the languages our customers' mailers use, and
// the ticket tag that threads a reply to its ticket.
class SubjectLine
{
public:
    // Removes stacked prefixes: Re:, RE:, Fwd:, FW:, AW:, WG:, SV:, 転送:, 返信:, Re[2]:,
    // Re^2:, full-width colons, and mailer noise like "Re: Re: FW:".
    static QString withoutReplyPrefixes(const QString &subject);

    // The ticket number in a tag such as "[#1234]" (prefix configurable, e.g. "MDG-" for
    // "[MDG-1234]"); full-width forms typed by an IME (［＃１２３４］) count too.
    static std::optional<qint64> ticketNumber(const QString &subject, const QString &prefix = QStringLiteral("#"));

    // The subject to show on a ticket: prefixes and the ticket tag removed.
    static QString forDisplay(const QString &subject, const QString &prefix = QStringLiteral("#"));

    // The tag to put in outgoing subjects: "[#1234]".
    static QString tag(qint64 ticketNumber, const QString &prefix = QStringLiteral("#"));
};

} // namespace Madoguchi
