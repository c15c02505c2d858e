#pragma once

#include "core/Result.h"
#include "mail/imap/ImapCommand.h"
#include "mail/imap/ImapResponse.h"

#include <QByteArray>

namespace Madoguchi {

class ImapConnection;

// One IMAP operation: the command it sends, what it does with the responses that arrive
// while it runs, and how it reports its result (each task holds its own callback).
class ImapTask
{
public:
    enum class TimeoutKind { Command, Login };

    virtual ~ImapTask() = default;

    virtual ImapCommand command() const = 0;
    virtual TimeoutKind timeoutKind() const { return TimeoutKind::Command; }

    // Untagged data while this task is the one running.
    virtual void untagged(const ImapResponse &) {}
    // A "+" that is not for a literal of the command. An error ends the connection.
    virtual Result<void> continuation(const ImapResponse &response, ImapConnection &connection);
    // The tagged completion. The task is removed from the connection before this runs.
    virtual void completed(const ImapResponse &response) = 0;
    // The connection broke, timed out or was closed before completion.
    virtual void aborted(const Error &error) = 0;

    // IDLE: true while the server may stay silent for as long as it likes.
    virtual bool isWaitingIndefinitely() const { return false; }
    // IDLE: another command waits; end politely (DONE).
    virtual void interrupt(ImapConnection &) {}
    // STARTTLS: nothing may follow the tagged OK in clear text.
    virtual bool switchesToTls() const { return false; }

protected:
    // "The server refused SELECT: [NONEXISTENT] Unknown mailbox" with a code naming the status.
    static Error refusal(const ImapResponse &response, const QByteArray &commandName);
};

} // namespace Madoguchi
