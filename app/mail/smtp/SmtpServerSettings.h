#pragma once

#include "core/Result.h"

#include <QString>

namespace Madoguchi {

struct MailAccountSettings;

// Where and how the outbox reaches the submission server; never the password (that lives
// in the keychain under MailAccountSettings::smtpPasswordKey()).
struct SmtpServerSettings
{
    enum class Security {
        ImplicitTls, // smtps://, port 465
        StartTls,    // smtp://, port 587: STARTTLS is required unless allowPlaintext
    };

    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    QString user; // empty: the server takes mail without AUTH (a relay inside the office)
    bool allowPlaintext = false; // explicit consent to send the password unencrypted
    QString caFile;              // an extra CA or certificate to trust (PEM)

    // smtp://USER@HOST[:PORT] or smtps://USER@HOST[:PORT]; the user may be percent-encoded.
    static Result<SmtpServerSettings> fromUrl(const QString &url);
    // The account's SMTP URL with the mailbox's "allow plaintext" and CA file: one
    // administrator decision covers both servers of the same mail host.
    static Result<SmtpServerSettings> fromAccount(const MailAccountSettings &account);
    QString toUrl() const;
    // The same address for people to read: the user name as typed (support@…, not
    // support%40…), for messages and status lines. Not for keychain keys or parsing.
    QString toDisplayText() const;
};

} // namespace Madoguchi
