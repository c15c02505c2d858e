// The Reports view's period rules (issue 13), without a database: what 今月 / 先月 / 直近30日
// stand for, which period the view opens on, the previous period a figure is compared with,
// and the key figures' changes.

#include "calendar/BusinessCalendar.h"
#include "reports/KeyFigures.h"
#include "reports/ReportPeriod.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

Q_DECLARE_METATYPE(ReportPeriodChoice)
Q_DECLARE_METATYPE(KeyFigure)

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestReportPeriod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choice_data()
    {
        QTest::addColumn<ReportPeriodChoice>("choice");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("this month") << ReportPeriodChoice::ThisMonth << day("2026-12-02") << day("2026-12-01")
                                    << day("2026-12-31");
        QTest::newRow("last month") << ReportPeriodChoice::LastMonth << day("2026-12-02") << day("2026-11-01")
                                    << day("2026-11-30");
        QTest::newRow("last month over the new year") << ReportPeriodChoice::LastMonth << day("2026-01-05")
                                                       << day("2025-12-01") << day("2025-12-31");
        QTest::newRow("last month from the 31st") << ReportPeriodChoice::LastMonth << day("2026-03-31")
                                                  << day("2026-02-01") << day("2026-02-28");
        QTest::newRow("last 30 days end today") << ReportPeriodChoice::Last30Days << day("2025-12-02")
                                                << day("2025-11-03") << day("2025-12-02");
        QTest::newRow("last 30 days over february") << ReportPeriodChoice::Last30Days << day("2026-03-10")
                                                    << day("2026-02-09") << day("2026-03-10");
        QTest::newRow("custom has no dates of its own") << ReportPeriodChoice::Custom << day("2026-12-02") << QDate()
                                                        << QDate();
    }

    void choice()
    {
        QFETCH(ReportPeriodChoice, choice);
        QFETCH(QDate, today);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const ReportPeriod period = ReportPeriod::of(choice, today);
        QCOMPARE(period.from, from);
        QCOMPARE(period.to, to);
        if (choice == ReportPeriodChoice::Last30Days)
            QCOMPARE(period.dayCount(), 30);
    }

    void openingChoice_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<ReportPeriodChoice>("expected");
        // 1–4 January are the year-end break: the 5th is the first business day.
        QTest::newRow("first business day of the year") << day("2026-01-05") << ReportPeriodChoice::LastMonth;
        QTest::newRow("fourth business day") << day("2026-01-08") << ReportPeriodChoice::LastMonth;
        QTest::newRow("fifth business day") << day("2026-01-09") << ReportPeriodChoice::ThisMonth;
        QTest::newRow("weekend after four") << day("2026-12-06") << ReportPeriodChoice::LastMonth;
        QTest::newRow("2nd of December") << day("2026-12-02") << ReportPeriodChoice::LastMonth;
        QTest::newRow("5th business day of December") << day("2026-12-07") << ReportPeriodChoice::ThisMonth;
        // Golden Week 2026: 4, 5 and 6 May (振替休日 for the 3rd, a Sunday) are off.
        QTest::newRow("golden week: 4 business days") << day("2026-05-11") << ReportPeriodChoice::LastMonth;
        QTest::newRow("golden week: 5 business days") << day("2026-05-12") << ReportPeriodChoice::ThisMonth;
        QTest::newRow("end of month") << day("2026-05-31") << ReportPeriodChoice::ThisMonth;
    }

    void openingChoice()
    {
        QFETCH(QDate, today);
        QFETCH(ReportPeriodChoice, expected);
        const BusinessCalendar calendar;
        QCOMPARE(ReportPeriod::openingChoice(today, calendar), expected);
    }

    void previous_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("previousFrom");
        QTest::addColumn<QDate>("previousTo");
        QTest::newRow("a month: the month before") << day("2025-11-01") << day("2025-11-30") << day("2025-10-01")
                                                   << day("2025-10-31");
        QTest::newRow("January: December") << day("2026-01-01") << day("2026-01-31") << day("2025-12-01")
                                           << day("2025-12-31");
        QTest::newRow("March: February") << day("2026-03-01") << day("2026-03-31") << day("2026-02-01")
                                         << day("2026-02-28");
        QTest::newRow("two months") << day("2025-11-01") << day("2025-12-31") << day("2025-09-01")
                                    << day("2025-10-31");
        QTest::newRow("a year") << day("2025-01-01") << day("2025-12-31") << day("2024-01-01") << day("2024-12-31");
        QTest::newRow("30 days") << day("2025-11-03") << day("2025-12-02") << day("2025-10-04") << day("2025-11-02");
        QTest::newRow("30 days across months") << day("2025-11-15") << day("2025-12-14") << day("2025-10-16")
                                               << day("2025-11-14");
        QTest::newRow("one day") << day("2025-12-24") << day("2025-12-24") << day("2025-12-23") << day("2025-12-23");
        QTest::newRow("from the 1st, not to a month end") << day("2025-12-01") << day("2025-12-10")
                                                          << day("2025-11-21") << day("2025-11-30");
    }

    void previous()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, previousFrom);
        QFETCH(QDate, previousTo);
        const ReportPeriod before = ReportPeriod{from, to}.previous();
        QCOMPARE(before.from, previousFrom);
        QCOMPARE(before.to, previousTo);
        QVERIFY(before.to.addDays(1) == from);
        const ReportPeriod backwards{to, from.addDays(-1)};
        QVERIFY(!backwards.previous().isValid());
    }

    void keyFigureChanges_data()
    {
        QTest::addColumn<KeyFigure>("figure");
        QTest::addColumn<double>("current");
        QTest::addColumn<double>("previous");
        QTest::addColumn<double>("change");
        // current: 3 on time (30, 60, 600 min), 1 late (900), 1 overdue → 60 %, median 60, p90 900
        // previous: 4 on time (10, 20, 30, 40) → 100 %, median 20, p90 40
        QTest::newRow("received") << KeyFigure::Received << 5.0 << 4.0 << 1.0;
        QTest::newRow("on time %") << KeyFigure::OnTimePercent << 60.0 << 100.0 << -40.0;
        QTest::newRow("median") << KeyFigure::MedianMinutes << 60.0 << 20.0 << 40.0;
        QTest::newRow("p90") << KeyFigure::P90Minutes << 900.0 << 40.0 << 860.0;
        QTest::newRow("late") << KeyFigure::AnsweredLate << 1.0 << 0.0 << 1.0;
        QTest::newRow("overdue") << KeyFigure::OpenOverdue << 1.0 << 0.0 << 1.0;
    }

    void keyFigureChanges()
    {
        QFETCH(KeyFigure, figure);
        QFETCH(double, current);
        QFETCH(double, previous);
        QFETCH(double, change);
        ReportFigures now;
        for (qint64 minutes : {30, 60, 600})
            now.add(MessageOutcome::AnsweredOnTime, minutes, true);
        now.add(MessageOutcome::AnsweredLate, 900, true);
        now.add(MessageOutcome::OpenOverdue, 0, true);
        now.finish();
        ReportFigures before;
        for (qint64 minutes : {10, 20, 30, 40})
            before.add(MessageOutcome::AnsweredOnTime, minutes, true);
        before.finish();
        const QList<KeyFigureChange> changes = KeyFigures::compare(now, before);
        QCOMPARE(changes.size(), 6);
        const KeyFigureChange found = changes.at(KeyFigures::all().indexOf(figure));
        QCOMPARE(found.figure, figure);
        QCOMPARE(*found.current, current);
        QCOMPARE(*found.previous, previous);
        QCOMPARE(*found.change(), change);
    }

    void nothingToCompareWithHasNoChange()
    {
        ReportFigures now;
        now.add(MessageOutcome::AnsweredOnTime, 45, true);
        now.finish();
        const ReportFigures empty; // a previous period before the desk existed
        for (const KeyFigureChange &c : KeyFigures::compare(now, empty)) {
            const bool measured = c.figure == KeyFigure::Received || c.figure == KeyFigure::AnsweredLate
                                  || c.figure == KeyFigure::OpenOverdue;
            QCOMPARE(c.change().has_value(), measured);
        }
    }
};

QTEST_GUILESS_MAIN(TestReportPeriod)
#include "tst_reportperiod.moc"
