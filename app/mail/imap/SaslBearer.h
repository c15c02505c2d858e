#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Madoguchi {

// Signing in to a mail server with an OAuth 2.0 access token instead of a password: the two
// SASL mechanisms Google, Microsoft and Dovecot speak, for IMAP and SMTP alike.
// - XOAUTH2 (Google's, also Microsoft's): "user=U^Aauth=Bearer T^A^A";
// - OAUTHBEARER (RFC 7628): "n,a=U,^Ahost=H^Aport=P^Aauth=Bearer T^A^A".
// A refused token gets a challenge carrying base64 JSON ({"status":"invalid_token",…}); the
// client answers it (XOAUTH2: an empty line, OAUTHBEARER: ^A) and the server then says no.
namespace SaslBearer {

enum class Mechanism { XOAuth2, OAuthBearer };

// Hands out an access token; `renew` asks for a fresh one (the server refused the last).
// The callback is called exactly once, possibly later (after a refresh over the network).
using TokenCallback = std::function<void(const Result<QString> &)>;
using TokenProvider = std::function<void(bool renew, TokenCallback done)>;

QByteArray mechanismName(Mechanism mechanism);
// The client's first message, not yet base64-encoded.
QByteArray initialResponse(Mechanism mechanism, const QString &user, const QString &token, const QString &host,
                           quint16 port);
// What the client answers to an error challenge (not base64-encoded).
QByteArray errorChallengeAnswer(Mechanism mechanism);
// The server's base64 JSON challenge, readable: "invalid_token (status 401, scope …)"; the
// decoded bytes as they are when they are not JSON.
QString describeErrorChallenge(const QByteArray &base64);

} // namespace SaslBearer

} // namespace Madoguchi
