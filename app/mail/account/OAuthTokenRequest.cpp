#include "mail/account/OAuthTokenRequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi::OAuthTokenRequest {

namespace {

Error providerError(const QUrl &url, const QJsonObject &answer)
{
    const QString error = answer.value(u"error"_s).toString();
    const QString description = answer.value(u"error_description"_s).toString();
    QString code = u"oauth"_s;
    if (error == u"invalid_grant"_s)
        code = u"oauth-signin-required"_s;
    else if (error == u"authorization_pending"_s || error == u"slow_down"_s)
        code = u"oauth-pending"_s;
    const QString words = description.isEmpty() ? error : error + u": "_s + description;
    return makeError(code, QCoreApplication::translate("OAuthTokenRequest", "The sign-in service %1 refused: %2")
                               .arg(url.host(), words));
}

} // namespace

void post(QNetworkAccessManager &network, const QUrl &url, const QUrlQuery &form, Callback done, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    // "+" in a value must stay a plus: encode fully, not as QUrlQuery's default leaves it.
    QByteArray body;
    for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkReply *reply = network.post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, url, done = std::move(done)]() {
        reply->deleteLater();
        const QByteArray data = reply->readAll();
        QJsonParseError parseError;
        const QJsonObject answer = QJsonDocument::fromJson(data, &parseError).object();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (parseError.error == QJsonParseError::NoError && answer.contains(u"error"_s)) {
            done(providerError(url, answer));
            return;
        }
        if (reply->error() != QNetworkReply::NoError || status != 200 || parseError.error != QJsonParseError::NoError) {
            const QString why = reply->error() != QNetworkReply::NoError
                ? reply->errorString()
                : QCoreApplication::translate("OAuthTokenRequest", "HTTP status %1").arg(status);
            done(makeError(u"oauth-network"_s,
                           QCoreApplication::translate("OAuthTokenRequest", "Cannot reach the sign-in service %1: %2")
                               .arg(url.host(), why)));
            return;
        }
        done(answer);
    });
}

} // namespace Madoguchi::OAuthTokenRequest
