#include "TestTimes.h"
#include "calendar/BusinessCalendar.h"
#include "calendar/CompanyHolidayImport.h"
#include "calendar/ResponseDeadline.h"
#include "core/Jst.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

Q_DECLARE_METATYPE(DayOffReason)

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dayInfo_data();
    void dayInfo();
    void yearEndBreakIsConfigurable();
    void isBusinessTime_data();
    void isBusinessTime();
    void businessMinutesBetween_data();
    void businessMinutesBetween();
    void addBusinessMinutes_data();
    void addBusinessMinutes();
    void addThenCountRoundTrips();
    void nextBusinessStart_data();
    void nextBusinessStart();
    void customBusinessHours();
    void outsideTheTable();
    void companyHolidaysFromCsv_data();
    void companyHolidaysFromCsv();
    void companyHolidaysFromICalendar();
    void iCalendarYearlyRules_data();
    void iCalendarYearlyRules();
    void iCalendarErrors_data();
    void iCalendarErrors();
};

void TestBusinessCalendar::dayInfo_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DayOffReason>("reason");
    QTest::addColumn<QString>("name");
    QTest::newRow("wednesday") << QDate(2025, 6, 11) << DayOffReason::None << QString();
    QTest::newRow("saturday") << QDate(2025, 6, 14) << DayOffReason::Saturday << QString();
    QTest::newRow("sunday") << QDate(2025, 6, 15) << DayOffReason::Sunday << QString();
    QTest::newRow("holiday on a sunday keeps its name")
        << QDate(2025, 11, 23) << DayOffReason::Sunday << u"勤労感謝の日"_s;
    QTest::newRow("national holiday") << QDate(2025, 11, 3) << DayOffReason::NationalHoliday << u"文化の日"_s;
    QTest::newRow("substitute") << QDate(2025, 11, 24) << DayOffReason::SubstituteHoliday << u"振替休日"_s;
    QTest::newRow("citizens") << QDate(2026, 9, 22) << DayOffReason::CitizensHoliday << u"国民の休日"_s;
    QTest::newRow("year end first day") << QDate(2025, 12, 29) << DayOffReason::YearEndBreak << QString();
    QTest::newRow("dec 28 weekday") << QDate(2026, 12, 28) << DayOffReason::YearEndBreak << QString();
    QTest::newRow("new year's day is a holiday") << QDate(2026, 1, 1) << DayOffReason::NationalHoliday << u"元日"_s;
    QTest::newRow("jan 2") << QDate(2026, 1, 2) << DayOffReason::YearEndBreak << QString();
    QTest::newRow("jan 4 weekday") << QDate(2027, 1, 4) << DayOffReason::YearEndBreak << QString();
    QTest::newRow("jan 5") << QDate(2027, 1, 5) << DayOffReason::None << QString();
    QTest::newRow("dec 27 weekday") << QDate(2024, 12, 27) << DayOffReason::None << QString();
    QTest::newRow("company holiday") << QDate(2025, 7, 1) << DayOffReason::CompanyHoliday << u"創立記念日"_s;
    QTest::newRow("extra working saturday") << QDate(2025, 7, 5) << DayOffReason::None << QString();
}

void TestBusinessCalendar::dayInfo()
{
    QFETCH(QDate, date);
    QFETCH(DayOffReason, reason);
    QFETCH(QString, name);
    CalendarSettings settings;
    settings.companyHolidays.append(CompanyHoliday { QDate(2025, 7, 1), u"創立記念日"_s });
    settings.extraWorkingDays.append(QDate(2025, 7, 5));
    const BusinessCalendar calendar(settings);
    const DayInfo info = calendar.dayInfo(date);
    QCOMPARE(info.date, date);
    QCOMPARE(info.reason, reason);
    QCOMPARE(info.name, name);
    QCOMPARE(calendar.isBusinessDay(date), reason == DayOffReason::None);
}

