#include "mail/imap/ImapParser.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

constexpr qint64 maxReserve = 64 * 1024 * 1024; // a lying size must not allocate gigabytes up front

bool isAtomChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f)
        return false;
    return c != '(' && c != ')' && c != '{' && c != '"' && c != ']';
}

// Reads the values of one logical response. Stops at the first problem and remembers
// what it expected and where, for the error message.
class ResponseReader
{
public:
    ResponseReader(const QByteArray &text, const QList<QByteArray> &literals)
        : m_text(text)
        , m_literals(literals)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    qsizetype pos() const { return m_pos; }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    bool failed() const { return !m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    qsizetype problemOffset() const { return m_problemOffset; }

    bool fail(const QString &problem)
    {
        if (m_problem.isEmpty()) {
            m_problem = problem;
            m_problemOffset = m_pos;
        }
        return false;
    }

    bool expect(char c)
    {
        if (peek() != c)
            return fail(atEnd() ? u"expected '%1' but the line ended"_s.arg(QLatin1Char(c))
                                : u"expected '%1' but found '%2'"_s.arg(QLatin1Char(c)).arg(QLatin1Char(peek())));
        ++m_pos;
        return true;
    }

    bool skip(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    QByteArray rest()
    {
        const QByteArray result = m_text.mid(m_pos);
        m_pos = m_text.size();
        return result;
    }

    // An atom; "BODY[HEADER.FIELDS (SUBJECT)]<0>" counts as one, brackets and all.
    std::optional<QByteArray> atom()
    {
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const char c = peek();
            if (c == '[') {
                const qsizetype close = m_text.indexOf(']', m_pos);
                if (close < 0) {
                    fail(u"'[' without a closing ']'"_s);
                    return std::nullopt;
                }
                m_pos = close + 1;
                continue;
            }
            if (!isAtomChar(c))
                break;
            ++m_pos;
        }
        if (m_pos == start) {
            fail(atEnd() ? u"expected a word but the line ended"_s
                         : u"expected a word but found '%1'"_s.arg(QLatin1Char(peek())));
            return std::nullopt;
        }
        return m_text.mid(start, m_pos - start);
    }

    std::optional<ImapValue> value(int depth = 0)
    {
        if (depth > 64) {
            fail(u"lists nested too deeply"_s);
            return std::nullopt;
        }
        switch (peek()) {
        case '(':
            return list(depth);
        case '"':
            return quoted();
        case '{':
            return literal();
        default:
            break;
        }
        const auto word = atom();
        if (!word)
            return std::nullopt;
        ImapValue result;
        if (word->compare("NIL", Qt::CaseInsensitive) == 0)
            return result;
        bool isNumber = std::all_of(word->cbegin(), word->cend(), [](char c) { return c >= '0' && c <= '9'; });
        if (isNumber) {
            bool ok = false;
            result.number = word->toULongLong(&ok);
            if (!ok) {
                fail(u"number %1 is too large"_s.arg(QString::fromLatin1(*word)));
                return std::nullopt;
            }
            result.kind = ImapValue::Kind::Number;
        } else {
            result.kind = ImapValue::Kind::Atom;
        }
        result.text = *word;
        return result;
    }

    // Values separated by spaces up to the end of the line.
    bool valuesToEnd(QList<ImapValue> &out)
    {
        while (!atEnd()) {
            if (skip(' '))
                continue;
            auto item = value();
            if (!item)
                return false;
            out.append(std::move(*item));
        }
        return true;
    }

private:
    std::optional<ImapValue> list(int depth)
    {
        ++m_pos; // '('
        ImapValue result;
        result.kind = ImapValue::Kind::List;
        for (;;) {
            if (atEnd()) {
                fail(u"list not closed with ')'"_s);
                return std::nullopt;
            }
            if (skip(')'))
                return result;
            if (!result.items.isEmpty() && !expect(' '))
                return std::nullopt;
            while (skip(' ')) { }
            if (skip(')'))
                return result;
            auto item = value(depth + 1);
            if (!item)
                return std::nullopt;
            result.items.append(std::move(*item));
        }
    }

    std::optional<ImapValue> quoted()
    {
        ++m_pos; // '"'
        ImapValue result;
        result.kind = ImapValue::Kind::String;
        while (!atEnd()) {
            char c = m_text.at(m_pos++);
            if (c == '"')
                return result;
            if (c == '\r' || c == '\n')
                break;
            if (c == '\\') {
                if (atEnd())
                    break;
                c = m_text.at(m_pos++);
                if (c != '\\' && c != '"') {
                    --m_pos;
                    fail(u"'\\%1' is not an escape allowed in a quoted string"_s.arg(QLatin1Char(c)));
                    return std::nullopt;
                }
            }
            result.text.append(c);
        }
        fail(u"quoted string not closed"_s);
        return std::nullopt;
    }

    std::optional<ImapValue> literal()
    {
        ++m_pos; // '{'
        const qsizetype start = m_pos;
        while (peek() >= '0' && peek() <= '9')
            ++m_pos;
        bool ok = m_pos > start;
        const qint64 size = m_text.mid(start, m_pos - start).toLongLong(&ok);
        if (!ok) {
            fail(u"literal size is not a number"_s);
            return std::nullopt;
        }
        skip('+');
        if (!expect('}'))
            return std::nullopt;
        skip('\r');
        if (!expect('\n'))
            return std::nullopt;
        if (m_literalIndex >= m_literals.size() || m_literals.at(m_literalIndex).size() != size) {
            fail(u"literal {%1} has no data"_s.arg(size));
            return std::nullopt;
        }
        ImapValue result;
        result.kind = ImapValue::Kind::String;
        result.text = m_literals.at(m_literalIndex++);
        return result;
    }

    const QByteArray &m_text;
    const QList<QByteArray> &m_literals;
    qsizetype m_pos = 0;
    qsizetype m_literalIndex = 0;
    QString m_problem;
    qsizetype m_problemOffset = 0;
};

std::optional<ImapResponse::Status> statusFromWord(const QByteArray &word)
{
    const QByteArray upper = word.toUpper();
    if (upper == "OK")
        return ImapResponse::Status::Ok;
    if (upper == "NO")
        return ImapResponse::Status::No;
    if (upper == "BAD")
        return ImapResponse::Status::Bad;
    if (upper == "BYE")
        return ImapResponse::Status::Bye;
    if (upper == "PREAUTH")
        return ImapResponse::Status::Preauth;
    return std::nullopt;
}

// resp-text = ["[" resp-text-code "]" SP] text. Servers often omit the text, so a bare
// status is accepted.
bool readResponseText(ResponseReader &reader, ImapResponse &response)
{
    if (reader.atEnd())
        return true;
    if (!reader.expect(' '))
        return false;
    if (reader.skip('[')) {
        const auto code = reader.atom();
        if (!code)
            return false;
        response.code = code->toUpper();
        if (reader.skip(' ')) {
            QByteArray arguments;
            int depth = 0;
            while (!reader.atEnd() && (reader.peek() != ']' || depth > 0)) {
                const char c = reader.peek();
                depth += c == '[' ? 1 : (c == ']' ? -1 : 0);
                arguments.append(c);
                reader.skip(c);
            }
            response.codeArguments = arguments;
        }
        if (!reader.expect(']'))
            return false;
        reader.skip(' ');
    }
    response.text = QString::fromUtf8(reader.rest()).trimmed();
    return true;
}

} // namespace

