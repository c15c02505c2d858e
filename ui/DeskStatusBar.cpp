#include "DeskStatusBar.h"

#include "calendar/BusinessCalendar.h"
#include "core/Clock.h"
#include "core/Jst.h"

#include <QLabel>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

DeskStatusBar::DeskStatusBar(const Clock &clock, QWidget *parent) : QStatusBar(parent), m_clock(clock)
{
    m_sync = new QLabel(this);
    m_sync->setObjectName(u"syncStateLabel"_s);
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(u"lastSyncLabel"_s);
    m_clockLabel = new QLabel(this);
    m_clockLabel->setObjectName(u"jstClockLabel"_s);
    addWidget(m_sync);
    addWidget(m_lastSync);
    addPermanentWidget(m_clockLabel);
    setSyncState(SyncState::NotConfigured);
}

void DeskStatusBar::setSyncState(SyncState state, const QString &detail)
{
    QString text;
    switch (state) {
    case SyncState::NotConfigured:
        text = tr("No mailbox set up");
        break;
    case SyncState::Syncing:
        text = tr("Syncing mail…");
        break;
    case SyncState::UpToDate:
        text = tr("Mail up to date");
        break;
    case SyncState::Failed:
        text = tr("Sync error: %1").arg(detail);
        break;
    case SyncState::OtherDesktop:
        text = tr("Mail is synced by %1").arg(detail);
        break;
    }
    m_sync->setText(text);
    m_sync->setStyleSheet(state == SyncState::Failed ? u"color: #c62828; font-weight: bold"_s : QString());
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