void TestBusinessCalendar::yearEndBreakIsConfigurable()
{
    CalendarSettings settings;
    settings.yearEndStartMonth = 12;
    settings.yearEndStartDay = 29;
    settings.yearEndEndMonth = 1;
    settings.yearEndEndDay = 3;
    BusinessCalendar calendar(settings);
    QVERIFY(calendar.isBusinessDay(QDate(2026, 12, 28)));
    QVERIFY(!calendar.isBusinessDay(QDate(2026, 12, 29)));
    QVERIFY(calendar.isBusinessDay(QDate(2027, 1, 4)));
    QCOMPARE(calendar.nextBusinessDay(QDate(2026, 12, 28)), QDate(2027, 1, 4));
    settings.yearEndBreakEnabled = false;
    calendar.setSettings(settings);
    QCOMPARE(calendar.nextBusinessDay(QDate(2026, 12, 28)), QDate(2026, 12, 29));
    QCOMPARE(calendar.nextBusinessDay(QDate(2026, 12, 31)), QDate(2027, 1, 4)); // 1/1 holiday, 2–3 weekend
}

void TestBusinessCalendar::isBusinessTime_data()
{
    QTest::addColumn<QString>("moment");
    QTest::addColumn<bool>("inside");
    QTest::newRow("09:59:59") << u"2025-06-11T09:59:59+09:00"_s << false;
    QTest::newRow("10:00:00") << u"2025-06-11T10:00:00+09:00"_s << true;
    QTest::newRow("10:00:00 as UTC") << u"2025-06-11T01:00:00Z"_s << true;
    QTest::newRow("11:59:59") << u"2025-06-11T11:59:59+09:00"_s << true;
    QTest::newRow("12:00:00") << u"2025-06-11T12:00:00+09:00"_s << false;
    QTest::newRow("12:59:59") << u"2025-06-11T12:59:59+09:00"_s << false;
    QTest::newRow("13:00:00") << u"2025-06-11T13:00:00+09:00"_s << true;
    QTest::newRow("17:59:59") << u"2025-06-11T17:59:59+09:00"_s << true;
    QTest::newRow("18:00:00") << u"2025-06-11T18:00:00+09:00"_s << false;
    QTest::newRow("saturday 11:00") << u"2025-06-14T11:00:00+09:00"_s << false;
    QTest::newRow("holiday 11:00") << u"2025-11-03T11:00:00+09:00"_s << false;
    QTest::newRow("dec 26 11:00") << u"2025-12-26T11:00:00+09:00"_s << true;
    QTest::newRow("dec 29 11:00") << u"2025-12-29T11:00:00+09:00"_s << false;
    QTest::newRow("UTC date differs") << u"2025-06-10T16:00:00Z"_s << false; // Wed 01:00 JST
}

void TestBusinessCalendar::isBusinessTime()
{
    QFETCH(QString, moment);
    QFETCH(bool, inside);
    const BusinessCalendar calendar;
    QCOMPARE(calendar.isBusinessTime(iso(moment)), inside);
}

