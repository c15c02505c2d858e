#include "mail/account/OAuthTokenVault.h"

#include "mail/account/MailPasswordSource.h"
#include "store/PasswordKeychain.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

void OAuthTokens::takeGrant(const QVariantMap &answer, const QDateTime &now)
{
    accessToken = answer.value(u"access_token"_s).toString();
    bool ok = false;
    const qint64 lifetime = answer.value(u"expires_in"_s).toLongLong(&ok);
    accessExpires = ok && lifetime > 0 ? now.addSecs(lifetime) : QDateTime();
    const QString refresh = answer.value(u"refresh_token"_s).toString();
    if (!refresh.isEmpty())
        refreshToken = refresh;
    // The ID token is only read for the address to show; the mail server checks the access token.
    const QList<QByteArray> jwt = answer.value(u"id_token"_s).toString().toLatin1().split('.');
    if (jwt.size() >= 2) {
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(jwt.at(1), QByteArray::Base64UrlEncoding)).object();
        for (const QString &claim : {u"email"_s, u"preferred_username"_s, u"upn"_s}) {
            if (claims.value(claim).isString()) {
                signedInAs = claims.value(claim).toString();
                break;
            }
        }
    }
}

Result<OAuthTokens> OAuthTokenVault::read() const
{
    const auto stored = m_keychain ? m_keychain->read(m_key) : readFile();
    if (!stored)
        return stored.error();
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(stored->toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        return makeError(u"keychain"_s, isFile() ? QCoreApplication::translate("OAuthTokenVault",
                                                                               "The sign-in file %1 is damaged; "
                                                                               "sign in again.")
                                                                       .arg(m_key)
                                                 : QCoreApplication::translate("OAuthTokenVault",
                                                                               "The sign-in saved in the keychain "
                                                                               "under %1 is damaged; sign in again.")
                                                                       .arg(m_key));
    }
    OAuthTokens tokens;
    tokens.refreshToken = object.value(u"refresh_token"_s).toString();
    tokens.accessToken = object.value(u"access_token"_s).toString();
    tokens.accessExpires = QDateTime::fromString(object.value(u"access_expires"_s).toString(), Qt::ISODate);
    tokens.clientSecret = object.value(u"client_secret"_s).toString();
    tokens.signedInAs = object.value(u"signed_in_as"_s).toString();
    return tokens;
}

Result<void> OAuthTokenVault::write(const OAuthTokens &tokens)
{
    QJsonObject object;
    object.insert(u"refresh_token"_s, tokens.refreshToken);
    object.insert(u"access_token"_s, tokens.accessToken);
    object.insert(u"access_expires"_s, tokens.accessExpires.toUTC().toString(Qt::ISODate));
    object.insert(u"client_secret"_s, tokens.clientSecret);
    object.insert(u"signed_in_as"_s, tokens.signedInAs);
    const QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return m_keychain ? m_keychain->store(m_key, text) : writeFile(text);
}

Result<void> OAuthTokenVault::remove()
{
    if (m_keychain)
        return m_keychain->remove(m_key);
    if (QFile::exists(m_key) && !QFile::remove(m_key)) {
        return makeError(u"token-file"_s, QCoreApplication::translate("OAuthTokenVault", "Cannot remove the sign-in file %1.")
                                              .arg(m_key));
    }
    return {};
}

OAuthTokenVault OAuthTokenVault::inFile(QString path)
{
    return OAuthTokenVault(std::move(path));
}

namespace {

// Refused when anyone but the owner may read or write the file.
Result<void> ownerOnly(const QFileInfo &info)
{
    if (!MailPasswordSource::onlyOwnerMayUse(info.filePath())) {
        return makeError(u"token-file"_s,
                         QCoreApplication::translate("OAuthTokenVault",
                                                     "The sign-in file %1 may be read by other users; refusing to "
                                                     "use it (only its owner may: chmod 600 %1).")
                             .arg(info.filePath()));
    }
    return {};
}

} // namespace

Result<QString> OAuthTokenVault::readFile() const
{
    const QFileInfo info(m_key);
    if (!info.exists())
        return makeError(u"keychain-missing"_s, QCoreApplication::translate("OAuthTokenVault", "The sign-in file %1 does not exist yet.")
                                                    .arg(m_key));
    if (auto owned = ownerOnly(info); !owned)
        return owned.error();
    QFile file(m_key);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(u"token-file"_s, QCoreApplication::translate("OAuthTokenVault", "Cannot read the sign-in file %1: %2.")
                                              .arg(m_key, file.errorString()));
    }
    return QString::fromUtf8(file.readAll());
}

Result<void> OAuthTokenVault::writeFile(const QString &text)
{
    // The existing file's mode is checked as on reading: a rotation never widens it.
    const QFileInfo info(m_key);
    if (info.exists()) {
        if (auto owned = ownerOnly(info); !owned)
            return owned;
    }
    QSaveFile file(m_key);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(text.toUtf8()) < 0 || !file.commit()) {
        return makeError(u"token-file"_s, QCoreApplication::translate("OAuthTokenVault", "Cannot write the sign-in file %1: %2.")
                                              .arg(m_key, file.errorString()));
    }
    return {};
}

} // namespace Madoguchi
