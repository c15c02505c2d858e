#pragma once

#include "core/Result.h"
#include "mail/account/OAuthSettings.h"
#include "mail/account/OAuthTokenVault.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace Madoguchi {

class Clock;

// Sign-in on a machine without a browser (RFC 8628 device authorization grant), for
// `madoguchi-cli account login --device` where the provider offers it (Microsoft 365; "other"
// with a device authorization endpoint): the person opens the verification address on any
// device and types the code; meanwhile the token endpoint is asked every `interval` seconds.
class OAuthDeviceSignIn : public QObject
{
    Q_OBJECT
public:
    OAuthDeviceSignIn(OAuthSettings settings, QString clientSecret, const Clock &clock, QObject *parent = nullptr);

    void start();
    void cancel();

Q_SIGNALS:
    // verificationUriComplete may be empty (then the code is typed in by hand).
    void userCode(const QUrl &verificationUri, const QString &code, const QUrl &verificationUriComplete);
    void signedIn(const Madoguchi::OAuthTokens &tokens);
    void failed(const Madoguchi::Error &error);

private:
    void poll();
    void fail(const Error &error);

    OAuthSettings m_settings;
    QString m_clientSecret;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
    QTimer m_poll;
    QString m_deviceCode;
    QDateTime m_expires;
    bool m_done = false;
};

} // namespace Madoguchi
