#pragma once

#include "tickets/DeadlineNoticeBook.h"

#include <QObject>

class QSystemTrayIcon;

namespace Madoguchi {

class DesktopNotifications;

// The tray icon with the overdue count, and the desktop notices: once per ticket per flag
// change (DeadlineNoticeBook decides), only in business hours unless urgent. Clicking a
// notice opens its ticket. Notices go to the tray where there is one, else to the desktop's
// notification service (GNOME has no tray); where neither exists the window shows them
// (noticeShown) and asks for attention.
class DeskNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DeskNotifier(QObject *parent = nullptr);

    // Called by each refresh with the flagged tickets for now. Returns the notices shown.
    QList<DeadlineNotice> update(const QList<TicketFlagState> &flagged, bool businessTime, int businessDayMinutes);
    void setOverdueCount(int overdue);
    bool hasTray() const { return m_tray != nullptr; }
    bool usesDesktopNotifications() const { return m_desktop != nullptr; }
    static QString noticeText(const DeadlineNotice &notice, int businessDayMinutes);

Q_SIGNALS:
    void openTicketRequested(qint64 ticketId);
    void noticeShown(const QString &title, const QString &text, qint64 ticketId);
    void trayActivated();

private:
    DeadlineNoticeBook m_book;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifications *m_desktop = nullptr;
    qint64 m_lastNoticeTicket = 0;
    int m_overdue = -1;
};

} // namespace Madoguchi
