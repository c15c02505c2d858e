#include "mail/mime/MimeParser.h"

#include "mail/mime/GMimeHandles.h"
#include "mail/mime/HeaderTextDecoder.h"
#include "mail/mime/HtmlSanitizer.h"
#include "mail/mime/MimeParameters.h"
#include "mail/mime/MimePartWalker.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <cstring>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

struct ParseContext
{
    QStringList warnings;
    bool critical = false;
};

// GMime's own findings, as sentences for the person reading the ticket. Header-level
// warnings (8-bit, malformed RFC 2047) are omitted: HeaderTextDecoder repairs those.
void collectWarning(gint64 offset, GMimeParserWarning code, const gchar *, gpointer data)
{
    auto *context = static_cast<ParseContext *>(data);
    QString text;
    switch (code) {
    case GMIME_WARN_TRUNCATED_MESSAGE:
        text = QCoreApplication::translate("MimeParser",
                                           "The message is truncated: it ends before its last part is closed.");
        break;
    case GMIME_WARN_MALFORMED_MULTIPART:
        text = QCoreApplication::translate("MimeParser", "A multipart section has no parts.");
        break;
    case GMIME_WARN_MALFORMED_MESSAGE:
        text = QCoreApplication::translate("MimeParser", "The message is malformed near byte %1.").arg(offset);
        break;
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
        text = QCoreApplication::translate("MimeParser",
                                           "A multipart section has no boundary; its content is shown as text.");
        break;
    case GMIME_CRIT_NESTING_OVERFLOW:
        text = QCoreApplication::translate("MimeParser",
                                           "The message nests MIME parts too deeply; the inner parts were not read.");
        context->critical = true;
        break;
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
        text = QCoreApplication::translate("MimeParser", "A MIME part has neither headers nor content (near byte %1).")
                   .arg(offset);
        break;
    case GMIME_CRIT_INVALID_HEADER_NAME:
        text = QCoreApplication::translate("MimeParser", "A header line near byte %1 is not valid.").arg(offset);
        break;
    default:
        return;
    }
    if (!context->warnings.contains(text))
        context->warnings.append(text);
}

QList<MailAddress> addressesFrom(const QByteArray &raw, GMimeParserOptions *options, bool *guessed)
{
    QList<MailAddress> result;
    if (raw.trimmed().isEmpty())
        return result;
    const QByteArray utf8 = HeaderTextDecoder::toUtf8Structured(raw, guessed);
    GObjectHandle<InternetAddressList> list(internet_address_list_parse(options, utf8.constData()));
    auto add = [&result](InternetAddressList *addresses, auto &self) -> void {
        if (!addresses)
            return;
        for (int i = 0; i < internet_address_list_length(addresses); ++i) {
            InternetAddress *address = internet_address_list_get_address(addresses, i);
            if (INTERNET_ADDRESS_IS_GROUP(address)) {
                self(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), self);
            } else if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
                const char *name = internet_address_get_name(address);
                result.append(
                    { QString::fromUtf8(name ? name : "").trimmed(),
                      QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))) });
            }
        }
    };
    add(list.get(), add);
    if (result.isEmpty()) {
        // Not an address list GMime accepts; take the first thing that looks like an address.
        static const QRegularExpression bare(u"[^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+"_s);
        const auto match = bare.match(QString::fromUtf8(utf8));
        if (match.hasMatch())
            result.append({ QString(), match.captured(0) });
    }
    return result;
}

QList<QByteArray> messageIds(const QByteArray &raw, GMimeParserOptions *options)
{
    QList<QByteArray> ids;
    if (raw.trimmed().isEmpty())
        return ids;
    GMimeReferences *refs = g_mime_references_parse(options, HeaderTextDecoder::unfold(raw).constData());
    if (!refs)
        return ids;
    for (int i = 0; i < g_mime_references_length(refs); ++i)
        ids.append(QByteArray(g_mime_references_get_message_id(refs, i)));
    g_mime_references_free(refs);
    return ids;
}

