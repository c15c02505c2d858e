#pragma once

#include "core/Result.h"

#include <QString>

namespace Madoguchi {

// Passwords in the operating system's keychain (Secret Service / gnome-keyring on Linux)
// through QtKeychain, behind a call-and-wait API. There is deliberately no plaintext
// fallback: when no keychain answers, the caller gets an error it can show and may offer
// "don't save the password" instead.
//
// Error codes: "keychain-missing" (no such entry), "keychain-unavailable" (no backend or
// it is locked), "keychain-timeout", "keychain" (anything else).
class PasswordKeychain
{
public:
    explicit PasswordKeychain(QString service = QStringLiteral("Madoguchi"), int timeoutMs = 10000);

    Result<void> store(const QString &key, const QString &password);
    Result<QString> read(const QString &key);
    Result<void> remove(const QString &key);

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace Madoguchi
