#include "mail/imap/ImapProtocolLog.h"

#include "core/Jst.h"

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcImap, "madoguchi.imap", QtInfoMsg)

namespace Madoguchi {

ImapProtocolLog::ImapProtocolLog(const Clock &clock, int capacity, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_capacity(std::max(1, capacity))
{
}

void ImapProtocolLog::add(Direction direction, QByteArrayView text)
{
    QString line = QString::fromUtf8(text.first(std::min(text.size(), maxLineLength)));
    if (text.size() > maxLineLength)
        line += u"… (%1 bytes)"_s.arg(text.size());
    qCDebug(lcImap).noquote() << (direction == Direction::Sent ? "C:" : "S:") << line;
    append({m_clock.now(), direction, line});
}

void ImapProtocolLog::addEvent(const QString &text)
{
    qCDebug(lcImap).noquote() << "--" << text;
    append({m_clock.now(), Direction::Event, text});
}

void ImapProtocolLog::append(Entry entry)
{
    if (m_ring.size() < m_capacity) {
        m_ring.append(entry);
    } else {
        m_ring[m_next] = entry;
        m_next = (m_next + 1) % m_capacity;
    }
    Q_EMIT appended(entry);
}

QList<ImapProtocolLog::Entry> ImapProtocolLog::entries() const
{
    if (m_ring.size() < m_capacity)
        return m_ring;
    QList<Entry> ordered = m_ring.mid(m_next);
    ordered.append(m_ring.mid(0, m_next));
    return ordered;
}

QString ImapProtocolLog::toText() const
{
    QString result;
    const QList<Entry> all = entries();
    for (const Entry &entry : all)
        result += format(entry) + u'\n';
    return result;
}

QString ImapProtocolLog::format(const Entry &entry)
{
    const char *prefix = entry.direction == Direction::Sent ? "C: " : entry.direction == Direction::Received ? "S: " : "-- ";
    // In JST like every time the desk shows, so a log line matches the ticket it concerns.
    return Jst::toJst(entry.time).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u' ' + QLatin1StringView(prefix) + entry.text;
}

} // namespace Madoguchi
