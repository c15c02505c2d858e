#pragma once

#include "settings/SettingsPage.h"
#include "tickets/StaffUser.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Madoguchi {

class TicketDesk;

// The people who work the desk and their roles. Managers add users and change roles (each
// change is stored and audited at once); staff see the page disabled, with the reason.
class StaffUsersPage : public SettingsPage
{
    Q_OBJECT

public:
    StaffUsersPage(TicketDesk &desk, const StaffUser &user, QWidget *parent = nullptr);

    QString title() const override;
    Result<void> apply() override { return {}; } // every change is stored when it is made

    Result<StaffUser> addUser(const QString &login, const QString &name, const QString &email, StaffRole role);
    Result<void> changeRole(int row, StaffRole role);
    Result<void> changeNeedsApproval(int row, bool needed);
    void reload();

private:
    TicketDesk &m_desk;
    StaffUser m_user;
    QList<StaffUser> m_users;
    QWidget *m_editors = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Madoguchi
