#include "reports/ReportTable.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

const QList<ReportColumn> &ReportTable::columns()
{
    static const QList<ReportColumn> list = {
        {"group", QT_TRANSLATE_NOOP("ReportTable", "Group"), "区分"},
        {"received", QT_TRANSLATE_NOOP("ReportTable", "Received"), "受信件数"},
        {"answered_on_time", QT_TRANSLATE_NOOP("ReportTable", "Answered on time"), "期限内回答"},
        {"compliance_pct", QT_TRANSLATE_NOOP("ReportTable", "On time %"), "期限内回答率(%)"},
        {"answered_late", QT_TRANSLATE_NOOP("ReportTable", "Answered late"), "期限超過回答"},
        {"open_overdue", QT_TRANSLATE_NOOP("ReportTable", "Open, overdue"), "未回答(期限超過)"},
        {"open_not_due", QT_TRANSLATE_NOOP("ReportTable", "Open, not yet due"), "未回答(期限前)"},
        {"closed_without_reply", QT_TRANSLATE_NOOP("ReportTable", "Closed without reply"), "返信なしで完了"},
        {"message_median_min", QT_TRANSLATE_NOOP("ReportTable", "Response per message: median (min)"),
         "応答時間(メッセージ別) 中央値(営業分)"},
        {"message_p90_min", QT_TRANSLATE_NOOP("ReportTable", "Response per message: p90 (min)"),
         "応答時間(メッセージ別) 90パーセンタイル(営業分)"},
        {"message_mean_min", QT_TRANSLATE_NOOP("ReportTable", "Response per message: mean (min)"),
         "応答時間(メッセージ別) 平均(営業分)"},
        {"message_max_min", QT_TRANSLATE_NOOP("ReportTable", "Response per message: max (min)"),
         "応答時間(メッセージ別) 最大(営業分)"},
        {"ticket_median_min", QT_TRANSLATE_NOOP("ReportTable", "First response per ticket: median (min)"),
         "初回応答時間(チケット別) 中央値(営業分)"},
        {"ticket_p90_min", QT_TRANSLATE_NOOP("ReportTable", "First response per ticket: p90 (min)"),
         "初回応答時間(チケット別) 90パーセンタイル(営業分)"},
        {"ticket_mean_min", QT_TRANSLATE_NOOP("ReportTable", "First response per ticket: mean (min)"),
         "初回応答時間(チケット別) 平均(営業分)"},
        {"ticket_max_min", QT_TRANSLATE_NOOP("ReportTable", "First response per ticket: max (min)"),
         "初回応答時間(チケット別) 最大(営業分)"},
        {"urgent_received", QT_TRANSLATE_NOOP("ReportTable", "Urgent: received"), "緊急: 受信件数"},
        {"urgent_answered_on_time", QT_TRANSLATE_NOOP("ReportTable", "Urgent: answered on time"), "緊急: 期限内回答"},
        {"urgent_compliance_pct", QT_TRANSLATE_NOOP("ReportTable", "Urgent: on time %"), "緊急: 期限内回答率(%)"},
        {"urgent_late", QT_TRANSLATE_NOOP("ReportTable", "Urgent: late (answered or open)"), "緊急: 期限超過(回答済み・未回答)"},
        {"urgent_median_min", QT_TRANSLATE_NOOP("ReportTable", "Urgent: response median (min, 24×7)"),
         "緊急: 応答時間 中央値(分・24時間)"},
        {"urgent_p90_min", QT_TRANSLATE_NOOP("ReportTable", "Urgent: response p90 (min, 24×7)"),
         "緊急: 応答時間 90パーセンタイル(分・24時間)"},
        {"urgent_max_min", QT_TRANSLATE_NOOP("ReportTable", "Urgent: response max (min, 24×7)"),
         "緊急: 応答時間 最大(分・24時間)"},
    };
    return list;
}

QStringList ReportTable::headers()
{
    QStringList result;
    for (const ReportColumn &c : columns())
        result.append(QCoreApplication::translate("ReportTable", c.english));
    return result;
}

QStringList ReportTable::japaneseHeaders()
{
    QStringList result;
    for (const ReportColumn &c : columns())
        result.append(QString::fromUtf8(c.japanese));
    return result;
}

QString ReportTable::percent(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
}

QString ReportTable::minutes(const ResponseTimeStats &stats, qint64 value)
{
    return stats.isEmpty() ? QString() : QString::number(value);
}

QStringList ReportTable::cells(const ResponseReportRow &row)
{
    const ReportFigures &s = row.standard;
    const ReportFigures &u = row.urgent;
    return {
        row.label,
        QString::number(s.received),
        QString::number(s.answeredOnTime),
        percent(s.compliancePercent()),
        QString::number(s.answeredLate),
        QString::number(s.openOverdue),
        QString::number(s.openNotDue),
        QString::number(s.closedWithoutReply),
        minutes(s.perMessage, s.perMessage.median),
        minutes(s.perMessage, s.perMessage.p90),
        s.perMessage.isEmpty() ? QString() : QString::number(s.perMessage.mean, 'f', 1),
        minutes(s.perMessage, s.perMessage.max),
        minutes(s.perTicket, s.perTicket.median),
        minutes(s.perTicket, s.perTicket.p90),
        s.perTicket.isEmpty() ? QString() : QString::number(s.perTicket.mean, 'f', 1),
        minutes(s.perTicket, s.perTicket.max),
        QString::number(u.received),
        QString::number(u.answeredOnTime),
        percent(u.compliancePercent()),
        QString::number(u.late()),
        minutes(u.perMessage, u.perMessage.median),
        minutes(u.perMessage, u.perMessage.p90),
        minutes(u.perMessage, u.perMessage.max),
    };
}

QList<const ResponseReportRow *> ReportTable::rowsWithTotal(const ResponseReport &report)
{
    QList<const ResponseReportRow *> result;
    for (const ResponseReportRow &row : report.rows)
        result.append(&row);
    if (report.grouping != ReportGrouping::Team)
        result.append(&report.total);
    return result;
}

} // namespace Madoguchi
