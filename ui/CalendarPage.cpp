#include "CalendarPage.h"

#include "calendar/BusinessCalendar.h"
#include "calendar/DayOffText.h"
#include "calendar/ResponseDeadline.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "tickets/CalendarStore.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextCharFormat>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

CalendarPage::CalendarPage(CalendarStore &calendar, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_calendar(calendar), m_clock(clock)
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_month = new QCalendarWidget(this);
    m_month->setObjectName(u"businessCalendarWidget"_s);
    m_day = new QLabel(this);
    m_day->setWordWrap(true);
    left->addWidget(m_month);
    left->addWidget(m_day);
    left->addStretch();
    layout->addLayout(left, 1);

    auto *calculator = new QGroupBox(tr("Deadline calculator"), this);
    auto *form = new QFormLayout(calculator);
    m_received = new QDateTimeEdit(calculator);
    m_received->setObjectName(u"receivedDateTimeEdit"_s);
    m_received->setDisplayFormat(u"yyyy/MM/dd HH:mm"_s);
    m_received->setCalendarPopup(true);
    m_urgent = new QCheckBox(tr("Urgent (24×7 clock)"), calculator);
    m_result = new QLabel(calculator);
    m_result->setObjectName(u"calculatedDeadlineLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Received (JST)"), m_received);
    form->addRow(QString(), m_urgent);
    form->addRow(m_result);
    layout->addWidget(calculator, 1);

    connect(m_month, &QCalendarWidget::selectionChanged, this, &CalendarPage::showDay);
    connect(m_month, &QCalendarWidget::currentPageChanged, this, [this](int, int) { refresh(); });
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &CalendarPage::computeDeadline);
    connect(m_urgent, &QCheckBox::toggled, this, &CalendarPage::computeDeadline);
    const QDateTime jstNow = Jst::toJst(m_clock.now());
    m_received->setDateTime(QDateTime(jstNow.date(), jstNow.time()));
    m_month->setSelectedDate(jstNow.date());
    refresh();
}

void CalendarPage::refresh()
{
    auto calendar = m_calendar.calendar();
    if (!calendar)
        return;
    const QDate first(m_month->yearShown(), m_month->monthShown(), 1);
    QTextCharFormat off;
    off.setForeground(QColor(0xc6, 0x28, 0x28));
    for (QDate d = first.addDays(-7); d < first.addMonths(1).addDays(14); d = d.addDays(1))
        m_month->setDateTextFormat(d, (*calendar)->isBusinessDay(d) ? QTextCharFormat() : off);
    showDay();
    computeDeadline();
}

void CalendarPage::showDay()
{
    auto calendar = m_calendar.calendar();
    if (!calendar)
        return;
    const DayInfo info = (*calendar)->dayInfo(m_month->selectedDate());
    QString text = QLocale().toString(info.date, QLocale::LongFormat) + u"\n"_s;
    text += info.isBusinessDay() ? tr("Business day") : tr("Not a business day: %1").arg(DayOffText::reasonLabel(info));
    m_day->setText(text);
}

void CalendarPage::computeDeadline()
{
    auto calendar = m_calendar.calendar();
    if (!calendar)
        return;
    const QDateTime picked = m_received->dateTime();
    const QDateTime received = Jst::at(picked.date(), picked.time());
    const ResponseDeadline deadline = DeadlineCalculator(**calendar).compute(received, m_urgent->isChecked());
    m_result->setText(deadline.explanation());
}

} // namespace Madoguchi
