#include "store/StoreOpener.h"

#include "store/DesktopSettings.h"
#include "store/PasswordKeychain.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QString StoreOpener::keychainKey(const DatabaseAddress &address)
{
    return DesktopSettings::databasePasswordKey(address);
}

Result<StoreOpener::Opened> StoreOpener::open(const DatabaseAddress &address, PasswordKeychain *keychain,
                                              const UpgradeNotice &beforeUpgrade)
{
    Opened result;
    QString keychainAnswer;
    if (address.backend == DatabaseBackend::Postgres) {
        if (keychain) {
            // Whatever the keychain says (no entry, no D-Bus, locked), libpq's sources come next.
            auto saved = keychain->read(keychainKey(address));
            if (saved && !saved->isEmpty())
                result.password = *saved;
            else
                keychainAnswer = saved ? QCoreApplication::translate("StoreOpener", "empty entry")
                                       : saved.error().message;
        } else {
            keychainAnswer = QCoreApplication::translate("StoreOpener", "not asked");
        }
    }
    auto opened = DesktopSettings::openDatabase(address, result.password, beforeUpgrade);
    if (!opened) {
        if (address.backend == DatabaseBackend::Postgres && result.password.isEmpty()
            && opened.error().message.contains(u"no password supplied"_s)) {
            return makeError(u"password"_s,
                             QCoreApplication::translate(
                                 "StoreOpener",
                                 "The PostgreSQL database %1 wants a password and none was found: not in the system "
                                 "keychain under \"%2\" (%3), and not in PGPASSWORD, ~/.pgpass or a PGSERVICE entry "
                                 "(docs/store.md says how to give it).")
                                 .arg(address.toString(), keychainKey(address), keychainAnswer.simplified()));
        }
        return opened.error();
    }
    result.database = std::move(opened.value());
    return result;
}

} // namespace Madoguchi
