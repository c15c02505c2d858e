#pragma once

#include "calendar/BusinessCalendar.h"

#include <QWidget>

class QLabel;

namespace Madoguchi {

class Clock;
class DeadlineCalculatorPanel;
class HolidayCalendarView;

// The "Calendar" page: the month view with its legend and the deadline calculator side by
// side. Picking a day in the calendar puts it into the calculator's "received at".
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    // Keeps its own copy of the calendar, so the page never points at one the store replaced.
    CalendarPage(const BusinessCalendar &calendar, const Clock &clock, QWidget *parent = nullptr);

    // Shows a changed calendar (company holidays, business hours, an imported official list).
    void setCalendar(const BusinessCalendar &calendar);

    HolidayCalendarView *calendarView() const { return m_view; }
    DeadlineCalculatorPanel *deadlinePanel() const { return m_panel; }

private:
    void showSelectedDay();

    BusinessCalendar m_calendar; // declared first: the views below refer to it
    HolidayCalendarView *m_view;
    DeadlineCalculatorPanel *m_panel;
    QLabel *m_selectedDayLabel;
};

} // namespace Madoguchi
