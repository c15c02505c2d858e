#pragma once

#include "tickets/OrganisationContacts.h"
#include "tickets/StaffUser.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Madoguchi {

class ModalPrompts;
class TicketDesk;

// One customer organisation and the people the desk may write to, above all its registered
// administrators (システム管理者), who get the outage and maintenance notices. Contacts are
// added, changed (name, role: pick the row, edit, Add or change) and removed here, or imported
// from a CSV file — all or nothing, the core's error naming the line — through
// OrganisationContacts, which audits each change.
class OrganisationPage : public QWidget
{
    Q_OBJECT

public:
    OrganisationPage(TicketDesk &desk, const StaffUser &me, ModalPrompts &prompts, QWidget *parent = nullptr);

    void showOrganisation(qint64 organisationId); // 0: none
    qint64 organisationId() const { return m_organisationId; }

    // The form's actions, as the buttons do them; false (with a warning) when refused.
    bool addOrChange();
    bool removeChosen();
    bool importCsv(); // asks for the file through the prompts
    bool rename();

    QTableWidget *contactsTable() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *roleComboBox() const { return m_role; }
    QLineEdit *organisationNameEdit() const { return m_organisationName; }

Q_SIGNALS:
    // Contacts or the name changed (the list of organisations shows counts).
    void changed();

private:
    void reload();
    void fillFormFromRow();
    int chosenRow() const;
    void warn(const QString &text);

    TicketDesk &m_desk;
    StaffUser m_me;
    ModalPrompts &m_prompts;
    qint64 m_organisationId = 0;
    QString m_domain;
    QList<OrganisationContact> m_contacts;
    QLabel *m_heading = nullptr;
    QLineEdit *m_organisationName = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace Madoguchi
