#pragma once

// The test OAuth 2.0 server of tests/scripts/with-oauth.sh, and a test playing the browser:
// it follows an authorization URL (the server consents at once) to the loopback redirect.
#include "mail/account/OAuthSettings.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace Madoguchi::Testing {

using namespace Qt::Literals::StringLiterals;

inline QString oauthUrl(const QString &path = {})
{
    return qEnvironmentVariable("MADOGUCHI_TEST_OAUTH_URL") + path;
}

// One HTTP request, waited for; redirects are not followed. Returns the reply's Location
// header for a redirect, else the body.
inline QByteArray httpRequest(const QUrl &url, const QByteArray &postBody = {}, bool post = false)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    QNetworkReply *reply = post ? network.post(request, postBody) : network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray location = reply->rawHeader("Location");
    const QByteArray body = reply->readAll();
    delete reply;
    return location.isEmpty() ? body : location;
}

// The browser: GET the authorization URL, then the loopback redirect it answers with.
// Returns that redirect (with code and state).
inline QUrl playBrowser(const QUrl &authorizationUrl)
{
    const QUrl redirect(QString::fromUtf8(httpRequest(authorizationUrl)));
    (void)httpRequest(redirect);
    return redirect;
}

inline QJsonObject oauthStats()
{
    return QJsonDocument::fromJson(httpRequest(QUrl(oauthUrl(u"/test/stats"_s)))).object();
}

// POST /test/expire (every access token expires now) or /test/revoke (every refresh token).
inline void oauthControl(const QString &what)
{
    (void)httpRequest(QUrl(oauthUrl(u"/test/"_s + what)), QByteArray(), true);
}

// The test server as "another OAuth 2.0 provider", with the one client it knows.
inline OAuthSettings testOAuthProvider()
{
    OAuthSettings settings = OAuthSettings::preset(OAuthSettings::Provider::Other);
    settings.clientId = qEnvironmentVariable("MADOGUCHI_TEST_OAUTH_CLIENT_ID");
    settings.authorizationUrl = oauthUrl(u"/authorize"_s);
    settings.tokenUrl = oauthUrl(u"/token"_s);
    settings.scopes = {u"https://mail.google.com/"_s};
    return settings;
}

// One CA file at `path` for both test servers (with-dovecot.sh and with-smtp.sh each made
// its own certificate); false when one could not be read.
inline bool writeCombinedCaFile(const QString &path)
{
    QFile ca(path);
    if (!ca.open(QIODevice::WriteOnly))
        return false;
    for (const char *name : {"MADOGUCHI_TEST_IMAP_CA_FILE", "MADOGUCHI_TEST_SMTP_CA_FILE"}) {
        QFile part(qEnvironmentVariable(name));
        if (!part.open(QIODevice::ReadOnly))
            return false;
        ca.write(part.readAll());
    }
    return true;
}

// A URL with one query item replaced.
inline QUrl withQueryItem(QUrl url, const QString &name, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(name);
    query.addQueryItem(name, value);
    url.setQuery(query);
    return url;
}

} // namespace Madoguchi::Testing
