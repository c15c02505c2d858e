#pragma once

#include "core/Clock.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcImap)

namespace Madoguchi {

// The last few hundred protocol lines of one account, for the sync status dialog. Lines
// arrive here already masked (no passwords, no message contents), so the log can be shown
// or copied into a support request as it is.
class ImapProtocolLog : public QObject
{
    Q_OBJECT
public:
    enum class Direction { Sent, Received, Event };
    struct Entry
    {
        QDateTime time; // UTC
        Direction direction;
        QString text;
    };

    static constexpr int defaultCapacity = 400;
    static constexpr qsizetype maxLineLength = 400;

    explicit ImapProtocolLog(const Clock &clock, int capacity = defaultCapacity, QObject *parent = nullptr);

    void add(Direction direction, QByteArrayView text);
    void addEvent(const QString &text);
    QList<Entry> entries() const; // oldest first
    // "2026-11-26 07:16:40.123 C: a1 LOGIN "user" ***" (JST), one line per entry.
    QString toText() const;
    static QString format(const Entry &entry); // one such line, without the line end
    int capacity() const { return m_capacity; }

Q_SIGNALS:
    void appended(const Madoguchi::ImapProtocolLog::Entry &entry);

private:
    void append(Entry entry);

    const Clock &m_clock;
    int m_capacity;
    QList<Entry> m_ring;
    qsizetype m_next = 0; // where the next entry goes once the ring is full
};

} // namespace Madoguchi