void TestBusinessCalendar::businessMinutesBetween_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("minutes");
    QTest::newRow("morning") << u"2025-06-11T10:00:00+09:00"_s << u"2025-06-11T12:00:00+09:00"_s << qint64(120);
    QTest::newRow("across lunch") << u"2025-06-11T11:00:00+09:00"_s << u"2025-06-11T14:00:00+09:00"_s << qint64(120);
    QTest::newRow("lunch only") << u"2025-06-11T12:00:00+09:00"_s << u"2025-06-11T13:00:00+09:00"_s << qint64(0);
    QTest::newRow("whole day from outside")
        << u"2025-06-11T09:00:00+09:00"_s << u"2025-06-11T19:00:00+09:00"_s << qint64(420);
    QTest::newRow("overnight") << u"2025-06-11T17:00:00+09:00"_s << u"2025-06-12T11:00:00+09:00"_s << qint64(120);
    QTest::newRow("over the weekend") << u"2025-06-13T17:00:00+09:00"_s << u"2025-06-16T10:30:00+09:00"_s << qint64(90);
    QTest::newRow("golden week") << u"2025-05-02T17:00:00+09:00"_s << u"2025-05-07T10:30:00+09:00"_s << qint64(90);
    QTest::newRow("year-end break") << u"2025-12-26T17:00:00+09:00"_s << u"2026-01-05T11:00:00+09:00"_s << qint64(120);
    QTest::newRow("one week") << u"2025-06-09T00:00:00+09:00"_s << u"2025-06-16T00:00:00+09:00"_s << qint64(5 * 420);
    QTest::newRow("year 2025") << u"2025-01-01T00:00:00+09:00"_s << u"2026-01-01T00:00:00+09:00"_s << qint64(101220);
    QTest::newRow("long span") << u"2024-03-15T11:20:00+09:00"_s << u"2025-08-01T16:45:00+09:00"_s << qint64(141805);
    QTest::newRow("same moment") << u"2025-06-11T10:00:00+09:00"_s << u"2025-06-11T10:00:00+09:00"_s << qint64(0);
    QTest::newRow("reversed") << u"2025-06-11T12:00:00+09:00"_s << u"2025-06-11T10:00:00+09:00"_s << qint64(-120);
    QTest::newRow("59 seconds") << u"2025-06-11T10:00:00+09:00"_s << u"2025-06-11T10:00:59+09:00"_s << qint64(0);
    QTest::newRow("90 seconds") << u"2025-06-11T10:00:30+09:00"_s << u"2025-06-11T10:02:00+09:00"_s << qint64(1);
    QTest::newRow("UTC inputs") << u"2025-06-11T01:00:00Z"_s << u"2025-06-11T05:00:00Z"_s << qint64(180);
    QTest::newRow("mixed zones") << u"2025-06-11T10:00:00+09:00"_s << u"2025-06-11T03:00:00Z"_s << qint64(120);
    QTest::newRow("night to night") << u"2025-06-11T20:00:00+09:00"_s << u"2025-06-12T08:00:00+09:00"_s << qint64(0);
    QTest::newRow("before the epoch") << u"1959-04-09T17:00:00+09:00"_s << u"1959-04-13T11:00:00+09:00"_s << qint64(120);
    QTest::newRow("weekend only") << u"2025-06-14T00:00:00+09:00"_s << u"2025-06-16T00:00:00+09:00"_s << qint64(0);
}

void TestBusinessCalendar::businessMinutesBetween()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, minutes);
    const BusinessCalendar calendar;
    QCOMPARE(calendar.businessMinutesBetween(iso(from), iso(to)), minutes);
}

void TestBusinessCalendar::addBusinessMinutes_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("within morning") << u"2025-06-11T10:00:00+09:00"_s << qint64(60) << u"2025-06-11T11:00:00+09:00"_s;
    QTest::newRow("ends at noon") << u"2025-06-11T11:00:00+09:00"_s << qint64(60) << u"2025-06-11T12:00:00+09:00"_s;
    QTest::newRow("across lunch") << u"2025-06-11T11:30:00+09:00"_s << qint64(60) << u"2025-06-11T13:30:00+09:00"_s;
    QTest::newRow("overnight") << u"2025-06-11T17:30:00+09:00"_s << qint64(60) << u"2025-06-12T10:30:00+09:00"_s;
    QTest::newRow("over the weekend") << u"2025-06-13T17:30:00+09:00"_s << qint64(60) << u"2025-06-16T10:30:00+09:00"_s;
    QTest::newRow("zero outside hours") << u"2025-06-11T19:00:00+09:00"_s << qint64(0)
                                        << u"2025-06-11T19:00:00+09:00"_s;
    QTest::newRow("one outside hours") << u"2025-06-11T19:00:00+09:00"_s << qint64(1) << u"2025-06-12T10:01:00+09:00"_s;
    QTest::newRow("whole day ends at 18:00")
        << u"2025-06-11T10:00:00+09:00"_s << qint64(420) << u"2025-06-11T18:00:00+09:00"_s;
    QTest::newRow("a minute more") << u"2025-06-11T10:00:00+09:00"_s << qint64(421) << u"2025-06-12T10:01:00+09:00"_s;
    QTest::newRow("ten days") << u"2025-06-11T10:00:00+09:00"_s << qint64(4200) << u"2025-06-24T18:00:00+09:00"_s;
    QTest::newRow("year-end") << u"2025-12-26T17:00:00+09:00"_s << qint64(120) << u"2026-01-05T11:00:00+09:00"_s;
    QTest::newRow("golden week") << u"2025-05-02T17:00:00+09:00"_s << qint64(90) << u"2025-05-07T10:30:00+09:00"_s;
    QTest::newRow("from UTC") << u"2025-06-11T01:00:00Z"_s << qint64(60) << u"2025-06-11T11:00:00+09:00"_s;
}

