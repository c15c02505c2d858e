#include "reports/ResponseReportBuilder.h"

#include "core/Clock.h"
#include "reports/ReportedMessageSource.h"
#include "reports/TrendMessageSource.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString rowLabel(const ReportedMessage &m, ReportGrouping grouping, const QString &key)
{
    switch (grouping) {
    case ReportGrouping::Team: return QCoreApplication::translate("ResponseReport", "Whole team");
    case ReportGrouping::Staff:
        return m.staffId == 0 ? QCoreApplication::translate("ResponseReport", "(unassigned)") : m.staffName;
    case ReportGrouping::Organisation:
        return m.organisationId == 0 ? QCoreApplication::translate("ResponseReport", "(no organisation)")
                                     : m.organisationName;
    case ReportGrouping::Day:
    case ReportGrouping::Month: return key;
    }
    return key;
}

// Day and month reports list every day/month of the period, also the empty ones, so
// charts have no gaps.
QList<ResponseReportRow> calendarRows(const ReportPeriod &period, ReportGrouping grouping)
{
    QList<ResponseReportRow> rows;
    if (grouping == ReportGrouping::Day) {
        for (const QDate &d : period.days())
            rows.append({d.toString(Qt::ISODate), d.toString(Qt::ISODate), d, {}, {}});
    } else if (grouping == ReportGrouping::Month) {
        for (const QDate &d : period.months())
            rows.append({d.toString(u"yyyy-MM"_s), d.toString(u"yyyy-MM"_s), d, {}, {}});
    } else if (grouping == ReportGrouping::Team) {
        rows.append({u"team"_s, rowLabel({}, grouping, {}), {}, {}, {}});
    }
    return rows;
}

} // namespace

Result<ResponseReport> ResponseReportBuilder::build(const ReportQuery &query)
{
    if (!query.period.isValid()) {
        return makeError(u"input"_s, QCoreApplication::translate("ResponseReport",
                                                                 "The report period must start on or before its end."));
    }
    ResponseReport report;
    report.period = query.period;
    report.grouping = query.grouping;
    report.now = m_clock.now();
    ReportedMessageSource source(m_database, m_calendar);
    auto messages = source.messages(query.period, report.now);
    if (!messages)
        return messages.error();

    report.rows = calendarRows(query.period, query.grouping);
    QHash<QString, qsizetype> rowIndex;
    for (qsizetype i = 0; i < report.rows.size(); ++i)
        rowIndex.insert(report.rows.at(i).key, i);
    report.total.key = QString();
    report.total.label = QCoreApplication::translate("ResponseReport", "Total");

    for (const ReportedMessage &m : std::as_const(*messages)) {
        if (query.staffId && m.staffId != *query.staffId)
            continue;
        report.messages.append(m);
        const QString key = ResponseReport::rowKeyOf(m, query.grouping);
        auto found = rowIndex.constFind(key);
        qsizetype index;
        if (found == rowIndex.cend()) {
            index = report.rows.size();
            report.rows.append({key, rowLabel(m, query.grouping, key), {}, {}, {}});
            rowIndex.insert(key, index);
        } else {
            index = *found;
        }
        ResponseReportRow &row = report.rows[index];
        (m.urgent ? row.urgent : row.standard).add(m);
        (m.urgent ? report.total.urgent : report.total.standard).add(m);
    }
    for (ResponseReportRow &row : report.rows) {
        row.standard.finish();
        row.urgent.finish();
    }
    report.total.standard.finish();
    report.total.urgent.finish();
    if (query.grouping == ReportGrouping::Staff || query.grouping == ReportGrouping::Organisation) {
        std::stable_sort(report.rows.begin(), report.rows.end(),
                         [](const ResponseReportRow &a, const ResponseReportRow &b) {
                             return a.label.localeAwareCompare(b.label) < 0;
                         });
    }
    return report;
}

Result<ResponseReport> ResponseReportBuilder::trend(QDate lastDay, std::optional<qint64> staffId)
{
    ResponseReport report;
    report.period = ReportPeriod::twelveMonthsEnding(lastDay);
    report.grouping = ReportGrouping::Month;
    report.now = m_clock.now();
    TrendMessageSource source(m_database, m_calendar);
    auto messages = source.messages(report.period, report.now, staffId);
    if (!messages)
        return messages.error();

    report.rows = calendarRows(report.period, ReportGrouping::Month);
    report.total.label = QCoreApplication::translate("ResponseReport", "Total");
    // Where each month starts, to find a message's row from its receipt time alone.
    std::vector<qint64> monthStarts;
    for (const ResponseReportRow &row : std::as_const(report.rows))
        monthStarts.push_back(ReportPeriod::month(row.date.year(), row.date.month()).startUtc().toMSecsSinceEpoch());
    for (const TrendMessageSource::Message &m : std::as_const(*messages)) {
        if (staffId && m.staffId != *staffId)
            continue;
        const auto next = std::upper_bound(monthStarts.cbegin(), monthStarts.cend(), m.receivedMs);
        ResponseReportRow &row = report.rows[std::max<qsizetype>(0, next - monthStarts.cbegin() - 1)];
        (m.urgent ? row.urgent : row.standard).add(m.outcome, m.responseMinutes, m.firstOfTicket);
        (m.urgent ? report.total.urgent : report.total.standard).add(m.outcome, m.responseMinutes, m.firstOfTicket);
    }
    for (ResponseReportRow &row : report.rows) {
        row.standard.finish();
        row.urgent.finish();
    }
    report.total.standard.finish();
    report.total.urgent.finish();
    return report;
}

} // namespace Madoguchi
