#pragma once

#include "availability/Outage.h"
#include "core/Result.h"
#include "tickets/StaffUser.h"
#include "tickets/Ticket.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace Madoguchi {

class TicketDesk;

// In the ticket panel: the incidents this ticket is linked to (a click opens one), and while
// an incident is open that the ticket is not linked to and the ticket came in after it began,
// 「障害が発生中です: リンクしますか?」 with a Link button — so the tickets an outage brings are
// linked as they arrive. Ticket ▸ Link to incident… (askLink) offers the open incidents first,
// then the latest ended ones. Links go through IncidentTickets (audited on the ticket).
class IncidentLinkBar : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentLinkBar(TicketDesk &desk, QWidget *parent = nullptr);

    void setCurrentUser(const StaffUser &user) { m_me = user; }
    // Re-reads the ticket's links and the open incidents.
    void showTicket(const Ticket &ticket);

    // Picks one of the incidents offered (open ones first); 0 when the person cancels.
    // Default: a list dialog. Tests answer in advance.
    using IncidentChooser = std::function<qint64(const QList<Incident> &offered)>;
    void setIncidentChooser(IncidentChooser chooser) { m_choose = std::move(chooser); }
    bool askLink();
    Result<void> linkTo(qint64 incidentId);
    Result<void> unlink(qint64 incidentId);

    QList<qint64> linkedIncidents() const { return m_linked; }
    // The incident the prompt offers (0: no prompt shown).
    qint64 offeredIncident() const { return m_offered; }
    QString linkedText() const;
    QString promptText() const;
    // "client function since 12-01 09:00 (JST)"
    static QString describe(const Incident &incident);

Q_SIGNALS:
    void incidentActivated(qint64 incidentId);
    void linksChanged(qint64 ticketId);

private:
    void showLinks(const QList<Incident> &all);
    void showError(const QString &message);

    TicketDesk &m_desk;
    StaffUser m_me;
    Ticket m_ticket;
    QList<qint64> m_linked;
    qint64 m_offered = 0;
    IncidentChooser m_choose;

    QLabel *m_linkedLabel = nullptr;
    QWidget *m_prompt = nullptr;
    QLabel *m_promptLabel = nullptr;
    QPushButton *m_linkButton = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Madoguchi
