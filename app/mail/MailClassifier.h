#pragma once

#include "mail/DeskAddresses.h"
#include "mail/MailKind.h"
#include "mail/mime/MailMessage.h"

namespace Madoguchi {

// The decision for one mail, with the reason in words for the thread view and the logs.
struct MailClassification
{
    MailKind kind = MailKind::CustomerMessage;
    QString reason; // e.g. "Auto-Submitted: auto-replied"
    QByteArray bouncedMessageId; // for bounces: the Message-ID of the returned mail
    bool deliveryFailed = false; // for bounces: a permanent failure (not "delayed")
};

// Pure rules on a parsed mail and the desk's own addresses; no store, no clock.
class MailClassifier
{
public:
    explicit MailClassifier(DeskAddresses desk);

    MailClassification classify(const MailMessage &message) const;

    // Header and subject signs of an automatic message; the reason when found, else empty.
    QString autoReplyReason(const MailMessage &message) const;
    static bool isBounce(const MailMessage &message);
    static bool isOutOfOfficeSubject(const QString &subject);
    // The Message-ID of the mail a bounce returns: from an enclosed message/rfc822 or
    // text/rfc822-headers part, else a "Message-ID:" line quoted in the body.
    static QByteArray bouncedMessageId(const MailMessage &message);

private:
    DeskAddresses m_desk;
};

} // namespace Madoguchi
