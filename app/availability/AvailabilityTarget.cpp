#include "availability/AvailabilityTarget.h"

#include "store/SettingsTable.h"
#include "tickets/TeamSettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QString settingName = u"availability_target_percent"_s;

bool inRange(double percent)
{
    return percent >= AvailabilityTarget::lowestPercent && percent <= AvailabilityTarget::highestPercent;
}

// Two decimals exactly: 99.5 stays 99.5, 99.505 is not a target.
bool hasAtMostTwoDecimals(double percent)
{
    return std::fabs(percent * 100.0 - std::round(percent * 100.0)) < 1e-6;
}

} // namespace

Result<double> AvailabilityTarget::read(Database &database)
{
    auto stored = SettingsTable::read(database, settingName);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return agreementPercent;
    return parse((*stored)->trimmed()).value_or(agreementPercent);
}

std::optional<double> AvailabilityTarget::parse(const QString &text)
{
    static const QRegularExpression shape(u"^\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*%?\\s*$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double percent = match.captured(1).toDouble();
    return inRange(percent) ? std::optional<double>(percent) : std::nullopt;
}

QString AvailabilityTarget::text(double percent)
{
    return QString::number(percent, 'f', 2);
}

QString AvailabilityTarget::rangeError()
{
    return QCoreApplication::translate("AvailabilityTarget",
                                       "The availability target must be a percentage from 90.00 to 100.00 "
                                       "with at most two decimals.");
}

Result<void> AvailabilityTarget::write(TeamSettings &settings, const StaffUser &actor, double percent)
{
    if (!inRange(percent) || !hasAtMostTwoDecimals(percent))
        return makeError(u"bad-input"_s, rangeError());
    return settings.setValue(actor, settingName, text(percent));
}

} // namespace Madoguchi
