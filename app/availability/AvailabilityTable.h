#pragma once

#include "availability/MonthlyAvailability.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>

// The monthly figures as `madoguchi-cli availability` and the desk's Availability view show
// them: both functions of a month computed from the store with the team's target, the table's
// header and cells, and the Excel CSV (CsvWriter: BOM, CRLF, CSV-injection neutralised) — one
// source, so the view's CSV is byte for byte the command's.
namespace Madoguchi {

class OutageStore;

struct AvailabilityMonth
{
    QDate month; // its first day
    QList<AvailabilityFigures> figures; // client, consumer
    QList<Incident> incidents;          // every incident the store holds
    QList<MaintenancePlan> plans;
};

class AvailabilityTable
{
public:
    static Result<AvailabilityMonth> month(OutageStore &store, QDate month, const QDateTime &now);
    // One scope's figures for `months` months ending with `last` (oldest first), from one read.
    static Result<QList<AvailabilityFigures>> trend(OutageStore &store, AvailabilityScope scope, QDate last,
                                                    const QDateTime &now, int months = 12);

    static QStringList header(); // Function, Month, Service minutes, …, Target %
    static QStringList cells(const AvailabilityFigures &figures);
    static QList<QStringList> rows(const QList<AvailabilityFigures> &figures); // header first
    static QByteArray csv(const QList<AvailabilityFigures> &figures);
    static QString percentText(double percent); // two decimals: "99.72"

    // The incident or plan a contribution names ("incident 3", "maintenance 2"): its time
    // span in JST and its cause in words, for the view's and the PDF's list.
    static QString spanText(const AvailabilityContribution &contribution, const AvailabilityMonth &month);
    static QString causeText(const AvailabilityContribution &contribution, const AvailabilityMonth &month);
    static QString sourceLabel(const AvailabilityContribution &contribution); // 「障害 3」, "Maintenance 2"
};

} // namespace Madoguchi
