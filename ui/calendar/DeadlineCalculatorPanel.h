#pragma once

#include "calendar/ResponseDeadline.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace Madoguchi {

class Clock;

// "Received at …" → the deadline and its explanation, in JST, so that staff can check
// what the desk will promise before the ticket views exist (and managers can see why).
class DeadlineCalculatorPanel : public QWidget
{
    Q_OBJECT

public:
    DeadlineCalculatorPanel(const BusinessCalendar &calendar, const Clock &clock, QWidget *parent = nullptr);

    // The JST wall-clock moment in the editor, as an instant.
    QDateTime received() const;
    void setReceived(const QDateTime &moment);
    void setReceivedDate(QDate jstDate); // keeps the time of day
    ResponseDeadline current() const { return m_current; }
    // Computes the deadline again, e.g. after the calendar changed.
    void recompute();

Q_SIGNALS:
    void deadlineChanged(const Madoguchi::ResponseDeadline &deadline);

private:

    const BusinessCalendar &m_calendar;
    const Clock &m_clock;
    ResponseDeadline m_current;
    QDateTimeEdit *m_receivedEdit;
    QComboBox *m_policyCombo;
    QCheckBox *m_urgentCheck;
    QPushButton *m_nowButton;
    QLabel *m_deadlineLabel;
    QLabel *m_explanationLabel;
};

} // namespace Madoguchi
