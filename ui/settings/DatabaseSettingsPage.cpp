#include "settings/DatabaseSettingsPage.h"

#include "settings/DatabaseForm.h"
#include "ModalPrompts.h"
#include "store/DesktopSettings.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<void> saveDatabaseChoice(DatabaseForm &form, DesktopSettings &settings, ModalPrompts &prompts, QWidget *parent)
{
    auto saved = form.save(settings);
    if (saved || !saved.error().code.startsWith(u"keychain"_s))
        return saved;
    const QString question
        = QCoreApplication::translate("DatabaseSettingsPage",
                                      "The password could not be kept in the system keychain:\n%1\n\n"
                                      "Continue without saving the password? Madoguchi will ask for it each time "
                                      "it starts.")
              .arg(saved.error().message);
    if (!prompts.confirm(parent, QCoreApplication::translate("DatabaseSettingsPage", "System keychain unavailable"),
                         question))
        return saved;
    form.setSavesPassword(false);
    return form.save(settings);
}

DatabaseSettingsPage::DatabaseSettingsPage(DesktopSettings &settings, PasswordKeychain &keychain, ModalPrompts &prompts,
                                           QWidget *parent)
    : SettingsPage(parent)
    , m_settings(settings)
    , m_prompts(prompts)
{
    setObjectName(u"databasePage"_s);
    m_form = new DatabaseForm(keychain, this);
    m_form->load(m_settings);
    m_status = new QLabel(tr("A change of database takes effect the next time Madoguchi starts."), this);
    m_status->setObjectName(u"databaseStatusLabel"_s);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_status);
}

QString DatabaseSettingsPage::title() const
{
    return tr("Database");
}

Result<void> DatabaseSettingsPage::apply()
{
    const QString before = m_settings.databaseAddressText();
    if (auto saved = saveDatabaseChoice(*m_form, m_settings, m_prompts, this); !saved)
        return saved;
    m_settings.sync();
    if (m_settings.databaseAddressText() != before)
        m_status->setText(tr("Saved. Restart Madoguchi to open the other database."));
    return {};
}

} // namespace Madoguchi
