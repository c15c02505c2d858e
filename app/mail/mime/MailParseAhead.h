#pragma once

#include "core/Result.h"
#include "mail/mime/MailMessage.h"
#include "mail/mime/MimeParser.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace Madoguchi {

// Reads and parses mail on a thread of its own, a few messages ahead of the thread that
// stores them: on two cores the parse (GMime, charsets) and the store (SQLite, the search
// index) run at the same time. Messages come back in the order of their index, so storing
// stays in one thread and in order (exactly-once is the store's business, as before).
class MailParseAhead
{
public:
    // The raw bytes of message `index`; called on the parsing thread, indexes in order.
    using Reader = std::function<Result<QByteArray>(qsizetype index)>;

    // At most `window` parsed messages, and `byteWindow` bytes of their sources, wait to be
    // taken (they hold their attachments). Enough to keep parsing while the storing thread
    // commits a batch of 100: a window of 16 left the parse idle then (import of 5,000
    // messages 3.3 s; with 200, 2.6 s).
    MailParseAhead(MimeParser parser, qsizetype count, Reader reader, qsizetype window = kWindow,
                   qsizetype byteWindow = kByteWindow);
    static constexpr qsizetype kWindow = 256;
    static constexpr qsizetype kByteWindow = 32 * 1024 * 1024;
    ~MailParseAhead(); // stops the thread, also when not everything was taken
    MailParseAhead(const MailParseAhead &) = delete;
    MailParseAhead &operator=(const MailParseAhead &) = delete;

    // The next message (index 0 first, then 1, …): its parse, or why it could not be read.
    Result<MailMessage> takeNext();

private:
    void work();

    const MimeParser m_parser;
    const qsizetype m_count;
    const Reader m_reader;
    const qsizetype m_window;
    const qsizetype m_byteWindow;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<Result<MailMessage>, qsizetype>> m_ready; // parsed, not yet taken; source bytes
    qsizetype m_readyBytes = 0;
    bool m_stopping = false;
    qsizetype m_taken = 0; // by the taking thread only
    std::thread m_thread; // last: starts once everything above exists
};

// The same parse for mail that arrives a message at a time (an IMAP sync hands each message
// over as its FETCH response is read): the thread parses while the previous batch is still
// being stored and committed, instead of starting with each batch. Each message is waited for
// by its own handle, in any order (a batch is stored in UID order, whatever order the server
// answered in).
class MailParseQueue
{
public:
    struct Parse; // one message: its source, then its parse
    using Handle = std::shared_ptr<Parse>;

    // At most `window` parsed messages, and `byteWindow` bytes of their sources, wait to be
    // taken; more only while a taker waits for a message not parsed yet.
    explicit MailParseQueue(MimeParser parser, qsizetype window = MailParseAhead::kWindow,
                            qsizetype byteWindow = MailParseAhead::kByteWindow);
    ~MailParseQueue(); // stops the thread; what was not taken is dropped
    MailParseQueue(const MailParseQueue &) = delete;
    MailParseQueue &operator=(const MailParseQueue &) = delete;

    Handle push(QByteArray source);
    // Waits for the message's parse and takes it; a handle is taken once.
    Result<MailMessage> take(const Handle &handle);

private:
    void work();

    const MimeParser m_parser;
    const qsizetype m_window;
    const qsizetype m_byteWindow;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Handle> m_waiting; // pushed, not parsed yet, oldest first
    qsizetype m_parsedCount = 0;  // parsed, not taken yet
    qsizetype m_parsedBytes = 0;
    int m_takers = 0; // threads in take() waiting for a parse
    bool m_stopping = false;
    std::thread m_thread; // last: starts once everything above exists
};

} // namespace Madoguchi
