#include "settings/AppearancePage.h"

#include "Appearance.h"
#include "store/DesktopSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

AppearancePage::AppearancePage(DesktopSettings &settings, QWidget *parent)
    : SettingsPage(parent)
    , m_settings(settings)
{
    setObjectName(u"appearancePage"_s);
    m_fontSize = new QComboBox(this);
    m_fontSize->setObjectName(u"fontSizeComboBox"_s);
    m_fontSize->addItem(tr("Small"), u"small"_s);
    m_fontSize->addItem(tr("Normal"), u"normal"_s);
    m_fontSize->addItem(tr("Large"), u"large"_s);
    m_fontSize->setCurrentIndex(m_fontSize->findData(m_settings.fontSize()));
    auto *note = new QLabel(tr("Colours follow the system's light or dark appearance."), this);
    note->setWordWrap(true);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Text size:"), m_fontSize);
    layout->addRow(note);
}

QString AppearancePage::title() const
{
    return tr("Appearance");
}

Result<void> AppearancePage::apply()
{
    const QString wanted = m_fontSize->currentData().toString();
    if (wanted != m_settings.fontSize()) {
        m_settings.setFontSize(wanted);
        m_settings.sync();
    }
    const Appearance::FontSize size = Appearance::fontSizeFromKey(wanted);
    if (size != Appearance::appliedFontSize())
        Appearance::applyFontSize(size);
    return {};
}

} // namespace Madoguchi
