#pragma once

#include <QString>

namespace Madoguchi {

// The bounds of the texts the store keeps in a btree index (sorted or unique). PostgreSQL
// refuses an index row over 2,704 bytes, so a 4,000-character subject or a 100 KB sender
// address would otherwise stop a whole import batch, and every later sync, on one mail.
// The limits are counted in UTF-16 units, so even four-byte characters stay far inside the
// index's bound in UTF-8. The full text is never lost: the message row keeps its subject in
// full (a hash or trigram index, which cannot refuse it), and the raw source is kept as read.
namespace StoredText {

// tickets.subject: the ticket's title, sorted by the desk list. A longer mail subject
// titles its ticket with the first 500 characters and "…".
inline constexpr qsizetype kTicketSubjectChars = 500;
// customers.address and organisations.domain (unique): RFC 5321 allows a path of 256
// octets, so anything longer is not a mailbox anyone can answer.
inline constexpr qsizetype kAddressChars = 254;
// What staff type into unique or key columns: ticket_tags.tag, staff_users.login.
inline constexpr qsizetype kNameChars = 100;

// `text` cut to `limit` characters (the last one "…"), never inside a surrogate pair.
QString bounded(const QString &text, qsizetype limit);

} // namespace StoredText

} // namespace Madoguchi
