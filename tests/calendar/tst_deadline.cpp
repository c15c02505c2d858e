#include "TestTimes.h"
#include "calendar/ResponseDeadline.h"
#include "core/Jst.h"

#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

Q_DECLARE_METATYPE(DeadlinePolicy)
Q_DECLARE_METATYPE(DeadlineFlag)

class TestDeadline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadline_data();
    void deadline();
    void explanation_data();
    void explanation();
    void explanationInJapanese();
    void companyHolidayMovesDeadline();
    void urgentTargetIsConfigurable();
    void classify_data();
    void classify();
    void invalidReceipt();
};

void TestDeadline::deadline_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<DeadlinePolicy>("policy");
    QTest::addColumn<bool>("urgent");
    QTest::addColumn<QString>("expected"); // JST

    const auto nb = [](const char *name, const char *received, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(received) << DeadlinePolicy::NextBusinessDay << false
                            << QString::fromUtf8(expected);
    };
    const auto ah = [](const char *name, const char *received, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(received) << DeadlinePolicy::AfterHoursNextDay << false
                            << QString::fromUtf8(expected);
    };
    const auto urgent = [](const char *name, const char *received, DeadlinePolicy policy, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(received) << policy << true << QString::fromUtf8(expected);
    };
    // 翌営業日: 18:00 on the first business day after the JST date of receipt.
    nb("wed 10:30", "2025-06-11T10:30:00+09:00", "2025-06-12T18:00:00+09:00");
    nb("wed 10:30 given in UTC", "2025-06-11T01:30:00Z", "2025-06-12T18:00:00+09:00");
    nb("wed 09:00 before opening", "2025-06-11T09:00:00+09:00", "2025-06-12T18:00:00+09:00");
    nb("wed exactly 10:00:00", "2025-06-11T10:00:00+09:00", "2025-06-12T18:00:00+09:00");
    nb("wed exactly 12:00:00", "2025-06-11T12:00:00+09:00", "2025-06-12T18:00:00+09:00");
    nb("wed lunch 12:30", "2025-06-11T12:30:00+09:00", "2025-06-12T18:00:00+09:00");
    nb("wed exactly 18:00:00", "2025-06-11T18:00:00+09:00", "2025-06-12T18:00:00+09:00");
    nb("wed 23:59:59", "2025-06-11T23:59:59+09:00", "2025-06-12T18:00:00+09:00");
    nb("thu 00:00:00", "2025-06-12T00:00:00+09:00", "2025-06-13T18:00:00+09:00");
    nb("UTC evening is next JST day", "2025-06-11T15:30:00Z", "2025-06-13T18:00:00+09:00");
    nb("UTC 14:59:59 is JST 23:59:59", "2025-06-11T14:59:59Z", "2025-06-12T18:00:00+09:00");
    nb("other offset", "2025-06-11T03:30:00-07:00", "2025-06-12T18:00:00+09:00");
    nb("fri 11:00", "2025-06-13T11:00:00+09:00", "2025-06-16T18:00:00+09:00");
    nb("fri 19:00", "2025-06-13T19:00:00+09:00", "2025-06-16T18:00:00+09:00");
    nb("sat 10:00", "2025-06-14T10:00:00+09:00", "2025-06-16T18:00:00+09:00");
    nb("sun 23:00", "2025-06-15T23:00:00+09:00", "2025-06-16T18:00:00+09:00");
    nb("sat 23:40 before substitute monday", "2024-02-10T23:40:00+09:00", "2024-02-13T18:00:00+09:00");
    nb("golden week fri", "2025-05-02T15:00:00+09:00", "2025-05-07T18:00:00+09:00");
    nb("mon before showa day", "2025-04-28T11:00:00+09:00", "2025-04-30T18:00:00+09:00");
    nb("on substitute holiday", "2025-05-06T10:00:00+09:00", "2025-05-07T18:00:00+09:00");
    nb("golden week 2026", "2026-05-01T17:00:00+09:00", "2026-05-07T18:00:00+09:00");
    nb("golden week 2019 ten days", "2019-04-26T12:00:00+09:00", "2019-05-07T18:00:00+09:00");
    nb("dec 25 after hours", "2025-12-25T18:30:00+09:00", "2025-12-26T18:00:00+09:00");
    nb("dec 26 fri 17:59", "2025-12-26T17:59:00+09:00", "2026-01-05T18:00:00+09:00");
    nb("dec 27 sat", "2025-12-27T10:00:00+09:00", "2026-01-05T18:00:00+09:00");
    nb("dec 31", "2025-12-31T12:00:00+09:00", "2026-01-05T18:00:00+09:00");
    nb("jan 4 sunday night", "2026-01-04T23:00:00+09:00", "2026-01-05T18:00:00+09:00");
    nb("jan 5 first day back", "2026-01-05T09:00:00+09:00", "2026-01-06T18:00:00+09:00");
    nb("dec 27 2024 fri", "2024-12-27T10:00:00+09:00", "2025-01-06T18:00:00+09:00");
    nb("dec 25 2026 fri", "2026-12-25T11:00:00+09:00", "2027-01-05T18:00:00+09:00");
    nb("silver week 2026", "2026-09-18T12:00:00+09:00", "2026-09-24T18:00:00+09:00");
    nb("olympics 2020", "2020-07-22T10:00:00+09:00", "2020-07-27T18:00:00+09:00");
    nb("olympics 2021 marine", "2021-07-21T10:00:00+09:00", "2021-07-26T18:00:00+09:00");
    nb("olympics 2021 mountain", "2021-08-06T10:00:00+09:00", "2021-08-10T18:00:00+09:00");
    nb("first substitute 1973", "1973-04-27T10:00:00+09:00", "1973-05-01T18:00:00+09:00");
    nb("no substitute before 1973-04-12", "1973-02-09T10:00:00+09:00", "1973-02-12T18:00:00+09:00");
    nb("labor thanksgiving sunday", "2025-11-22T10:00:00+09:00", "2025-11-25T18:00:00+09:00");
    nb("saturday equinox no substitute", "2023-09-22T10:00:00+09:00", "2023-09-25T18:00:00+09:00");
    nb("no emperor's birthday 2019", "2019-12-20T10:00:00+09:00", "2019-12-23T18:00:00+09:00");
    nb("emperor's birthday 2018 sunday", "2018-12-21T10:00:00+09:00", "2018-12-25T18:00:00+09:00");
    nb("culture day monday", "2025-11-03T10:00:00+09:00", "2025-11-04T18:00:00+09:00");
    nb("before the epoch, 1964", "1964-10-09T10:00:00+09:00", "1964-10-12T18:00:00+09:00");
    ah("ah 1959 royal wedding", "1959-04-09T19:00:00+09:00", "1959-04-14T18:00:00+09:00");
    nb("1970 first", "1970-01-01T00:00:00+09:00", "1970-01-05T18:00:00+09:00");
    nb("2099 last", "2099-12-25T10:00:00+09:00", "2100-01-05T18:00:00+09:00");
    // After-hours mail is accepted on the date of the next business-hours start.
    ah("ah wed 10:30", "2025-06-11T10:30:00+09:00", "2025-06-12T18:00:00+09:00");
    ah("ah wed 09:00 same-day start", "2025-06-11T09:00:00+09:00", "2025-06-12T18:00:00+09:00");
    ah("ah wed exactly 10:00:00", "2025-06-11T10:00:00+09:00", "2025-06-12T18:00:00+09:00");
    ah("ah wed exactly 12:00:00", "2025-06-11T12:00:00+09:00", "2025-06-12T18:00:00+09:00");
    ah("ah wed 17:59:59", "2025-06-11T17:59:59+09:00", "2025-06-12T18:00:00+09:00");
    ah("ah wed exactly 18:00:00", "2025-06-11T18:00:00+09:00", "2025-06-13T18:00:00+09:00");
    ah("ah wed 23:00", "2025-06-11T23:00:00+09:00", "2025-06-13T18:00:00+09:00");
    ah("ah fri 18:30", "2025-06-13T18:30:00+09:00", "2025-06-17T18:00:00+09:00");
    ah("ah sat noon", "2025-06-14T12:00:00+09:00", "2025-06-17T18:00:00+09:00");
    ah("ah sat 23:40 substitute monday", "2024-02-10T23:40:00+09:00", "2024-02-14T18:00:00+09:00");
    ah("ah golden week", "2025-05-02T18:01:00+09:00", "2025-05-08T18:00:00+09:00");
    ah("ah year end", "2025-12-26T18:00:00+09:00", "2026-01-06T18:00:00+09:00");
    ah("ah jan 5 early", "2026-01-05T08:00:00+09:00", "2026-01-06T18:00:00+09:00");
    ah("ah UTC 09:00 is 18:00 JST", "2025-06-11T09:00:00Z", "2025-06-13T18:00:00+09:00");
    ah("ah UTC 08:59:59", "2025-06-11T08:59:59Z", "2025-06-12T18:00:00+09:00");
    // Urgent: 24×7, 60 minutes by default, whatever the policy.
    urgent("urgent sunday night", "2025-06-15T03:00:00+09:00", DeadlinePolicy::NextBusinessDay,
           "2025-06-15T04:00:00+09:00");
    urgent("urgent new year's eve", "2025-12-31T23:30:00+09:00", DeadlinePolicy::NextBusinessDay,
           "2026-01-01T00:30:00+09:00");
    urgent("urgent UTC input", "2025-06-14T15:00:00Z", DeadlinePolicy::NextBusinessDay, "2025-06-15T01:00:00+09:00");
    urgent("urgent after-hours policy", "2025-06-13T19:10:00+09:00", DeadlinePolicy::AfterHoursNextDay,
           "2025-06-13T20:10:00+09:00");
    urgent("urgent in hours", "2025-06-11T10:00:00+09:00", DeadlinePolicy::NextBusinessDay,
           "2025-06-11T11:00:00+09:00");
}

