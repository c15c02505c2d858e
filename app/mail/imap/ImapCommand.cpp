#include "mail/imap/ImapCommand.h"

#include <algorithm>

namespace Madoguchi {

namespace {

bool needsLiteral(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == 0 || u == '\r' || u == '\n' || u >= 0x80;
    });
}

QByteArray quote(const QByteArray &bytes)
{
    QByteArray result;
    result.reserve(bytes.size() + 2);
    result.append('"');
    for (const char c : bytes) {
        if (c == '"' || c == '\\')
            result.append('\\');
        result.append(c);
    }
    result.append('"');
    return result;
}

} // namespace

ImapCommand::ImapCommand(const QByteArray &name)
{
    appendText(name, name);
}

QByteArray ImapCommand::name() const
{
    const QByteArray &first = m_parts.first();
    const qsizetype space = first.indexOf(' ');
    return space < 0 ? first : first.left(space);
}

void ImapCommand::appendText(const QByteArray &text, const QByteArray &logged)
{
    if (!m_parts.last().isEmpty() || m_parts.size() > 1)
        m_parts.last().append(' ');
    if (!m_log.isEmpty())
        m_log.append(' ');
    m_parts.last().append(text);
    m_log.append(logged);
}

ImapCommand &ImapCommand::atom(const QByteArray &text)
{
    appendText(text, text);
    return *this;
}

ImapCommand &ImapCommand::secretAtom(const QByteArray &text)
{
    appendText(text, "***");
    return *this;
}

ImapCommand &ImapCommand::string(const QByteArray &bytes, bool secret)
{
    if (!needsLiteral(bytes)) {
        const QByteArray quoted = quote(bytes);
        appendText(quoted, secret ? QByteArray("***") : quoted);
        return *this;
    }
    const QByteArray announce = '{' + QByteArray::number(bytes.size()) + '}';
    appendText(announce, secret ? QByteArray("***") : announce);
    m_parts.append(bytes);
    if (!secret)
        m_log.append(' ').append(QByteArray(bytes).replace('\r', "\\r").replace('\n', "\\n"));
    return *this;
}

ImapCommand &ImapCommand::mailbox(const QString &name)
{
    return string(encodeMailboxName(name));
}

QByteArray ImapCommand::encodeMailboxName(const QString &name)
{
    QByteArray result;
    QString pending; // characters waiting to be written as one base64 run
    auto flush = [&]() {
        if (pending.isEmpty())
            return;
        QByteArray utf16;
        for (const QChar c : std::as_const(pending)) {
            utf16.append(char(c.unicode() >> 8));
            utf16.append(char(c.unicode() & 0xff));
        }
        QByteArray encoded = utf16.toBase64(QByteArray::OmitTrailingEquals);
        encoded.replace('/', ',');
        result.append('&').append(encoded).append('-');
        pending.clear();
    };
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u <= 0x7e) {
            flush();
            result.append(char(u));
            if (u == '&')
                result.append('-');
        } else {
            pending.append(c);
        }
    }
    flush();
    return result;
}

QByteArray ImapCommand::uidSet(QList<quint32> uids)
{
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    QByteArray result;
    for (qsizetype i = 0; i < uids.size();) {
        qsizetype j = i;
        while (j + 1 < uids.size() && uids.at(j + 1) == uids.at(j) + 1)
            ++j;
        if (!result.isEmpty())
            result.append(',');
        result.append(QByteArray::number(uids.at(i)));
        if (j > i)
            result.append(':').append(QByteArray::number(uids.at(j)));
        i = j + 1;
    }
    return result;
}

} // namespace Madoguchi
