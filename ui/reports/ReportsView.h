#pragma once

#include "reports/ResponseReport.h"
#include "tickets/StaffUser.h"

#include <QWidget>

#include <functional>

class QBarSet;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace Madoguchi {

class KeyFigureStrip;
class ReportTableModel;
class ReportTicketList;
class TicketDesk;

// The managers' view (issues 7 and 13): a period (今月 / 先月 / 直近30日 / custom; it opens on
// last month while this month is young) and a grouping; the key figures with their change
// from the previous period; the figures as a table (the key columns, the rest behind "More
// columns") beside a per-staff chart; three charts (received vs late per day, monthly
// compliance against the team's on-time target, the spread of response times); and the
// tickets behind any bar or table row. Managers see the whole team and set the target; a
// staff member sees only the messages that count for them. Exports CSV for Excel, prints,
// and writes a PDF with the charts.
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    ReportsView(TicketDesk &desk, const StaffUser &viewer, QWidget *parent = nullptr);

    // Asks for a file name to save to (default: QFileDialog); tests answer it in advance.
    using SaveFileChooser = std::function<QString(const QString &suggestedName, const QString &filter)>;
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }

    // A custom period (the selector shows "Custom").
    void setPeriod(const ReportPeriod &period);
    void setPeriodChoice(ReportPeriodChoice choice);
    ReportPeriodChoice periodChoice() const;
    const ResponseReport &previousReport() const { return m_previous; }
    double onTimeTarget() const { return m_target; }
    void setGrouping(ReportGrouping grouping);
    const ResponseReport &report() const { return m_report; }
    const ResponseReport &dailyReport() const { return m_byDay; }

    QBarSet *receivedBars() const { return m_receivedBars; }
    QBarSet *lateBars() const { return m_lateBars; }
    QBarSet *histogramBars() const { return m_histogramBars; }

public Q_SLOTS:
    void refresh();
    bool exportCsv();
    bool exportPdf();
    void print();

Q_SIGNALS:
    void ticketActivated(qint64 ticketId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int oneRowWidth = 1400;
    void arrangeCharts(int viewWidth);
    void buildLayout();
    QWidget *buildPeriodBar();
    void applyPeriodChoice();
    void setDates(const ReportPeriod &period);
    void saveTarget();
    void showKeyColumns();
    static QChartView *replaceChartView(QChartView *old, QChart *chart);
    void showDayTickets(int index, ReportMeasure measure);
    void showRowTickets(const QModelIndex &index);
    void showHistogramTickets(int bin);
    void showError(const QString &message);
    QList<QImage> chartImages() const;
    QString summaryText() const;

    TicketDesk &m_desk;
    StaffUser m_viewer;
    ResponseReport m_report;
    ResponseReport m_byDay;
    ResponseReport m_trend;
    ResponseReport m_previous;
    ResponseReport m_byStaff;
    double m_target = 0;
    bool m_settingDates = false; // the view sets the dates: the choice stays
    SaveFileChooser m_chooseSaveFile;

    QComboBox *m_periodChoice = nullptr;
    QDoubleSpinBox *m_targetEdit = nullptr;
    QCheckBox *m_moreColumns = nullptr;
    KeyFigureStrip *m_keyFigures = nullptr;
    QSplitter *m_splitter = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    bool m_chartsInOneRow = false;
    QChartView *m_staffChart = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_ticketTitle = nullptr;
    QTableView *m_table = nullptr;
    ReportTableModel *m_model = nullptr;
    QChartView *m_dailyChart = nullptr;
    QChartView *m_trendChart = nullptr;
    QChartView *m_histogramChart = nullptr;
    ReportTicketList *m_tickets = nullptr;
    QBarSet *m_receivedBars = nullptr;
    QBarSet *m_lateBars = nullptr;
    QBarSet *m_histogramBars = nullptr;
};

} // namespace Madoguchi
