#pragma once

// The throwaway Dovecot that tests/scripts/with-dovecot.sh started, as the client's settings:
// its main server over IMAPS, trusting the script's self-signed certificate.
#include "mail/imap/ImapServerSettings.h"

namespace Madoguchi::Testing {

inline ImapServerSettings testImapServer()
{
    ImapServerSettings server;
    server.host = qEnvironmentVariable("MADOGUCHI_TEST_IMAP_HOST");
    server.port = quint16(qEnvironmentVariableIntValue("MADOGUCHI_TEST_IMAPS_PORT"));
    server.user = qEnvironmentVariable("MADOGUCHI_TEST_IMAP_USER");
    server.caFile = qEnvironmentVariable("MADOGUCHI_TEST_IMAP_CA_FILE");
    return server;
}

} // namespace Madoguchi::Testing
