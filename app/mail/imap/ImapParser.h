#pragma once

#include "core/Result.h"
#include "mail/imap/ImapResponse.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Madoguchi {

// Turns the bytes a server sends into responses, however the bytes are split across reads.
// A literal ({n} CRLF followed by n bytes) of any size is appended straight into one buffer
// reserved for it and handed on by implicit sharing, so a 30 MB message is held once.
// A malformed response becomes an error naming its line and byte offset; the parser then
// carries on with the next line.
class ImapParser
{
public:
    struct Item
    {
        Result<ImapResponse> response;
        QByteArray logLine; // the response without literal contents, for the protocol log
    };

    static constexpr qsizetype defaultMaxLineLength = 1024 * 1024;
    static constexpr qint64 defaultMaxLiteralSize = qint64(1) << 30;

    explicit ImapParser(qsizetype maxLineLength = defaultMaxLineLength, qint64 maxLiteralSize = defaultMaxLiteralSize);

    // Consumes `data` and returns every response it completes, in order.
    QList<Item> feed(QByteArrayView data);

    // Parses one logical response: its text with each literal left as "{n}\r\n" and the
    // literal contents in order. Public so that tests can reach every form directly.
    static Result<ImapResponse> parse(const QByteArray &text, const QList<QByteArray> &literals, int lineNumber);

    // Progress of the literal now arriving (0/0 when none), e.g. for a large message.
    qint64 literalBytesExpected() const { return m_inLiteral ? m_literalSize : 0; }
    qint64 literalBytesReceived() const { return m_inLiteral ? m_literals.last().size() : 0; }
    // True when bytes are buffered that do not yet form a whole response.
    bool hasPartialResponse() const { return !m_line.isEmpty() || m_inLiteral; }
    int lineNumber() const { return m_lineNumber; }
    void reset();

private:
    void finishLine(QList<Item> &out);
    static QByteArray logText(const QByteArray &text);

    qsizetype m_maxLineLength;
    qint64 m_maxLiteralSize;
    QByteArray m_line;             // the logical response so far, literals as "{n}\r\n"
    qsizetype m_lineScanned = 0;   // where the current physical line starts in m_line
    QList<QByteArray> m_literals;
    bool m_inLiteral = false;
    qint64 m_literalSize = 0;
    bool m_discardingLine = false; // an over-long line is skipped up to its end
    int m_lineNumber = 0;
};

} // namespace Madoguchi
