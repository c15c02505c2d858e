#include "mail/mime/MailParseAhead.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

MailParseAhead::MailParseAhead(MimeParser parser, qsizetype count, Reader reader, qsizetype window)
    : m_parser(parser)
    , m_count(count)
    , m_reader(std::move(reader))
    , m_window(std::max<qsizetype>(1, window))
    , m_thread([this]() { work(); })
{
}

MailParseAhead::~MailParseAhead()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

// What the store would otherwise compute on its own thread, done here while it stores the
// previous message: the compressed raw source and each attachment's hash.
void MailParseAhead::prepareForStoring(MailMessage &mail)
{
    if (!mail.rawSource.isNull())
        mail.packedSource = StoredBytes::pack(mail.rawSource);
    for (MailAttachment &attachment : mail.attachments)
        attachment.sha256 = QCryptographicHash::hash(attachment.data, QCryptographicHash::Sha256).toHex();
}

void MailParseAhead::work()
{
    MimeParser::initializeGMime();
    for (qsizetype i = 0; i < m_count; ++i) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this]() { return m_stopping || qsizetype(m_ready.size()) < m_window; });
            if (m_stopping)
                return;
        }
        const Result<QByteArray> raw = m_reader(i);
        Result<MailMessage> parsed = raw.ok() ? Result<MailMessage>(m_parser.parse(raw.value())) : raw.error();
        if (parsed)
            prepareForStoring(parsed.value());
        {
            std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(parsed));
        }
        m_changed.notify_all();
    }
}

Result<MailMessage> MailParseAhead::takeNext()
{
    if (m_taken >= m_count)
        return makeError(u"internal"_s, u"All %1 messages were taken already"_s.arg(m_count));
    ++m_taken;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this]() { return !m_ready.empty(); });
    Result<MailMessage> next = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return next;
}

} // namespace Madoguchi
