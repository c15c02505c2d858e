#include "MainWindow.h"

#include "CalendarPage.h"

namespace Madoguchi {

MainWindow::MainWindow(Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_calendarPage(new CalendarPage(m_calendar, clock, this))
{
    setWindowTitle(tr("Madoguchi"));
    setCentralWidget(m_calendarPage);
    resize(1200, 800);
}

} // namespace Madoguchi
