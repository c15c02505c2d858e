#include "availability/AvailabilityView.h"

#include "Appearance.h"
#include "availability/AvailabilityChart.h"
#include "availability/AvailabilityPrinter.h"
#include "availability/AvailabilityTarget.h"
#include "availability/OutageStore.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "tickets/TicketDesk.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

constexpr int monthsOffered = 24;

QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

// A table as tall as its rows: the page scrolls, the table does not (only sideways, when its
// columns are wider than a low screen).
void fitHeight(QTableWidget *table)
{
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth()
                 + table->horizontalScrollBar()->sizeHint().height();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setMinimumHeight(height);
    table->setMaximumHeight(height);
}

} // namespace

AvailabilityView::AvailabilityView(TicketDesk &desk, const StaffUser &viewer, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_viewer(viewer)
{
    setObjectName(u"availabilityView"_s);
    m_chooseSaveFile = [this](const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, tr("Save availability"), suggested, filter);
    };

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(buildBar());
    m_message = new QLabel(page);
    m_message->setObjectName(u"availabilityMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    m_figures = new QTableWidget(0, 7, page);
    m_figures->setObjectName(u"figuresTableWidget"_s);
    m_figures->setHorizontalHeaderLabels({tr("Function"), tr("Service minutes"), tr("Excluded minutes"),
                                          tr("Downtime minutes"), tr("Availability %"), tr("Target %"),
                                          tr("Result")});
    m_contributions = new QTableWidget(0, 7, page);
    m_contributions->setObjectName(u"contributionsTableWidget"_s);
    // The cause (with its note) last: it takes the room that is left, the figures stay in view.
    m_contributions->setHorizontalHeaderLabels({tr("Incident or maintenance"), tr("Function"), tr("When (JST)"),
                                                tr("Downtime minutes"), tr("Excluded minutes"), tr("Rule"),
                                                tr("Cause")});
    m_contributions->setToolTip(tr("Double-click an incident to open it."));
    for (QTableWidget *table : {m_figures, m_contributions}) {
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setTextElideMode(Qt::ElideNone);
        table->setWordWrap(false);
    }
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    m_contributions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contributions->horizontalHeader()->setStretchLastSection(true);
    connect(m_contributions, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const qint64 id = m_contributions->item(row, 0)->data(Qt::UserRole).toLongLong();
        if (id > 0)
            Q_EMIT incidentActivated(id);
    });
    layout->addWidget(m_figures);
    auto *contributionTitle = new QLabel(tr("Incidents and maintenance this month"), page);
    QFont bold = contributionTitle->font();
    bold.setBold(true);
    contributionTitle->setFont(bold);
    layout->addWidget(contributionTitle);
    layout->addWidget(m_contributions);

    m_chart = new QChartView(page);
    m_chart->setObjectName(u"availabilityChartView"_s);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(340);
    layout->addWidget(m_chart, 1);

    // A low screen (1024×700) scrolls the page instead of squeezing the tables and the chart.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"availabilityScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto target = AvailabilityTarget::read(desk.database());
    m_target = target ? *target : AvailabilityTarget::agreementPercent;
    setMonth(Jst::dateOf(desk.clock().now()));
}

