#include "mail/account/OAuthTokenSource.h"

#include "core/Clock.h"
#include "mail/account/OAuthTokenRequest.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

Error signInAgain(const OAuthSettings &settings, const QString &why)
{
    return makeError(u"oauth-signin-required"_s,
                     QCoreApplication::translate("OAuthTokenSource",
                                                 "Sign in again: the sign-in to %1 has expired or was revoked (%2). "
                                                 "Nothing is lost; mail is read and sent again once you have "
                                                 "signed in.")
                         .arg(OAuthSettings::providerName(settings.provider), why));
}

} // namespace

OAuthTokenSource::OAuthTokenSource(OAuthSettings settings, OAuthTokenVault vault, const Clock &clock, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_vault(std::move(vault)), m_clock(clock)
{
}

SaslBearer::TokenProvider OAuthTokenSource::provider()
{
    QPointer<OAuthTokenSource> self(this);
    return [self](bool renew, SaslBearer::TokenCallback done) {
        if (!self) {
            done(makeError(u"closed"_s, QCoreApplication::translate("OAuthTokenSource", "The sign-in was closed.")));
            return;
        }
        self->accessToken(renew, std::move(done));
    };
}

SaslBearer::TokenProvider OAuthTokenSource::crossThreadProvider()
{
    QPointer<OAuthTokenSource> self(this);
    return [self](bool renew, SaslBearer::TokenCallback done) {
        // Lives on the caller's thread; the answer is posted to it there.
        auto *back = new QObject;
        auto answer = [back, done](const Result<QString> &token) {
            QMetaObject::invokeMethod(back, [back, done, token]() {
                done(token);
                back->deleteLater();
            }, Qt::QueuedConnection);
        };
        if (!self || !QMetaObject::invokeMethod(self, [self, renew, answer]() {
                if (self)
                    self->accessToken(renew, answer);
            }, Qt::QueuedConnection)) {
            answer(makeError(u"closed"_s, QCoreApplication::translate("OAuthTokenSource", "The sign-in was closed.")));
        }
    };
}

void OAuthTokenSource::accessToken(bool renew, SaslBearer::TokenCallback done)
{
    m_waiting.push_back(std::move(done));
    if (m_waiting.size() > 1)
        return; // a refresh is on its way; it answers everyone
    if (!m_haveTokens) {
        auto stored = m_vault.read();
        if (!stored) {
            finish(stored.error().code == u"keychain-missing"_s
                       ? signInAgain(m_settings, QCoreApplication::translate("OAuthTokenSource", "not signed in yet"))
                       : stored.error());
            return;
        }
        m_tokens = stored.value();
        m_haveTokens = true;
    }
    const QDateTime now = m_clock.now();
    const bool fresh = !m_tokens.accessToken.isEmpty() && m_tokens.accessExpires.isValid()
        && now.secsTo(m_tokens.accessExpires) > refreshMarginSecs;
    if (fresh && !renew) {
        finish(m_tokens.accessToken);
        return;
    }
    refresh(m_tokens, false);
}

void OAuthTokenSource::refresh(const OAuthTokens &tokens, bool afterReread)
{
    if (tokens.refreshToken.isEmpty()) {
        finish(signInAgain(m_settings, QCoreApplication::translate("OAuthTokenSource", "no refresh token was saved")));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, tokens.refreshToken);
    form.addQueryItem(u"client_id"_s, m_settings.clientId);
    if (!tokens.clientSecret.isEmpty())
        form.addQueryItem(u"client_secret"_s, tokens.clientSecret);
    const QDateTime asked = m_clock.now();
    OAuthTokenRequest::post(m_network, m_settings.tokenEndpoint(), form,
                            [this, tokens, asked, afterReread](const Result<QJsonObject> &answer) {
        if (!answer) {
            if (answer.error().code != u"oauth-signin-required"_s) {
                finish(answer.error());
                return;
            }
            // Another process may have rotated the refresh token meanwhile.
            auto stored = m_vault.read();
            if (!afterReread && stored && stored->refreshToken != tokens.refreshToken) {
                m_tokens = stored.value();
                refresh(m_tokens, true);
                return;
            }
            finish(signInAgain(m_settings, answer.error().message));
            return;
        }
        m_tokens = tokens;
        m_tokens.takeGrant(answer->toVariantMap(), asked);
        if (m_tokens.accessToken.isEmpty()) {
            finish(makeError(u"oauth"_s, QCoreApplication::translate("OAuthTokenSource",
                                                                     "The sign-in service sent no access token.")));
            return;
        }
        if (auto saved = m_vault.write(m_tokens); !saved) {
            finish(saved.error());
            return;
        }
        finish(m_tokens.accessToken);
    });
}

void OAuthTokenSource::finish(const Result<QString> &token)
{
    if (!token && token.error().code == u"oauth-signin-required"_s)
        Q_EMIT signInRequired(token.error());
    for (const auto &done : std::exchange(m_waiting, {}))
        done(token);
}

} // namespace Madoguchi