ImapParser::ImapParser(qsizetype maxLineLength, qint64 maxLiteralSize)
    : m_maxLineLength(maxLineLength)
    , m_maxLiteralSize(maxLiteralSize)
{
}

void ImapParser::reset()
{
    m_line.clear();
    m_literals.clear();
    m_lineScanned = 0;
    m_inLiteral = false;
    m_literalSize = 0;
    m_discardingLine = false;
    m_lineNumber = 0;
}

QList<ImapParser::Item> ImapParser::feed(QByteArrayView data)
{
    QList<Item> out;
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (m_inLiteral) {
            QByteArray &literal = m_literals.last();
            const qsizetype take = qsizetype(std::min<qint64>(m_literalSize - literal.size(), data.size() - pos));
            literal.append(data.data() + pos, take);
            pos += take;
            if (literal.size() == m_literalSize) {
                m_inLiteral = false;
                m_lineScanned = m_line.size();
            }
            continue;
        }
        const qsizetype newline = data.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? data.size() : newline + 1;
        if (m_discardingLine) {
            pos = end;
            m_discardingLine = newline < 0;
            continue;
        }
        m_line.append(data.data() + pos, end - pos);
        pos = end;
        if (m_line.size() - m_lineScanned > m_maxLineLength) {
            ++m_lineNumber;
            out.append({makeError(u"imap-parse"_s,
                                  QCoreApplication::translate("ImapParser",
                                                              "The server sent a line longer than %1 bytes (response %2).")
                                      .arg(m_maxLineLength)
                                      .arg(m_lineNumber)),
                        logText(m_line.left(200))});
            m_discardingLine = newline < 0;
            m_line.clear();
            m_literals.clear();
            m_lineScanned = 0;
            continue;
        }
        if (newline < 0)
            break;

        // A physical line ending in {n} announces a literal; the response goes on after it.
        qsizetype close = m_line.size() - 2;
        if (close >= 0 && m_line.at(close) == '\r')
            --close;
        if (close > m_lineScanned && m_line.at(close) == '}') {
            const qsizetype open = m_line.lastIndexOf('{', close);
            if (open >= m_lineScanned) {
                QByteArray digits = m_line.mid(open + 1, close - open - 1);
                if (digits.endsWith('+'))
                    digits.chop(1);
                bool ok = false;
                const qint64 size = digits.toLongLong(&ok);
                if (ok && size >= 0) {
                    if (size > m_maxLiteralSize) {
                        ++m_lineNumber;
                        out.append({makeError(u"imap-parse"_s,
                                              QCoreApplication::translate(
                                                  "ImapParser", "The server announced a literal of %1 bytes, more than "
                                                                "the limit of %2 (response %3).")
                                                  .arg(size)
                                                  .arg(m_maxLiteralSize)
                                                  .arg(m_lineNumber)),
                                    logText(m_line)});
                        m_line.clear();
                        m_literals.clear();
                        m_lineScanned = 0;
                        m_discardingLine = true; // cannot find the end reliably; the caller should disconnect
                        continue;
                    }
                    m_literals.append(QByteArray());
                    m_literals.last().reserve(qsizetype(std::min(size, maxReserve)));
                    m_literalSize = size;
                    m_inLiteral = size > 0;
                    m_lineScanned = m_line.size();
                    continue;
                }
            }
        }
        finishLine(out);
    }
    return out;
}