void TestBusinessCalendar::addBusinessMinutes()
{
    QFETCH(QString, from);
    QFETCH(qint64, minutes);
    QFETCH(QString, expected);
    const BusinessCalendar calendar;
    QCOMPARE(Jst::format(calendar.addBusinessMinutes(iso(from), minutes)), expected);
}

void TestBusinessCalendar::addThenCountRoundTrips()
{
    const BusinessCalendar calendar;
    QRandomGenerator random(20251125);
    const qint64 first = iso(u"1970-01-01T00:00:00Z"_s).toSecsSinceEpoch();
    const qint64 last = iso(u"2099-01-01T00:00:00Z"_s).toSecsSinceEpoch();
    for (int i = 0; i < 2000; ++i) {
        const QDateTime from
            = QDateTime::fromSecsSinceEpoch(first + qint64(random.bounded(double(last - first))), Qt::UTC);
        const qint64 minutes = random.bounded(1, 30000);
        const QDateTime to = calendar.addBusinessMinutes(from, minutes);
        QVERIFY(to > from);
        QCOMPARE(calendar.businessMinutesBetween(from, to), minutes);
        // The end is the earliest such moment: one second earlier is short of the target.
        QVERIFY(calendar.businessMinutesBetween(from, to.addSecs(-1)) < minutes);
    }
}

void TestBusinessCalendar::nextBusinessStart_data()
{
    QTest::addColumn<QString>("moment");
    QTest::addColumn<QString>("expected");
    QTest::newRow("before opening") << u"2025-06-11T09:00:00+09:00"_s << u"2025-06-11T10:00:00+09:00"_s;
    QTest::newRow("inside") << u"2025-06-11T10:15:00+09:00"_s << u"2025-06-11T10:15:00+09:00"_s;
    QTest::newRow("noon") << u"2025-06-11T12:00:00+09:00"_s << u"2025-06-11T13:00:00+09:00"_s;
    QTest::newRow("closing") << u"2025-06-11T18:00:00+09:00"_s << u"2025-06-12T10:00:00+09:00"_s;
    QTest::newRow("friday evening") << u"2025-06-13T18:00:00+09:00"_s << u"2025-06-16T10:00:00+09:00"_s;
    QTest::newRow("saturday") << u"2025-06-14T11:00:00+09:00"_s << u"2025-06-16T10:00:00+09:00"_s;
    QTest::newRow("year-end") << u"2025-12-26T18:00:00+09:00"_s << u"2026-01-05T10:00:00+09:00"_s;
}

void TestBusinessCalendar::nextBusinessStart()
{
    QFETCH(QString, moment);
    QFETCH(QString, expected);
    const BusinessCalendar calendar;
    QCOMPARE(Jst::format(calendar.nextBusinessStart(iso(moment))), expected);
}

void TestBusinessCalendar::customBusinessHours()
{
    CalendarSettings settings;
    // Out of order and overlapping on purpose: 9:00–12:30 and 12:00–17:00 merge.
    settings.businessHours = { { QTime(12, 0), QTime(17, 0) }, { QTime(9, 0), QTime(12, 30) } };
    const BusinessCalendar calendar(settings);
    QCOMPARE(calendar.closingTime(), QTime(17, 0));
    QCOMPARE(calendar.dailyBusinessSeconds(), 8 * 3600);
    QVERIFY(calendar.isBusinessTime(iso(u"2025-06-11T12:15:00+09:00"_s)));
    QCOMPARE(Jst::format(DeadlineCalculator(calendar).deadline(iso(u"2025-06-11T10:00:00+09:00"_s))),
             u"2025-06-12T17:00:00+09:00"_s);
    settings.businessHours.clear();
    const BusinessCalendar fallback(settings);
    QCOMPARE(fallback.closingTime(), QTime(18, 0));
}

