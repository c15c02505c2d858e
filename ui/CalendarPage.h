#pragma once

#include <QWidget>

class QLabel;

namespace Madoguchi {

class BusinessCalendar;
class Clock;
class DeadlineCalculatorPanel;
class HolidayCalendarView;

// The "Calendar" page: the month view with its legend and the deadline calculator side by
// side. Picking a day in the calendar puts it into the calculator's "received at".
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    CalendarPage(const BusinessCalendar &calendar, Clock &clock, QWidget *parent = nullptr);

    HolidayCalendarView *calendarView() const { return m_view; }
    DeadlineCalculatorPanel *deadlinePanel() const { return m_panel; }

private:
    void showSelectedDay();

    const BusinessCalendar &m_calendar;
    HolidayCalendarView *m_view;
    DeadlineCalculatorPanel *m_panel;
    QLabel *m_selectedDayLabel;
};

} // namespace Madoguchi