void ImapParser::finishLine(QList<Item> &out)
{
    QByteArray text = std::move(m_line);
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    ++m_lineNumber;
    out.append({parse(text, m_literals, m_lineNumber), logText(text)});
    m_line.clear();
    m_literals.clear();
    m_lineScanned = 0;
}

QByteArray ImapParser::logText(const QByteArray &text)
{
    QByteArray result = text;
    result.replace("}\r\n", "} ");
    result.replace("}\n", "} ");
    while (result.endsWith('\n') || result.endsWith('\r'))
        result.chop(1);
    return result;
}

Result<ImapResponse> ImapParser::parse(const QByteArray &text, const QList<QByteArray> &literals, int lineNumber)
{
    ImapResponse response;
    response.lineNumber = lineNumber;
    ResponseReader reader(text, literals);

    auto parsed = [&]() -> bool {
        if (reader.atEnd())
            return reader.fail(u"empty line"_s);
        if (reader.skip('+')) {
            response.kind = ImapResponse::Kind::Continuation;
            reader.skip(' ');
            response.text = QString::fromUtf8(reader.rest());
            return true;
        }
        if (reader.skip('*')) {
            response.kind = ImapResponse::Kind::Untagged;
            if (!reader.expect(' '))
                return false;
            const auto first = reader.atom();
            if (!first)
                return false;
            bool isNumber = false;
            response.number = first->toULongLong(&isNumber);
            if (isNumber) {
                if (!reader.expect(' '))
                    return false;
                const auto name = reader.atom();
                if (!name)
                    return false;
                response.name = name->toUpper();
                if (response.name == "FETCH") {
                    if (!reader.expect(' '))
                        return false;
                    if (reader.peek() != '(')
                        return reader.fail(u"FETCH data must be a parenthesised list"_s);
                }
                return reader.valuesToEnd(response.values);
            }
            response.number = 0;
            if (const auto status = statusFromWord(*first)) {
                response.status = *status;
                return readResponseText(reader, response);
            }
            response.name = first->toUpper();
            return reader.valuesToEnd(response.values);
        }
        response.kind = ImapResponse::Kind::Tagged;
        const auto tag = reader.atom();
        if (!tag)
            return false;
        response.tag = *tag;
        if (!reader.expect(' '))
            return false;
        const qsizetype statusOffset = reader.pos();
        const auto word = reader.atom();
        if (!word)
            return false;
        const auto status = statusFromWord(*word);
        if (!status || *status == ImapResponse::Status::Bye || *status == ImapResponse::Status::Preauth) {
            // One arg() call: the server's word may itself hold "%1".
            return reader.fail(u"'%1' at offset %2 is not a completion status (OK, NO or BAD)"_s.arg(
                QString::fromLatin1(*word), QString::number(statusOffset)));
        }
        response.status = *status;
        return readResponseText(reader, response);
    }();

    if (!parsed) {
        return makeError(u"imap-parse"_s,
                         QCoreApplication::translate("ImapParser",
                                                     "The server sent a malformed response (line %1, offset %2): %3.")
                             .arg(lineNumber)
                             .arg(reader.problemOffset())
                             .arg(reader.problem()));
    }
    return response;
}

} // namespace Madoguchi
