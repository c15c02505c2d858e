#include "mail/imap/ImapServerSettings.h"

#include "core/UrlPassword.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<ImapServerSettings> ImapServerSettings::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    auto bad = [&](const QString &why) {
        return makeError(u"settings"_s,
                         QCoreApplication::translate("ImapServerSettings",
                                                     "\"%1\" is not a mailbox address like "
                                                     "imaps://support@mail.example.co.jp:993: %2")
                             .arg(UrlPassword::hidden(text), why));
    };
    // Before anything else, so that no other complaint quotes an address with a password.
    if (UrlPassword::present(text) || !url.password().isEmpty())
        return bad(QCoreApplication::translate("ImapServerSettings",
                                               "a password does not belong in the address; it is kept in the "
                                               "keychain"));
    if (!url.isValid())
        return bad(url.errorString());
    ImapServerSettings settings;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"imaps"_s) {
        settings.security = Security::ImplicitTls;
        settings.port = 993;
    } else if (scheme == u"imap"_s) {
        settings.security = Security::StartTls;
        settings.port = 143;
    } else {
        return bad(QCoreApplication::translate("ImapServerSettings", "the scheme must be imaps or imap"));
    }
    settings.host = url.host();
    settings.user = url.userName(QUrl::FullyDecoded);
    if (settings.host.isEmpty())
        return bad(QCoreApplication::translate("ImapServerSettings", "the host is missing"));
    if (settings.user.isEmpty())
        return bad(QCoreApplication::translate("ImapServerSettings", "the user name is missing"));
    if (url.port() > 0)
        settings.port = quint16(url.port());
    return settings;
}

QString ImapServerSettings::toUrl() const
{
    QUrl url;
    url.setScheme(security == Security::ImplicitTls ? u"imaps"_s : u"imap"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    return url.toString();
}

QString ImapServerSettings::toDisplayText() const
{
    const QString scheme = security == Security::ImplicitTls ? u"imaps"_s : u"imap"_s;
    return u"%1://%2@%3:%4"_s.arg(scheme, user, host).arg(port);
}

} // namespace Madoguchi
