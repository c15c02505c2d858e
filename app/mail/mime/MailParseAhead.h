#pragma once

#include "core/Result.h"
#include "mail/mime/MailMessage.h"
#include "mail/mime/MimeParser.h"

#include <condition_variable>
#include <deque>
#include <functional>
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

    // At most `window` parsed messages wait to be taken (they hold their attachments).
    MailParseAhead(MimeParser parser, qsizetype count, Reader reader, qsizetype window = 16);
    ~MailParseAhead(); // stops the thread, also when not everything was taken
    MailParseAhead(const MailParseAhead &) = delete;
    MailParseAhead &operator=(const MailParseAhead &) = delete;

    // The next message (index 0 first, then 1, …): its parse, or why it could not be read.
    Result<MailMessage> takeNext();

private:
    void work();
    static void prepareForStoring(MailMessage &mail);

    const MimeParser m_parser;
    const qsizetype m_count;
    const Reader m_reader;
    const qsizetype m_window;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Result<MailMessage>> m_ready; // parsed, not yet taken
    bool m_stopping = false;
    qsizetype m_taken = 0; // by the taking thread only
    std::thread m_thread; // last: starts once everything above exists
};

} // namespace Madoguchi
