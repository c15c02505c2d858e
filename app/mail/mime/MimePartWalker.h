#pragma once

// Private to app/mail/mime: walks a GMime part tree into a MailMessage's bodies and attachments.
#include "mail/mime/GMimeHandles.h"
#include "mail/mime/MailMessage.h"
#include "mail/mime/MimeParser.h"

namespace Madoguchi {

class MimePartWalker
{
public:
    MimePartWalker(MailMessage &message, const MimeParser::Limits &limits);

    void walk(GMimeObject *object, int depth);
    // True when a limit stopped the walk; the message is then marked unreadable.
    bool limitExceeded() const { return m_limitExceeded; }

private:
    void walkMultipart(GMimeMultipart *multipart, int depth);
    void walkAlternative(GMimeMultipart *multipart, int depth);
    void walkEnclosedMessage(GMimeMessagePart *part);
    void walkLeaf(GMimePart *part);
    void addText(QString &body, const QString &text);
    void checkBase64(GMimePart *part, const QString &label);
    QString fallbackName(const QByteArray &mimeType) const;
    bool countPart(int depth);

    MailMessage &m_message;
    const MimeParser::Limits &m_limits;
    int m_parts = 0;
    bool m_limitExceeded = false;
};

} // namespace Madoguchi
