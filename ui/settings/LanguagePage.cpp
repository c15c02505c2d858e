#include "settings/LanguagePage.h"

#include "store/DesktopSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

LanguagePage::LanguagePage(DesktopSettings &settings, QWidget *parent)
    : SettingsPage(parent)
    , m_settings(settings)
{
    setObjectName(u"languagePage"_s);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->addItem(tr("The system's language"), QString());
    // Each language is named in itself, so someone who cannot read the current one finds theirs.
    m_language->addItem(u"日本語"_s, u"ja"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    const int current = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    auto *note = new QLabel(tr("The new language is used the next time Madoguchi starts."), this);
    note->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"languageStatusLabel"_s);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Language:"), m_language);
    layout->addRow(note);
    layout->addRow(m_status);
}

QString LanguagePage::title() const
{
    return tr("Language");
}

Result<void> LanguagePage::apply()
{
    const QString wanted = m_language->currentData().toString();
    if (wanted == m_settings.language())
        return {};
    m_settings.setLanguage(wanted);
    m_settings.sync();
    m_status->setText(tr("Saved. Restart Madoguchi to switch the language."));
    return {};
}

} // namespace Madoguchi
