#pragma once

#include "settings/SettingsPage.h"

class QComboBox;

namespace Madoguchi {

class DesktopSettings;

// The text size for this desktop (small / normal / large), applied at once to the whole
// program: the list, the ticket panel and the thread follow the application font. Colours
// follow the system's light or dark palette by themselves; the page says so.
class AppearancePage : public SettingsPage
{
    Q_OBJECT

public:
    AppearancePage(DesktopSettings &settings, QWidget *parent = nullptr);

    QString title() const override;
    Result<void> apply() override;

private:
    DesktopSettings &m_settings;
    QComboBox *m_fontSize = nullptr;
};

} // namespace Madoguchi
