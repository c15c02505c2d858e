#pragma once

#include "availability/Outage.h"
#include "tickets/StaffUser.h"

#include <QObject>
#include <QPointer>

class QPushButton;
class QStatusBar;
class QWidget;

namespace Madoguchi {

class IncidentsDialog;
class TicketDesk;

// The desk's side of incidents: while one is open the status bar says so (function, since
// when; a click opens it), and View ▸ Incidents opens the one incidents dialog. The desk's
// refresh (every 30 s, and when the store changes) calls refresh().
class DeskIncidents : public QObject
{
    Q_OBJECT

public:
    DeskIncidents(TicketDesk &desk, const StaffUser &me, QStatusBar *statusBar, QWidget *window);

    // Re-reads the open incidents; incidentsChanged() when they are not the ones shown before.
    void refresh();
    const QList<Incident> &openIncidents() const { return m_open; }
    QPushButton *statusButton() const { return m_button; }
    QString statusText() const;
    // The incidents dialog (one per window), showing `incidentId` (0: the newest).
    IncidentsDialog *showIncidents(qint64 incidentId = 0);

Q_SIGNALS:
    void ticketActivated(qint64 ticketId);
    void incidentsChanged();

private:
    TicketDesk &m_desk;
    StaffUser m_me;
    QWidget *m_window = nullptr;
    QPushButton *m_button = nullptr;
    QList<Incident> m_open;
    QPointer<IncidentsDialog> m_dialog;
};

} // namespace Madoguchi
