#include "reports/ReportsView.h"

#include "reports/KeyFigureStrip.h"
#include "reports/ReportCharts.h"
#include "reports/ReportPrinter.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportTicketList.h"
#include "core/Clock.h"
#include "calendar/BusinessCalendar.h"
#include "core/Jst.h"
#include "core/RemainingTimeText.h"
#include "reports/OnTimeTarget.h"
#include "reports/ReportExport.h"
#include "reports/ReportTable.h"
#include "reports/ResponseReportBuilder.h"
#include "reports/ResponseTimeHistogram.h"
#include "tickets/TicketDesk.h"

#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
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
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QScrollArea>
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
    auto target = OnTimeTarget::read(desk.settings());
    m_target = target ? *target : OnTimeTarget::agreementPercent;
    buildLayout();
    auto calendar = desk.calendar().calendar();
    const QDate today = Jst::dateOf(desk.clock().now());
    setPeriodChoice(calendar ? ReportPeriod::openingChoice(today, **calendar) : ReportPeriodChoice::ThisMonth);
}

QWidget *ReportsView::buildPeriodBar()
{
    auto *bar = new QWidget(this);
    m_periodChoice = new QComboBox(bar);
    m_periodChoice->setObjectName(u"periodComboBox"_s);
    m_periodChoice->addItem(tr("This month"), int(ReportPeriodChoice::ThisMonth));
    m_periodChoice->addItem(tr("Last month"), int(ReportPeriodChoice::LastMonth));
    m_periodChoice->addItem(tr("Last 30 days"), int(ReportPeriodChoice::Last30Days));
    m_periodChoice->addItem(tr("Custom"), int(ReportPeriodChoice::Custom));
    m_from = new QDateEdit(bar);
    m_from->setObjectName(u"fromDateEdit"_s);
    m_to = new QDateEdit(bar);
    m_to->setObjectName(u"toDateEdit"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        // Typing a date makes the period a custom one.
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_settingDates)
                return;
            const QSignalBlocker quiet(m_periodChoice);
            m_periodChoice->setCurrentIndex(m_periodChoice->findData(int(ReportPeriodChoice::Custom)));
        });
    }
    m_grouping = new QComboBox(bar);
    m_grouping->setObjectName(u"groupingComboBox"_s);
    for (ReportGrouping g : {ReportGrouping::Team, ReportGrouping::Staff, ReportGrouping::Organisation,
                             ReportGrouping::Day, ReportGrouping::Month})
        m_grouping->addItem(groupingLabel(g), int(g));
    auto *showButton = new QPushButton(tr("Show"), bar);
    showButton->setObjectName(u"showButton"_s);
    m_targetEdit = new QDoubleSpinBox(bar);
    m_targetEdit->setObjectName(u"targetSpinBox"_s);
    m_targetEdit->setRange(1.0, 100.0);
    m_targetEdit->setDecimals(1);
    m_targetEdit->setSingleStep(0.5);
    m_targetEdit->setSuffix(u" %"_s);
    m_targetEdit->setValue(m_target);
    m_targetEdit->setEnabled(m_viewer.isManager());
    m_targetEdit->setToolTip(m_viewer.isManager() ? tr("The on-time rate the team aims at, drawn on the trend chart. "
                                                       "Shared by the whole team.")
                                                  : tr("Set by a manager."));
    auto *csvButton = new QPushButton(tr("Export CSV…"), bar);
    csvButton->setObjectName(u"exportCsvButton"_s);
    auto *pdfButton = new QPushButton(tr("Save PDF…"), bar);
    pdfButton->setObjectName(u"exportPdfButton"_s);
    auto *printButton = new QPushButton(tr("Print…"), bar);
    printButton->setObjectName(u"printButton"_s);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_periodChoice);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(u"–"_s, bar));
    layout->addWidget(m_to);
    layout->addWidget(new QLabel(tr("(JST)"), bar));
    layout->addWidget(m_grouping);
    layout->addWidget(showButton);
    layout->addStretch();
    layout->addWidget(new QLabel(tr("On-time target"), bar));
    layout->addWidget(m_targetEdit);
    layout->addWidget(csvButton);
    layout->addWidget(pdfButton);
    layout->addWidget(printButton);

    connect(m_periodChoice, &QComboBox::currentIndexChanged, this, &ReportsView::applyPeriodChoice);
    connect(showButton, &QPushButton::clicked, this, &ReportsView::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ReportsView::refresh);
    connect(m_targetEdit, &QDoubleSpinBox::editingFinished, this, &ReportsView::saveTarget);
    connect(csvButton, &QPushButton::clicked, this, &ReportsView::exportCsv);
    connect(pdfButton, &QPushButton::clicked, this, &ReportsView::exportPdf);
    connect(printButton, &QPushButton::clicked, this, &ReportsView::print);
    return bar;
}

