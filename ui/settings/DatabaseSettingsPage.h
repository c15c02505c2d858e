#pragma once

#include "settings/SettingsPage.h"

class QLabel;

namespace Madoguchi {

class Database;
class DatabaseForm;
class DesktopSettings;
class ModalPrompts;
class PasswordKeychain;

// Which store this desktop opens. A switch takes effect after a restart: every open view
// would otherwise hold data from the old database. Also says when the open SQLite database
// was last backed up (the daily automatic backup, or `madoguchi-cli backup`).
class DatabaseSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    // `current`: the database the desk has open, for the backup line (none: no such line).
    DatabaseSettingsPage(DesktopSettings &settings, PasswordKeychain &keychain, ModalPrompts &prompts,
                         Database *current = nullptr, QWidget *parent = nullptr);

    QString title() const override;
    Result<void> apply() override;
    DatabaseForm *form() const { return m_form; }
    static QString backupText(Database &database);
    // Names the database the desk has open and where the choice came from (the setting,
    // MADOGUCHI_DATABASE or --database), which can differ from the setting shown below.
    static QString inUseText(const Database &database);

private:
    DesktopSettings &m_settings;
    ModalPrompts &m_prompts;
    DatabaseForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_inUse = nullptr;
    QLabel *m_backup = nullptr;
};

// Saves the form; when the keychain refuses the password, asks whether to go on without
// saving it (the password is then asked for at start). Shared with the first-run setup.
Result<void> saveDatabaseChoice(DatabaseForm &form, DesktopSettings &settings, ModalPrompts &prompts, QWidget *parent);

} // namespace Madoguchi
