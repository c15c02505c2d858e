#include "mail/account/OAuthBrowserSignIn.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

// Qt 6.4's reply handler only prints a warning when the token endpoint refuses the code, and
// the flow then waits for ever. This one reports the refusal (and hands on the answer).
class SignInReplyHandler final : public QOAuthHttpServerReplyHandler
{
public:
    using QOAuthHttpServerReplyHandler::QOAuthHttpServerReplyHandler;

    std::function<void(int status, const QByteArray &body, const QString &networkError)> tokenReply;

    void networkReplyFinished(QNetworkReply *reply) override
    {
        const QByteArray body = reply->peek(reply->bytesAvailable());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString networkError = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
        if (tokenReply)
            tokenReply(status, body, networkError);
        QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
    }
};

OAuthBrowserSignIn::OAuthBrowserSignIn(OAuthSettings settings, QString clientSecret, const Clock &clock,
                                       QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_clientSecret(std::move(clientSecret)), m_clock(clock)
{
}

OAuthBrowserSignIn::~OAuthBrowserSignIn() = default;

QByteArray OAuthBrowserSignIn::newCodeVerifier()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray OAuthBrowserSignIn::codeChallenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<void> OAuthBrowserSignIn::start(quint16 port)
{
    if (auto valid = m_settings.validate(); !valid)
        return valid;
    m_handler = new SignInReplyHandler(QHostAddress(QHostAddress::LocalHost), port, this);
    if (!m_handler->isListening()) {
        return makeError(u"oauth-listen"_s, QCoreApplication::translate("OAuthBrowserSignIn", "Cannot wait for the browser on 127.0.0.1 port %1: it is in use.")
                                                .arg(port));
    }
    m_handler->setCallbackText(QCoreApplication::translate("OAuthBrowserSignIn", "Madoguchi has your sign-in. You can close this window."));
    m_handler->tokenReply = [this](int status, const QByteArray &body, const QString &networkError) {
        QJsonParseError parseError;
        const QJsonObject answer = QJsonDocument::fromJson(body, &parseError).object();
        if (answer.contains(u"error"_s) || !networkError.isEmpty() || status != 200) {
            QString words = answer.value(u"error"_s).toString();
            if (answer.contains(u"error_description"_s))
                words += u": "_s + answer.value(u"error_description"_s).toString();
            if (words.isEmpty())
                words = networkError.isEmpty() ? u"HTTP %1"_s.arg(status) : networkError;
            fail(makeError(answer.value(u"error"_s).toString() == u"invalid_grant"_s ? u"oauth-code-refused"_s
                                                                                     : u"oauth"_s,
                           QCoreApplication::translate("OAuthBrowserSignIn", "The sign-in service refused the sign-in: %1").arg(words)));
            return;
        }
        if (m_done)
            return;
        OAuthTokens tokens;
        tokens.clientSecret = m_clientSecret;
        tokens.takeGrant(answer.toVariantMap(), m_clock.now());
        if (tokens.accessToken.isEmpty() || tokens.refreshToken.isEmpty()) {
            fail(makeError(u"oauth"_s, QCoreApplication::translate("OAuthBrowserSignIn", "The sign-in service sent no refresh token, so Madoguchi could not "
                                            "stay signed in. Check that the scopes allow offline access.")));
            return;
        }
        m_done = true;
        Q_EMIT signedIn(tokens);
    };
    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow->setAuthorizationUrl(m_settings.authorizationEndpoint());
    m_flow->setAccessTokenUrl(m_settings.tokenEndpoint());
    m_flow->setClientIdentifier(m_settings.clientId);
    if (!m_clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_clientSecret);
    m_flow->setScope(m_settings.scopeText());
    m_flow->setReplyHandler(m_handler);
    m_verifier = newCodeVerifier();
    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->replace(u"code_challenge"_s, QString::fromLatin1(codeChallenge(m_verifier)));
            parameters->replace(u"code_challenge_method"_s, u"S256"_s);
            // Google: a refresh token only with offline access; ask for the account every time.
            if (m_settings.provider == OAuthSettings::Provider::Google) {
                parameters->replace(u"access_type"_s, u"offline"_s);
                parameters->replace(u"prompt"_s, u"consent"_s);
            }
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            parameters->replace(u"code_verifier"_s, QString::fromLatin1(m_verifier));
        }
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthBrowserSignIn::openBrowser);
    connect(m_flow, &QAbstractOAuth2::error, this, [this](const QString &error, const QString &description, const QUrl &) {
        fail(makeError(u"oauth"_s, QCoreApplication::translate("OAuthBrowserSignIn", "The sign-in was not completed: %1")
                                       .arg(description.isEmpty() ? error : error + u": "_s + description)));
    });
    // After the flow's own handler (connected in setReplyHandler): it ignores a wrong state
    // without a word, so this reports it.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthBrowserSignIn::onCallback);
    m_flow->grant();
    return {};
}

void OAuthBrowserSignIn::onCallback(const QVariantMap &values)
{
    const QString state = QUrl::fromPercentEncoding(values.value(u"state"_s).toByteArray());
    if (values.contains(u"error"_s))
        return; // the flow's error() reports it
    if (state != m_flow->state()) {
        fail(makeError(u"oauth-state"_s, QCoreApplication::translate("OAuthBrowserSignIn", "The browser brought back a sign-in that Madoguchi did not ask for "
                                              "(the state does not match), so it was refused. Sign in again.")));
    } else if (values.value(u"code"_s).toString().isEmpty()) {
        fail(makeError(u"oauth"_s, QCoreApplication::translate("OAuthBrowserSignIn", "The browser came back without an authorization code.")));
    }
}

QUrl OAuthBrowserSignIn::redirectUri() const
{
    return m_handler ? QUrl(m_handler->callback()) : QUrl();
}

void OAuthBrowserSignIn::cancel()
{
    m_done = true;
    if (m_handler)
        m_handler->close();
}

void OAuthBrowserSignIn::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_handler)
        m_handler->close();
    Q_EMIT failed(error);
}

} // namespace Madoguchi
