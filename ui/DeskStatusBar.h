#pragma once

#include <QDateTime>
#include <QStatusBar>

class QLabel;

namespace Madoguchi {

class BusinessCalendar;
class Clock;

// The bottom line: how the mailbox sync stands (and which desktop holds the team's sync
// lock), when mail was last fetched, and the current time in JST with whether it is
// business time — saying "JST" when the desktop's own zone is a different one.
class DeskStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    enum class SyncState { NotConfigured, Syncing, UpToDate, Failed, OtherDesktop };

    DeskStatusBar(const Clock &clock, QWidget *parent = nullptr);

    void setSyncState(SyncState state, const QString &detail = {});
    void setLastSync(const QDateTime &when);
    // Called by the desk's refresh: updates the clock text for "now".
    void refreshClock(const BusinessCalendar *calendar);
    QString clockText() const;
    QString syncText() const;

private:
    const Clock &m_clock;
    QLabel *m_sync = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_clockLabel = nullptr;
};

} // namespace Madoguchi
