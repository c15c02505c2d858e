#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace Madoguchi {

// Desktop notices through the freedesktop.org notification service on the session bus
// (GNOME Shell, KDE Plasma, Xfce, dunst…): what a Linux desktop without a system tray
// still shows — Debian's default GNOME has no tray, so QSystemTrayIcon alone would show
// nothing there. Clicking a notice (its default action) reports the ticket it was about.
class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    // Whether a notification service answers on the session bus right now.
    static bool isAvailable();
    // Returns the service's id for the notice, 0 when it could not be shown.
    uint show(const QString &title, const QString &text, bool critical, qint64 ticketId);

Q_SIGNALS:
    void activated(qint64 ticketId);

private Q_SLOTS:
    // Connected by name to the service's signals (QtDBus needs slots for that).
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    QHash<uint, qint64> m_tickets; // notice id → ticket, until the notice is closed
};

} // namespace Madoguchi
