#include "calendar/HolidayCalendarView.h"

#include "calendar/BusinessCalendar.h"
#include "calendar/DayOffText.h"

#include <QTextCharFormat>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

HolidayCalendarView::HolidayCalendarView(const BusinessCalendar &calendar, QWidget *parent)
    : QCalendarWidget(parent)
    , m_calendar(calendar)
{
    setObjectName(u"holidayCalendarView"_s);
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    // Japanese calendars start on Sunday and show Saturday in blue, Sunday in red.
    setFirstDayOfWeek(Qt::Sunday);
    QTextCharFormat saturday;
    saturday.setForeground(saturdayForeground());
    setWeekdayTextFormat(Qt::Saturday, saturday);
    QTextCharFormat sunday;
    sunday.setForeground(holidayForeground());
    setWeekdayTextFormat(Qt::Sunday, sunday);
    connect(this, &QCalendarWidget::currentPageChanged, this, &HolidayCalendarView::markPage);
    refresh();
}

QColor HolidayCalendarView::holidayForeground()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor HolidayCalendarView::holidayBackground()
{
    return QColor(0xfd, 0xe2, 0xe2);
}

QColor HolidayCalendarView::yearEndBackground()
{
    return QColor(0xdd, 0xdd, 0xdd);
}

QColor HolidayCalendarView::companyHolidayBackground()
{
    return QColor(0xff, 0xec, 0xb3);
}

QColor HolidayCalendarView::saturdayForeground()
{
    return QColor(0x15, 0x65, 0xc0);
}

void HolidayCalendarView::refresh()
{
    markPage(yearShown(), monthShown());
}

QString HolidayCalendarView::describe(QDate date) const
{
    const DayInfo day = m_calendar.dayInfo(date);
    if (day.isBusinessDay())
        return {};
    QStringList parts;
    // A holiday that falls on a weekend still shows its name.
    if (const auto holiday = m_calendar.holidays().holiday(date)) {
        QString text
            = DayOffText::reasonLabel(holiday->kind == HolidayKind::National         ? DayOffReason::NationalHoliday
                                          : holiday->kind == HolidayKind::Substitute ? DayOffReason::SubstituteHoliday
                                                                                     : DayOffReason::CitizensHoliday,
                                      holiday->displayName());
        if (holiday->provisional)
            text += tr(" (provisional)");
        parts.append(text);
    }
    if (!parts.isEmpty() && (day.reason == DayOffReason::Saturday || day.reason == DayOffReason::Sunday))
        return parts.first();
    if (parts.isEmpty() || day.reason == DayOffReason::YearEndBreak || day.reason == DayOffReason::CompanyHoliday)
        parts.prepend(DayOffText::reasonLabel(day));
    parts.removeDuplicates();
    return parts.join(u'\n');
}

void HolidayCalendarView::markPage(int year, int month)
{
    setDateTextFormat(QDate(), QTextCharFormat()); // clears every earlier mark
    // The grid shows up to six weeks, including days of the neighbouring months.
    const QDate first = QDate(year, month, 1).addDays(-7);
    const QDate last = QDate(year, month, 1).addDays(6 * 7 + 7);
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        const DayInfo day = m_calendar.dayInfo(d);
        const auto holiday = m_calendar.holidays().holiday(d);
        if (day.isBusinessDay() && !holiday)
            continue;
        QTextCharFormat format;
        if (holiday) {
            format.setForeground(holidayForeground());
            format.setBackground(holidayBackground());
            format.setFontWeight(QFont::Bold);
            format.setFontItalic(holiday->provisional);
        } else if (day.reason == DayOffReason::YearEndBreak) {
            format.setBackground(yearEndBackground());
        } else if (day.reason == DayOffReason::CompanyHoliday) {
            format.setBackground(companyHolidayBackground());
        } else if (day.reason == DayOffReason::Saturday) {
            format.setForeground(saturdayForeground());
        } else if (day.reason == DayOffReason::Sunday) {
            format.setForeground(holidayForeground());
        }
        if (day.isBusinessDay()) // an extra working day that is also a holiday: show it is worked
            format.setFontStrikeOut(true);
        format.setToolTip(describe(d));
        setDateTextFormat(d, format);
    }
}

} // namespace Madoguchi
