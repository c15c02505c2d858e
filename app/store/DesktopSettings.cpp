#include "store/DesktopSettings.h"

#include "store/Database.h"
#include "store/SchemaMigrations.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {
const QString setUpKey = u"setup/done"_s;
const QString addressKey = u"database/address"_s;
const QString passwordSavedKey = u"database/passwordSaved"_s;
const QString languageKey = u"ui/language"_s;
const QString fontSizeKey = u"ui/fontSize"_s;
const QString filesOnlyKey = u"mail/filesOnly"_s;
const QString staffLoginKey = u"user/login"_s;
} // namespace

bool DesktopSettings::isSetUp() const
{
    return m_settings.value(setUpKey, false).toBool();
}

void DesktopSettings::markSetUp()
{
    m_settings.setValue(setUpKey, true);
}

QString DesktopSettings::databaseAddressText() const
{
    return m_settings.value(addressKey).toString();
}

void DesktopSettings::setDatabaseAddressText(const QString &text)
{
    m_settings.setValue(addressKey, text.trimmed());
}

Result<DatabaseAddress> DesktopSettings::databaseAddress() const
{
    return DatabaseAddress::parse(databaseAddressText());
}

bool DesktopSettings::databasePasswordSaved() const
{
    return m_settings.value(passwordSavedKey, true).toBool();
}

void DesktopSettings::setDatabasePasswordSaved(bool saved)
{
    m_settings.setValue(passwordSavedKey, saved);
}

QString DesktopSettings::staffLogin() const
{
    QString fallback = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (fallback.isEmpty())
        fallback = u"admin"_s;
    return m_settings.value(staffLoginKey, fallback).toString();
}

void DesktopSettings::setStaffLogin(const QString &login)
{
    m_settings.setValue(staffLoginKey, login);
}

QString DesktopSettings::language() const
{
    return m_settings.value(languageKey).toString();
}

QString DesktopSettings::fontSize() const
{
    const QString size = m_settings.value(fontSizeKey).toString();
    return size == u"small"_s || size == u"large"_s ? size : u"normal"_s;
}

void DesktopSettings::setFontSize(const QString &size)
{
    m_settings.setValue(fontSizeKey, size);
}

void DesktopSettings::setLanguage(const QString &language)
{
    m_settings.setValue(languageKey, language);
}

bool DesktopSettings::mailFromFilesOnly() const
{
    return m_settings.value(filesOnlyKey, false).toBool();
}

void DesktopSettings::setMailFromFilesOnly(bool filesOnly)
{
    m_settings.setValue(filesOnlyKey, filesOnly);
}

void DesktopSettings::sync()
{
    m_settings.sync();
}

QString DesktopSettings::databasePasswordKey(const DatabaseAddress &address)
{
    return u"database:"_s + address.toString();
}

Result<std::unique_ptr<Database>> DesktopSettings::openDatabase(const DatabaseAddress &address, const QString &password,
                                                                const UpgradeNotice &beforeUpgrade)
{
    auto opened = Database::open(address, password);
    if (!opened)
        return opened.error();
    if (beforeUpgrade) {
        auto current = SchemaMigrations::currentVersion(*opened.value());
        if (!current)
            return current.error();
        if (*current > 0 && *current < SchemaMigrations::latestVersion())
            beforeUpgrade(*current, SchemaMigrations::latestVersion());
    }
    auto migrated = SchemaMigrations::migrate(*opened.value());
    if (!migrated)
        return migrated.error();
    return std::move(opened.value());
}

} // namespace Madoguchi