QWidget *AvailabilityView::buildBar()
{
    auto *bar = new QWidget(this);
    m_monthChoice = new QComboBox(bar);
    m_monthChoice->setObjectName(u"monthComboBox"_s);
    const QDate now = Jst::dateOf(m_desk.clock().now());
    const QDate thisMonth(now.year(), now.month(), 1);
    for (int back = 0; back < monthsOffered; ++back) {
        const QDate month = thisMonth.addMonths(-back);
        m_monthChoice->addItem(month.toString(u"yyyy-MM"_s), month);
    }
    m_targetEdit = new QDoubleSpinBox(bar);
    m_targetEdit->setObjectName(u"targetSpinBox"_s);
    m_targetEdit->setRange(AvailabilityTarget::lowestPercent, AvailabilityTarget::highestPercent);
    m_targetEdit->setDecimals(2);
    m_targetEdit->setSingleStep(0.1);
    m_targetEdit->setSuffix(u" %"_s);
    m_targetEdit->setEnabled(m_viewer.isManager());
    m_targetEdit->setToolTip(m_viewer.isManager()
                                 ? tr("The monthly availability the team promises (the agreement: 99 %). "
                                      "Shared by the whole team.")
                                 : tr("Set by a manager."));
    auto *csvButton = new QPushButton(tr("Export CSV…"), bar);
    csvButton->setObjectName(u"exportCsvButton"_s);
    auto *pdfButton = new QPushButton(tr("Save PDF…"), bar);
    pdfButton->setObjectName(u"exportPdfButton"_s);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Month (JST)"), bar));
    layout->addWidget(m_monthChoice);
    layout->addStretch();
    layout->addWidget(new QLabel(tr("Availability target"), bar));
    layout->addWidget(m_targetEdit);
    layout->addWidget(csvButton);
    layout->addWidget(pdfButton);

    connect(m_monthChoice, &QComboBox::currentIndexChanged, this, &AvailabilityView::refresh);
    connect(m_targetEdit, &QDoubleSpinBox::editingFinished, this, [this] { setTarget(m_targetEdit->value()); });
    connect(csvButton, &QPushButton::clicked, this, &AvailabilityView::exportCsv);
    connect(pdfButton, &QPushButton::clicked, this, &AvailabilityView::exportPdf);
    return bar;
}

void AvailabilityView::setMonth(QDate month)
{
    const QDate first(month.year(), month.month(), 1);
    int index = m_monthChoice->findData(first);
    if (index < 0) {
        m_monthChoice->addItem(first.toString(u"yyyy-MM"_s), first);
        index = m_monthChoice->count() - 1;
    }
    {
        const QSignalBlocker quiet(m_monthChoice);
        m_monthChoice->setCurrentIndex(index);
    }
    refresh();
}

void AvailabilityView::setTarget(double percent)
{
    if (qFuzzyCompare(percent, m_target))
        return;
    if (auto saved = AvailabilityTarget::write(m_desk.settings(), m_viewer, percent); !saved) {
        const QSignalBlocker quiet(m_targetEdit);
        m_targetEdit->setValue(m_target);
        return showError(saved.error().message);
    }
    refresh();
}

void AvailabilityView::refresh()
{
    const QDate month = m_monthChoice->currentData().toDate();
    const QDateTime now = m_desk.clock().now();
    OutageStore store(m_desk.database(), m_desk.clock());
    auto computed = AvailabilityTable::month(store, month, now);
    if (!computed)
        return showError(computed.error().message);
    auto client = AvailabilityTable::trend(store, AvailabilityScope::Client, month, now);
    auto consumer = AvailabilityTable::trend(store, AvailabilityScope::Consumer, month, now);
    if (!client || !consumer)
        return showError(!client ? client.error().message : consumer.error().message);
    m_month = std::move(computed.value());
    m_clientTrend = std::move(client.value());
    m_consumerTrend = std::move(consumer.value());
    m_target = m_month.figures.isEmpty() ? m_target : m_month.figures.first().targetPercent;
    {
        const QSignalBlocker quiet(m_targetEdit);
        m_targetEdit->setValue(m_target);
    }
    m_message->clear();
    m_message->setVisible(false);
    showFigures();
    showContributions();
    // A fresh view per chart, as in the Reports view: a QChartView's scene keeps pointers to
    // the items of a chart it showed before.
    auto *view = new QChartView(
        AvailabilityChart::trend(m_clientTrend, m_consumerTrend, m_target, Appearance::isDark(palette())),
        m_chart->parentWidget());
    view->setObjectName(m_chart->objectName());
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(m_chart->minimumHeight());
    delete m_chart->parentWidget()->layout()->replaceWidget(m_chart, view); // the old layout item is ours
    delete m_chart;
    m_chart = view;
    m_chart->show();
}

