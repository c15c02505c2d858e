#pragma once

#include "settings/SettingsPage.h"

class QComboBox;
class QLabel;

namespace Madoguchi {

class DesktopSettings;

// 日本語 / English / the system's language, for this desktop. Qt installs translators once
// at start, so the choice takes effect after a restart, and the page says so.
class LanguagePage : public SettingsPage
{
    Q_OBJECT

public:
    LanguagePage(DesktopSettings &settings, QWidget *parent = nullptr);

    QString title() const override;
    Result<void> apply() override;

private:
    DesktopSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Madoguchi