void TestBusinessCalendar::outsideTheTable()
{
    const BusinessCalendar calendar;
    // 2200 is beyond the table and the rules: weekends and the year-end break still apply.
    QVERIFY(!calendar.isBusinessDay(QDate(2200, 1, 4))); // Saturday
    QVERIFY(!calendar.isBusinessDay(QDate(2200, 12, 30)));
    QCOMPARE(calendar.nextBusinessDay(QDate(2200, 12, 26)), QDate(2201, 1, 5));
    QCOMPARE(calendar.businessMinutesBetween(iso(u"2200-01-06T00:00:00+09:00"_s), iso(u"2200-01-13T00:00:00+09:00"_s)),
             qint64(5 * 420));
    QCOMPARE(Jst::format(calendar.addBusinessMinutes(iso(u"2200-12-26T17:00:00+09:00"_s), 120)),
             u"2201-01-05T11:00:00+09:00"_s);
}

void TestBusinessCalendar::companyHolidaysFromCsv_data()
{
    QTest::addColumn<QByteArray>("data");
    const QString text = u"日付,名称\r\n2025/8/13,夏季休業\r\n2025/8/14,夏季休業\r\n2025-07-01,創立記念日\r\n"_s;
    QTest::newRow("utf-8") << text.toUtf8();
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8());
    QStringEncoder sjis("Shift_JIS");
    QTest::newRow("shift_jis") << QByteArray(sjis.encode(text));
}

void TestBusinessCalendar::companyHolidaysFromCsv()
{
    QFETCH(QByteArray, data);
    const auto days = CompanyHolidayImport::fromFile(data);
    QVERIFY2(days.ok(), days.ok() ? "" : qPrintable(days.error().message));
    QCOMPARE(days->size(), 3);
    QCOMPARE(days->at(0), (CompanyHoliday { QDate(2025, 8, 13), u"夏季休業"_s }));
    QCOMPARE(days->at(2), (CompanyHoliday { QDate(2025, 7, 1), u"創立記念日"_s }));
}

void TestBusinessCalendar::companyHolidaysFromICalendar()
{
    const QByteArray ics = "BEGIN:VCALENDAR\r\n"
                           "VERSION:2.0\r\n"
                           "PRODID:-//Example//Company Calendar//JA\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:1@example.com\r\n"
                           "DTSTART;VALUE=DATE:20250813\r\n"
                           "DTEND;VALUE=DATE:20250816\r\n"
                           "SUMMARY;LANGUAGE=ja:夏季休業\\, 全社\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:2@example.com\r\n"
                           "DTSTART;VALUE=DATE:20250701\r\n"
                           "SUMMARY:創立記念日 (設立\r\n"
                           " 1998年)\\; 全社休業\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:3@example.com\r\n"
                           "DTSTART:20250702T100000Z\r\n"
                           "DTEND:20250702T110000Z\r\n"
                           "SUMMARY:会議 (timed, not a day off)\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\n"
                           "DTSTART;VALUE=DATE:20251110\n"
                           "DURATION:P2D\n"
                           "SUMMARY:社員旅行\\nA\\\\B\n"
                           "END:VEVENT\n"
                           "END:VCALENDAR\r\n";
    const auto days = CompanyHolidayImport::fromFile(ics);
    QVERIFY2(days.ok(), days.ok() ? "" : qPrintable(days.error().message));
    QCOMPARE(days->size(), 3 + 1 + 2);
    QCOMPARE(days->at(0), (CompanyHoliday { QDate(2025, 8, 13), u"夏季休業, 全社"_s }));
    QCOMPARE(days->at(2).date, QDate(2025, 8, 15)); // DTEND is exclusive
    QCOMPARE(days->at(3), (CompanyHoliday { QDate(2025, 7, 1), u"創立記念日 (設立1998年); 全社休業"_s }));
    QCOMPARE(days->at(4), (CompanyHoliday { QDate(2025, 11, 10), u"社員旅行 A\\B"_s }));
    QCOMPARE(days->at(5).date, QDate(2025, 11, 11));

    // Imported days move deadlines.
    CalendarSettings settings;
    settings.companyHolidays = days.value();
    const BusinessCalendar calendar(settings);
    QCOMPARE(Jst::format(DeadlineCalculator(calendar).deadline(iso(u"2025-08-12T10:00:00+09:00"_s))),
             u"2025-08-18T18:00:00+09:00"_s);
}

