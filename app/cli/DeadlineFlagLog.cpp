#include "cli/DeadlineFlagLog.h"

#include "cli/TerminalText.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "tickets/TicketQueue.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDeadlines, "madoguchi.deadlines", QtInfoMsg)

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

DeadlineFlagLog::DeadlineFlagLog(TicketQueue &queue, const Clock &clock, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &DeadlineFlagLog::check);
    m_timer.start(intervalMs);
}

void DeadlineFlagLog::check()
{
    QHash<qint64, DeadlineFlag> now;
    for (const QueueFilter filter : {QueueFilter::Overdue, QueueFilter::DueSoon}) {
        const auto entries = m_queue.list(filter, m_clock.now(), 1000);
        if (!entries) {
            qCWarning(lcDeadlines).noquote() << entries.error().message;
            return;
        }
        for (const QueueEntry &entry : entries.value()) {
            if (now.contains(entry.ticket.id))
                continue;
            now.insert(entry.ticket.id, entry.flag);
            if (m_flags.value(entry.ticket.id, DeadlineFlag::OnTime) == entry.flag)
                continue;
            const QString due = Jst::toJst(entry.ticket.due).toString(u"yyyy-MM-dd HH:mm"_s);
            if (entry.flag == DeadlineFlag::Overdue) {
                qCWarning(lcDeadlines).noquote() << u"#%1 overdue (due %2 JST): %3"_s.arg(entry.ticket.number())
                                                        .arg(due, TerminalText::line(entry.ticket.subject));
            } else if (entry.flag == DeadlineFlag::DueSoon) {
                qCInfo(lcDeadlines).noquote()
                    << u"#%1 due soon (%2 min left, due %3 JST): %4"_s.arg(entry.ticket.number())
                           .arg(entry.remainingMinutes)
                           .arg(due, TerminalText::line(entry.ticket.subject));
            }
        }
    }
    m_flags = now;
}

} // namespace Madoguchi
