// Header decoding through our wrapper alone: RFC 2047 words, RFC 2231 parameters, charset
// labels and detection, attachment-name sanitising. Input: a charset label on the first line,
// the raw header value after it.

#include "FuzzTarget.h"
#include "mail/mime/AttachmentFileName.h"
#include "mail/mime/CharsetDecoder.h"
#include "mail/mime/HeaderTextDecoder.h"
#include "mail/mime/MimeParameters.h"

using namespace Madoguchi;
using namespace Qt::Literals::StringLiterals;

MADOGUCHI_FUZZ_TARGET(mime_header)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray label = newline < 0 ? QByteArray() : input.left(newline);
    const QByteArray value = newline < 0 ? input : input.mid(newline + 1);

    const QByteArray unfolded = HeaderTextDecoder::unfold(value);
    MADOGUCHI_FUZZ_CHECK(!unfolded.contains('\n'));
    (void)HeaderTextDecoder::decodeUnstructured(value);
    bool guessed = false;
    (void)HeaderTextDecoder::toUtf8Structured(value, &guessed);
    QByteArray payload;
    (void)HeaderTextDecoder::decodePayload('B', value, &payload);
    (void)HeaderTextDecoder::decodePayload('Q', value, &payload);

    const MimeParameters parameters(value);
    for (const char *name : {"filename", "name", "charset", "boundary"}) {
        const QString decoded = parameters.value(name, &guessed);
        const QString safe = AttachmentFileName::sanitize(decoded);
        MADOGUCHI_FUZZ_CHECK(!safe.isEmpty());
        MADOGUCHI_FUZZ_CHECK(!safe.contains(u'/') && !safe.contains(u'\\') && !safe.contains(QChar(0)));
        MADOGUCHI_FUZZ_CHECK(safe.toUtf8().size() <= AttachmentFileName::kMaxUtf8Bytes);
        MADOGUCHI_FUZZ_CHECK(safe != u".."_s && safe != u"."_s);
    }

    (void)CharsetDecoder::decode(value, label);
    (void)CharsetDecoder::canonicalName(label);
    (void)CharsetDecoder::detect(value);
    int errors = 0;
    (void)CharsetDecoder::decodeWith(value, CharsetDecoder::canonicalName(label), &errors);
    MADOGUCHI_FUZZ_CHECK(errors >= 0);
    return 0;
}