void TestBusinessCalendar::iCalendarYearlyRules_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QList<QDate>>("days");
    QTest::newRow("count") << QByteArray("DTSTART;VALUE=DATE:20250701\r\nRRULE:FREQ=YEARLY;COUNT=3\r\n")
                           << QList<QDate> { QDate(2025, 7, 1), QDate(2026, 7, 1), QDate(2027, 7, 1) };
    QTest::newRow("until") << QByteArray("DTSTART;VALUE=DATE:20250701\r\nRRULE:FREQ=YEARLY;UNTIL=20270630\r\n")
                           << QList<QDate> { QDate(2025, 7, 1), QDate(2026, 7, 1) };
    QTest::newRow("interval and exdate") << QByteArray(
        "DTSTART;VALUE=DATE:20250701\r\nRRULE:FREQ=YEARLY;INTERVAL=2;COUNT=3\r\nEXDATE;VALUE=DATE:20270701\r\n")
                                         << QList<QDate> { QDate(2025, 7, 1), QDate(2029, 7, 1) };
    QTest::newRow("two-day break each year")
        << QByteArray("DTSTART;VALUE=DATE:20250813\r\nDTEND;VALUE=DATE:20250815\r\nRRULE:FREQ=YEARLY;COUNT=2\r\n")
        << QList<QDate> { QDate(2025, 8, 13), QDate(2025, 8, 14), QDate(2026, 8, 13), QDate(2026, 8, 14) };
    QTest::newRow("29 february only in leap years")
        << QByteArray("DTSTART;VALUE=DATE:20240229\r\nRRULE:FREQ=YEARLY;UNTIL=20321231\r\n")
        << QList<QDate> { QDate(2024, 2, 29), QDate(2028, 2, 29), QDate(2032, 2, 29) };
}

void TestBusinessCalendar::iCalendarYearlyRules()
{
    QFETCH(QByteArray, event);
    QFETCH(QList<QDate>, days);
    // With a UTF-8 BOM, as some calendar exports write it.
    const QByteArray ics = "\xEF\xBB\xBF"
                           "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:創立記念日\r\n"
        + event + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    const auto imported = CompanyHolidayImport::fromFile(ics);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QList<QDate> dates;
    for (const CompanyHoliday &day : imported.value()) {
        dates.append(day.date);
        QCOMPARE(day.name, u"創立記念日"_s);
    }
    QCOMPARE(dates, days);
}

void TestBusinessCalendar::iCalendarErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not a calendar") << QByteArray("BEGIN:VCARD\r\nEND:VCARD\r\n") << u"BEGIN:VCALENDAR"_s;
    QTest::newRow("bad date") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2025-08-13\r\n"
                                            "END:VEVENT\r\nEND:VCALENDAR\r\n")
                              << u"Line 3"_s;
    QTest::newRow("unterminated") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20250813\r\n")
                                  << u"Line 2"_s;
    QTest::newRow("no all-day events") << QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") << u"no all-day"_s;
    QTest::newRow("absurd length") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20250101\r\n"
                                                 "DTEND;VALUE=DATE:20300101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                                   << u"longer than a year"_s;
    QTest::newRow("weekly rule") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20250101\r\n"
                                               "RRULE:FREQ=WEEKLY;BYDAY=WE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                                 << u"Line 4: the repeat rule \"FREQ=WEEKLY;BYDAY=WE\" is not supported"_s;
}

void TestBusinessCalendar::iCalendarErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mentions);
    const auto days = CompanyHolidayImport::fromICalendar(data);
    QVERIFY(!days.ok());
    QVERIFY2(days.error().message.contains(mentions), qPrintable(days.error().message));
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_business_calendar.moc"