void ReportsView::buildLayout()
{
    QWidget *bar = buildPeriodBar();
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
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideNone);
    m_moreColumns = new QCheckBox(tr("More columns"), this);
    m_moreColumns->setObjectName(u"moreColumnsCheckBox"_s);
    m_keyFigures = new KeyFigureStrip(this);
    m_staffChart = new QChartView(this);
    m_staffChart->setObjectName(u"staffChartView"_s);

    m_dailyChart = new QChartView(this);
    m_dailyChart->setObjectName(u"dailyChartView"_s);
    m_trendChart = new QChartView(this);
    m_trendChart->setObjectName(u"trendChartView"_s);
    m_histogramChart = new QChartView(this);
    m_histogramChart->setObjectName(u"histogramChartView"_s);
    for (QChartView *view : {m_dailyChart, m_trendChart, m_histogramChart, m_staffChart}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(230);
    }
    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_chartGrid = grid;
    arrangeCharts(width());

    m_ticketTitle = new QLabel(tr("Click a bar or a table row to see the tickets behind it."), this);
    m_ticketTitle->setObjectName(u"ticketListTitle"_s);
    m_tickets = new ReportTicketList(this);
    auto *ticketBox = new QWidget(this);
    auto *ticketLayout = new QVBoxLayout(ticketBox);
    ticketLayout->setContentsMargins(0, 0, 0, 0);
    ticketLayout->addWidget(m_ticketTitle);
    ticketLayout->addWidget(m_tickets);

    // The table with its "More columns" switch, and the per-staff chart beside it.
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_moreColumns);
    auto *tableAndStaff = new QSplitter(Qt::Horizontal, this);
    tableAndStaff->setObjectName(u"tableSplitter"_s);
    tableAndStaff->addWidget(tableBox);
    tableAndStaff->addWidget(m_staffChart);
    tableAndStaff->setStretchFactor(0, 3);
    tableAndStaff->setStretchFactor(1, 2);
    tableAndStaff->setChildrenCollapsible(false);
    m_staffChart->setMinimumWidth(260);
    m_staffChart->setMinimumHeight(220); // its names and axis stay readable
    tableBox->setMinimumWidth(320);

    // Every pane can be enlarged by dragging the handles between them.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"reportSplitter"_s);
    m_splitter->addWidget(tableAndStaff);
    // The charts keep the height their labels need; on a low screen their pane scrolls.
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setObjectName(u"chartScrollArea"_s);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setWidget(charts);
    m_splitter->addWidget(chartScroll);
    m_splitter->addWidget(ticketBox);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 1);
    // The charts get the larger share at first: a team or month table has few rows.
    m_splitter->setSizes({150, 300, 150});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_keyFigures);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_moreColumns, &QCheckBox::toggled, this, &ReportsView::showKeyColumns);
    connect(m_table, &QTableView::clicked, this, &ReportsView::showRowTickets);
    connect(m_tickets, &ReportTicketList::ticketActivated, this, &ReportsView::ticketActivated);
}

QChartView *ReportsView::replaceChartView(QChartView *old, QChart *chart)
{
    auto *splitter = qobject_cast<QSplitter *>(old->parentWidget());
    // A splitter takes in every new child as a pane of its own: the new view is made
    // without a parent and put in the old one's place.
    auto *view = new QChartView(chart, splitter ? nullptr : old->parentWidget());
    view->setObjectName(old->objectName());
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(old->minimumHeight());
    if (splitter)
        splitter->replaceWidget(splitter->indexOf(old), view);
    else
        delete old->parentWidget()->layout()->replaceWidget(old, view); // the old layout item is ours
    delete old;
    view->show(); // a child added after its parent is shown stays hidden otherwise
    return view;
}

void ReportsView::arrangeCharts(int viewWidth)
{
    // Wide: one row of three charts, so each keeps the height its labels need. Narrower:
    // the daily chart across the top (61 days need the width), the other two below it.
    const bool oneRow = viewWidth >= oneRowWidth;
    if (m_chartsInOneRow == oneRow && m_chartGrid->count() == 3)
        return;
    m_chartsInOneRow = oneRow;
    for (QChartView *view : {m_dailyChart, m_trendChart, m_histogramChart})
        m_chartGrid->removeWidget(view);
    if (oneRow) {
        m_chartGrid->addWidget(m_dailyChart, 0, 0);
        m_chartGrid->addWidget(m_trendChart, 0, 1);
        m_chartGrid->addWidget(m_histogramChart, 0, 2);
    } else {
        m_chartGrid->addWidget(m_dailyChart, 0, 0, 1, 2);
        m_chartGrid->addWidget(m_trendChart, 1, 0);
        m_chartGrid->addWidget(m_histogramChart, 1, 1);
    }
    for (int column = 0; column < 3; ++column)
        m_chartGrid->setColumnStretch(column, oneRow || column < 2 ? 1 : 0);
}

void ReportsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCharts(event->size().width());
}

void ReportsView::setPeriod(const ReportPeriod &period)
{
    {
        const QSignalBlocker quiet(m_periodChoice);
        m_periodChoice->setCurrentIndex(m_periodChoice->findData(int(ReportPeriodChoice::Custom)));
    }
    setDates(period);
    refresh();
}

void ReportsView::setDates(const ReportPeriod &period)
{
    const QScopedValueRollback setting(m_settingDates, true);
    m_from->setDate(period.from);
    m_to->setDate(period.to);
}

void ReportsView::setPeriodChoice(ReportPeriodChoice choice)
{
    {
        const QSignalBlocker quiet(m_periodChoice);
        m_periodChoice->setCurrentIndex(m_periodChoice->findData(int(choice)));
    }
    applyPeriodChoice();
}

ReportPeriodChoice ReportsView::periodChoice() const
{
    return ReportPeriodChoice(m_periodChoice->currentData().toInt());
}

void ReportsView::applyPeriodChoice()
{
    const ReportPeriod period = ReportPeriod::of(periodChoice(), Jst::dateOf(m_desk.clock().now()));
    if (!period.isValid())
        return; // Custom: the dates stay as they are until the person changes them
    setDates(period);
    refresh();
}

void ReportsView::saveTarget()
{
    const double target = m_targetEdit->value();
    if (qFuzzyCompare(target, m_target))
        return;
    if (auto saved = OnTimeTarget::write(m_desk.settings(), m_viewer, target); !saved) {
        m_targetEdit->setValue(m_target);
        return showError(saved.error().message);
    }
    m_target = target;
    m_trendChart = replaceChartView(m_trendChart, ReportCharts::monthlyCompliance(m_trend, m_target));
}

void ReportsView::showKeyColumns()
{
    // The figures a manager looks at first, in that order; the rest behind "More columns".
    QStringList keys{u"group"_s};
    for (KeyFigure figure : KeyFigures::all())
        keys.append(QString::fromLatin1(KeyFigures::columnKey(figure)));
    QHeaderView *header = m_table->horizontalHeader();
    const QList<ReportColumn> &columns = ReportTable::columns();
    for (int logical = 0; logical < columns.size(); ++logical) {
        const int wanted = int(keys.indexOf(QString::fromLatin1(columns.at(logical).key)));
        m_table->setColumnHidden(logical, wanted < 0 && !m_moreColumns->isChecked());
        if (wanted >= 0 && header->visualIndex(logical) != wanted)
            header->moveSection(header->visualIndex(logical), wanted);
    }
    m_table->resizeColumnsToContents();
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
    // Each report the view needs, made once: the chosen grouping is reused where it is also
    // the per-day or per-staff report.
    auto build = [&](ResponseReport &into, const ReportPeriod &range, ReportGrouping by) {
        if (&into != &m_report && by == grouping && range.from == period.from && range.to == period.to) {
            into = m_report;
            return true;
        }
        auto made = builder.build({range, by, onlyStaff});
        if (!made) {
            showError(made.error().message);
            return false;
        }
        into = std::move(made.value());
        return true;
    };
    if (!build(m_report, period, grouping) || !build(m_byDay, period, ReportGrouping::Day)
        || !build(m_byStaff, period, ReportGrouping::Staff) || !build(m_previous, period.previous(), ReportGrouping::Team))
        return;
    auto trend = builder.trend(period.to, onlyStaff);
    if (!trend)
        return showError(trend.error().message);
    m_trend = std::move(trend.value());

    m_model->setReport(m_report);
    showKeyColumns();
    m_keyFigures->setFigures(KeyFigures::compare(m_report.total.standard, m_previous.total.standard), period.previous());
    m_summary->setText(summaryText());

    // A fresh view per chart: a QChartView's scene keeps pointers to the items of a chart
    // it showed before, so replacing only the chart leaves the view clicking on freed items.
    m_dailyChart = replaceChartView(m_dailyChart, ReportCharts::dailyReceivedVsLate(m_byDay, &m_receivedBars, &m_lateBars));
    m_trendChart = replaceChartView(m_trendChart, ReportCharts::monthlyCompliance(m_trend, m_target));
    m_staffChart = replaceChartView(m_staffChart, ReportCharts::perStaff(m_byStaff));
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
    for (QChartView *view : {m_dailyChart, m_trendChart, m_histogramChart, m_staffChart}) {
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
