#include "reports/ReportGrouping.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QString groupingKey(ReportGrouping grouping)
{
    switch (grouping) {
    case ReportGrouping::Team: return u"team"_s;
    case ReportGrouping::Staff: return u"staff"_s;
    case ReportGrouping::Organisation: return u"org"_s;
    case ReportGrouping::Day: return u"day"_s;
    case ReportGrouping::Month: return u"month"_s;
    }
    return {};
}

std::optional<ReportGrouping> groupingFromKey(const QString &key)
{
    for (ReportGrouping g : {ReportGrouping::Team, ReportGrouping::Staff, ReportGrouping::Organisation,
                             ReportGrouping::Day, ReportGrouping::Month}) {
        if (groupingKey(g) == key)
            return g;
    }
    return std::nullopt;
}

QString groupingLabel(ReportGrouping grouping)
{
    switch (grouping) {
    case ReportGrouping::Team: return QCoreApplication::translate("ReportGrouping", "Whole team");
    case ReportGrouping::Staff: return QCoreApplication::translate("ReportGrouping", "Per staff member");
    case ReportGrouping::Organisation: return QCoreApplication::translate("ReportGrouping", "Per organisation");
    case ReportGrouping::Day: return QCoreApplication::translate("ReportGrouping", "Per day");
    case ReportGrouping::Month: return QCoreApplication::translate("ReportGrouping", "Per month");
    }
    return {};
}

} // namespace Madoguchi
