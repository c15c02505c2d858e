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

} // namespace

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
