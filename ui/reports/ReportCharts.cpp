#include "reports/ReportCharts.h"

#include "reports/ResponseTimeHistogram.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QValueAxis *countValueAxis(int most)
{
    const auto [maximum, ticks] = ReportCharts::countAxis(most);
    auto *axis = new QValueAxis;
    axis->setRange(0, maximum);
    axis->setTickCount(ticks);
    axis->setLabelFormat(u"%d"_s);
    return axis;
}

// Horizontal bars, one category per label (read whole on the left), counts along the bottom.
void addHorizontalBars(QChart *chart, const QList<QBarSet *> &sets, const QStringList &labels, int most)
{
    auto *series = new QHorizontalBarSeries;
    for (QBarSet *set : sets)
        series->append(set);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false);
    QValueAxis *x = countValueAxis(most);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(x);
}

} // namespace

std::pair<int, int> ReportCharts::countAxis(int most)
{
    most = std::max(most, 1);
    // At most 5 steps of 1, 2, 5, 10, 20, 50, …: six labels still fit a chart a low screen
    // leaves only 100 pixels of plot for (eight did not: they were elided to "…").
    int step = 1;
    for (int scale = 1;; scale *= 10) {
        if (most <= 5 * scale) {
            step = scale;
            break;
        }
        if (most <= 10 * scale) {
            step = 2 * scale;
            break;
        }
        if (most <= 25 * scale) {
            step = 5 * scale;
            break;
        }
    }
    const int steps = (most + step - 1) / step;
    return {steps * step, steps + 1};
}

QList<int> ReportCharts::labelledDays(const QList<QDate> &days)
{
    QList<int> result;
    if (days.size() <= 10) {
        for (int i = 0; i < days.size(); ++i)
            result.append(i);
        return result;
    }
    // Mondays; on long periods every n-th Monday so about a dozen labels remain.
    const int everyWeeks = std::max<int>(1, int((days.size() + 7 * 12 - 1) / (7 * 12)));
    int mondays = 0;
    for (int i = 0; i < days.size(); ++i) {
        if (days.at(i).dayOfWeek() == Qt::Monday && mondays++ % everyWeeks == 0)
            result.append(i);
    }
    return result;
}

QString ReportCharts::monthLabel(QDate month, bool withYear)
{
    //: Date format of a month with its year on the trend chart (Japanese: yyyy年M月)
    const QString yearFormat = tr("MMM yyyy");
    //: Date format of a month alone on the trend chart (Japanese: M月)
    const QString monthFormat = tr("MMM");
    return QLocale().toString(month, withYear ? yearFormat : monthFormat);
}

QChart *ReportCharts::dailyReceivedVsLate(const ResponseReport &byDay, QBarSet **received, QBarSet **late)
{
    QChart *chart = newChart(tr("Received and late per day"));
    auto *receivedSet = new QBarSet(tr("Received"));
    auto *lateSet = new QBarSet(tr("Late"));
    lateSet->setColor(QColor(0xc6, 0x28, 0x28));
    QList<QDate> days;
    int most = 1;
    for (const ResponseReportRow &row : byDay.rows) {
        const int in = row.standard.received + row.urgent.received;
        *receivedSet << in;
        *lateSet << row.standard.late() + row.urgent.late();
        days.append(row.date);
        most = std::max(most, in);
    }
    auto *series = new QBarSeries;
    series->append(receivedSet);
    series->append(lateSet);
    chart->addSeries(series);
    // A category axis with labels on chosen days only: a label per bar would leave each
    // label the width of one bar, and Qt Charts elides them all to "…".
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, std::max<double>(0.5, double(days.size()) - 0.5));
    for (int i : labelledDays(days))
        x->append(days.at(i).toString(u"M/d"_s), i); // unique: equal labels would merge
    x->setGridLineVisible(false);
    QValueAxis *y = countValueAxis(most);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
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
    // A category axis with a label on each month's value, not a bar-category axis: that one
    // hides an edge label wider than its slot, so the first month (「2025年1月」, slanted) was
    // never drawn. The year shows on the first month and on each January.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, std::max<double>(0.5, double(trend.rows.size()) - 0.5));
    QStringList months;
    for (qsizetype i = 0; i < trend.rows.size(); ++i) {
        const ResponseReportRow &row = trend.rows.at(i);
        QString label = monthLabel(row.date, i == 0 || row.date.month() == 1);
        if (months.contains(label)) // equal labels would merge: a second February says its year
            label = monthLabel(row.date, true);
        months.append(label);
        x->append(label, double(i));
        target->append(double(i), targetPercent);
        if (const auto percent = row.standard.compliancePercent())
            compliance->append(double(i), *percent);
    }
    chart->addSeries(compliance);
    chart->addSeries(target);
    // Twelve slots are narrower than 「2026年1月」: slanted labels pass each other, whole.
    x->setLabelsAngle(45); // downwards to the right: the first label stays inside the chart
    x->setTruncateLabels(false);
    // 0–100 in steps of 20: a manager compares months and the target, not the axis ticks.
    auto *y = new QValueAxis;
    y->setRange(0.0, 100.0);
    y->setTickCount(6);
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {compliance, target}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

QChart *ReportCharts::perStaff(const ResponseReport &byStaff)
{
    QChart *chart = newChart(tr("By staff member"));
    auto *receivedSet = new QBarSet(tr("Received"));
    auto *lateSet = new QBarSet(tr("Late"));
    lateSet->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList names;
    int most = 1;
    // Horizontal bars are drawn from the bottom up: reversed, the first row is on top.
    for (auto row = byStaff.rows.crbegin(); row != byStaff.rows.crend(); ++row) {
        const int in = row->standard.received + row->urgent.received;
        *receivedSet << in;
        *lateSet << row->standard.late() + row->urgent.late();
        names.append(row->label);
        most = std::max(most, in);
    }
    addHorizontalBars(chart, {receivedSet, lateSet}, names, most);
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
    addHorizontalBars(chart, {set}, labels, most);
    chart->legend()->hide();
    *bars = set;
    return chart;
}

} // namespace Madoguchi
