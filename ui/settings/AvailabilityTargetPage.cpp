#include "settings/AvailabilityTargetPage.h"

#include "availability/AvailabilityTarget.h"
#include "tickets/TicketDesk.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

AvailabilityTargetPage::AvailabilityTargetPage(TicketDesk &desk, const StaffUser &user, QWidget *parent)
    : SettingsPage(parent), m_desk(desk), m_user(user)
{
    setObjectName(u"availabilityTargetPage"_s);
    auto *layout = new QFormLayout(this);
    auto *intro = new QLabel(tr("The monthly availability the team promises for the client function and for the "
                                "consumer function (the agreement, chapter 4: 99 %). The Availability view, its "
                                "chart and madoguchi-cli availability measure each month against it."),
                             this);
    intro->setWordWrap(true);
    layout->addRow(intro);
    m_target = new QDoubleSpinBox(this);
    m_target->setObjectName(u"availabilityTargetSpinBox"_s);
    m_target->setRange(AvailabilityTarget::lowestPercent, AvailabilityTarget::highestPercent);
    m_target->setDecimals(2);
    m_target->setSingleStep(0.1);
    m_target->setSuffix(u" %"_s);
    m_target->setEnabled(m_user.isManager());
    layout->addRow(tr("Availability target"), m_target);
    m_status = new QLabel(this);
    m_status->setObjectName(u"availabilityTargetStatusLabel"_s);
    m_status->setWordWrap(true);
    if (!m_user.isManager())
        m_status->setText(tr("Only a manager can change the availability target."));
    layout->addRow(m_status);
    auto target = AvailabilityTarget::read(m_desk.database());
    m_loaded = target ? *target : AvailabilityTarget::agreementPercent;
    if (!target)
        m_status->setText(target.error().message);
    m_target->setValue(m_loaded);
}

QString AvailabilityTargetPage::title() const
{
    return tr("Availability");
}

Result<void> AvailabilityTargetPage::apply()
{
    const double wanted = m_target->value();
    if (!m_user.isManager() || qFuzzyCompare(wanted, m_loaded))
        return {};
    if (auto saved = AvailabilityTarget::write(m_desk.settings(), m_user, wanted); !saved)
        return saved;
    m_loaded = wanted;
    m_status->setText(tr("Saved: every month is now measured against %1 %.").arg(AvailabilityTarget::text(wanted)));
    return {};
}

} // namespace Madoguchi