void TestDeadline::deadline()
{
    QFETCH(QString, received);
    QFETCH(DeadlinePolicy, policy);
    QFETCH(bool, urgent);
    QFETCH(QString, expected);
    CalendarSettings settings;
    settings.policy = policy;
    const BusinessCalendar calendar(settings);
    const DeadlineCalculator calculator(calendar);
    const QDateTime due = calculator.deadline(iso(received), urgent);
    QCOMPARE(Jst::format(due), expected);
    QCOMPARE(due.timeSpec(), Qt::UTC);
    // The explaining path agrees with the fast path.
    const ResponseDeadline full = calculator.compute(iso(received), urgent);
    QCOMPARE(full.deadline, due);
    QCOMPARE(full.received, iso(received));
    QVERIFY(!full.explanation().isEmpty());
    // Every skipped day really is off, and every other day in between is a business day.
    if (!urgent) {
        for (QDate d = Jst::dateOf(full.received).addDays(1); d < Jst::dateOf(due); d = d.addDays(1)) {
            const bool skipped = std::any_of(full.skippedDays.cbegin(), full.skippedDays.cend(),
                                             [d](const SkippedDay &s) { return s.date == d; });
            QCOMPARE(skipped, !calendar.isBusinessDay(d));
        }
    }
}

void TestDeadline::explanation_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<DeadlinePolicy>("policy");
    QTest::addColumn<bool>("urgent");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("acceptance");

    QTest::newRow("weekend and substitute")
        << u"2024-02-10T23:40:00+09:00"_s << DeadlinePolicy::NextBusinessDay << false
        << u"Received Sat 23:40 → due Tue 18:00 (excluding Sunday, Monday (substitute holiday))"_s << u"2024-02-10"_s;
    QTest::newRow("plain weekday") << u"2025-06-11T10:30:00+09:00"_s << DeadlinePolicy::NextBusinessDay << false
                                   << u"Received Wed 10:30 → due Thu 18:00"_s << u"2025-06-11"_s;
    QTest::newRow("national holiday named")
        << u"2025-11-02T10:00:00+09:00"_s << DeadlinePolicy::NextBusinessDay << false
        << u"Received Sun 10:00 → due Tue 18:00 (excluding Monday (Culture Day))"_s << u"2025-11-02"_s;
    QTest::newRow("after hours accepted next day")
        << u"2025-06-13T18:30:00+09:00"_s << DeadlinePolicy::AfterHoursNextDay << false
        << u"Received Fri 18:30 → due Tue 18:00 (excluding Saturday, Sunday)"_s << u"2025-06-16"_s;
    QTest::newRow("year end shows dates")
        << u"2025-12-26T17:00:00+09:00"_s << DeadlinePolicy::NextBusinessDay << false
        << u"Received 12/26 Fri 17:00 → due 1/5 Mon 18:00 (excluding 9 days off, 12/27 Sat to 1/4 Sun)"_s
        << u"2025-12-26"_s;
    QTest::newRow("five days listed one by one")
        << u"2026-05-01T17:00:00+09:00"_s << DeadlinePolicy::NextBusinessDay << false
        << u"Received Fri 17:00 → due Thu 18:00 (excluding Saturday, Sunday, Monday (Greenery Day), "
           u"Tuesday (Children's Day), Wednesday (substitute holiday))"_s
        << u"2026-05-01"_s;
    QTest::newRow("gap in a long span is listed")
        << u"2019-04-26T12:00:00+09:00"_s << DeadlinePolicy::NextBusinessDay << false
        << u"Received 4/26 Fri 12:00 → due 5/7 Tue 18:00 (excluding 10 days off, 4/27 Sat to 5/6 Mon)"_s
        << u"2019-04-26"_s;
    QTest::newRow("urgent") << u"2025-06-15T03:00:00+09:00"_s << DeadlinePolicy::NextBusinessDay << true
                            << u"Received Sun 03:00 → due Sun 04:00 (urgent: within 60 min, around the clock)"_s
                            << u"2025-06-15"_s;
}

