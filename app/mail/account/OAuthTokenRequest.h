#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace Madoguchi {

// One POST to an OAuth 2.0 endpoint (token, device authorization) with a form body, and its
// JSON answer. The provider's error becomes an Error whose code says what to do:
//   "oauth-signin-required"  invalid_grant: the refresh token (or code) is expired or revoked
//   "oauth-pending"          authorization_pending / slow_down (device grant: ask again later)
//   "oauth-network"          no answer or a server error (try again later)
//   "oauth"                  anything else (a wrong client ID or secret, a refused scope)
// with the provider's error and description in the message. Never logs the form.
namespace OAuthTokenRequest {

using Callback = std::function<void(const Result<QJsonObject> &)>;

void post(QNetworkAccessManager &network, const QUrl &url, const QUrlQuery &form, Callback done,
          int timeoutMs = 30'000);

} // namespace OAuthTokenRequest

} // namespace Madoguchi
