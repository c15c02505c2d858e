#include "settings/StaffUsersPage.h"

#include "tickets/TicketDesk.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QComboBox *roleComboBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(StaffUsersPage::tr("Staff"), int(StaffRole::Staff));
    box->addItem(StaffUsersPage::tr("Manager"), int(StaffRole::Manager));
    return box;
}

} // namespace

StaffUsersPage::StaffUsersPage(TicketDesk &desk, const StaffUser &user, QWidget *parent)
    : SettingsPage(parent)
    , m_desk(desk)
    , m_user(user)
{
    setObjectName(u"usersPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(this);
    explanation->setObjectName(u"usersExplanationLabel"_s);
    explanation->setWordWrap(true);
    explanation->setText(m_user.isManager()
                             ? tr("Managers change the calendar, the users and the settings the team shares; staff "
                                  "answer tickets. Changes here are saved at once and recorded in the audit log.")
                             : tr("Only a manager can add users or change roles. Ask a manager of your team if "
                                  "something here needs to change."));
    layout->addWidget(explanation);

    m_editors = new QWidget(this);
    m_editors->setObjectName(u"usersEditor"_s);
    auto *grid = new QGridLayout(m_editors);
    grid->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 5, m_editors);
    m_table->setObjectName(u"usersTable"_s);
    m_table->setHorizontalHeaderLabels(
        { tr("Login"), tr("Name"), tr("Mail address"), tr("Role"), tr("Replies need approval") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    grid->addWidget(m_table, 0, 0, 1, 5);
    m_login = new QLineEdit(m_editors);
    m_login->setObjectName(u"newLoginLineEdit"_s);
    m_login->setPlaceholderText(tr("Login"));
    m_name = new QLineEdit(m_editors);
    m_name->setObjectName(u"newNameLineEdit"_s);
    m_name->setPlaceholderText(tr("Name"));
    m_email = new QLineEdit(m_editors);
    m_email->setObjectName(u"newEmailLineEdit"_s);
    m_email->setPlaceholderText(tr("Mail address"));
    m_role = roleComboBox(m_editors);
    m_role->setObjectName(u"newRoleComboBox"_s);
    m_add = new QPushButton(tr("Add user"), m_editors);
    m_add->setObjectName(u"addUserButton"_s);
    grid->addWidget(m_login, 1, 0);
    grid->addWidget(m_name, 1, 1);
    grid->addWidget(m_email, 1, 2);
    grid->addWidget(m_role, 1, 3);
    grid->addWidget(m_add, 1, 4);
    layout->addWidget(m_editors, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"usersStatusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, [this] {
        auto added
            = addUser(m_login->text(), m_name->text(), m_email->text(), StaffRole(m_role->currentData().toInt()));
        if (added) {
            m_login->clear();
            m_name->clear();
            m_email->clear();
        }
    });
    m_editors->setEnabled(m_user.isManager());
    reload();
}

QString StaffUsersPage::title() const
{
    return tr("Users and roles");
}

void StaffUsersPage::reload()
{
    auto users = m_desk.team().users();
    if (!users) {
        m_status->setText(users.error().message);
        return;
    }
    m_users = *users;
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const StaffUser &person = m_users.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(person.login));
        m_table->setItem(row, 1, new QTableWidgetItem(person.displayName));
        m_table->setItem(row, 2, new QTableWidgetItem(person.email));
        auto *role = roleComboBox(m_table);
        role->setCurrentIndex(role->findData(int(person.role)));
        // Nobody demotes themselves by accident and leaves the desk without a manager.
        role->setEnabled(person.id != m_user.id);
        connect(role, &QComboBox::activated, this,
                [this, row, role] { (void)changeRole(row, StaffRole(role->currentData().toInt())); });
        m_table->setCellWidget(row, 3, role);
        // 承認: their confirmed replies wait in the Approval queue for a manager.
        auto *approval = new QCheckBox(m_table);
        approval->setObjectName(u"needsApprovalCheckBox"_s);
        approval->setChecked(person.needsApproval);
        connect(approval, &QCheckBox::toggled, this, [this, row](bool on) { (void)changeNeedsApproval(row, on); });
        m_table->setCellWidget(row, 4, approval);
    }
}

Result<void> StaffUsersPage::changeNeedsApproval(int row, bool needed)
{
    if (row < 0 || row >= m_users.size())
        return makeError(u"input"_s, tr("No such user."));
    const StaffUser &person = m_users.at(row);
    auto changed = m_desk.team().setNeedsApproval(m_user, person.id, needed);
    if (!changed) {
        m_status->setText(changed.error().message);
        reload();
        return changed;
    }
    m_status->setText(needed ? tr("%1's replies now wait for a manager's approval.").arg(person.displayName)
                             : tr("%1's replies go out without approval.").arg(person.displayName));
    reload();
    return {};
}

Result<StaffUser> StaffUsersPage::addUser(const QString &login, const QString &name, const QString &email,
                                          StaffRole role)
{
    StaffUser person;
    person.login = login.trimmed();
    person.displayName = name.trimmed().isEmpty() ? person.login : name.trimmed();
    person.email = email.trimmed();
    person.role = role;
    if (person.login.isEmpty()) {
        m_status->setText(tr("Enter a login for the new user."));
        return makeError(u"input"_s, m_status->text());
    }
    auto added = m_desk.team().addUser(m_user, person);
    if (!added) {
        m_status->setText(added.error().message);
        return added.error();
    }
    m_status->setText(tr("%1 added.").arg(added->displayName));
    reload();
    return added;
}

Result<void> StaffUsersPage::changeRole(int row, StaffRole role)
{
    if (row < 0 || row >= m_users.size())
        return makeError(u"input"_s, tr("No such user."));
    const StaffUser &person = m_users.at(row);
    auto changed = m_desk.team().setRole(m_user, person.id, role);
    if (!changed) {
        m_status->setText(changed.error().message);
        reload();
        return changed;
    }
    m_status->setText(role == StaffRole::Manager ? tr("%1 is now a manager.").arg(person.displayName)
                                                 : tr("%1 is now staff.").arg(person.displayName));
    reload();
    return {};
}

} // namespace Madoguchi