QDateTime dateFrom(const QByteArray &raw)
{
    QByteArray text = HeaderTextDecoder::unfold(raw);
    if (text.isEmpty())
        return {};
    // Japanese mailers still write zone names GMime does not know.
    static const QRegularExpression zoneName(u"\\s(JST|KST)\\s*(\\(.*\\))?$"_s);
    text = QString::fromLatin1(text).replace(zoneName, u" +0900"_s).toLatin1();
    if (GDateTime *date = g_mime_utils_header_decode_date(text.constData())) {
        const QDateTime result = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
        g_date_time_unref(date);
        return result;
    }
    return QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date).toUTC();
}

// The body after the header block, for mail whose structure GMime could not use.
QByteArray bodyAfterHeaders(const QByteArray &raw)
{
    qsizetype end = raw.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    const qsizetype lf = raw.indexOf("\n\n");
    if (end < 0 || (lf >= 0 && lf < end)) {
        end = lf;
        skip = 2;
    }
    return end < 0 ? QByteArray() : raw.mid(end + skip);
}

// Counts the parameters (';' outside quotes) of one header field, continuation lines
// included; `pos` is the start of the field's value, and moves to the end of the field.
int parameterCount(const QByteArray &raw, qsizetype &pos)
{
    int count = 0;
    bool quoted = false;
    const qsizetype size = raw.size();
    while (pos < size) {
        const char c = raw.at(pos);
        if (c == '\n') {
            if (pos + 1 < size && (raw.at(pos + 1) == ' ' || raw.at(pos + 1) == '\t')) {
                ++pos;
                continue;
            }
            break;
        }
        if (c == '"')
            quoted = !quoted;
        else if (c == '\\' && quoted)
            ++pos;
        else if (c == ';' && !quoted)
            ++count;
        ++pos;
    }
    return count;
}

bool startsWithField(const QByteArray &raw, qsizetype pos, QByteArrayView field)
{
    return raw.size() - pos >= field.size()
        && QByteArrayView(raw.constData() + pos, field.size()).compare(field, Qt::CaseInsensitive) == 0;
}

// Old Mac mail ends its lines with CR alone, which GMime reads as one endless header line;
// it is parsed with line feeds (the raw source keeps the bytes as they came).
QByteArray readableLineEnds(const QByteArray &raw)
{
    if (raw.contains('\n') || !raw.contains('\r'))
        return raw;
    QByteArray lf = raw;
    lf.replace('\r', '\n');
    return lf;
}

} // namespace

QDateTime MimeParser::claimedDate(const QByteArray &head)
{
    initializeGMime();
    const QByteArray text = readableLineEnds(head);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype end = text.indexOf('\n', pos);
        const QByteArrayView line(text.constData() + pos, (end < 0 ? text.size() : end) - pos);
        if (line.trimmed().isEmpty())
            break; // the end of the header section
        if (startsWithField(text, pos, "Date:")) {
            qsizetype stop = end;
            while (stop >= 0 && stop + 1 < text.size() && (text.at(stop + 1) == ' ' || text.at(stop + 1) == '\t'))
                stop = text.indexOf('\n', stop + 1);
            const qsizetype valueEnd = stop < 0 ? text.size() : stop;
            return dateFrom(text.mid(pos + 5, valueEnd - pos - 5));
        }
        if (end < 0)
            break;
        pos = end + 1;
    }
    return {};
}

