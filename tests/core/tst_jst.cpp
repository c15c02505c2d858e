#include "core/Clock.h"
#include "core/Jst.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

class TestJst : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseIso_data();
    void parseIso();
    void dateOfCrossesMidnight_data();
    void dateOfCrossesMidnight();
    void fixedClock();
};

void TestJst::parseIso_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("utc"); // expected, ISO in UTC

    QTest::newRow("jst offset") << u"2025-06-11T19:30:00+09:00"_s << true << u"2025-06-11T10:30:00Z"_s;
    QTest::newRow("utc Z") << u"2025-06-11T10:30:00Z"_s << true << u"2025-06-11T10:30:00Z"_s;
    QTest::newRow("no seconds") << u"2025-06-11T10:30Z"_s << true << u"2025-06-11T10:30:00Z"_s;
    QTest::newRow("compact offset") << u"2025-06-11T19:30:00+0900"_s << true << u"2025-06-11T10:30:00Z"_s;
    QTest::newRow("negative offset") << u"2025-06-10T21:30:00-13:00"_s << true << u"2025-06-11T10:30:00Z"_s;
    QTest::newRow("fraction") << u"2025-06-11T10:30:00.250Z"_s << true << u"2025-06-11T10:30:00Z"_s;
    QTest::newRow("space separator") << u"2025-06-11 19:30:00+09:00"_s << true << u"2025-06-11T10:30:00Z"_s;
    QTest::newRow("no offset") << u"2025-06-11T19:30:00"_s << false << QString();
    QTest::newRow("date only") << u"2025-06-11"_s << false << QString();
    QTest::newRow("bad month") << u"2025-13-11T19:30:00Z"_s << false << QString();
    QTest::newRow("bad day") << u"2025-02-30T19:30:00Z"_s << false << QString();
    QTest::newRow("bad hour") << u"2025-06-11T24:30:00Z"_s << false << QString();
    QTest::newRow("garbage") << u"yesterday"_s << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestJst::parseIso()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, utc);
    const auto parsed = Jst::parseIso(input);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(parsed->toUTC().toString(Qt::ISODate), utc);
}

void TestJst::dateOfCrossesMidnight_data()
{
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QDate>("jstDate");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("14:59Z is 23:59 JST") << u"2025-06-10T14:59:00Z"_s << QDate(2025, 6, 10) << u"2025-06-10T23:59:00+09:00"_s;
    QTest::newRow("15:00Z is next JST day") << u"2025-06-10T15:00:00Z"_s << QDate(2025, 6, 11) << u"2025-06-11T00:00:00+09:00"_s;
    QTest::newRow("new year") << u"2025-12-31T15:00:00Z"_s << QDate(2026, 1, 1) << u"2026-01-01T00:00:00+09:00"_s;
}

void TestJst::dateOfCrossesMidnight()
{
    QFETCH(QString, instant);
    QFETCH(QDate, jstDate);
    QFETCH(QString, formatted);
    const QDateTime moment = *Jst::parseIso(instant);
    QCOMPARE(Jst::dateOf(moment), jstDate);
    QCOMPARE(Jst::format(moment), formatted);
}

void TestJst::fixedClock()
{
    FixedClock clock(*Jst::parseIso(u"2025-06-11T10:00:00+09:00"_s));
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    clock.advanceSecs(90 * 60);
    QCOMPARE(Jst::format(clock.now()), u"2025-06-11T11:30:00+09:00"_s);
}

QTEST_GUILESS_MAIN(TestJst)
#include "tst_jst.moc"
