#pragma once

#include "core/Result.h"

#include <QString>

namespace Madoguchi {

class PasswordKeychain;

// Where a headless process finds the mailbox password, in this order: a file named on the
// command line (refused unless only its owner can read it: mode 0600 or 0400), systemd's
// $CREDENTIALS_DIRECTORY/<credential> (LoadCredential=), else the OS keychain.
class MailPasswordSource
{
public:
    static constexpr const char *credentialName = "madoguchi-imap-password";

    // Nobody but the file's owner may read, write or run it (mode 0600 or 0400).
    static bool onlyOwnerMayUse(const QString &path);
    // The password with trailing line ends removed.
    static Result<QString> fromFile(const QString &path);
    static Result<QString> resolve(const QString &passwordFile, const QString &keychainKey, PasswordKeychain &keychain);
};

} // namespace Madoguchi
