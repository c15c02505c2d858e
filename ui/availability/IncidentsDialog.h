#pragma once

#include "availability/Outage.h"
#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Madoguchi {

class TicketDesk;

// View ▸ Incidents: every incident, newest first; the chosen one in a form (function, cause,
// start and end in JST, announcement, note) to change or to record a new one, with the same
// rules as `madoguchi-cli incident` (the end after the start, an announcement for maintenance
// only: one message, nothing stored); "End now"; and the tickets linked to it — open one, or
// unlink it. Non-modal, one per window.
class IncidentsDialog : public QDialog
{
    Q_OBJECT

public:
    IncidentsDialog(TicketDesk &desk, const StaffUser &me, QWidget *parent = nullptr);

    void reload();
    void showIncident(qint64 incidentId); // 0: an empty form for a new one
    qint64 currentIncident() const { return m_current; }
    // Stores the form (a new incident, or the chosen one changed); the error is also shown.
    Result<qint64> save();
    Result<void> endNow();
    Result<void> unlinkChosenTicket();

Q_SIGNALS:
    void ticketActivated(qint64 ticketId);
    void incidentsChanged();

private:
    void fillForm(const Incident &incident);
    Incident formIncident() const;
    void showLinkedTickets();
    void showError(const QString &message);
    void enableFields();

    TicketDesk &m_desk;
    StaffUser m_me;
    QList<Incident> m_incidents;
    qint64 m_current = 0;
    bool m_filling = false;

    QTableWidget *m_list = nullptr;
    QComboBox *m_function = nullptr;
    QComboBox *m_cause = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QCheckBox *m_ended = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QCheckBox *m_wasAnnounced = nullptr;
    QDateTimeEdit *m_announced = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_endNow = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_ticketsTitle = nullptr;
    QListWidget *m_tickets = nullptr;
    QPushButton *m_unlink = nullptr;
};

} // namespace Madoguchi
