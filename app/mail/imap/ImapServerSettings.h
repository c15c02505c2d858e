#pragma once

#include "core/Result.h"

#include <QString>

namespace Madoguchi {

// Where and how to reach the mailbox; never the password (that lives in the keychain).
struct ImapServerSettings
{
    enum class Security {
        ImplicitTls, // imaps://, port 993
        StartTls,    // imap://, port 143: upgraded with STARTTLS; without it, login only if allowPlaintext
    };

    QString host;
    quint16 port = 993;
    Security security = Security::ImplicitTls;
    QString user;
    bool allowPlaintext = false; // explicit consent to send the password unencrypted
    QString caFile;              // an extra CA or certificate to trust (PEM)

    // imaps://USER@HOST[:PORT] or imap://USER@HOST[:PORT]; the user may be percent-encoded.
    static Result<ImapServerSettings> fromUrl(const QString &url);
    QString toUrl() const;
    // The same address for people to read: the user name as typed (support@…, not
    // support%40…), for messages and status lines. Not for keychain keys or parsing.
    QString toDisplayText() const;
};

} // namespace Madoguchi
