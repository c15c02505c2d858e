#pragma once

#include "settings/SettingsPage.h"

class QLabel;

namespace Madoguchi {

class DatabaseForm;
class DesktopSettings;
class ModalPrompts;
class PasswordKeychain;

// Which store this desktop opens. A switch takes effect after a restart: every open view
// would otherwise hold data from the old database.
class DatabaseSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    DatabaseSettingsPage(DesktopSettings &settings, PasswordKeychain &keychain, ModalPrompts &prompts,
                         QWidget *parent = nullptr);

    QString title() const override;
    Result<void> apply() override;
    DatabaseForm *form() const { return m_form; }

private:
    DesktopSettings &m_settings;
    ModalPrompts &m_prompts;
    DatabaseForm *m_form = nullptr;
    QLabel *m_status = nullptr;
};

// Saves the form; when the keychain refuses the password, asks whether to go on without
// saving it (the password is then asked for at start). Shared with the first-run setup.
Result<void> saveDatabaseChoice(DatabaseForm &form, DesktopSettings &settings, ModalPrompts &prompts, QWidget *parent);

} // namespace Madoguchi
