#include "mail/mime/MimePartWalker.h"

#include "mail/mime/AttachmentFileName.h"
#include "mail/mime/CharsetDecoder.h"
#include "mail/mime/HeaderTextDecoder.h"
#include "mail/mime/MimeParameters.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QByteArray mimeTypeOf(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return QByteArrayLiteral("text/plain");
    return QByteArray(g_mime_content_type_get_media_type(type)).toLower() + '/'
        + QByteArray(g_mime_content_type_get_media_subtype(type)).toLower();
}

QByteArray rawHeader(GMimeObject *object, const char *name)
{
    GMimeHeaderList *list = g_mime_object_get_header_list(object);
    GMimeHeader *header = list ? g_mime_header_list_get_header(list, name) : nullptr;
    return header ? QByteArray(g_mime_header_get_raw_value(header)) : QByteArray();
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectHandle<GMimeStream> mem(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, mem.get()); // undoes base64/QP only
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

QByteArray messageIdIn(const QByteArray &headers)
{
    static const QRegularExpression id(u"^Message-ID:\\s*<?([^>\\s]+)>?"_s,
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const auto match = id.match(QString::fromLatin1(headers));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

} // namespace

MimePartWalker::MimePartWalker(MailMessage &message, const MimeParser::Limits &limits)
    : m_message(message)
    , m_limits(limits)
{ }

bool MimePartWalker::countPart(int depth)
{
    if (m_limitExceeded)
        return false;
    if (depth > m_limits.maxDepth) {
        m_limitExceeded = true;
        m_message.parseErrors.append(
            QCoreApplication::translate(
                "MimeParser", "The message nests MIME parts more than %1 levels deep; the inner parts were not read.")
                .arg(m_limits.maxDepth));
        return false;
    }
    if (++m_parts > m_limits.maxParts) {
        m_limitExceeded = true;
        m_message.parseErrors.append(
            QCoreApplication::translate("MimeParser",
                                        "The message has more than %1 MIME parts; the rest were not read.")
                .arg(m_limits.maxParts));
        return false;
    }
    return true;
}

void MimePartWalker::walk(GMimeObject *object, int depth)
{
    if (!object || !countPart(depth))
        return;
    if (GMIME_IS_MULTIPART(object))
        walkMultipart(GMIME_MULTIPART(object), depth);
    else if (GMIME_IS_MESSAGE_PART(object))
        walkEnclosedMessage(GMIME_MESSAGE_PART(object));
    else if (GMIME_IS_PART(object))
        walkLeaf(GMIME_PART(object));
}

void MimePartWalker::walkMultipart(GMimeMultipart *multipart, int depth)
{
    const QByteArray type = mimeTypeOf(GMIME_OBJECT(multipart));
    if (type == "multipart/alternative") {
        walkAlternative(multipart, depth);
        return;
    }
    const int count = g_mime_multipart_get_count(multipart);
    for (int i = 0; i < count && !m_limitExceeded; ++i)
        walk(g_mime_multipart_get_part(multipart, i), depth + 1);
}

// Text is preferred for display and HTML kept, so an alternative contributes its first
// text/plain and its richest HTML branch (which may be a multipart/related with images).
void MimePartWalker::walkAlternative(GMimeMultipart *multipart, int depth)
{
    bool havePlain = false;
    bool haveHtml = false;
    const int count = g_mime_multipart_get_count(multipart);
    for (int i = count - 1; i >= 0 && !m_limitExceeded; --i) {
        GMimeObject *child = g_mime_multipart_get_part(multipart, i);
        const QByteArray type = mimeTypeOf(child);
        if (type == "text/plain") {
            continue;
        } else if (type == "text/html" || GMIME_IS_MULTIPART(child)) {
            if (haveHtml)
                continue;
            haveHtml = true;
        }
        walk(child, depth + 1);
    }
    for (int i = 0; i < count && !havePlain && !m_limitExceeded; ++i) {
        GMimeObject *child = g_mime_multipart_get_part(multipart, i);
        if (mimeTypeOf(child) == "text/plain") {
            havePlain = true;
            walk(child, depth + 1);
        }
    }
}

void MimePartWalker::walkEnclosedMessage(GMimeMessagePart *part)
{
    GMimeMessage *enclosed = g_mime_message_part_get_message(part);
    if (!enclosed)
        return;
    if (const char *id = g_mime_message_get_message_id(enclosed))
        m_message.enclosedMessageIds.append(QByteArray(id));
    const QString subject = HeaderTextDecoder::decodeUnstructured(rawHeader(GMIME_OBJECT(enclosed), "Subject")).text;
    MailAttachment attachment;
    attachment.originalFileName = subject.isEmpty() ? u"message.eml"_s : subject + u".eml"_s;
    attachment.fileName = AttachmentFileName::sanitize(attachment.originalFileName, u"message.eml"_s);
    attachment.mimeType = QByteArrayLiteral("message/rfc822");
    attachment.data = writeGMimeObject(GMIME_OBJECT(enclosed));
    m_message.attachments.append(std::move(attachment));
}

void MimePartWalker::addText(QString &body, const QString &text)
{
    if (!body.isEmpty() && !body.endsWith(u'\n'))
        body += u'\n';
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    body += normalised;
}

void MimePartWalker::walkLeaf(GMimePart *part)
{
    GMimeObject *object = GMIME_OBJECT(part);
    const QByteArray type = mimeTypeOf(object);
    const QByteArray data = decodedContent(part);

    if (type == "message/delivery-status" || type == "message/global-delivery-status") {
        addText(m_message.deliveryStatus, CharsetDecoder::decode(data, "utf-8").text);
        return;
    }
    if (type == "text/rfc822-headers" || type == "message/rfc822-headers") {
        if (const QByteArray id = messageIdIn(data); !id.isEmpty())
            m_message.enclosedMessageIds.append(id);
        return;
    }

    const MimeParameters disposition(rawHeader(object, "Content-Disposition"));
    const MimeParameters contentType(rawHeader(object, "Content-Type"));
    bool guessed = false;
    QString name = disposition.value("filename", &guessed);
    if (name.isEmpty())
        name = contentType.value("name", &guessed);
    const char *dispositionValue = g_mime_object_get_disposition(object);
    const bool isAttachmentDisposition = dispositionValue && qstricmp(dispositionValue, "attachment") == 0;
    const bool isText = type == "text/plain" || type == "text/html";
    QString &body = type == "text/html" ? m_message.htmlBody : m_message.textBody;

    if (isText && !isAttachmentDisposition && (name.isEmpty() || body.isEmpty())) {
        const QByteArray label = g_mime_object_get_content_type_parameter(object, "charset");
        const DecodedText text = CharsetDecoder::decode(data, label);
        m_message.charsetGuessed = m_message.charsetGuessed || text.guessed;
        checkBase64(part,
                    type == "text/html" ? QCoreApplication::translate("MimeParser", "the HTML text")
                                        : QCoreApplication::translate("MimeParser", "the text"));
        addText(body, text.text);
        return;
    }

    m_message.charsetGuessed = m_message.charsetGuessed || guessed;
    MailAttachment attachment;
    attachment.originalFileName = name;
    attachment.fileName = AttachmentFileName::sanitize(name, fallbackName(type));
    attachment.mimeType = type;
    if (const char *cid = g_mime_object_get_content_id(object))
        attachment.contentId = QByteArray(cid);
    const bool explicitInline = dispositionValue && qstricmp(dispositionValue, "inline") == 0;
    attachment.isInline = !isAttachmentDisposition
        && ((explicitInline && type.startsWith("image/")) || !attachment.contentId.isEmpty());
    checkBase64(part, attachment.fileName);
    attachment.data = data;
    m_message.attachments.append(std::move(attachment));
}

// GMime's base64 decoder skips what it cannot read without a word; a damaged attachment
// should be visible to the person who opens it, so the raw encoded text is checked here.
void MimePartWalker::checkBase64(GMimePart *part, const QString &label)
{
    if (g_mime_part_get_content_encoding(part) != GMIME_CONTENT_ENCODING_BASE64)
        return;
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return;
    const QByteArray encoded = readGMimeStream(g_mime_data_wrapper_get_stream(content));
    // One table lookup per byte: 0 skip (line breaks, spaces), 1 alphabet, 2 padding, 3 foreign.
    static const auto classes = []() {
        std::array<unsigned char, 256> table {};
        table.fill(3);
        for (const char c : std::string_view("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
            table[static_cast<unsigned char>(c)] = 1;
        for (const char c : std::string_view("\r\n \t"))
            table[static_cast<unsigned char>(c)] = 0;
        table[static_cast<unsigned char>('=')] = 2;
        return table;
    }();
    qsizetype significant = 0;
    bool padded = false;
    bool damaged = false;
    for (const char c : encoded) {
        const unsigned char kind = classes[static_cast<unsigned char>(c)];
        if (kind == 0)
            continue;
        if (kind == 3 || (kind == 1 && padded)) {
            damaged = true;
            break;
        }
        padded = padded || kind == 2;
        ++significant;
    }
    if (damaged || significant % 4 != 0)
        m_message.parseErrors.append(
            QCoreApplication::translate("MimeParser",
                                        "The base64 content of %1 is damaged; what could be decoded was kept.")
                .arg(label));
}

QString MimePartWalker::fallbackName(const QByteArray &mimeType) const
{
    if (mimeType == "application/ms-tnef" || mimeType == "application/vnd.ms-tnef")
        return u"winmail.dat"_s;
    const int number = int(m_message.attachments.size()) + 1;
    QString extension = u".bin"_s;
    if (mimeType.startsWith("image/"))
        extension = u"."_s + QString::fromLatin1(mimeType.mid(6)).replace(u"jpeg"_s, u"jpg"_s);
    else if (mimeType == "application/pdf")
        extension = u".pdf"_s;
    else if (mimeType == "text/plain")
        extension = u".txt"_s;
    else if (mimeType == "text/html")
        extension = u".html"_s;
    else if (mimeType == "text/calendar")
        extension = u".ics"_s;
    return u"attachment-%1%2"_s.arg(number).arg(extension);
}

} // namespace Madoguchi
