#include "availability/Outage.h"

#include "tickets/KeyedNames.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const KeyedName<ServiceFunction> functionNames[] = {
    {ServiceFunction::Client, "client", QT_TRANSLATE_NOOP("Outage", "client function")},
    {ServiceFunction::WebForm, "webform", QT_TRANSLATE_NOOP("Outage", "web forms")},
    {ServiceFunction::ClickCount, "clickcount", QT_TRANSLATE_NOOP("Outage", "click counting")},
};

const KeyedName<OutageCause> causeNames[] = {
    {OutageCause::Internal, "internal", QT_TRANSLATE_NOOP("Outage", "our fault")},
    {OutageCause::Maintenance, "maintenance", QT_TRANSLATE_NOOP("Outage", "maintenance")},
    {OutageCause::Platform, "platform", QT_TRANSLATE_NOOP("Outage", "platform (SFDC / Force.com)")},
    {OutageCause::ForceMajeure, "force-majeure", QT_TRANSLATE_NOOP("Outage", "force majeure")},
};

const char *const scopeNames[] = {
    QT_TRANSLATE_NOOP("Outage", "client function"),
    QT_TRANSLATE_NOOP("Outage", "consumer function (web forms and click counting)"),
};

const KeyedName<int> ruleNames[] = {
    {0, "internal", QT_TRANSLATE_NOOP("Outage", "downtime: our fault")},
    {1, "platform", QT_TRANSLATE_NOOP("Outage", "excluded: caused by the platform")},
    {2, "force-majeure", QT_TRANSLATE_NOOP("Outage", "excluded: force majeure")},
    {3, "maintenance-announced", QT_TRANSLATE_NOOP("Outage", "excluded: maintenance announced 14 days ahead")},
    {4, "maintenance-not-announced-in-time",
     QT_TRANSLATE_NOOP("Outage", "downtime: maintenance not announced 14 days ahead")},
    {5, "maintenance-overrun", QT_TRANSLATE_NOOP("Outage", "downtime: maintenance past its announced end")},
};

} // namespace

QString functionLabel(ServiceFunction function)
{
    return labelOf(functionNames, function, "Outage");
}

QString causeLabel(OutageCause cause)
{
    return labelOf(causeNames, cause, "Outage");
}

QString scopeLabel(AvailabilityScope scope)
{
    return QCoreApplication::translate("Outage", scopeNames[scope == AvailabilityScope::Client ? 0 : 1]);
}

QString ruleLabel(const QString &why)
{
    const auto rule = valueOfKey(ruleNames, why);
    return rule ? labelOf(ruleNames, *rule, "Outage") : why;
}

QString functionKey(ServiceFunction function)
{
    return keyOf(functionNames, function);
}

std::optional<ServiceFunction> functionFromKey(const QString &key)
{
    return valueOfKey(functionNames, key);
}

QString causeKey(OutageCause cause)
{
    return keyOf(causeNames, cause);
}

std::optional<OutageCause> causeFromKey(const QString &key)
{
    return valueOfKey(causeNames, key);
}

QString scopeKey(AvailabilityScope scope)
{
    return scope == AvailabilityScope::Client ? u"client"_s : u"consumer"_s;
}

bool scopeCovers(AvailabilityScope scope, ServiceFunction function)
{
    return scope == AvailabilityScope::Client ? function == ServiceFunction::Client
                                              : function != ServiceFunction::Client;
}

} // namespace Madoguchi