void TestDeadline::explanation()
{
    QFETCH(QString, received);
    QFETCH(DeadlinePolicy, policy);
    QFETCH(bool, urgent);
    QFETCH(QString, summary);
    QFETCH(QString, acceptance);
    const BusinessCalendar calendar;
    const ResponseDeadline d = DeadlineCalculator(calendar).compute(iso(received), urgent, policy);
    QCOMPARE(d.summary(), summary);
    QCOMPARE(d.acceptanceDate.toString(Qt::ISODate), acceptance);
    const QStringList lines = d.explanation().split(u'\n');
    QCOMPARE(lines.first(), summary);
    QVERIFY(lines.at(1).startsWith(u"Received: "_s));
    QVERIFY(lines.last().startsWith(u"Due: "_s));
    if (!urgent)
        QCOMPARE(lines.size(), 2 + 1 + d.skippedDays.size() + 1 + 1);
    // reasons(): what the summary does not say — never the times again; the acceptance date
    // only when it is not the day of receipt; the skipped days only where the summary gave a
    // range; the rule always.
    const QStringList reasons = d.reasons().split(u'\n');
    for (const QString &line : reasons) {
        QVERIFY2(!line.startsWith(u"Received: "_s) && !line.startsWith(u"Due: "_s), qPrintable(line));
        QVERIFY2(!lines.first().contains(line), qPrintable(line));
    }
    QVERIFY(reasons.last().startsWith(u"Rule: "_s));
    const bool range = summary.contains(u"days off"_s);
    const qsizetype skippedLines = reasons.filter(u"Skipped: "_s).size();
    QCOMPARE(skippedLines, range ? d.skippedDays.size() : 0);
    QCOMPARE(reasons.filter(u"Accepted on: "_s).size(), !urgent && acceptance != received.left(10) ? 1 : 0);
    QVERIFY(d.details().contains(u"Received: "_s)); // details() is unchanged
}

