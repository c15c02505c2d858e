#include "mail/account/OAuthSettings.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QString microsoftBase = u"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/"_s;


} // namespace

OAuthSettings OAuthSettings::preset(Provider provider)
{
    OAuthSettings settings;
    settings.provider = provider;
    switch (provider) {
    case Provider::Google:
        // Google's device grant does not allow the mail scope, so there is none here.
        settings.authorizationUrl = u"https://accounts.google.com/o/oauth2/v2/auth"_s;
        settings.tokenUrl = u"https://oauth2.googleapis.com/token"_s;
        settings.scopes = {u"https://mail.google.com/"_s};
        break;
    case Provider::Microsoft:
        settings.authorizationUrl = microsoftBase + u"authorize"_s;
        settings.tokenUrl = microsoftBase + u"token"_s;
        settings.deviceAuthorizationUrl = microsoftBase + u"devicecode"_s;
        settings.scopes = {u"https://outlook.office.com/IMAP.AccessAsUser.All"_s,
                           u"https://outlook.office.com/SMTP.Send"_s, u"offline_access"_s};
        break;
    case Provider::Other:
        break;
    }
    return settings;
}

QString OAuthSettings::providerKey(Provider provider)
{
    switch (provider) {
    case Provider::Google:
        return u"google"_s;
    case Provider::Microsoft:
        return u"microsoft"_s;
    case Provider::Other:
        break;
    }
    return u"other"_s;
}

Result<OAuthSettings::Provider> OAuthSettings::providerFromKey(const QString &key)
{
    for (Provider p : {Provider::Google, Provider::Microsoft, Provider::Other}) {
        if (providerKey(p) == key)
            return p;
    }
    return makeError(u"usage"_s, QCoreApplication::translate("OAuthSettings", "Unknown sign-in provider \"%1\": use google, microsoft or other.").arg(key));
}

QString OAuthSettings::providerName(Provider provider)
{
    switch (provider) {
    case Provider::Google:
        return QCoreApplication::translate("OAuthSettings", "Google Workspace");
    case Provider::Microsoft:
        return QCoreApplication::translate("OAuthSettings", "Microsoft 365");
    case Provider::Other:
        break;
    }
    return QCoreApplication::translate("OAuthSettings", "OAuth 2.0 (other provider)");
}

namespace {

// imaps://USER@imap.gmail.com:993 and the like; empty for Other.
QString presetUrl(OAuthSettings::Provider provider, const QString &user, const char *google, const char *microsoft)
{
    const QString who = QString::fromUtf8(QUrl::toPercentEncoding(user));
    if (provider == OAuthSettings::Provider::Google)
        return QString::fromLatin1(google).arg(who);
    if (provider == OAuthSettings::Provider::Microsoft)
        return QString::fromLatin1(microsoft).arg(who);
    return {};
}

} // namespace

QString OAuthSettings::presetImapUrl(Provider provider, const QString &user)
{
    return presetUrl(provider, user, "imaps://%1@imap.gmail.com:993", "imaps://%1@outlook.office365.com:993");
}

QString OAuthSettings::presetSmtpUrl(Provider provider, const QString &user)
{
    return presetUrl(provider, user, "smtps://%1@smtp.gmail.com:465", "smtp://%1@smtp.office365.com:587");
}

static QUrl withTenant(QString url, const QString &tenant)
{
    return QUrl(url.replace(u"{tenant}"_s, tenant.isEmpty() ? u"organizations"_s : tenant));
}

QUrl OAuthSettings::authorizationEndpoint() const
{
    return withTenant(authorizationUrl, tenant);
}

QUrl OAuthSettings::tokenEndpoint() const
{
    return withTenant(tokenUrl, tenant);
}

QUrl OAuthSettings::deviceAuthorizationEndpoint() const
{
    return deviceAuthorizationUrl.isEmpty() ? QUrl() : withTenant(deviceAuthorizationUrl, tenant);
}

QString OAuthSettings::scopeText() const
{
    QStringList all = scopes;
    for (const QString &extra : {u"openid"_s, u"email"_s}) {
        if (!all.contains(extra))
            all.append(extra);
    }
    return all.join(u' ');
}

Result<void> OAuthSettings::validate() const
{
    if (clientId.trimmed().isEmpty())
        return makeError(u"oauth-settings"_s, QCoreApplication::translate("OAuthSettings", "Enter the client ID of the app you registered with %1.")
                                                  .arg(providerName(provider)));
    for (const QUrl &url : {authorizationEndpoint(), tokenEndpoint()}) {
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
            return makeError(u"oauth-settings"_s, QCoreApplication::translate("OAuthSettings", "The sign-in address \"%1\" is not an http(s) URL.")
                                                      .arg(url.toString()));
    }
    if (scopes.isEmpty())
        return makeError(u"oauth-settings"_s, QCoreApplication::translate("OAuthSettings", "Enter the scopes that give access to IMAP and SMTP."));
    return {};
}

QJsonObject OAuthSettings::toJson() const
{
    QJsonObject object;
    object.insert(u"provider"_s, providerKey(provider));
    object.insert(u"clientId"_s, clientId);
    if (provider == Provider::Microsoft)
        object.insert(u"tenant"_s, tenant);
    if (provider == Provider::Other) {
        object.insert(u"authorizationUrl"_s, authorizationUrl);
        object.insert(u"tokenUrl"_s, tokenUrl);
        object.insert(u"deviceAuthorizationUrl"_s, deviceAuthorizationUrl);
        object.insert(u"scopes"_s, QJsonArray::fromStringList(scopes));
    }
    return object;
}

Result<OAuthSettings> OAuthSettings::fromJson(const QJsonObject &object)
{
    const auto provider = providerFromKey(object.value(u"provider"_s).toString());
    if (!provider)
        return provider.error();
    OAuthSettings settings = preset(provider.value());
    settings.clientId = object.value(u"clientId"_s).toString();
    if (object.contains(u"tenant"_s))
        settings.tenant = object.value(u"tenant"_s).toString();
    if (settings.provider == Provider::Other) {
        settings.authorizationUrl = object.value(u"authorizationUrl"_s).toString();
        settings.tokenUrl = object.value(u"tokenUrl"_s).toString();
        settings.deviceAuthorizationUrl = object.value(u"deviceAuthorizationUrl"_s).toString();
        settings.scopes.clear();
        for (const QJsonValue &scope : object.value(u"scopes"_s).toArray())
            settings.scopes.append(scope.toString());
    }
    return settings;
}

} // namespace Madoguchi
