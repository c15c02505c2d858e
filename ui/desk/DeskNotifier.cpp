#include "desk/DeskNotifier.h"

#include "desk/DesktopNotifications.h"
#include "FlagIcons.h"
#include "core/RemainingTimeText.h"

#include <QSystemTrayIcon>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

DeskNotifier::DeskNotifier(QObject *parent) : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(FlagIcons::trayIcon(0), this);
        m_tray->setObjectName(u"deskTrayIcon"_s);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastNoticeTicket > 0)
                Q_EMIT openTicketRequested(m_lastNoticeTicket);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason) {
            Q_EMIT trayActivated();
        });
    } else if (DesktopNotifications::isAvailable()) {
        m_desktop = new DesktopNotifications(this);
        connect(m_desktop, &DesktopNotifications::activated, this, &DeskNotifier::openTicketRequested);
    }
}

QString DeskNotifier::noticeText(const DeadlineNotice &notice, int businessDayMinutes)
{
    const QString left = RemainingTimeText::span(notice.remainingMinutes, businessDayMinutes, notice.urgent);
    if (notice.flag == DeadlineFlag::Overdue)
        return tr("#%1 is overdue (%2 late): %3").arg(notice.ticketId).arg(left, notice.subject);
    return tr("#%1 due soon (%2 left): %3").arg(notice.ticketId).arg(left, notice.subject);
}

QList<DeadlineNotice> DeskNotifier::update(const QList<TicketFlagState> &flagged, bool businessTime,
                                           int businessDayMinutes)
{
    const QList<DeadlineNotice> notices = m_book.update(flagged, businessTime);
    for (const DeadlineNotice &notice : notices) {
        const QString title = notice.urgent ? tr("Urgent ticket") : FlagIcons::label(notice.flag);
        const QString text = noticeText(notice, businessDayMinutes);
        m_lastNoticeTicket = notice.ticketId;
        if (m_tray) {
            m_tray->showMessage(title, text,
                                notice.flag == DeadlineFlag::Overdue ? QSystemTrayIcon::Critical
                                                                     : QSystemTrayIcon::Warning);
        } else if (m_desktop) {
            m_desktop->show(title, text, notice.flag == DeadlineFlag::Overdue || notice.urgent, notice.ticketId);
        }
        Q_EMIT noticeShown(title, text, notice.ticketId);
    }
    return notices;
}

void DeskNotifier::setOverdueCount(int overdue)
{
    if (overdue == m_overdue)
        return;
    m_overdue = overdue;
    if (m_tray) {
        m_tray->setIcon(FlagIcons::trayIcon(overdue));
        m_tray->setToolTip(tr("Madoguchi — %n overdue", nullptr, overdue));
    }
}

} // namespace Madoguchi