void TestDeadline::explanationInJapanese()
{
    QTranslator translator;
    if (!translator.load(u":/i18n/madoguchi_ja.qm"_s)
        || translator.translate("ResponseDeadline", "Received %1 → due %2").isEmpty())
        QSKIP("the Japanese for the calendar (translations/pending/calendar.tsv) is not in madoguchi_ja.ts yet");
    QCoreApplication::installTranslator(&translator);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    const BusinessCalendar calendar;
    const DeadlineCalculator calculator(calendar);
    const QString saturday = calculator.compute(iso(u"2024-02-10T23:40:00+09:00"_s)).summary();
    const QString goldenWeek = calculator.compute(iso(u"2026-05-01T17:00:00+09:00"_s)).summary();
    QLocale::setDefault(previous);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(saturday, u"受信 土 23:40 → 期限 火 18:00 (日曜・月曜(振替休日)を除く)"_s);
    QCOMPARE(goldenWeek,
             u"受信 金 17:00 → 期限 木 18:00 (土曜・日曜・月曜(みどりの日)・火曜(こどもの日)・水曜(振替休日)を除く)"_s);
}

void TestDeadline::companyHolidayMovesDeadline()
{
    CalendarSettings settings;
    const BusinessCalendar before(settings);
    const QDateTime received = iso(u"2025-06-11T10:30:00+09:00"_s);
    QCOMPARE(Jst::format(DeadlineCalculator(before).deadline(received)), u"2025-06-12T18:00:00+09:00"_s);

    settings.companyHolidays.append(CompanyHoliday { QDate(2025, 6, 12), u"創立記念日"_s });
    const BusinessCalendar after(settings);
    const ResponseDeadline d = DeadlineCalculator(after).compute(received);
    QCOMPARE(Jst::format(d.deadline), u"2025-06-13T18:00:00+09:00"_s);
    QCOMPARE(d.skippedDays.size(), 1);
    QCOMPARE(d.skippedDays.first().reason, DayOffReason::CompanyHoliday);
    QCOMPARE(d.skippedDays.first().name, u"創立記念日"_s);
    QVERIFY(d.summary().contains(u"Thursday (創立記念日)"_s));

    // An extra working day pulls it back: Saturday 14 June worked.
    settings.extraWorkingDays.append(QDate(2025, 6, 14));
    const BusinessCalendar withSaturday(settings);
    QCOMPARE(Jst::format(DeadlineCalculator(withSaturday).deadline(iso(u"2025-06-13T11:00:00+09:00"_s))),
             u"2025-06-14T18:00:00+09:00"_s);
}

