#pragma once

#include "availability/AvailabilityTable.h"
#include "tickets/StaffUser.h"

#include <QImage>
#include <QWidget>

#include <functional>

class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace Madoguchi {

class TicketDesk;

// The managers' view of the agreement's chapter 4 (issue 15): a month; per function (client,
// consumer) the service, excluded and downtime minutes and the availability with two decimals
// against the target, met or missed in words; every incident's and maintenance's contribution
// (its time in JST, cause, minutes down or excluded, the rule); a 12-month chart with the
// target line; the CSV `madoguchi-cli availability --format csv` writes, and a PDF. Managers
// set the target here or in Settings; staff read. Everything scrolls on a low screen.
class AvailabilityView : public QWidget
{
    Q_OBJECT

public:
    AvailabilityView(TicketDesk &desk, const StaffUser &viewer, QWidget *parent = nullptr);

    // Asks for a file name to save to (default: QFileDialog); tests answer it in advance.
    using SaveFileChooser = std::function<QString(const QString &suggestedName, const QString &filter)>;
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }

    void setMonth(QDate month);
    QDate month() const { return m_month.month; }
    const AvailabilityMonth &figures() const { return m_month; }
    const QList<AvailabilityFigures> &clientTrend() const { return m_clientTrend; }
    QChartView *chartView() const { return m_chart; }
    double target() const { return m_target; }
    void setTarget(double percent); // as a manager typing it; refused ones show the message

public Q_SLOTS:
    void refresh();
    bool exportCsv();
    bool exportPdf();

Q_SIGNALS:
    void incidentActivated(qint64 incidentId);

private:
    QWidget *buildBar();
    void showFigures();
    void showContributions();
    void showError(const QString &message);
    QImage chartImage() const;

    TicketDesk &m_desk;
    StaffUser m_viewer;
    AvailabilityMonth m_month;
    QList<AvailabilityFigures> m_clientTrend;
    QList<AvailabilityFigures> m_consumerTrend;
    double m_target = 99.0;
    SaveFileChooser m_chooseSaveFile;

    QComboBox *m_monthChoice = nullptr;
    QDoubleSpinBox *m_targetEdit = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_figures = nullptr;
    QTableWidget *m_contributions = nullptr;
    QChartView *m_chart = nullptr;
};

} // namespace Madoguchi
