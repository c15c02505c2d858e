#include "mail/smtp/SmtpServerSettings.h"

#include "core/UrlPassword.h"
#include "mail/account/MailAccountSettings.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<SmtpServerSettings> SmtpServerSettings::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    auto bad = [&](const QString &why) {
        return makeError(u"settings"_s,
                         QCoreApplication::translate("SmtpServerSettings",
                                                     "\"%1\" is not a mail server address like "
                                                     "smtp://support@mail.example.co.jp:587: %2")
                             .arg(UrlPassword::hidden(text), why));
    };
    if (text.trimmed().isEmpty()) {
        return makeError(u"settings"_s, QCoreApplication::translate("SmtpServerSettings",
                                                                    "No outgoing mail server (SMTP) is configured."));
    }
    // Before anything else, so that no other complaint quotes an address with a password.
    if (UrlPassword::present(text) || !url.password().isEmpty())
        return bad(QCoreApplication::translate("SmtpServerSettings",
                                               "a password does not belong in the address; it is kept in the "
                                               "keychain"));
    if (!url.isValid())
        return bad(url.errorString());
    SmtpServerSettings settings;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"smtps"_s) {
        settings.security = Security::ImplicitTls;
        settings.port = 465;
    } else if (scheme == u"smtp"_s) {
        settings.security = Security::StartTls;
        settings.port = 587;
    } else {
        return bad(QCoreApplication::translate("SmtpServerSettings", "the scheme must be smtps or smtp"));
    }
    settings.host = url.host();
    settings.user = url.userName(QUrl::FullyDecoded);
    if (settings.host.isEmpty())
        return bad(QCoreApplication::translate("SmtpServerSettings", "the host is missing"));
    if (url.port() > 0)
        settings.port = quint16(url.port());
    return settings;
}

Result<SmtpServerSettings> SmtpServerSettings::fromAccount(const MailAccountSettings &account)
{
    auto settings = fromUrl(account.smtpUrl);
    if (!settings)
        return settings;
    settings.value().allowPlaintext = account.imap.allowPlaintext;
    settings.value().caFile = account.imap.caFile;
    return settings;
}

QString SmtpServerSettings::toUrl() const
{
    QUrl url;
    url.setScheme(security == Security::ImplicitTls ? u"smtps"_s : u"smtp"_s);
    if (!user.isEmpty())
        url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    return url.toString();
}

QString SmtpServerSettings::toDisplayText() const
{
    const QString scheme = security == Security::ImplicitTls ? u"smtps"_s : u"smtp"_s;
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return u"%1://%2%3:%4"_s.arg(scheme, who, host).arg(port);
}

} // namespace Madoguchi
