#include "mail/account/OAuthDeviceSignIn.h"

#include "core/Clock.h"
#include "mail/account/OAuthTokenRequest.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

OAuthDeviceSignIn::OAuthDeviceSignIn(OAuthSettings settings, QString clientSecret, const Clock &clock, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_clientSecret(std::move(clientSecret)), m_clock(clock)
{
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &OAuthDeviceSignIn::poll);
}

void OAuthDeviceSignIn::start()
{
    if (auto valid = m_settings.validate(); !valid) {
        fail(valid.error());
        return;
    }
    if (!m_settings.deviceAuthorizationEndpoint().isValid()) {
        fail(makeError(u"oauth-settings"_s,
                       QCoreApplication::translate("OAuthDeviceSignIn",
                                                   "%1 offers no sign-in with a code for these scopes; sign in "
                                                   "with the browser (through ssh -L on a server).")
                           .arg(OAuthSettings::providerName(m_settings.provider))));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, m_settings.clientId);
    if (!m_clientSecret.isEmpty())
        form.addQueryItem(u"client_secret"_s, m_clientSecret);
    form.addQueryItem(u"scope"_s, m_settings.scopeText());
    OAuthTokenRequest::post(m_network, m_settings.deviceAuthorizationEndpoint(), form,
                            [this](const Result<QJsonObject> &answer) {
        if (!answer) {
            fail(answer.error());
            return;
        }
        m_deviceCode = answer->value(u"device_code"_s).toString();
        const QString code = answer->value(u"user_code"_s).toString();
        if (m_deviceCode.isEmpty() || code.isEmpty()) {
            fail(makeError(u"oauth"_s, QCoreApplication::translate("OAuthDeviceSignIn",
                                                                   "The sign-in service sent no device code.")));
            return;
        }
        m_expires = m_clock.now().addSecs(answer->value(u"expires_in"_s).toInt(900));
        m_poll.setInterval(std::max(1, answer->value(u"interval"_s).toInt(5)) * 1000);
        // Microsoft says verification_url in older answers.
        QString uri = answer->value(u"verification_uri"_s).toString();
        if (uri.isEmpty())
            uri = answer->value(u"verification_url"_s).toString();
        Q_EMIT userCode(QUrl(uri), code, QUrl(answer->value(u"verification_uri_complete"_s).toString()));
        m_poll.start();
    });
}

void OAuthDeviceSignIn::poll()
{
    if (m_done)
        return;
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s);
    form.addQueryItem(u"device_code"_s, m_deviceCode);
    form.addQueryItem(u"client_id"_s, m_settings.clientId);
    if (!m_clientSecret.isEmpty())
        form.addQueryItem(u"client_secret"_s, m_clientSecret);
    const QDateTime asked = m_clock.now();
    OAuthTokenRequest::post(m_network, m_settings.tokenEndpoint(), form, [this, asked](const Result<QJsonObject> &answer) {
        if (m_done)
            return;
        if (!answer && answer.error().code == u"oauth-pending"_s) {
            if (m_clock.now() < m_expires) {
                m_poll.start();
                return;
            }
            fail(makeError(u"oauth"_s, QCoreApplication::translate("OAuthDeviceSignIn",
                                                                   "The code expired before it was entered.")));
            return;
        }
        if (!answer) {
            fail(answer.error());
            return;
        }
        OAuthTokens tokens;
        tokens.clientSecret = m_clientSecret;
        tokens.takeGrant(answer->toVariantMap(), asked);
        m_done = true;
        Q_EMIT signedIn(tokens);
    });
}

void OAuthDeviceSignIn::cancel()
{
    m_done = true;
    m_poll.stop();
}

void OAuthDeviceSignIn::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_poll.stop();
    Q_EMIT failed(error);
}

} // namespace Madoguchi
