#pragma once

#include "calendar/BusinessCalendar.h"

#include <QMainWindow>

namespace Madoguchi {

class CalendarPage;
class Clock;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Clock &clock, QWidget *parent = nullptr);

    CalendarPage *calendarPage() const { return m_calendarPage; }

private:
    BusinessCalendar m_calendar; // the agreement's defaults until the settings store exists
    CalendarPage *m_calendarPage;
};

} // namespace Madoguchi
