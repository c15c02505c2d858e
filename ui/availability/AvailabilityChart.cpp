#include "availability/AvailabilityChart.h"

#include "reports/ReportCharts.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QString targetName = u"target"_s; // the series' object name, whatever its translated label

} // namespace

double AvailabilityChart::axisFloor(const QList<AvailabilityFigures> &client,
                                    const QList<AvailabilityFigures> &consumer, double targetPercent)
{
    double lowest = targetPercent;
    for (const QList<AvailabilityFigures> *list : {&client, &consumer}) {
        for (const AvailabilityFigures &f : *list)
            lowest = std::min(lowest, f.percent);
    }
    return std::max(0.0, std::floor(lowest - 0.5));
}

QChart *AvailabilityChart::trend(const QList<AvailabilityFigures> &client, const QList<AvailabilityFigures> &consumer,
                                 double targetPercent, bool dark)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Availability per month (%)"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // On a dark palette the chart's own background would stay white: the dark theme follows it.
    if (dark)
        chart->setTheme(QChart::ChartThemeDark);

    auto *clientLine = new QLineSeries;
    clientLine->setName(tr("Client function"));
    clientLine->setPointsVisible(true);
    auto *consumerLine = new QLineSeries;
    consumerLine->setName(tr("Consumer function"));
    consumerLine->setPointsVisible(true);
    auto *target = new QLineSeries;
    target->setObjectName(targetName);
    target->setName(tr("Target %1 %").arg(QString::number(targetPercent, 'f', 2)));
    target->setPen(QPen(dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine));

    QStringList months;
    for (qsizetype i = 0; i < client.size(); ++i) {
        const QDate month = client.at(i).month;
        months.append(ReportCharts::monthLabel(month, i == 0 || month.month() == 1));
        clientLine->append(double(i), client.at(i).percent);
        if (i < consumer.size())
            consumerLine->append(double(i), consumer.at(i).percent);
        target->append(double(i), targetPercent);
    }
    for (QLineSeries *s : {clientLine, consumerLine, target})
        chart->addSeries(s);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    x->setLabelsAngle(45); // as the Reports trend chart: twelve slanted labels pass each other
    x->setTruncateLabels(false);
    auto *y = new QValueAxis;
    y->setRange(axisFloor(client, consumer, targetPercent), 100.0);
    y->setLabelFormat(u"%.1f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {clientLine, consumerLine, target}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

QLineSeries *AvailabilityChart::targetSeries(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->objectName() == targetName)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

} // namespace Madoguchi
