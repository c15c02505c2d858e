#include "reports/ReportsView.h"

#include "reports/ReportCharts.h"
#include "reports/ReportPrinter.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportTicketList.h"
#include "core/Clock.h"
#include "core/RemainingTimeText.h"
#include "reports/ReportExport.h"
#include "reports/ResponseReportBuilder.h"
#include "reports/ResponseTimeHistogram.h"
#include "tickets/TicketDesk.h"

#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QList<ReportedMessage> byReceipt(QList<ReportedMessage> messages)
{
    std::stable_sort(messages.begin(), messages.end(),
                     [](const ReportedMessage &a, const ReportedMessage &b) { return a.received < b.received; });
    return messages;
}

} // namespace

ReportsView::ReportsView(TicketDesk &desk, const StaffUser &viewer, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_viewer(viewer)
{
    setObjectName(u"reportsView"_s);
    m_chooseSaveFile = [this](const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, tr("Save report"), suggested, filter);
    };
    buildLayout();
    const ReportPeriod month = ReportPeriod::monthOf(desk.clock().now());
    m_from->setDate(month.from);
    m_to->setDate(month.to);
    refresh();
}

void ReportsView::buildLayout()
{
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"fromDateEdit"_s);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"toDateEdit"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(u"groupingComboBox"_s);
    for (ReportGrouping g : {ReportGrouping::Team, ReportGrouping::Staff, ReportGrouping::Organisation,
                             ReportGrouping::Day, ReportGrouping::Month})
        m_grouping->addItem(groupingLabel(g), int(g));
    auto *showButton = new QPushButton(tr("Show"), this);
    showButton->setObjectName(u"showButton"_s);
    auto *csvButton = new QPushButton(tr("Export CSV…"), this);
    csvButton->setObjectName(u"exportCsvButton"_s);
    auto *pdfButton = new QPushButton(tr("Save PDF…"), this);
    pdfButton->setObjectName(u"exportPdfButton"_s);
    auto *printButton = new QPushButton(tr("Print…"), this);
    printButton->setObjectName(u"printButton"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(new QLabel(tr("(JST)"), this));
    bar->addWidget(m_grouping);
    bar->addWidget(showButton);
    bar->addStretch();
    bar->addWidget(csvButton);
    bar->addWidget(pdfButton);
    bar->addWidget(printButton);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_model = new ReportTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"reportTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();

    m_dailyChart = new QChartView(this);
    m_dailyChart->setObjectName(u"dailyChartView"_s);
    m_trendChart = new QChartView(this);
    m_trendChart->setObjectName(u"trendChartView"_s);
    m_histogramChart = new QChartView(this);
    m_histogramChart->setObjectName(u"histogramChartView"_s);
    for (QChartView *view : {m_dailyChart, m_trendChart, m_histogramChart}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
    }
    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_dailyChart, 0, 0, 1, 2);
    grid->addWidget(m_trendChart, 1, 0);
    grid->addWidget(m_histogramChart, 1, 1);

    m_ticketTitle = new QLabel(tr("Click a bar or a table row to see the tickets behind it."), this);
    m_ticketTitle->setObjectName(u"ticketListTitle"_s);
    m_tickets = new ReportTicketList(this);
    auto *ticketBox = new QWidget(this);
    auto *ticketLayout = new QVBoxLayout(ticketBox);
    ticketLayout->setContentsMargins(0, 0, 0, 0);
    ticketLayout->addWidget(m_ticketTitle);
    ticketLayout->addWidget(m_tickets);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(charts);
    splitter->addWidget(ticketBox);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(showButton, &QPushButton::clicked, this, &ReportsView::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ReportsView::refresh);
    connect(csvButton, &QPushButton::clicked, this, &ReportsView::exportCsv);
    connect(pdfButton, &QPushButton::clicked, this, &ReportsView::exportPdf);
    connect(printButton, &QPushButton::clicked, this, &ReportsView::print);
    connect(m_table, &QTableView::clicked, this, &ReportsView::showRowTickets);
    connect(m_tickets, &ReportTicketList::ticketActivated, this, &ReportsView::ticketActivated);
}

QChartView *ReportsView::replaceChartView(QChartView *old, QChart *chart)
{
    auto *view = new QChartView(chart, old->parentWidget());
    view->setObjectName(old->objectName());
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(old->minimumHeight());
    old->parentWidget()->layout()->replaceWidget(old, view);
    delete old;
    view->show(); // a child added after its parent is shown stays hidden otherwise
    return view;
}

void ReportsView::setPeriod(const ReportPeriod &period)
{
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    refresh();
}

void ReportsView::setGrouping(ReportGrouping grouping)
{
    const QSignalBlocker quiet(m_grouping);
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
    refresh();
}

