#include "reports/ReportExport.h"

#include "core/Jst.h"
#include "reports/CsvWriter.h"
#include "reports/ReportTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QJsonValue optionalPercent(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 10.0) / 10.0) : QJsonValue();
}

QJsonObject statsJson(const ResponseTimeStats &stats)
{
    if (stats.isEmpty())
        return {{u"count"_s, 0}};
    return {{u"count"_s, stats.count},
            {u"median"_s, stats.median},
            {u"p90"_s, stats.p90},
            {u"mean"_s, std::round(stats.mean * 10.0) / 10.0},
            {u"max"_s, stats.max}};
}

QJsonObject figuresJson(const ReportFigures &f)
{
    return {{u"received"_s, f.received},
            {u"answered_on_time"_s, f.answeredOnTime},
            {u"compliance_pct"_s, optionalPercent(f.compliancePercent())},
            {u"answered_late"_s, f.answeredLate},
            {u"open_overdue"_s, f.openOverdue},
            {u"open_not_due"_s, f.openNotDue},
            {u"closed_without_reply"_s, f.closedWithoutReply},
            {u"response_per_message_minutes"_s, statsJson(f.perMessage)},
            {u"first_response_per_ticket_minutes"_s, statsJson(f.perTicket)}};
}

QJsonObject rowJson(const ResponseReportRow &row)
{
    return {{u"key"_s, row.key},
            {u"label"_s, row.label},
            {u"business_hours"_s, figuresJson(row.standard)},
            {u"urgent_24x7"_s, figuresJson(row.urgent)}};
}

} // namespace

QByteArray ReportExport::csv(const ResponseReport &report)
{
    CsvWriter writer;
    writer.addRow(ReportTable::japaneseHeaders());
    for (const ResponseReportRow *row : ReportTable::rowsWithTotal(report))
        writer.addRow(ReportTable::cells(*row));
    return writer.bytes();
}

QByteArray ReportExport::json(const ResponseReport &report)
{
    QJsonArray rows;
    for (const ResponseReportRow &row : report.rows)
        rows.append(rowJson(row));
    const QJsonObject root{{u"from"_s, report.period.from.toString(Qt::ISODate)},
                           {u"to"_s, report.period.to.toString(Qt::ISODate)},
                           {u"by"_s, groupingKey(report.grouping)},
                           {u"now"_s, Jst::format(report.now)},
                           {u"rows"_s, rows},
                           {u"total"_s, rowJson(report.total)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int ReportExport::displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                          || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
                          || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString ReportExport::textTable(const ResponseReport &report)
{
    QList<QStringList> table{ReportTable::headers()};
    for (const ResponseReportRow *row : ReportTable::rowsWithTotal(report))
        table.append(ReportTable::cells(*row));
    // A wide report reads better transposed in a terminal: one line per figure, one column
    // per group.
    const qsizetype figures = table.first().size();
    QList<int> widths(table.size(), 0);
    for (qsizetype c = 0; c < table.size(); ++c) {
        for (qsizetype f = 0; f < figures; ++f)
            widths[c] = std::max(widths[c], displayWidth(table.at(c).at(f)));
    }
    QString out = u"%1 – %2 (JST)\n"_s.arg(report.period.from.toString(Qt::ISODate),
                                           report.period.to.toString(Qt::ISODate));
    for (qsizetype f = 0; f < figures; ++f) {
        QString line;
        for (qsizetype c = 0; c < table.size(); ++c) {
            const QString &cell = table.at(c).at(f);
            const QString pad(widths[c] - displayWidth(cell), u' ');
            if (c == 0)
                line += cell + pad;
            else
                line += u"  "_s + pad + cell;
        }
        out += line.trimmed() + u'\n';
    }
    return out;
}

} // namespace Madoguchi
