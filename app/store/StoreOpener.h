#pragma once

#include "core/Result.h"
#include "store/Database.h"

#include <functional>
#include <memory>

namespace Madoguchi {

class PasswordKeychain;

// The one way the desk's database is opened — by every madoguchi-cli command, by
// `serve`, and by the desktop program — and brought up to date.
//
// A PostgreSQL password comes from one documented order of sources (docs/store.md):
//   1. the system keychain: service "Madoguchi", key "database:" + the address;
//   2. libpq's own: PGPASSWORD, then ~/.pgpass (or PGPASSFILE), then the PGSERVICE entry.
// A keychain that cannot be reached (no D-Bus on a server, a locked keyring) is not an
// error: libpq's sources are tried next, and when none of them has a password the error is
// one line naming every source that was tried.
class StoreOpener
{
public:
    struct Opened
    {
        std::unique_ptr<Database> database;
        QString password; // from the keychain; empty when libpq found its own (pass it on as is)
    };
    using UpgradeNotice = std::function<void(int from, int to)>;

    // `keychain` may be null: then only libpq's sources are used.
    static Result<Opened> open(const DatabaseAddress &address, PasswordKeychain *keychain,
                               const UpgradeNotice &beforeUpgrade = {});

    static QString keychainKey(const DatabaseAddress &address);
};

} // namespace Madoguchi
