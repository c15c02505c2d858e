#include "mail/account/MailAccountSettings.h"

#include "core/UrlPassword.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<std::optional<MailAccountSettings>> MailAccountSettings::load(Database &database)
{
    const auto json = database.scalar(u"Reading the mailbox settings"_s, u"SELECT value FROM settings WHERE name = ?"_s,
                                      {QString::fromLatin1(settingName)});
    if (!json)
        return json.error();
    if (!json->isValid() || json->isNull())
        return std::optional<MailAccountSettings>();
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json->toString().toUtf8(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(u"settings"_s, QCoreApplication::translate("MailAccountSettings",
                                                                    "The stored mailbox settings are damaged: %1.")
                                            .arg(parseError.errorString()));
    }
    auto imap = ImapServerSettings::fromUrl(object.value(u"imap"_s).toString());
    if (!imap)
        return imap.error();
    MailAccountSettings settings;
    settings.imap = imap.value();
    settings.imap.allowPlaintext = object.value(u"allowPlaintext"_s).toBool();
    settings.imap.caFile = object.value(u"caFile"_s).toString();
    settings.sentFolder = object.value(u"sentFolder"_s).toString();
    // Older versions accepted smtp://user:PASSWORD@host; the password is never used or shown.
    settings.smtpUrl = UrlPassword::removed(object.value(u"smtp"_s).toString());
    settings.markSeen = object.value(u"markSeen"_s).toBool();
    settings.moveToFolder = object.value(u"moveTo"_s).toString();
    if (object.value(u"oauth"_s).isObject()) {
        auto oauth = OAuthSettings::fromJson(object.value(u"oauth"_s).toObject());
        if (!oauth)
            return oauth.error();
        settings.oauth = oauth.value();
    }
    return std::optional<MailAccountSettings>(settings);
}

Result<void> MailAccountSettings::save(Database &database) const
{
    QJsonObject object;
    object.insert(u"imap"_s, imap.toUrl());
    object.insert(u"allowPlaintext"_s, imap.allowPlaintext);
    object.insert(u"caFile"_s, imap.caFile);
    object.insert(u"sentFolder"_s, sentFolder);
    object.insert(u"smtp"_s, smtpUrl);
    object.insert(u"markSeen"_s, markSeen);
    object.insert(u"moveTo"_s, moveToFolder);
    if (oauth)
        object.insert(u"oauth"_s, oauth->toJson());
    const auto stored = database.exec(u"Saving the mailbox settings"_s,
                                      u"INSERT INTO settings (name, value) VALUES (?, ?) "
                                      "ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
                                      {QString::fromLatin1(settingName),
                                       QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))});
    if (!stored)
        return stored.error();
    return {};
}

QString MailAccountSettings::accountName() const
{
    return imap.user + u'@' + imap.host;
}

QString MailAccountSettings::imapPasswordKey() const
{
    return u"imap:"_s + imap.toUrl();
}

QString MailAccountSettings::smtpPasswordKey() const
{
    return u"smtp:"_s + smtpUrl;
}

QString MailAccountSettings::oauthTokensKey() const
{
    return u"oauth:"_s + imap.toUrl();
}

OAuthTokenVault MailAccountSettings::oauthTokenVault(PasswordKeychain &keychain, const QString &tokenFile) const
{
    return tokenFile.isEmpty() ? OAuthTokenVault(keychain, oauthTokensKey()) : OAuthTokenVault::inFile(tokenFile);
}

MailboxSyncOptions MailAccountSettings::syncOptions() const
{
    MailboxSyncOptions options;
    options.account = accountName();
    options.sentFolder = sentFolder;
    options.markSeen = markSeen;
    options.moveToFolder = moveToFolder;
    return options;
}

} // namespace Madoguchi