void TestDeadline::urgentTargetIsConfigurable()
{
    CalendarSettings settings;
    settings.urgentTargetMinutes = 30;
    const BusinessCalendar calendar(settings);
    QCOMPARE(Jst::format(DeadlineCalculator(calendar).deadline(iso(u"2025-06-15T03:00:00+09:00"_s), true)),
             u"2025-06-15T03:30:00+09:00"_s);
}

void TestDeadline::classify_data()
{
    QTest::addColumn<QString>("deadline");
    QTest::addColumn<QString>("now");
    QTest::addColumn<bool>("urgent");
    QTest::addColumn<DeadlineFlag>("flag");
    QTest::addColumn<qint64>("remaining");

    const QString thu = u"2025-06-12T18:00:00+09:00"_s;
    QTest::newRow("day before") << thu << u"2025-06-11T10:00:00+09:00"_s << false << DeadlineFlag::OnTime
                                << qint64(840);
    QTest::newRow("morning of") << thu << u"2025-06-12T10:00:00+09:00"_s << false << DeadlineFlag::OnTime
                                << qint64(420);
    QTest::newRow("121 minutes left") << thu << u"2025-06-12T15:59:00+09:00"_s << false << DeadlineFlag::OnTime
                                      << qint64(121);
    QTest::newRow("exactly 120 left") << thu << u"2025-06-12T16:00:00+09:00"_s << false << DeadlineFlag::DueSoon
                                      << qint64(120);
    // Issue 20 item 3: compared in seconds, not whole minutes.
    QTest::newRow("2 h 0 min 30 s left") << thu << u"2025-06-12T15:59:30+09:00"_s << false << DeadlineFlag::OnTime
                                         << qint64(120);
    QTest::newRow("2 h 0 min 1 s left") << thu << u"2025-06-12T15:59:59+09:00"_s << false << DeadlineFlag::OnTime
                                        << qint64(120);
    QTest::newRow("1 h 59 min 59 s left") << thu << u"2025-06-12T16:00:01+09:00"_s << false << DeadlineFlag::DueSoon
                                          << qint64(119);
    QTest::newRow("lunch counts nothing")
        << thu << u"2025-06-12T12:00:00+09:00"_s << false << DeadlineFlag::OnTime << qint64(300);
    QTest::newRow("previous evening, 7 hours left")
        << thu << u"2025-06-11T20:00:00+09:00"_s << false << DeadlineFlag::OnTime << qint64(420);
    QTest::newRow("at the deadline") << thu << thu << false << DeadlineFlag::DueSoon << qint64(0);
    QTest::newRow("one second late") << thu << u"2025-06-12T18:00:01+09:00"_s << false << DeadlineFlag::Overdue
                                     << qint64(0);
    QTest::newRow("a day late") << thu << u"2025-06-13T18:00:00+09:00"_s << false << DeadlineFlag::Overdue
                                << qint64(-420);
    QTest::newRow("monday deadline from friday 17:00")
        << u"2025-06-16T18:00:00+09:00"_s << u"2025-06-13T17:00:00+09:00"_s << false << DeadlineFlag::OnTime
        << qint64(480);
    QTest::newRow("monday deadline from saturday") << u"2025-06-16T18:00:00+09:00"_s << u"2025-06-14T12:00:00+09:00"_s
                                                   << false << DeadlineFlag::OnTime << qint64(420);
    QTest::newRow("friday 16:30 due monday 11:00") << u"2025-06-16T11:00:00+09:00"_s << u"2025-06-13T16:30:00+09:00"_s
                                                   << false << DeadlineFlag::OnTime << qint64(90 + 60);
    QTest::newRow("friday 17:00 due monday 11:00") << u"2025-06-16T11:00:00+09:00"_s << u"2025-06-13T17:00:00+09:00"_s
                                                   << false << DeadlineFlag::DueSoon << qint64(60 + 60);
    const QString urgentDue = u"2025-06-15T04:00:00+09:00"_s;
    QTest::newRow("urgent 60 left") << urgentDue << u"2025-06-15T03:00:00+09:00"_s << true << DeadlineFlag::OnTime
                                    << qint64(60);
    QTest::newRow("urgent 15 left") << urgentDue << u"2025-06-15T03:45:00+09:00"_s << true << DeadlineFlag::DueSoon
                                    << qint64(15);
    QTest::newRow("urgent 16 left") << urgentDue << u"2025-06-15T03:44:00+09:00"_s << true << DeadlineFlag::OnTime
                                    << qint64(16);
    QTest::newRow("urgent 15 min 30 s left") << urgentDue << u"2025-06-15T03:44:30+09:00"_s << true
                                             << DeadlineFlag::OnTime << qint64(15);
    QTest::newRow("urgent late") << urgentDue << u"2025-06-15T04:10:00+09:00"_s << true << DeadlineFlag::Overdue
                                 << qint64(-10);
}

void TestDeadline::classify()
{
    QFETCH(QString, deadline);
    QFETCH(QString, now);
    QFETCH(bool, urgent);
    QFETCH(DeadlineFlag, flag);
    QFETCH(qint64, remaining);
    const BusinessCalendar calendar;
    const DeadlineCalculator calculator(calendar);
    QCOMPARE(calculator.classify(iso(deadline), iso(now), urgent), flag);
    QCOMPARE(calculator.remainingMinutes(iso(deadline), iso(now), urgent), remaining);
}

void TestDeadline::invalidReceipt()
{
    const BusinessCalendar calendar;
    const DeadlineCalculator calculator(calendar);
    QVERIFY(!calculator.deadline(QDateTime()).isValid());
    const ResponseDeadline d = calculator.compute(QDateTime());
    QVERIFY(!d.deadline.isValid());
    QCOMPARE(d.summary(), u"No deadline (the receipt time is unknown)"_s);
}

QTEST_GUILESS_MAIN(TestDeadline)
#include "tst_deadline.moc"
