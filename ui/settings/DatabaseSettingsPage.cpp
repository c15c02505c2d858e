#include "settings/DatabaseSettingsPage.h"

#include "settings/DatabaseForm.h"
#include "ModalPrompts.h"
#include "core/Jst.h"
#include "store/Database.h"
#include "store/DatabaseAddress.h"
#include "store/DatabaseBackup.h"
#include "store/DesktopSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLocale>
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

QString DatabaseSettingsPage::backupText(Database &database)
{
    if (database.dialect().isPostgres())
        return tr("The team database is backed up on the server with pg_dump (see docs/store.md).");
    const DatabaseBackup backup(database);
    const QDateTime last = backup.lastBackupTime();
    if (!last.isValid()) {
        return tr("No backup has been written yet. Madoguchi writes one each day it runs, into %1.")
            .arg(QDir::toNativeSeparators(backup.folder()));
    }
    return tr("Last backup: %1 JST. One is written each day Madoguchi runs; the last %2 are kept in %3.")
        .arg(QLocale().toString(Jst::toJst(last), u"yyyy/MM/dd (ddd) HH:mm"_s))
        .arg(DatabaseBackup::keepCount)
        .arg(QDir::toNativeSeparators(backup.folder()));
}

QString DatabaseSettingsPage::inUseText(const Database &database)
{
    const DatabaseAddress &address = database.address();
    const QString where = address.backend == DatabaseBackend::Sqlite ? QDir::toNativeSeparators(address.filePath)
                                                                     : address.toString();
    switch (database.origin()) {
    case Database::Origin::CommandLine:
        return tr("In use now: %1 (from the --database option; the choice below applies when Madoguchi starts "
                  "without it).")
            .arg(where);
    case Database::Origin::Environment:
        return tr("In use now: %1 (from the MADOGUCHI_DATABASE environment variable; the choice below applies "
                  "when Madoguchi starts without it).")
            .arg(where);
    case Database::Origin::Setting:
        return tr("In use now: %1 (from this setting).").arg(where);
    case Database::Origin::BuiltIn:
        return tr("In use now: %1 (the built-in database).").arg(where);
    case Database::Origin::Unknown:
        break;
    }
    return tr("In use now: %1").arg(where);
}

DatabaseSettingsPage::DatabaseSettingsPage(DesktopSettings &settings, PasswordKeychain &keychain, ModalPrompts &prompts,
                                           Database *current, QWidget *parent)
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
    if (current) {
        m_inUse = new QLabel(inUseText(*current), this);
        m_inUse->setObjectName(u"databaseInUseLabel"_s);
        m_inUse->setWordWrap(true);
        m_inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_inUse->setStyleSheet(u"font-weight: bold"_s);
        layout->addWidget(m_inUse);
    }
    layout->addWidget(m_form, 1);
    if (current) {
        m_backup = new QLabel(backupText(*current), this);
        m_backup->setObjectName(u"lastBackupLabel"_s);
        m_backup->setWordWrap(true);
        m_backup->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_backup);
    }
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
