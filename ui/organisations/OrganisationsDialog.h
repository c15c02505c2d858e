#pragma once

#include "tickets/StaffUser.h"

#include <QDialog>

class QListWidget;

namespace Madoguchi {

class ModalPrompts;
class OrganisationPage;
class TicketDesk;

// Incidents and maintenance ▸ Organisations…: every customer organisation with how many
// contacts and administrators it has, and the chosen one's page (OrganisationPage). Opened on
// one organisation from a ticket's customer.
class OrganisationsDialog : public QDialog
{
    Q_OBJECT

public:
    OrganisationsDialog(TicketDesk &desk, const StaffUser &me, ModalPrompts &prompts, qint64 organisationId = 0,
                        QWidget *parent = nullptr);

    void chooseOrganisation(qint64 organisationId);
    QListWidget *organisationList() const { return m_list; }
    OrganisationPage *page() const { return m_page; }

private:
    void reload();

    TicketDesk &m_desk;
    QListWidget *m_list = nullptr;
    OrganisationPage *m_page = nullptr;
};

} // namespace Madoguchi