QString MimeParser::headerBombReason(const QByteArray &raw, const Limits &limits)
{
    qsizetype headerEnd = raw.indexOf("\n\n");
    const qsizetype crlf = raw.indexOf("\n\r\n");
    if (crlf >= 0 && (headerEnd < 0 || crlf < headerEnd))
        headerEnd = crlf;
    if ((headerEnd < 0 ? raw.size() : headerEnd) > limits.maxHeaderBytes) {
        return QCoreApplication::translate("MimeParser",
                                           "The header section is larger than %1 MB; the mail was kept unparsed.")
            .arg(limits.maxHeaderBytes >> 20);
    }
    // Every part's Content-Type and Content-Disposition, wherever it starts a line.
    qsizetype pos = 0;
    while (pos < raw.size()) {
        for (QByteArrayView field : { QByteArrayView("Content-Type:"), QByteArrayView("Content-Disposition:") }) {
            if (!startsWithField(raw, pos, field))
                continue;
            pos += field.size();
            if (parameterCount(raw, pos) > limits.maxParameters) {
                return QCoreApplication::translate(
                           "MimeParser", "A %1 header has more than %2 parameters; the mail was kept unparsed.")
                    .arg(QString::fromLatin1(field.chopped(1)))
                    .arg(limits.maxParameters);
            }
            break;
        }
        const qsizetype next = raw.indexOf('\n', pos);
        if (next < 0)
            break;
        pos = next + 1;
    }
    return {};
}

MimeParser::MimeParser()
    : MimeParser(Limits {})
{ }

MimeParser::MimeParser(Limits limits)
    : m_limits(limits)
{ }

void MimeParser::initializeGMime()
{
    static std::once_flag once;
    std::call_once(once, []() { g_mime_init(); });
}

QByteArray MimeParser::contentHash(const QByteArray &raw)
{
    qsizetype end = raw.size();
    while (end > 0 && (raw[end - 1] == '\n' || raw[end - 1] == '\r' || raw[end - 1] == ' ' || raw[end - 1] == '\t'))
        --end;
    // Hash line by line with CRLF read as LF, without copying the message.
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    const char *data = raw.constData();
    qsizetype start = 0;
    while (start < end) {
        const char *cr = static_cast<const char *>(memchr(data + start, '\r', size_t(end - start)));
        if (!cr) {
            hash.addData(QByteArrayView(data + start, end - start));
            break;
        }
        const qsizetype at = cr - data;
        hash.addData(QByteArrayView(data + start, at - start));
        if (at + 1 >= end || data[at + 1] != '\n')
            hash.addData(QByteArrayView(cr, 1)); // a lone CR stays
        start = at + 1;
    }
    return hash.result().toHex();
}

