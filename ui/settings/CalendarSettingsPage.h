#pragma once

#include "settings/SettingsPage.h"
#include "calendar/CalendarSettings.h"
#include "tickets/StaffUser.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Madoguchi {

class BusinessHoursEditor;
class CompanyHolidaysEditor;
class ModalPrompts;
class TicketDesk;

// The business calendar the team shares: business hours, deadline policy, year-end break,
// due-soon threshold, urgent target, company holidays, and the official national-holiday
// list. Applying goes through the store, which recomputes every open deadline and audits the
// change in one transaction. Managers only; staff see it read-only with the reason.
class CalendarSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    CalendarSettingsPage(TicketDesk &desk, const StaffUser &user, ModalPrompts &prompts, QWidget *parent = nullptr);

    QString title() const override;
    Result<void> apply() override;

    void load();
    // What the page shows, or an error naming the field that is wrong.
    Result<CalendarSettings> settings() const;
    CompanyHolidaysEditor *companyHolidays() const { return m_holidays; }
    void importOfficialHolidays(const QString &path);

private:
    void showOfficialYear();

    TicketDesk &m_desk;
    StaffUser m_user;
    ModalPrompts &m_prompts;
    CalendarSettings m_loaded;
    BusinessHoursEditor *m_hours = nullptr;
    QComboBox *m_policy = nullptr;
    QCheckBox *m_yearEnd = nullptr;
    QDateEdit *m_yearEndStart = nullptr;
    QDateEdit *m_yearEndEnd = nullptr;
    QSpinBox *m_dueSoon = nullptr;
    QSpinBox *m_urgentTarget = nullptr;
    QSpinBox *m_urgentDueSoon = nullptr;
    CompanyHolidaysEditor *m_holidays = nullptr;
    QLabel *m_official = nullptr;
    QPushButton *m_importOfficial = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Madoguchi
