#pragma once

#include "settings/SettingsPage.h"
#include "tickets/StaffUser.h"

class QDoubleSpinBox;
class QLabel;

namespace Madoguchi {

class TicketDesk;

// The monthly availability target (AvailabilityTarget; the agreement says 99 %), which the
// Availability view, its chart and `madoguchi-cli availability` measure against. Managers
// change it; staff see it.
class AvailabilityTargetPage : public SettingsPage
{
    Q_OBJECT

public:
    AvailabilityTargetPage(TicketDesk &desk, const StaffUser &user, QWidget *parent = nullptr);

    QString title() const override;
    Result<void> apply() override;

private:
    TicketDesk &m_desk;
    StaffUser m_user;
    QDoubleSpinBox *m_target = nullptr;
    QLabel *m_status = nullptr;
    double m_loaded = 0;
};

} // namespace Madoguchi
