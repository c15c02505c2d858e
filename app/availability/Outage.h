#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What the agreement's chapter 4 counts: the service's functions, why a function was down,
// incidents and maintenance plans (DESIGN.md "Availability and maintenance").
namespace Madoguchi {

// The client function (the web application) and the two parts of the consumer function,
// which is up only when both web forms and click counting are.
enum class ServiceFunction { Client, WebForm, ClickCount };
// The two figures the agreement promises 99 % for.
enum class AvailabilityScope { Client, Consumer };
enum class OutageCause { Internal, Maintenance, Platform, ForceMajeure };

QString functionKey(ServiceFunction function); // client, webform, clickcount
std::optional<ServiceFunction> functionFromKey(const QString &key);
QString causeKey(OutageCause cause); // internal, maintenance, platform, force-majeure
std::optional<OutageCause> causeFromKey(const QString &key);
QString scopeKey(AvailabilityScope scope); // client, consumer
bool scopeCovers(AvailabilityScope scope, ServiceFunction function);
// The same in words for people (translated): 「クライアント機能」, 「当社起因」, …
QString functionLabel(ServiceFunction function);
QString causeLabel(OutageCause cause);
QString scopeLabel(AvailabilityScope scope);
// The rule behind an AvailabilityContribution (its `why` key) in words.
QString ruleLabel(const QString &why);

// A function that was down (or is: `end` invalid while it lasts).
struct Incident
{
    qint64 id = 0;
    ServiceFunction function = ServiceFunction::Client;
    QDateTime start;
    QDateTime end;
    OutageCause cause = OutageCause::Internal;
    QDateTime announced; // when a maintenance stop was announced; invalid otherwise
    QString note;
};

// Planned maintenance: announced (or not yet), its window, the functions it stops, and when it
// really ended once that is known.
struct MaintenancePlan
{
    qint64 id = 0;
    QDateTime announced; // invalid: not announced yet
    QDateTime start;
    QDateTime end;
    QList<ServiceFunction> functions;
    bool emergency = false;
    QDateTime actualEnd; // invalid: not recorded (then it is taken to have ended on time)
    QString note;
};

} // namespace Madoguchi
