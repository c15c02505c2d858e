#include "mail/imap/ImapTask.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<void> ImapTask::continuation(const ImapResponse &response, ImapConnection &)
{
    return makeError(u"protocol"_s, QCoreApplication::translate("ImapTask",
                                                                "The server asked for more input (line %1) where "
                                                                "the client had nothing to send.")
                                        .arg(response.lineNumber));
}

Error ImapTask::refusal(const ImapResponse &response, const QByteArray &commandName)
{
    QString code = response.status == ImapResponse::Status::Bad ? u"imap-bad"_s : u"imap-no"_s;
    if (response.code == "AUTHENTICATIONFAILED" || response.code == "AUTHORIZATIONFAILED")
        code = u"auth"_s;
    else if (response.code == "PRIVACYREQUIRED")
        code = u"plaintext-refused"_s;
    QString detail = response.text;
    if (!response.code.isEmpty())
        detail = u"[%1] %2"_s.arg(QString::fromLatin1(response.code), detail).trimmed();
    return makeError(code, QCoreApplication::translate("ImapTask", "The server refused %1: %2")
                               .arg(QString::fromLatin1(commandName), detail));
}

} // namespace Madoguchi