void ReportsView::refresh()
{
    auto calendar = m_desk.calendar().calendar();
    if (!calendar)
        return showError(calendar.error().message);
    ResponseReportBuilder builder(m_desk.database(), **calendar, m_desk.clock());
    // Staff see their own figures; the core filters, so no other person's number reaches them.
    const std::optional<qint64> onlyStaff = m_viewer.isManager() ? std::nullopt : std::optional<qint64>(m_viewer.id);
    const ReportPeriod period{m_from->date(), m_to->date()};
    const auto grouping = ReportGrouping(m_grouping->currentData().toInt());
    auto report = builder.build({period, grouping, onlyStaff});
    if (!report)
        return showError(report.error().message);
    m_report = std::move(report.value());
    if (grouping == ReportGrouping::Day) {
        m_byDay = m_report;
    } else {
        auto byDay = builder.build({period, ReportGrouping::Day, onlyStaff});
        if (!byDay)
            return showError(byDay.error().message);
        m_byDay = std::move(byDay.value());
    }
    auto trend = builder.trend(period.to, onlyStaff);
    if (!trend)
        return showError(trend.error().message);
    m_trend = std::move(trend.value());

    m_model->setReport(m_report);
    m_table->resizeColumnsToContents();
    m_summary->setText(summaryText());

    // A fresh view per chart: a QChartView's scene keeps pointers to the items of a chart
    // it showed before, so replacing only the chart leaves the view clicking on freed items.
    m_dailyChart = replaceChartView(m_dailyChart, ReportCharts::dailyReceivedVsLate(m_byDay, &m_receivedBars, &m_lateBars));
    m_trendChart = replaceChartView(m_trendChart, ReportCharts::monthlyCompliance(m_trend, ReportCharts::complianceTarget));
    m_histogramChart = replaceChartView(m_histogramChart, ReportCharts::responseHistogram(m_report, &m_histogramBars));
    connect(m_receivedBars, &QBarSet::clicked, this,
            [this](int index) { showDayTickets(index, ReportMeasure::Received); });
    connect(m_lateBars, &QBarSet::clicked, this, [this](int index) { showDayTickets(index, ReportMeasure::Late); });
    connect(m_histogramBars, &QBarSet::clicked, this, &ReportsView::showHistogramTickets);
    m_tickets->setMessages({}, {});
}

QString ReportsView::summaryText() const
{
    const ReportFigures &s = m_report.total.standard;
    QString text = tr("%1 messages received, %2 answered on time (%3), %4 late, %5 overdue now, %6 not yet due.")
                       .arg(s.received)
                       .arg(s.answeredOnTime)
                       .arg(s.compliancePercent() ? QString(QString::number(*s.compliancePercent(), 'f', 1) + u'%') : u"—"_s)
                       .arg(s.answeredLate)
                       .arg(s.openOverdue)
                       .arg(s.openNotDue);
    if (!s.perMessage.isEmpty()) {
        text += u' '
                + tr("Response time in business hours: median %1, 90th percentile %2.")
                      .arg(RemainingTimeText::hoursAndMinutes(s.perMessage.median), RemainingTimeText::hoursAndMinutes(s.perMessage.p90));
    }
    const ReportFigures &u = m_report.total.urgent;
    if (u.received > 0) {
        text += u' '
                + tr("Urgent (24×7): %1 received, %2 on time, median %3.")
                      .arg(u.received)
                      .arg(u.answeredOnTime)
                      .arg(u.perMessage.isEmpty() ? u"—"_s : RemainingTimeText::hoursAndMinutes(u.perMessage.median));
    }
    if (!m_viewer.isManager())
        text += u' ' + tr("(Your own figures.)");
    return text;
}

void ReportsView::showDayTickets(int index, ReportMeasure measure)
{
    if (index < 0 || index >= m_byDay.rows.size())
        return;
    const ResponseReportRow &day = m_byDay.rows.at(index);
    const QList<ReportedMessage> messages =
        byReceipt(m_byDay.messagesBehind(day.key, measure, false) + m_byDay.messagesBehind(day.key, measure, true));
    const QString what = measure == ReportMeasure::Late ? tr("Late, received %1") : tr("Received %1");
    m_ticketTitle->setText(what.arg(day.date.toString(Qt::ISODate)));
    m_tickets->setMessages(m_ticketTitle->text(), messages);
}

void ReportsView::showRowTickets(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString key = m_model->rowKey(index.row());
    const QList<ReportedMessage> messages = byReceipt(m_report.messagesBehind(key, ReportMeasure::Received, false)
                                                      + m_report.messagesBehind(key, ReportMeasure::Received, true));
    m_ticketTitle->setText(tr("Received: %1").arg(m_model->index(index.row(), 0).data().toString()));
    m_tickets->setMessages(m_ticketTitle->text(), messages);
}

void ReportsView::showHistogramTickets(int bin)
{
    const auto bins = ResponseTimeHistogram::bins();
    if (bin < 0 || bin >= bins.size())
        return;
    m_ticketTitle->setText(tr("Answered in %1").arg(bins.at(bin).label));
    m_tickets->setMessages(m_ticketTitle->text(), ResponseTimeHistogram::messagesIn(m_report.messages, bin));
}

void ReportsView::showError(const QString &message)
{
    m_summary->setText(tr("The report could not be made: %1").arg(message));
}

bool ReportsView::exportCsv()
{
    const QString suggested = u"madoguchi-report-%1-%2.csv"_s.arg(m_report.period.from.toString(u"yyyyMMdd"_s),
                                                                  m_report.period.to.toString(u"yyyyMMdd"_s));
    const QString path = m_chooseSaveFile(suggested, tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    const QByteArray bytes = ReportExport::csv(m_report);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        showError(tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

QList<QImage> ReportsView::chartImages() const
{
    QList<QImage> images;
    for (QChartView *view : {m_dailyChart, m_trendChart, m_histogramChart}) {
        // Rendered at a fixed size so the printout does not depend on the window's size.
        QImage image(QSize(1200, 520), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        view->render(&painter, QRectF(image.rect()), view->viewport()->rect());
        images.append(image);
    }
    return images;
}

bool ReportsView::exportPdf()
{
    const QString suggested = u"madoguchi-report-%1-%2.pdf"_s.arg(m_report.period.from.toString(u"yyyyMMdd"_s),
                                                                  m_report.period.to.toString(u"yyyyMMdd"_s));
    const QString path = m_chooseSaveFile(suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!ReportPrinter(m_report, chartImages()).writePdf(path)) {
        showError(tr("cannot write %1").arg(path));
        return false;
    }
    return true;
}

void ReportsView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        ReportPrinter(m_report, chartImages()).print(printer);
}

} // namespace Madoguchi
