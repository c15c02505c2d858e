#pragma once

#include <QDateTime>
#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Madoguchi {

class BusinessCalendar;
class Clock;
class MailboxSyncMonitor;

// The bottom line: how the mailbox sync stands (and which desktop holds the team's sync
// lock), when mail was last fetched, and the current time in JST with whether it is
// business time — saying "JST" when the desktop's own zone is a different one.
class DeskStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    DeskStatusBar(const Clock &clock, QWidget *parent = nullptr);

    // The sync's state in words (also the sync status dialog's headline), with N of M while
    // a pass is reading mail; the button opens the dialog (syncDetailsRequested).
    void showSync(const MailboxSyncMonitor &monitor);
    static QString describeSync(const MailboxSyncMonitor &monitor);
    void setLastSync(const QDateTime &when);
    // Called by the desk's refresh: updates the clock text for "now".
    void refreshClock(const BusinessCalendar *calendar);
    QString clockText() const;
    QString syncText() const;
    QProgressBar *syncProgressBar() const { return m_progress; }
    // Shown while an OAuth 2.0 sign-in must be done again (signInAgainRequested).
    QToolButton *signInAgainButton() const { return m_signInAgain; }

Q_SIGNALS:
    void syncDetailsRequested();
    void signInAgainRequested();

private:
    const Clock &m_clock;
    QToolButton *m_sync = nullptr;
    QToolButton *m_signInAgain = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_clockLabel = nullptr;
};

} // namespace Madoguchi
