#pragma once

#include "settings/SettingsPage.h"
#include "tickets/StaffUser.h"
#include "tickets/UrgencyRules.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Madoguchi {

class TicketDesk;

// Keywords or regular expressions that make incoming mail urgent (緊急), with a box to try
// a subject against the rules before saving. Managers only.
class UrgencyRulesPage : public SettingsPage
{
    Q_OBJECT

public:
    UrgencyRulesPage(TicketDesk &desk, const StaffUser &user, QWidget *parent = nullptr);

    QString title() const override;
    Result<void> apply() override;

    UrgencyRules rules() const;
    void addRule(const UrgencyRule &rule);

private:
    void setRules(const UrgencyRules &rules);
    void updateTry();

    TicketDesk &m_desk;
    StaffUser m_user;
    UrgencyRules m_loaded;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_try = nullptr;
    QLabel *m_tryResult = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Madoguchi
