#pragma once

#include <QCalendarWidget>

namespace Madoguchi {

class BusinessCalendar;

// A month calendar that marks every day off the agreement knows: national holidays
// (祝日, 振替休日, 国民の休日), weekends, the year-end break and company holidays, each in
// its own colours, with the reason and name as the tooltip.
class HolidayCalendarView : public QCalendarWidget
{
    Q_OBJECT

public:
    explicit HolidayCalendarView(const BusinessCalendar &calendar, QWidget *parent = nullptr);

    // The tooltip text for a date (empty for an ordinary business day).
    QString describe(QDate date) const;
    // Re-reads the calendar, e.g. after company holidays changed.
    void refresh();

    // Colours shared with the legend.
    static QColor holidayForeground();
    static QColor holidayBackground();
    static QColor yearEndBackground();
    static QColor companyHolidayBackground();
    static QColor saturdayForeground();

private:
    void markPage(int year, int month);

    const BusinessCalendar &m_calendar;
};

} // namespace Madoguchi