void AvailabilityView::showFigures()
{
    const bool dark = Appearance::isDark(palette());
    m_figures->setRowCount(int(m_month.figures.size()));
    for (int row = 0; row < m_month.figures.size(); ++row) {
        const AvailabilityFigures &f = m_month.figures.at(row);
        m_figures->setItem(row, 0, item(scopeLabel(f.scope)));
        m_figures->setItem(row, 1, item(QString::number(f.serviceMinutes), true));
        m_figures->setItem(row, 2, item(QString::number(f.excludedMinutes), true));
        m_figures->setItem(row, 3, item(QString::number(f.downtimeMinutes), true));
        auto *percent = item(AvailabilityTable::percentText(f.percent), true);
        QFont bold = percent->font();
        bold.setBold(true);
        percent->setFont(bold);
        m_figures->setItem(row, 4, percent);
        m_figures->setItem(row, 5, item(AvailabilityTable::percentText(f.targetPercent), true));
        // In words as well as in colour; colours that read on light and dark palettes.
        const bool met = f.meetsTarget();
        auto *result = item((met ? u"✔ "_s : u"✘ "_s) + AvailabilityPrinter::verdict(f));
        result->setFont(bold);
        result->setForeground(met ? (dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20))
                                  : (dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c)));
        m_figures->setItem(row, 6, result);
    }
    m_figures->resizeColumnsToContents();
    fitHeight(m_figures);
}

void AvailabilityView::showContributions()
{
    QList<const AvailabilityContribution *> all;
    for (const AvailabilityFigures &f : std::as_const(m_month.figures)) {
        for (const AvailabilityContribution &c : f.contributions)
            all.append(&c);
    }
    m_contributions->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const AvailabilityContribution &c = *all.at(row);
        auto *source = item(AvailabilityTable::sourceLabel(c));
        const QStringList words = c.source.split(u' ');
        source->setData(Qt::UserRole, words.value(0) == u"incident"_s ? words.value(1).toLongLong() : 0);
        m_contributions->setItem(row, 0, source);
        m_contributions->setItem(row, 1, item(functionLabel(c.function)));
        m_contributions->setItem(row, 2, item(AvailabilityTable::spanText(c, m_month)));
        m_contributions->setItem(row, 3, item(QString::number(c.downtimeMinutes), true));
        m_contributions->setItem(row, 4, item(QString::number(c.excludedMinutes), true));
        m_contributions->setItem(row, 5, item(ruleLabel(c.why)));
        auto *cause = item(AvailabilityTable::causeText(c, m_month));
        cause->setToolTip(cause->text());
        m_contributions->setItem(row, 6, cause);
    }
    m_contributions->resizeColumnsToContents();
    fitHeight(m_contributions); // every row in view: the page scrolls
    if (all.isEmpty()) {
        m_message->setText(tr("No incident or maintenance touched this month."));
        m_message->setVisible(true);
    }
}

void AvailabilityView::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(true);
}

bool AvailabilityView::exportCsv()
{
    const QString suggested = u"madoguchi-availability-%1.csv"_s.arg(m_month.month.toString(u"yyyy-MM"_s));
    const QString path = m_chooseSaveFile(suggested, tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    const QByteArray bytes = AvailabilityTable::csv(m_month.figures);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

QImage AvailabilityView::chartImage() const
{
    // A fixed size, so the PDF does not depend on the window's size.
    QImage image(QSize(1200, 520), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_chart->render(&painter, QRectF(image.rect()), m_chart->viewport()->rect());
    return image;
}

bool AvailabilityView::exportPdf()
{
    const QString suggested = u"madoguchi-availability-%1.pdf"_s.arg(m_month.month.toString(u"yyyy-MM"_s));
    const QString path = m_chooseSaveFile(suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!AvailabilityPrinter(m_month, chartImage(), m_desk.clock().now()).writePdf(path)) {
        showError(tr("Cannot write %1").arg(path));
        return false;
    }
    return true;
}

} // namespace Madoguchi
