#include "mail/imap/SaslBearer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi::SaslBearer {

QByteArray mechanismName(Mechanism mechanism)
{
    return mechanism == Mechanism::XOAuth2 ? QByteArrayLiteral("XOAUTH2") : QByteArrayLiteral("OAUTHBEARER");
}

QByteArray initialResponse(Mechanism mechanism, const QString &user, const QString &token, const QString &host,
                           quint16 port)
{
    const QByteArray bearer = "auth=Bearer " + token.toUtf8() + "\x01\x01";
    if (mechanism == Mechanism::XOAuth2)
        return "user=" + user.toUtf8() + '\x01' + bearer;
    // RFC 5801 gs2 header: "," and "=" in the authorization identity are escaped.
    QByteArray authzid = user.toUtf8();
    authzid.replace("=", "=3D").replace(",", "=2C");
    return "n,a=" + authzid + ",\x01host=" + host.toUtf8() + "\x01port=" + QByteArray::number(port) + '\x01' + bearer;
}

QByteArray errorChallengeAnswer(Mechanism mechanism)
{
    return mechanism == Mechanism::XOAuth2 ? QByteArray() : QByteArrayLiteral("\x01");
}

QString describeErrorChallenge(const QByteArray &base64)
{
    const QByteArray decoded = QByteArray::fromBase64(base64.trimmed());
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(decoded, &error).object();
    if (error.error != QJsonParseError::NoError || object.isEmpty())
        return QString::fromUtf8(decoded).trimmed();
    QStringList parts;
    for (const QString &key : {u"status"_s, u"error"_s, u"error_description"_s, u"schemes"_s, u"scope"_s}) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.toVariant().toString().isEmpty())
            parts.append(key + u": "_s + value.toVariant().toString());
    }
    return parts.join(u", "_s);
}

} // namespace Madoguchi::SaslBearer
