#pragma once

#include <QWidget>

class QCalendarWidget;
class QDateTimeEdit;
class QCheckBox;
class QLabel;

namespace Madoguchi {

class CalendarStore;
class Clock;

// The business calendar at a glance and a deadline calculator: pick a day to see whether
// it is a business day and why not; enter a receipt time to see its deadline and the
// explanation the ticket panel would show.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    CalendarPage(CalendarStore &calendar, const Clock &clock, QWidget *parent = nullptr);
    void refresh();

private:
    void showDay();
    void computeDeadline();

    CalendarStore &m_calendar;
    const Clock &m_clock;
    QCalendarWidget *m_month = nullptr;
    QLabel *m_day = nullptr;
    QDateTimeEdit *m_received = nullptr;
    QCheckBox *m_urgent = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace Madoguchi
