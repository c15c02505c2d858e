#include "calendar/CalendarPage.h"
#include "calendar/DeadlineCalculatorPanel.h"
#include "calendar/HolidayCalendarView.h"
#include "core/Clock.h"
#include "core/Jst.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextCharFormat>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

class TestCalendarPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explanationFollowsReceiptTime();
    void policyAndUrgentChangeTheDeadline();
    void calendarMarksDaysOff();
    void clickingADayFillsTheCalculator();

private:
    FixedClock m_clock { *Jst::parseIso(u"2025-06-11T10:30:00+09:00"_s) };
};

void TestCalendarPage::explanationFollowsReceiptTime()
{
    const BusinessCalendar calendar;
    DeadlineCalculatorPanel panel(calendar, m_clock);
    auto *edit = panel.findChild<QDateTimeEdit *>(u"receivedDateTimeEdit"_s);
    auto *deadline = panel.findChild<QLabel *>(u"deadlineLabel"_s);
    auto *explanation = panel.findChild<QLabel *>(u"explanationLabel"_s);
    QVERIFY(edit && deadline && explanation);
    // Starts at "now" from the injected clock, shown in JST.
    QCOMPARE(edit->date(), QDate(2025, 6, 11));
    QCOMPARE(edit->time(), QTime(10, 30));
    QVERIFY(explanation->text().startsWith(u"Received Wed 10:30 → due Thu 18:00"_s));

    QSignalSpy changed(&panel, &DeadlineCalculatorPanel::deadlineChanged);
    edit->setDateTime(QDateTime(QDate(2024, 2, 10), QTime(23, 40), Qt::UTC)); // JST wall clock
    QVERIFY(changed.count() >= 1);
    QCOMPARE(Jst::format(panel.received()), u"2024-02-10T23:40:00+09:00"_s);
    QCOMPARE(deadline->text(), u"2024-02-13 (Tue) 18:00 JST"_s);
    QVERIFY2(explanation->text().startsWith(
                 u"Received Sat 23:40 → due Tue 18:00 (excluding Sunday, Monday (substitute holiday))"_s),
             qPrintable(explanation->text()));
    QVERIFY(explanation->text().contains(u"Skipped: 2024-02-12 (Mon), substitute holiday"_s));
}

void TestCalendarPage::policyAndUrgentChangeTheDeadline()
{
    const BusinessCalendar calendar;
    DeadlineCalculatorPanel panel(calendar, m_clock);
    panel.setReceived(*Jst::parseIso(u"2025-06-13T18:30:00+09:00"_s));
    auto *deadline = panel.findChild<QLabel *>(u"deadlineLabel"_s);
    auto *policy = panel.findChild<QComboBox *>(u"policyComboBox"_s);
    auto *urgent = panel.findChild<QCheckBox *>(u"urgentCheckBox"_s);
    QVERIFY(deadline && policy && urgent);
    QCOMPARE(deadline->text(), u"2025-06-16 (Mon) 18:00 JST"_s);
    policy->setCurrentIndex(policy->findData(int(DeadlinePolicy::AfterHoursNextDay)));
    QCOMPARE(deadline->text(), u"2025-06-17 (Tue) 18:00 JST"_s);
    QTest::mouseClick(urgent, Qt::LeftButton, {}, QPoint(4, urgent->height() / 2));
    QVERIFY(urgent->isChecked());
    QCOMPARE(deadline->text(), u"2025-06-13 (Fri) 19:30 JST"_s);
    QVERIFY(panel.current().urgent);
}

void TestCalendarPage::calendarMarksDaysOff()
{
    CalendarSettings settings;
    settings.companyHolidays.append(CompanyHoliday { QDate(2026, 5, 8), u"創立記念日"_s });
    const BusinessCalendar calendar(settings);
    HolidayCalendarView view(calendar);
    view.setCurrentPage(2026, 5);
    const QTextCharFormat holiday = view.dateTextFormat(QDate(2026, 5, 4));
    QCOMPARE(holiday.toolTip(), u"national holiday (Greenery Day)"_s);
    QCOMPARE(holiday.background().color(), HolidayCalendarView::holidayBackground());
    QCOMPARE(view.dateTextFormat(QDate(2026, 5, 6)).toolTip(), u"substitute holiday"_s);
    QCOMPARE(view.dateTextFormat(QDate(2026, 5, 3)).toolTip(), u"national holiday (Constitution Memorial Day)"_s);
    const QTextCharFormat company = view.dateTextFormat(QDate(2026, 5, 8));
    QCOMPARE(company.toolTip(), u"company holiday (創立記念日)"_s);
    QCOMPARE(company.background().color(), HolidayCalendarView::companyHolidayBackground());
    QCOMPARE(view.dateTextFormat(QDate(2026, 5, 9)).toolTip(), u"Saturday"_s);
    QVERIFY(view.dateTextFormat(QDate(2026, 5, 7)).toolTip().isEmpty());

    view.setCurrentPage(2025, 12);
    const QTextCharFormat yearEnd = view.dateTextFormat(QDate(2025, 12, 29));
    QCOMPARE(yearEnd.toolTip(), u"year-end break"_s);
    QCOMPARE(yearEnd.background().color(), HolidayCalendarView::yearEndBackground());
    QCOMPARE(view.dateTextFormat(QDate(2026, 1, 1)).toolTip(), u"national holiday (New Year's Day)"_s);
    // The May marks are gone once the page changed.
    QVERIFY(view.dateTextFormat(QDate(2026, 5, 4)).toolTip().isEmpty());
    // Beyond the official years the tooltip says the day is provisional.
    view.setCurrentPage(2030, 1);
    QVERIFY(view.dateTextFormat(QDate(2030, 1, 1)).toolTip().contains(u"provisional"_s));
}

void TestCalendarPage::clickingADayFillsTheCalculator()
{
    const BusinessCalendar calendar;
    CalendarPage page(calendar, m_clock);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    Q_EMIT page.calendarView()->clicked(QDate(2025, 12, 26));
    QCOMPARE(Jst::format(page.deadlinePanel()->received()), u"2025-12-26T10:30:00+09:00"_s);
    auto *deadline = page.findChild<QLabel *>(u"deadlineLabel"_s);
    QCOMPARE(deadline->text(), u"2026-01-05 (Mon) 18:00 JST"_s);
    page.calendarView()->setSelectedDate(QDate(2026, 9, 22));
    auto *selected = page.findChild<QLabel *>(u"selectedDayLabel"_s);
    QCOMPARE(selected->text(), u"2026-09-22 (Tue)  citizens' holiday"_s);
}

QTEST_MAIN(TestCalendarPage)
#include "tst_calendar_page.moc"
