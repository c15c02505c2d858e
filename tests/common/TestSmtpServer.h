#pragma once

// The throwaway SMTP servers that tests/scripts/with-smtp.sh started, as the client's
// settings: "starttls" (587 style), "smtps" (465 style) or "plain" (no TLS at all), each
// trusting the script's self-signed certificate and logging in as its one user.
#include "mail/smtp/SmtpServerSettings.h"

#include <QString>

namespace Madoguchi::Testing {

inline SmtpServerSettings testSmtpServer(const QString &kind)
{
    SmtpServerSettings s;
    s.host = qEnvironmentVariable("MADOGUCHI_TEST_SMTP_HOST");
    s.user = qEnvironmentVariable("MADOGUCHI_TEST_SMTP_USER");
    s.caFile = qEnvironmentVariable("MADOGUCHI_TEST_SMTP_CA_FILE");
    const char *port = kind == QStringLiteral("smtps") ? "MADOGUCHI_TEST_SMTP_SMTPS_PORT"
                       : kind == QStringLiteral("plain") ? "MADOGUCHI_TEST_SMTP_PLAIN_PORT"
                                                         : "MADOGUCHI_TEST_SMTP_STARTTLS_PORT";
    s.port = quint16(qEnvironmentVariableIntValue(port));
    s.security = kind == QStringLiteral("smtps") ? SmtpServerSettings::Security::ImplicitTls
                                                 : SmtpServerSettings::Security::StartTls;
    return s;
}

// Where that server writes what it accepted (NNNNNN.eml and NNNNNN.json).
inline QString testSmtpDir(const QString &kind)
{
    return qEnvironmentVariable(kind == QStringLiteral("smtps")   ? "MADOGUCHI_TEST_SMTP_SMTPS_DIR"
                                : kind == QStringLiteral("plain") ? "MADOGUCHI_TEST_SMTP_PLAIN_DIR"
                                                                  : "MADOGUCHI_TEST_SMTP_STARTTLS_DIR");
}

} // namespace Madoguchi::Testing
