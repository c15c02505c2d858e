#pragma once

namespace Madoguchi {

// How long the client waits, in milliseconds. Tests inject short values.
struct ImapTimeouts
{
    int connectMs = 30'000;   // TCP + TLS handshake + greeting
    int loginMs = 30'000;     // STARTTLS, LOGIN / AUTHENTICATE
    int commandMs = 120'000;  // silence allowed while any other command runs
    // RFC 2177: servers may drop an IDLE after 30 minutes; re-issue well before.
    int idleRenewMs = 28 * 60 * 1000;
    int pollMs = 60'000;      // NOOP interval when the server has no IDLE
    int reconnectFirstMs = 1'000;
    int reconnectMaxMs = 5 * 60 * 1000;
};

} // namespace Madoguchi
