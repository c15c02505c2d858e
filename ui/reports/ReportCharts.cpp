#include "reports/ReportCharts.h"

#include "reports/ResponseTimeHistogram.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportCharts", text);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void addAxes(QChart *chart, QAbstractSeries *series, const QStringList &categories, double maxValue, const QString &format)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, maxValue);
    y->setLabelFormat(format);
    // Whole numbers only: counts have no fractions.
    if (maxValue <= 10)
        y->setTickCount(int(maxValue) + 1);
    else
        y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

QChart *ReportCharts::dailyReceivedVsLate(const ResponseReport &byDay, QBarSet **received, QBarSet **late)
{
    QChart *chart = newChart(tr("Received and late per day"));
    auto *receivedSet = new QBarSet(tr("Received"));
    auto *lateSet = new QBarSet(tr("Late"));
    lateSet->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList days;
    int most = 1;
    for (const ResponseReportRow &row : byDay.rows) {
        const int in = row.standard.received + row.urgent.received;
        *receivedSet << in;
        *lateSet << row.standard.late() + row.urgent.late();
        days.append(row.date.toString(u"M/d"_s)); // unique: equal category names would merge
        most = std::max(most, in);
    }
    auto *series = new QBarSeries;
    series->append(receivedSet);
    series->append(lateSet);
    chart->addSeries(series);
    addAxes(chart, series, days, most, u"%d"_s);
    *received = receivedSet;
    *late = lateSet;
    return chart;
}

QChart *ReportCharts::monthlyCompliance(const ResponseReport &trend, double targetPercent)
{
    QChart *chart = newChart(tr("Answered on time per month (%)"));
    auto *compliance = new QLineSeries;
    compliance->setName(tr("On time %"));
    compliance->setPointsVisible(true);
    auto *target = new QLineSeries;
    target->setName(tr("Target %1%").arg(targetPercent));
    target->setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine));
    QStringList months;
    double lowest = targetPercent;
    for (qsizetype i = 0; i < trend.rows.size(); ++i) {
        const ResponseReportRow &row = trend.rows.at(i);
        months.append(row.date.toString(u"yy/MM"_s));
        target->append(double(i), targetPercent);
        if (const auto percent = row.standard.compliancePercent()) {
            compliance->append(double(i), *percent);
            lowest = std::min(lowest, *percent);
        }
    }
    chart->addSeries(compliance);
    chart->addSeries(target);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    auto *y = new QValueAxis;
    y->setRange(std::max(0.0, std::floor(lowest / 10.0) * 10.0 - 10.0), 100.0);
    y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {compliance, target}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

QChart *ReportCharts::responseHistogram(const ResponseReport &report, QBarSet **bars)
{
    QChart *chart = newChart(tr("Response time per message (business hours)"));
    auto *set = new QBarSet(tr("Messages"));
    const QList<int> counts = ResponseTimeHistogram::counts(report.messages);
    QStringList labels;
    for (const ResponseTimeHistogram::Bin &bin : ResponseTimeHistogram::bins())
        labels.append(bin.label);
    int most = 1;
    for (int c : counts) {
        *set << c;
        most = std::max(most, c);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    addAxes(chart, series, labels, most, u"%d"_s);
    chart->legend()->hide();
    *bars = set;
    return chart;
}

} // namespace Madoguchi
