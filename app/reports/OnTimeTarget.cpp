#include "reports/OnTimeTarget.h"

#include "tickets/TeamSettings.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QString settingName = u"reports.on_time_target"_s;

} // namespace

Result<double> OnTimeTarget::read(TeamSettings &settings)
{
    auto stored = settings.value(settingName);
    if (!stored)
        return stored.error();
    bool ok = false;
    const double percent = stored->toDouble(&ok);
    return ok && percent >= 1.0 && percent <= 100.0 ? percent : agreementPercent;
}

Result<void> OnTimeTarget::write(TeamSettings &settings, const StaffUser &actor, double percent)
{
    if (!(percent >= 1.0 && percent <= 100.0)) {
        return makeError(u"input"_s, QCoreApplication::translate("OnTimeTarget", "The on-time target must be between 1 and 100 %."));
    }
    return settings.setValue(actor, settingName, QString::number(percent, 'f', 1));
}

} // namespace Madoguchi
