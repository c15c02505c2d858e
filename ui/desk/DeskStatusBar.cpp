#include "desk/DeskStatusBar.h"

#include "calendar/BusinessCalendar.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/sync/MailboxSyncMonitor.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

DeskStatusBar::DeskStatusBar(const Clock &clock, QWidget *parent) : QStatusBar(parent), m_clock(clock)
{
    m_sync = new QToolButton(this);
    m_sync->setObjectName(u"syncStateButton"_s);
    m_sync->setAutoRaise(true);
    m_sync->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sync->setToolTip(tr("Mailbox sync status and protocol log"));
    connect(m_sync, &QToolButton::clicked, this, &DeskStatusBar::syncDetailsRequested);
    m_signInAgain = new QToolButton(this);
    m_signInAgain->setObjectName(u"signInAgainButton"_s);
    m_signInAgain->setText(tr("Sign in again…"));
    m_signInAgain->setToolTip(tr("Opens the browser to sign in to the mailbox again"));
    m_signInAgain->hide();
    connect(m_signInAgain, &QToolButton::clicked, this, &DeskStatusBar::signInAgainRequested);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgressBar"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(u"lastSyncLabel"_s);
    m_clockLabel = new QLabel(this);
    m_clockLabel->setObjectName(u"jstClockLabel"_s);
    addWidget(m_sync);
    addWidget(m_signInAgain);
    addWidget(m_progress);
    addWidget(m_lastSync);
    addPermanentWidget(m_clockLabel);
    m_sync->setText(tr("No mailbox set up"));
}

QString DeskStatusBar::describeSync(const MailboxSyncMonitor &monitor)
{
    using State = MailboxSyncMonitor::State;
    switch (monitor.state()) {
    case State::NotConfigured:
        return tr("No mailbox set up");
    case State::Starting:
        return tr("Starting the mail sync…");
    case State::OtherDesktop:
        return monitor.holder().isEmpty() ? tr("Mail is synced by another desktop")
                                          : tr("Mail is synced by %1").arg(monitor.holder());
    case State::Connecting:
        return tr("Connecting to the mailbox…");
    case State::Syncing: {
        const auto progress = monitor.progress();
        if (progress.total <= 0)
            return tr("Syncing mail…");
        return tr("Syncing mail: %1 %2 of %3")
            .arg(progress.folder, QLocale().toString(progress.done), QLocale().toString(progress.total));
    }
    case State::UpToDate:
        return tr("Mail up to date");
    case State::Reconnecting:
        return monitor.reconnectDelayMs() > 0
            ? tr("Connection lost: reconnecting in %n second(s)", nullptr, (monitor.reconnectDelayMs() + 999) / 1000)
            : tr("Connection lost: reconnecting…");
    case State::Failed:
        // "Sign in again: …" says what to do by itself (the button is beside it).
        if (monitor.lastError().code == u"oauth-signin-required"_s)
            return monitor.lastError().message;
        return tr("Sync error: %1").arg(monitor.lastError().message);
    }
    return {};
}

void DeskStatusBar::showSync(const MailboxSyncMonitor &monitor)
{
    using State = MailboxSyncMonitor::State;
    QString text = describeSync(monitor);
    // Said whole (an error cut at a fixed length lost the part that says what to do); the
    // tooltip repeats it for a narrow window, and the dialog has the protocol log.
    m_sync->setText(text);
    m_sync->setToolTip(monitor.state() == State::Failed ? text : tr("Mailbox sync status and protocol log"));
    const bool failed = monitor.state() == State::Failed;
    const bool troubled = failed || monitor.state() == State::Reconnecting;
    m_sync->setStyleSheet(failed ? u"color: #c62828; font-weight: bold"_s
                                 : troubled ? u"color: #b26a00"_s : QString());
    const auto progress = monitor.progress();
    const bool showProgress = monitor.state() == State::Syncing && progress.total > 0;
    if (showProgress) {
        m_progress->setRange(0, progress.total);
        m_progress->setValue(progress.done);
    }
    m_progress->setVisible(showProgress);
    m_signInAgain->setVisible(failed && monitor.lastError().code == u"oauth-signin-required"_s);
    if (monitor.lastPassFinished().isValid())
        setLastSync(monitor.lastPassFinished());
}

void DeskStatusBar::setLastSync(const QDateTime &when)
{
    m_lastSync->setText(when.isValid() ? tr("Last sync %1 JST").arg(QLocale().toString(Jst::toJst(when), u"MM/dd HH:mm"_s))
                                       : QString());
}

void DeskStatusBar::refreshClock(const BusinessCalendar *calendar)
{
    const QDateTime now = m_clock.now();
    const QDateTime jst = Jst::toJst(now);
    // The desktop's own zone: JST is said explicitly when it differs (DESIGN.md, "The clock" 1).
    const bool desktopIsJst = QTimeZone::systemTimeZone().offsetFromUtc(now) == 9 * 3600;
    QString time = QLocale().toString(jst, u"MM/dd (ddd) HH:mm"_s);
    time = desktopIsJst ? time : tr("%1 JST").arg(time);
    QString business;
    if (calendar)
        business = calendar->isBusinessTime(now) ? tr("business hours") : tr("outside business hours");
    m_clockLabel->setText(business.isEmpty() ? time : u"%1 — %2"_s.arg(time, business));
}

QString DeskStatusBar::clockText() const
{
    return m_clockLabel->text();
}

QString DeskStatusBar::syncText() const
{
    return m_sync->text();
}

} // namespace Madoguchi