MailMessage MimeParser::parse(const QByteArray &raw) const
{
    initializeGMime();
    MailMessage message;
    message.rawSource = raw;
    message.contentHash = contentHash(raw);
    if (raw.trimmed().isEmpty()) {
        message.unreadable = true;
        message.parseErrors.append(QCoreApplication::translate("MimeParser", "The message is empty."));
        return message;
    }
    if (raw.size() > m_limits.maxMessageBytes) {
        message.unreadable = true;
        message.parseErrors.append(
            QCoreApplication::translate("MimeParser", "The message is larger than %1 MB and was kept unparsed.")
                .arg(m_limits.maxMessageBytes >> 20));
        return message;
    }

    const QByteArray input = readableLineEnds(raw);
    if (const QString reason = headerBombReason(input, m_limits); !reason.isEmpty()) {
        message.unreadable = true;
        message.parseErrors.append(reason);
        return message;
    }

    ParseContext context;
    GMimeParserOptions *options = g_mime_parser_options_new();
    g_mime_parser_options_set_warning_callback(options, collectWarning, &context);
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_allow_addresses_without_domain(options, TRUE);

    GObjectHandle<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(input.constData(), size_t(input.size())));
    GObjectHandle<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GObjectHandle<GMimeMessage> parsed(g_mime_parser_construct_message(parser.get(), options));

    GMimeHeaderList *headerList = parsed ? g_mime_object_get_header_list(GMIME_OBJECT(parsed.get())) : nullptr;
    if (!parsed || !headerList || g_mime_header_list_get_count(headerList) == 0) {
        message.unreadable = true;
        message.parseErrors.append(
            QCoreApplication::translate("MimeParser", "The message has no readable header section."));
        message.parseErrors.append(context.warnings);
        const DecodedText text = CharsetDecoder::decode(input, {});
        message.textBody = text.text;
        message.charsetGuessed = text.guessed;
        g_mime_parser_options_free(options);
        return message;
    }

    bool cut = false;
    for (int i = 0; i < g_mime_header_list_get_count(headerList); ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headerList, i);
        const QByteArray rawValue(g_mime_header_get_raw_value(header));
        const DecodedText value = HeaderTextDecoder::decodeUnstructured(rawValue);
        message.charsetGuessed = message.charsetGuessed || value.guessed;
        QString text = value.text;
        if (text.size() > m_limits.maxHeaderValueChars) {
            text.truncate(m_limits.maxHeaderValueChars);
            cut = true;
        }
        message.headers.append({ QByteArray(g_mime_header_get_name(header)), text });
    }
    if (cut)
        message.parseErrors.append(
            QCoreApplication::translate("MimeParser", "A header is longer than %1 characters and was shortened.")
                .arg(m_limits.maxHeaderValueChars));

    auto rawHeader = [headerList](const char *name) {
        GMimeHeader *header = g_mime_header_list_get_header(headerList, name);
        return header ? QByteArray(g_mime_header_get_raw_value(header)) : QByteArray();
    };
    bool guessed = false;
    message.from = addressesFrom(rawHeader("From"), options, &guessed).value(0);
    message.sender = addressesFrom(rawHeader("Sender"), options, &guessed);
    message.to = addressesFrom(rawHeader("To"), options, &guessed);
    message.cc = addressesFrom(rawHeader("Cc"), options, &guessed);
    message.replyTo = addressesFrom(rawHeader("Reply-To"), options, &guessed);
    message.subject = message.header("Subject");
    message.date = dateFrom(rawHeader("Date"));
    message.messageId = messageIds(rawHeader("Message-ID"), options).value(0);
    if (message.messageId.isEmpty()) // "Message-ID: id@host" without angle brackets
        message.messageId = HeaderTextDecoder::unfold(rawHeader("Message-ID")).split(' ').value(0);
    message.inReplyTo = messageIds(rawHeader("In-Reply-To"), options).value(0);
    message.references = messageIds(rawHeader("References"), options);
    message.charsetGuessed = message.charsetGuessed || guessed;

    GMimeObject *body = g_mime_message_get_mime_part(parsed.get());
    if (body) {
        GMimeContentType *type = g_mime_object_get_content_type(body);
        message.mimeType = QByteArray(g_mime_content_type_get_media_type(type)).toLower() + '/'
            + QByteArray(g_mime_content_type_get_media_subtype(type)).toLower();
        message.reportType = QByteArray(g_mime_content_type_get_parameter(type, "report-type")).toLower();
    }
    MimePartWalker walker(message, m_limits);
    walker.walk(body, 0);
    message.parseErrors.append(context.warnings);
    message.unreadable = walker.limitExceeded() || context.critical;

    if (message.textBody.isEmpty() && !message.htmlBody.isEmpty()) {
        message.textBody = HtmlSanitizer::toPlainText(message.htmlBody);
        message.textFromHtml = true;
    }
    if (message.textBody.isEmpty() && message.htmlBody.isEmpty() && message.attachments.isEmpty()) {
        // No usable structure (e.g. a multipart without boundary): show the raw body text.
        const DecodedText text = CharsetDecoder::decode(bodyAfterHeaders(input), {});
        message.textBody = text.text;
        message.charsetGuessed
            = message.charsetGuessed || (text.guessed && !CharsetDecoder::isAscii(bodyAfterHeaders(input)));
    }
    g_mime_parser_options_free(options);
    return message;
}

} // namespace Madoguchi
