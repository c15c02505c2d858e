#pragma once

#include "reports/ResponseReport.h"
#include "tickets/StaffUser.h"

#include <QWidget>

#include <functional>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace Madoguchi {

class ReportTableModel;
class ReportTicketList;
class TicketDesk;

// The managers' view (issue 7): a date range and a grouping, the figures as a table, three
// charts (received vs late per day, monthly compliance against the 99 % target, the spread
// of response times), and the tickets behind any bar or table row. Managers see the whole
// team; a staff member sees only the messages that count for them. Exports CSV for Excel,
// prints, and writes a PDF with the charts.
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    ReportsView(TicketDesk &desk, const StaffUser &viewer, QWidget *parent = nullptr);

    // Asks for a file name to save to (default: QFileDialog); tests answer it in advance.
    using SaveFileChooser = std::function<QString(const QString &suggestedName, const QString &filter)>;
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }

    void setPeriod(const ReportPeriod &period);
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

private:
    void buildLayout();
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
    SaveFileChooser m_chooseSaveFile;

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
