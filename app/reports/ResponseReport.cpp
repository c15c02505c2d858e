#include "reports/ResponseReport.h"

#include "core/Jst.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QString ResponseReport::rowKeyOf(const ReportedMessage &message, ReportGrouping grouping)
{
    switch (grouping) {
    case ReportGrouping::Team: return u"team"_s;
    case ReportGrouping::Staff: return QString::number(message.staffId);
    case ReportGrouping::Organisation: return QString::number(message.organisationId);
    case ReportGrouping::Day: return Jst::dateOf(message.received).toString(Qt::ISODate);
    case ReportGrouping::Month: return Jst::dateOf(message.received).toString(u"yyyy-MM"_s);
    }
    return {};
}

bool ResponseReport::counts(const ReportedMessage &message, ReportMeasure measure)
{
    switch (measure) {
    case ReportMeasure::Received: return true;
    case ReportMeasure::AnsweredOnTime: return message.outcome == MessageOutcome::AnsweredOnTime;
    case ReportMeasure::AnsweredLate: return message.outcome == MessageOutcome::AnsweredLate;
    case ReportMeasure::Late:
        return message.outcome == MessageOutcome::AnsweredLate || message.outcome == MessageOutcome::OpenOverdue;
    case ReportMeasure::OpenOverdue: return message.outcome == MessageOutcome::OpenOverdue;
    case ReportMeasure::OpenNotDue: return message.outcome == MessageOutcome::OpenNotDue;
    case ReportMeasure::ClosedWithoutReply: return message.outcome == MessageOutcome::ClosedWithoutReply;
    }
    return false;
}

QList<ReportedMessage> ResponseReport::messagesBehind(const QString &rowKey, ReportMeasure measure, bool urgent) const
{
    QList<ReportedMessage> result;
    for (const ReportedMessage &m : messages) {
        if (m.urgent != urgent || !counts(m, measure))
            continue;
        if (!rowKey.isEmpty() && rowKeyOf(m, grouping) != rowKey)
            continue;
        result.append(m);
    }
    return result;
}

const ResponseReportRow *ResponseReport::row(const QString &key) const
{
    for (const ResponseReportRow &r : rows) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

} // namespace Madoguchi
