#include "desk/DesktopNotifications.h"

#include <QGuiApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QString service = u"org.freedesktop.Notifications"_s;
const QString path = u"/org/freedesktop/Notifications"_s;
const QString interface = u"org.freedesktop.Notifications"_s;

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent) : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(service, path, interface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    bus.connect(service, path, interface, u"NotificationClosed"_s, this, SLOT(onNotificationClosed(uint, uint)));
}

bool DesktopNotifications::isAvailable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    if (bus.interface()->isServiceRegistered(service).value())
        return true;
    // Not running yet but startable on demand (most desktops start it that way).
    const QDBusReply<QStringList> activatable = bus.interface()->call(u"ListActivatableNames"_s);
    return activatable.isValid() && activatable.value().contains(service);
}

uint DesktopNotifications::show(const QString &title, const QString &text, bool critical, qint64 ticketId)
{
    QDBusMessage notify = QDBusMessage::createMethodCall(service, path, interface, u"Notify"_s);
    QVariantMap hints;
    hints.insert(u"urgency"_s, QVariant::fromValue(uchar(critical ? 2 : 1)));
    hints.insert(u"desktop-entry"_s, u"madoguchi"_s);
    const QStringList actions{u"default"_s, QCoreApplication::translate("DesktopNotifications", "Open the ticket")};
    notify << QGuiApplication::applicationDisplayName() << uint(0) << u"madoguchi"_s << title << text << actions
           << hints << int(-1);
    const QDBusReply<uint> reply = QDBusConnection::sessionBus().call(notify, QDBus::Block, 5000);
    if (!reply.isValid())
        return 0;
    if (ticketId > 0)
        m_tickets.insert(reply.value(), ticketId);
    return reply.value();
}

void DesktopNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    Q_UNUSED(actionKey); // the only action is "open the ticket", whichever key the server used
    const qint64 ticket = m_tickets.value(id);
    if (ticket > 0)
        Q_EMIT activated(ticket);
}

void DesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    m_tickets.remove(id);
}

} // namespace Madoguchi
