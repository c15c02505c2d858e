#pragma once

#include "core/Result.h"
#include "store/DatabaseAddress.h"

#include <QString>

#include <functional>
#include <memory>

class QSettings;

namespace Madoguchi {

class Database;

// What one desktop remembers for itself, in QSettings (the team's shared settings live in
// the database): whether first-run setup is done, which store to open, the UI language, the
// text size.
// Passwords are never here: the database password is in the keychain under
// databasePasswordKey(), or not saved at all and asked for at start.
class DesktopSettings
{
public:
    explicit DesktopSettings(QSettings &settings)
        : m_settings(settings)
    { }

    // False on a fresh machine: the program then shows the first-run setup.
    bool isSetUp() const;
    void markSetUp();

    // Empty text is the built-in SQLite database; otherwise postgresql://user@host:port/db.
    QString databaseAddressText() const;
    void setDatabaseAddressText(const QString &text);
    Result<DatabaseAddress> databaseAddress() const;
    // Whether the PostgreSQL password is in the keychain (false: the user chose not to save it).
    bool databasePasswordSaved() const;
    void setDatabasePasswordSaved(bool saved);

    // The staff login of the person at this desktop (defaults to the system user name).
    QString staffLogin() const;
    void setStaffLogin(const QString &login);

    // "ja", "en", or empty for the system language. Read once at start.
    QString language() const;
    void setLanguage(const QString &language);

    // "small", "normal" or "large": the size of the text everywhere in the program
    // (Settings → Appearance); anything else reads as "normal".
    QString fontSize() const;
    void setFontSize(const QString &size);

    // The user chose to import mail from files instead of connecting a mailbox (for now).
    bool mailFromFilesOnly() const;
    void setMailFromFilesOnly(bool filesOnly);

    void sync();

    static QString databasePasswordKey(const DatabaseAddress &address);

    // Opens and migrates (StoreOpener::open finds the password first). `beforeUpgrade(from, to)` is called first when the schema has
    // steps to run: some rebuild a search index and take minutes on a large desk, and the
    // desktop says so instead of looking hung.
    using UpgradeNotice = std::function<void(int from, int to)>;
    static Result<std::unique_ptr<Database>> openDatabase(const DatabaseAddress &address, const QString &password = {},
                                                          const UpgradeNotice &beforeUpgrade = {});

private:
    QSettings &m_settings;
};

} // namespace Madoguchi
