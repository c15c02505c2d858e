#include "mail/mime/MailParseAhead.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

MailParseAhead::MailParseAhead(MimeParser parser, qsizetype count, Reader reader, qsizetype window,
                               qsizetype byteWindow)
    : m_parser(parser)
    , m_count(count)
    , m_reader(std::move(reader))
    , m_window(std::max<qsizetype>(1, window))
    , m_byteWindow(std::max<qsizetype>(1, byteWindow))
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

namespace {

// What the store would otherwise compute on its own thread, done here while it stores the
// previous message: the compressed raw source and each attachment's hash.
void prepareMailForStoring(MailMessage &mail)
{
    if (!mail.rawSource.isNull())
        mail.packedSource = StoredBytes::pack(mail.rawSource);
    for (MailAttachment &attachment : mail.attachments)
        attachment.sha256 = QCryptographicHash::hash(attachment.data, QCryptographicHash::Sha256).toHex();
}

} // namespace

void MailParseAhead::work()
{
    MimeParser::initializeGMime();
    for (qsizetype i = 0; i < m_count; ++i) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this]() {
                return m_stopping || (qsizetype(m_ready.size()) < m_window && m_readyBytes < m_byteWindow);
            });
            if (m_stopping)
                return;
        }
        const Result<QByteArray> raw = m_reader(i);
        Result<MailMessage> parsed = raw.ok() ? Result<MailMessage>(m_parser.parse(raw.value())) : raw.error();
        if (parsed)
            prepareMailForStoring(parsed.value());
        const qsizetype bytes = raw.ok() ? raw.value().size() : 0;
        {
            std::lock_guard lock(m_mutex);
            m_ready.emplace_back(std::move(parsed), bytes);
            m_readyBytes += bytes;
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
    Result<MailMessage> next = std::move(m_ready.front().first);
    m_readyBytes -= m_ready.front().second;
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return next;
}

struct MailParseQueue::Parse
{
    QByteArray source;
    std::optional<Result<MailMessage>> parsed; // set by the parsing thread
    bool taken = false;
};

MailParseQueue::MailParseQueue(MimeParser parser, qsizetype window, qsizetype byteWindow)
    : m_parser(parser)
    , m_window(std::max<qsizetype>(1, window))
    , m_byteWindow(std::max<qsizetype>(1, byteWindow))
    , m_thread([this]() { work(); })
{
}

MailParseQueue::~MailParseQueue()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

MailParseQueue::Handle MailParseQueue::push(QByteArray source)
{
    auto parse = std::make_shared<Parse>();
    parse->source = std::move(source);
    {
        std::lock_guard lock(m_mutex);
        m_waiting.push_back(parse);
    }
    m_changed.notify_all();
    return parse;
}

Result<MailMessage> MailParseQueue::take(const Handle &handle)
{
    std::unique_lock lock(m_mutex);
    if (!handle || handle->taken)
        return makeError(u"internal"_s, u"This message's parse was taken already"_s);
    ++m_takers; // lets the thread go past its window, whatever order the messages are taken in
    m_changed.notify_all();
    m_changed.wait(lock, [&handle]() { return handle->parsed.has_value(); });
    --m_takers;
    Result<MailMessage> parsed = std::move(*handle->parsed);
    handle->parsed.reset();
    handle->taken = true;
    --m_parsedCount;
    m_parsedBytes -= handle->source.size();
    handle->source = QByteArray();
    lock.unlock();
    m_changed.notify_all();
    return parsed;
}

void MailParseQueue::work()
{
    MimeParser::initializeGMime();
    for (;;) {
        Handle next;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this]() {
                return m_stopping
                    || (!m_waiting.empty()
                        && (m_takers > 0 || (m_parsedCount < m_window && m_parsedBytes < m_byteWindow)));
            });
            if (m_stopping)
                return;
            next = m_waiting.front();
            m_waiting.pop_front();
        }
        Result<MailMessage> parsed = m_parser.parse(next->source);
        if (parsed)
            prepareMailForStoring(parsed.value());
        {
            std::lock_guard lock(m_mutex);
            next->parsed = std::move(parsed);
            ++m_parsedCount;
            m_parsedBytes += next->source.size();
        }
        m_changed.notify_all();
    }
}

} // namespace Madoguchi
