#include "calendar/CalendarPage.h"

#include "calendar/DeadlineCalculatorPanel.h"
#include "calendar/HolidayCalendarView.h"
#include "calendar/BusinessCalendar.h"
#include "calendar/DayOffText.h"
#include "core/Jst.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QLabel *legendChip(const QString &text, const QColor &foreground, const QColor &background, QWidget *parent)
{
    auto *chip = new QLabel(text, parent);
    chip->setStyleSheet(u"QLabel { color: %1; background: %2; border: 1px solid #bbb; padding: 2px 6px; }"_s.arg(
        foreground.name(), background.isValid() ? background.name() : u"transparent"_s));
    return chip;
}

} // namespace

CalendarPage::CalendarPage(const BusinessCalendar &calendar, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_calendar(calendar)
    , m_view(new HolidayCalendarView(m_calendar, this))
    , m_panel(new DeadlineCalculatorPanel(m_calendar, clock, this))
    , m_selectedDayLabel(new QLabel(this))
{
    setObjectName(u"calendarPage"_s);
    m_selectedDayLabel->setObjectName(u"selectedDayLabel"_s);
    m_selectedDayLabel->setWordWrap(true);

    auto *legend = new QHBoxLayout;
    legend->addWidget(legendChip(tr("National holiday"), HolidayCalendarView::holidayForeground(),
                                 HolidayCalendarView::holidayBackground(), this));
    legend->addWidget(legendChip(DayOffText::reasonLabel(DayOffReason::YearEndBreak), palette().color(QPalette::Text),
                                 HolidayCalendarView::yearEndBackground(), this));
    legend->addWidget(legendChip(DayOffText::reasonLabel(DayOffReason::CompanyHoliday), palette().color(QPalette::Text),
                                 HolidayCalendarView::companyHolidayBackground(), this));
    legend->addWidget(
        legendChip(DayOffText::weekdayName(Qt::Saturday), HolidayCalendarView::saturdayForeground(), {}, this));
    legend->addWidget(
        legendChip(DayOffText::weekdayName(Qt::Sunday), HolidayCalendarView::holidayForeground(), {}, this));
    legend->addStretch(1);

    auto *left = new QVBoxLayout;
    left->addWidget(m_view, 1);
    left->addLayout(legend);
    left->addWidget(m_selectedDayLabel);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(m_panel, 2);

    connect(m_view, &QCalendarWidget::selectionChanged, this, &CalendarPage::showSelectedDay);
    connect(m_view, &QCalendarWidget::clicked, m_panel, &DeadlineCalculatorPanel::setReceivedDate);
    m_view->setSelectedDate(Jst::dateOf(m_panel->received()));
    showSelectedDay();
}

void CalendarPage::setCalendar(const BusinessCalendar &calendar)
{
    m_calendar = calendar;
    m_view->refresh();
    m_panel->recompute();
    showSelectedDay();
}

void CalendarPage::showSelectedDay()
{
    const QDate date = m_view->selectedDate();
    const QString what = m_view->describe(date);
    m_selectedDayLabel->setText(
        DayOffText::dateWithWeekday(date) + u"  "_s
        + (what.isEmpty() ? DayOffText::reasonLabel(DayOffReason::None) : QString(what).replace(u'\n', u"・"_s)));
}

} // namespace Madoguchi
