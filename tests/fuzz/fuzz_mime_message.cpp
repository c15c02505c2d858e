// A whole mail through MimeParser (GMime for the structure, our decoders for every charset,
// header and parameter), then what the desk does with the result. The raw source must always
// be kept as it came, whatever the parser made of it.

#include "FuzzTarget.h"
#include "mail/mime/HtmlSanitizer.h"
#include "mail/mime/MimeParser.h"

using namespace Madoguchi;

MADOGUCHI_FUZZ_TARGET(mime_message)
{
    const QByteArray raw = Fuzz::bytes(data, size);
    MimeParser::Limits limits;
    limits.maxParts = 200; // the shapes are the same; smaller limits keep each run short
    limits.maxHeaderValueChars = 4096;
    const MailMessage message = MimeParser(limits).parse(raw);
    MADOGUCHI_FUZZ_CHECK(message.rawSource == raw);
    MADOGUCHI_FUZZ_CHECK(!message.unreadable || !message.parseErrors.isEmpty());
    (void)HtmlSanitizer::sanitize(message.htmlBody);
    (void)HtmlSanitizer::toPlainText(message.htmlBody);
    for (const MailAttachment &attachment : message.attachments) {
        MADOGUCHI_FUZZ_CHECK(!attachment.fileName.isEmpty());
        MADOGUCHI_FUZZ_CHECK(!attachment.fileName.contains(u'/') && !attachment.fileName.contains(u'\\'));
    }
    (void)MimeParser::claimedDate(raw);
    (void)MimeParser::headerBombReason(raw, limits);
    return 0;
}
