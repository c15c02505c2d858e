#pragma once

#include <QString>

namespace Madoguchi {

// Why a message did not go out, classified for the outbox:
// - Temporary: 4xx replies, a lost connection, a timeout — try again later;
// - Permanent: a 5xx reply to MAIL FROM, RCPT TO or the message itself — this reply will
//   never be accepted as it is;
// - Account: the account or server setup is wrong (5xx to AUTH, no STARTTLS, an untrusted
//   certificate). Nothing is wrong with the reply, so it stays queued and the person who
//   looks after the mailbox is told; retrying only helps once the setup is fixed.
struct SmtpFailure
{
    enum class Kind { Temporary, Permanent, Account };

    Kind kind = Kind::Temporary;
    int replyCode = 0; // the server's three-digit code; 0 for network and TLS failures
    QString message;   // a sentence with the server's own words, for the outbox view

    bool isPermanent() const { return kind == Kind::Permanent; }
};

} // namespace Madoguchi
