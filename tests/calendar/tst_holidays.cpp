#include "calendar/HolidayCsv.h"
#include "calendar/HolidayRules.h"
#include "calendar/JapaneseHolidays.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

QByteArray officialCsvUtf8()
{
    QFile file(QStringLiteral(MADOGUCHI_TEST_DATA "/syukujitsu.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The file as the Cabinet Office publishes it: Shift_JIS with CRLF line ends.
QByteArray officialCsvShiftJis()
{
    QString text = QString::fromUtf8(officialCsvUtf8());
    text.replace(u"\n"_s, u"\r\n"_s);
    QStringEncoder encoder("Shift_JIS");
    const QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        qFatal("Shift_JIS encoding failed");
    return bytes;
}

QMap<QDate, QString> officialDays()
{
    QMap<QDate, QString> days;
    const auto entries = HolidayCsv::parse(officialCsvUtf8());
    if (!entries)
        qFatal("%s", qPrintable(entries.error().message));
    for (const HolidayCsv::Entry &e : entries.value())
        days.insert(e.date, e.name);
    return days;
}

QString kindName(HolidayKind kind)
{
    switch (kind) {
    case HolidayKind::National:
        return u"national"_s;
    case HolidayKind::Substitute:
        return u"substitute"_s;
    case HolidayKind::Citizens:
        return u"citizens"_s;
    }
    return {};
}

} // namespace

class TestHolidays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computedMatchesOfficialList_data();
    void computedMatchesOfficialList();
    void trickyDates_data();
    void trickyDates();
    void equinoxDays_data();
    void equinoxDays();
    void provisionalAfterOfficialYears();
    void importShiftJis();
    void importUtf8Variants_data();
    void importUtf8Variants();
    void importOverridesCoveredYears();
    void importRejectsBadLines_data();
    void importRejectsBadLines();
    void holidaysBetweenIsSorted();
};

void TestHolidays::computedMatchesOfficialList_data()
{
    QTest::addColumn<int>("year");
    for (int year = 1955; year <= 2027; ++year)
        QTest::addRow("%d", year) << year;
}

void TestHolidays::computedMatchesOfficialList()
{
    QFETCH(int, year);
    static const QMap<QDate, QString> official = officialDays();
    QMap<QDate, QString> expected;
    for (auto it = official.cbegin(); it != official.cend(); ++it) {
        if (it.key().year() == year)
            expected.insert(it.key(), it.value());
    }
    QMap<QDate, Holiday> computed;
    for (const Holiday &h : JapaneseHolidays::computedForYear(year))
        computed.insert(h.date, h);
    QCOMPARE(QList<QDate>(computed.keys()), QList<QDate>(expected.keys()));
    // Names agree except where the CSV writes the generic 休日 forms.
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Holiday &h = computed.value(it.key());
        if (it.value() == u"休日"_s) {
            QVERIFY2(h.kind != HolidayKind::National, qPrintable(it.key().toString(Qt::ISODate)));
        } else if (!it.value().startsWith(u"休日"_s) && !it.value().contains(u'（')) {
            QCOMPARE(h.nameJa, it.value());
            QCOMPARE(h.kind, HolidayKind::National);
        }
    }
}

void TestHolidays::trickyDates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("kind"); // "", national, substitute, citizens
    QTest::addColumn<QString>("nameJa");

    const auto row = [](const char *label, QDate date, const QString &kind, const QString &name) {
        QTest::newRow(label) << date << kind << name;
    };
    // 振替休日: not before 1973-04-12, next day only until 2006, next non-祝日 since 2007.
    row("1973-02-11 Sunday, before the law", QDate(1973, 2, 11), u"national"_s, u"建国記念の日"_s);
    row("1973-02-12 no substitute yet", QDate(1973, 2, 12), QString(), QString());
    row("1973-04-30 first substitute", QDate(1973, 4, 30), u"substitute"_s, u"振替休日"_s);
    row("1967-02-11 first foundation day", QDate(1967, 2, 11), u"national"_s, u"建国記念の日"_s);
    row("1966-02-11 not yet", QDate(1966, 2, 11), QString(), QString());
    row("1965-09-15 not yet", QDate(1965, 9, 15), QString(), QString());
    row("1966-09-15 first respect day", QDate(1966, 9, 15), u"national"_s, u"敬老の日"_s);
    row("1966-10-10 first sports day", QDate(1966, 10, 10), u"national"_s, u"体育の日"_s);
    row("1959-04-10 royal wedding", QDate(1959, 4, 10), u"national"_s, u"結婚の儀"_s);
    row("1989-02-24 state funeral", QDate(1989, 2, 24), u"national"_s, u"大喪の礼"_s);
    row("1990-11-12 enthronement", QDate(1990, 11, 12), u"national"_s, u"即位礼正殿の儀"_s);
    row("1993-06-09 royal wedding", QDate(1993, 6, 9), u"national"_s, u"結婚の儀"_s);
    row("1988-04-29 Showa emperor", QDate(1988, 4, 29), u"national"_s, u"天皇誕生日"_s);
    row("1989-04-29 greenery", QDate(1989, 4, 29), u"national"_s, u"みどりの日"_s);
    row("1989-12-23 Heisei emperor", QDate(1989, 12, 23), u"national"_s, u"天皇誕生日"_s);
    row("2007-04-29 showa day", QDate(2007, 4, 29), u"national"_s, u"昭和の日"_s);
    row("2007-05-04 greenery moved", QDate(2007, 5, 4), u"national"_s, u"みどりの日"_s);
    // 国民の休日 before 2007: May 4 between two 祝日, not a Sunday, not a 振替休日.
    row("1985-05-04 before the law", QDate(1985, 5, 4), QString(), QString());
    row("1986-05-04 Sunday", QDate(1986, 5, 4), QString(), QString());
    row("1987-05-04 substitute instead", QDate(1987, 5, 4), u"substitute"_s, u"振替休日"_s);
    row("1988-05-04 first citizens", QDate(1988, 5, 4), u"citizens"_s, u"国民の休日"_s);
    row("1992-05-04 substitute instead", QDate(1992, 5, 4), u"substitute"_s, u"振替休日"_s);
    row("1997-05-04 Sunday", QDate(1997, 5, 4), QString(), QString());
    row("1998-05-04 substitute instead", QDate(1998, 5, 4), u"substitute"_s, u"振替休日"_s);
    row("2003-05-04 Sunday", QDate(2003, 5, 4), QString(), QString());
    row("2006-05-04 citizens", QDate(2006, 5, 4), u"citizens"_s, u"国民の休日"_s);
    // 振替休日 since 2007 jumps to May 6.
    row("2008-05-06", QDate(2008, 5, 6), u"substitute"_s, u"振替休日"_s);
    row("2009-05-06", QDate(2009, 5, 6), u"substitute"_s, u"振替休日"_s);
    row("2014-05-06", QDate(2014, 5, 6), u"substitute"_s, u"振替休日"_s);
    row("2015-05-06", QDate(2015, 5, 6), u"substitute"_s, u"振替休日"_s);
    row("2020-05-06", QDate(2020, 5, 6), u"substitute"_s, u"振替休日"_s);
    row("2025-05-06", QDate(2025, 5, 6), u"substitute"_s, u"振替休日"_s);
    row("2026-05-06", QDate(2026, 5, 6), u"substitute"_s, u"振替休日"_s);
    row("2019-05-06 after children's Sunday", QDate(2019, 5, 6), u"substitute"_s, u"振替休日"_s);
    // Saturday 祝日 lose their day.
    row("2023-09-25 no substitute for Saturday", QDate(2023, 9, 25), QString(), QString());
    row("2022-01-03 no substitute for Saturday", QDate(2022, 1, 3), QString(), QString());
    // 国民の休日 in September.
    row("2009-09-22", QDate(2009, 9, 22), u"citizens"_s, u"国民の休日"_s);
    row("2015-09-22", QDate(2015, 9, 22), u"citizens"_s, u"国民の休日"_s);
    row("2026-09-22", QDate(2026, 9, 22), u"citizens"_s, u"国民の休日"_s);
    row("2032-09-21 provisional", QDate(2032, 9, 21), u"citizens"_s, u"国民の休日"_s);
    row("2037-09-22 provisional", QDate(2037, 9, 22), u"citizens"_s, u"国民の休日"_s);
    row("2020-09-22 equinox itself", QDate(2020, 9, 22), u"national"_s, u"秋分の日"_s);
    // 2019: the abdication year.
    row("2019-04-30 citizens", QDate(2019, 4, 30), u"citizens"_s, u"国民の休日"_s);
    row("2019-05-01 enthronement day", QDate(2019, 5, 1), u"national"_s, u"天皇の即位の日"_s);
    row("2019-05-02 citizens", QDate(2019, 5, 2), u"citizens"_s, u"国民の休日"_s);
    row("2019-10-22 enthronement ceremony", QDate(2019, 10, 22), u"national"_s, u"即位礼正殿の儀"_s);
    row("2019-12-23 no emperor's birthday", QDate(2019, 12, 23), QString(), QString());
    row("2018-12-23 last Heisei birthday", QDate(2018, 12, 23), u"national"_s, u"天皇誕生日"_s);
    row("2018-12-24 its substitute", QDate(2018, 12, 24), u"substitute"_s, u"振替休日"_s);
    row("2020-02-23 first Reiwa birthday", QDate(2020, 2, 23), u"national"_s, u"天皇誕生日"_s);
    row("2020-02-24 its substitute", QDate(2020, 2, 24), u"substitute"_s, u"振替休日"_s);
    // Olympic moves.
    row("2020-07-20 not marine day", QDate(2020, 7, 20), QString(), QString());
    row("2020-07-23 marine day", QDate(2020, 7, 23), u"national"_s, u"海の日"_s);
    row("2020-07-24 sports day", QDate(2020, 7, 24), u"national"_s, u"スポーツの日"_s);
    row("2020-08-10 mountain day", QDate(2020, 8, 10), u"national"_s, u"山の日"_s);
    row("2020-08-11 not mountain day", QDate(2020, 8, 11), QString(), QString());
    row("2020-10-12 no October holiday", QDate(2020, 10, 12), QString(), QString());
    row("2021-07-19 not marine day", QDate(2021, 7, 19), QString(), QString());
    row("2021-07-22 marine day", QDate(2021, 7, 22), u"national"_s, u"海の日"_s);
    row("2021-07-23 sports day", QDate(2021, 7, 23), u"national"_s, u"スポーツの日"_s);
    row("2021-08-08 mountain day Sunday", QDate(2021, 8, 8), u"national"_s, u"山の日"_s);
    row("2021-08-09 its substitute", QDate(2021, 8, 9), u"substitute"_s, u"振替休日"_s);
    row("2021-08-11 not mountain day", QDate(2021, 8, 11), QString(), QString());
    row("2021-10-11 no October holiday", QDate(2021, 10, 11), QString(), QString());
    row("2022-10-10 sports day back", QDate(2022, 10, 10), u"national"_s, u"スポーツの日"_s);
    // Happy Monday switches.
    row("1999-01-15 fixed coming of age", QDate(1999, 1, 15), u"national"_s, u"成人の日"_s);
    row("2000-01-10 happy monday", QDate(2000, 1, 10), u"national"_s, u"成人の日"_s);
    row("2000-01-15 no longer", QDate(2000, 1, 15), QString(), QString());
    row("2002-07-20 fixed marine day", QDate(2002, 7, 20), u"national"_s, u"海の日"_s);
    row("2003-07-21 happy monday", QDate(2003, 7, 21), u"national"_s, u"海の日"_s);
    row("1996-07-20 first marine day", QDate(1996, 7, 20), u"national"_s, u"海の日"_s);
    row("1995-07-20 not yet", QDate(1995, 7, 20), QString(), QString());
    row("2015-08-11 not yet mountain day", QDate(2015, 8, 11), QString(), QString());
    row("2016-08-11 first mountain day", QDate(2016, 8, 11), u"national"_s, u"山の日"_s);
    row("2003-09-15 respect day moved", QDate(2003, 9, 15), u"national"_s, u"敬老の日"_s);
    row("2004-09-15 no longer", QDate(2004, 9, 15), QString(), QString());
    // Equinoxes near midnight, and the first March 19.
    row("2012-09-22 autumnal", QDate(2012, 9, 22), u"national"_s, u"秋分の日"_s);
    row("2026-03-20 vernal", QDate(2026, 3, 20), u"national"_s, u"春分の日"_s);
    row("2027-03-21 vernal Sunday", QDate(2027, 3, 21), u"national"_s, u"春分の日"_s);
    row("2027-03-22 its substitute", QDate(2027, 3, 22), u"substitute"_s, u"振替休日"_s);
    row("2092-03-19 vernal", QDate(2092, 3, 19), u"national"_s, u"春分の日"_s);
    row("1956-03-21 truncation", QDate(1956, 3, 21), u"national"_s, u"春分の日"_s);
    row("1979-09-24 autumnal", QDate(1979, 9, 24), u"national"_s, u"秋分の日"_s);
    // Ordinary days and the year-end break (not a national holiday).
    row("2025-01-02", QDate(2025, 1, 2), QString(), QString());
    row("2025-12-29", QDate(2025, 12, 29), QString(), QString());
    row("2023-01-02 substitute for Jan 1", QDate(2023, 1, 2), u"substitute"_s, u"振替休日"_s);
}

void TestHolidays::trickyDates()
{
    QFETCH(QDate, date);
    QFETCH(QString, kind);
    QFETCH(QString, nameJa);
    static const JapaneseHolidays holidays;
    const auto holiday = holidays.holiday(date);
    if (kind.isEmpty()) {
        QVERIFY2(!holiday, holiday ? qPrintable(holiday->nameJa) : "");
        return;
    }
    QVERIFY(holiday);
    QCOMPARE(kindName(holiday->kind), kind);
    QCOMPARE(holiday->nameJa, nameJa);
    QVERIFY(!holiday->nameEn.isEmpty());
    QCOMPARE(holiday->provisional, date.year() > 2027);
}

void TestHolidays::equinoxDays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("vernal");
    QTest::addColumn<int>("autumnal");
    QTest::newRow("1955") << 1955 << 21 << 24;
    QTest::newRow("1956") << 1956 << 21 << 23;
    QTest::newRow("1960") << 1960 << 20 << 23;
    QTest::newRow("1979") << 1979 << 21 << 24;
    QTest::newRow("1980") << 1980 << 20 << 23;
    QTest::newRow("2012") << 2012 << 20 << 22;
    QTest::newRow("2024") << 2024 << 20 << 22;
    QTest::newRow("2025") << 2025 << 20 << 23;
    QTest::newRow("2026") << 2026 << 20 << 23;
    QTest::newRow("2027") << 2027 << 21 << 23;
    QTest::newRow("2041") << 2041 << 20 << 23;
    QTest::newRow("2045") << 2045 << 20 << 22;
    QTest::newRow("2055") << 2055 << 21 << 23;
    QTest::newRow("2059") << 2059 << 20 << 23;
    QTest::newRow("2074") << 2074 << 20 << 23;
    QTest::newRow("2088") << 2088 << 20 << 22;
    QTest::newRow("2092") << 2092 << 19 << 22;
    QTest::newRow("2096") << 2096 << 19 << 22;
    QTest::newRow("2099") << 2099 << 20 << 23;
}

void TestHolidays::equinoxDays()
{
    QFETCH(int, year);
    QFETCH(int, vernal);
    QFETCH(int, autumnal);
    QCOMPARE(HolidayRules::equinoxDay(year, true), vernal);
    QCOMPARE(HolidayRules::equinoxDay(year, false), autumnal);
    const JapaneseHolidays holidays;
    QVERIFY(holidays.isHoliday(QDate(year, 3, vernal)));
    QVERIFY(holidays.isHoliday(QDate(year, 9, autumnal)));
}

void TestHolidays::provisionalAfterOfficialYears()
{
    const JapaneseHolidays holidays;
    QCOMPARE(holidays.lastOfficialYear(), 2027);
    QCOMPARE(holidays.lastImportedYear(), 0);
    QVERIFY(!holidays.holiday(QDate(2027, 11, 23))->provisional);
    QVERIFY(holidays.holiday(QDate(2028, 1, 1))->provisional);
    QVERIFY(holidays.isProvisional(QDate(2099, 12, 31)));
    QCOMPARE(holidays.holidaysInYear(2099).isEmpty(), false);
}

void TestHolidays::importShiftJis()
{
    const QByteArray sjis = officialCsvShiftJis();
    QVERIFY(sjis.contains("\r\n"));
    QVERIFY(!QString::fromUtf8(sjis).contains(u"元日"_s)); // really not UTF-8
    JapaneseHolidays holidays;
    const auto count = holidays.importOfficialCsv(sjis);
    QVERIFY2(count.ok(), count.ok() ? "" : qPrintable(count.error().message));
    QCOMPARE(count.value(), 1067);
    QCOMPARE(holidays.lastImportedYear(), 2027);
    const auto day = holidays.holiday(QDate(2019, 5, 1));
    QVERIFY(day);
    QCOMPARE(day->kind, HolidayKind::National);
    QCOMPARE(holidays.holiday(QDate(2019, 5, 2))->kind, HolidayKind::Citizens);
    QCOMPARE(holidays.holiday(QDate(2021, 8, 9))->kind, HolidayKind::Substitute);
    QCOMPARE(holidays.holiday(QDate(2026, 5, 6))->kind, HolidayKind::Substitute);
    QCOMPARE(holidays.holiday(QDate(2026, 9, 22))->kind, HolidayKind::Citizens);
    QCOMPARE(holidays.holiday(QDate(2019, 10, 14))->nameJa, u"体育の日（スポーツの日）"_s);
    QCOMPARE(holidays.holiday(QDate(2019, 10, 14))->nameEn, u"Health and Sports Day"_s);
    // Same days as the computed list, year by year.
    for (int year = 1955; year <= 2027; ++year) {
        QList<QDate> imported, computed;
        for (const Holiday &h : holidays.holidaysInYear(year))
            imported.append(h.date);
        for (const Holiday &h : JapaneseHolidays::computedForYear(year))
            computed.append(h.date);
        QCOMPARE(imported, computed);
    }
}

void TestHolidays::importUtf8Variants_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray lf = officialCsvUtf8();
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QTest::newRow("utf-8 lf") << lf;
    QTest::newRow("utf-8 crlf") << crlf;
    QTest::newRow("utf-8 bom lf") << QByteArray("\xEF\xBB\xBF" + lf);
    QTest::newRow("utf-8 bom crlf") << QByteArray("\xEF\xBB\xBF" + crlf);
}

void TestHolidays::importUtf8Variants()
{
    QFETCH(QByteArray, data);
    JapaneseHolidays holidays;
    const auto count = holidays.importOfficialCsv(data);
    QVERIFY2(count.ok(), count.ok() ? "" : qPrintable(count.error().message));
    QCOMPARE(count.value(), 1067);
    QCOMPARE(holidays.holiday(QDate(1955, 1, 1))->nameJa, u"元日"_s);
    QCOMPARE(holidays.holiday(QDate(2027, 11, 23))->nameJa, u"勤労感謝の日"_s);
}

void TestHolidays::importOverridesCoveredYears()
{
    // A future law change arrives as a file: 2030 gets a new day and loses 海の日.
    QByteArray csv = "国民の祝日・休日月日,国民の祝日・休日名称\r\n";
    for (const Holiday &h : JapaneseHolidays::computedForYear(2030)) {
        if (h.nameJa == u"海の日"_s)
            continue;
        csv += QStringLiteral("%1/%2/%3,%4\r\n")
                   .arg(h.date.year())
                   .arg(h.date.month())
                   .arg(h.date.day())
                   .arg(h.kind == HolidayKind::National ? h.nameJa : u"休日"_s)
                   .toUtf8();
    }
    csv += "2030/6/12,新しい祝日\r\n";
    JapaneseHolidays holidays;
    QVERIFY(holidays.importOfficialCsv(csv).ok());
    QCOMPARE(holidays.lastImportedYear(), 2030);
    QCOMPARE(holidays.lastOfficialYear(), 2030);
    QVERIFY(!holidays.isHoliday(HolidayRules::nthMonday(2030, 7, 3)));
    const auto added = holidays.holiday(QDate(2030, 6, 12));
    QVERIFY(added);
    QCOMPARE(added->nameJa, u"新しい祝日"_s);
    QVERIFY(!added->provisional);
    QVERIFY(!holidays.holiday(QDate(2029, 1, 1))->provisional);
    QVERIFY(holidays.holiday(QDate(2031, 1, 1))->provisional);
    // Years the file does not cover keep the computed days.
    QVERIFY(holidays.isHoliday(HolidayRules::nthMonday(2031, 7, 3)));
    QCOMPARE(holidays.holiday(QDate(2030, 5, 6))->kind, HolidayKind::Substitute); // 5/5 is a Sunday in 2030
}

void TestHolidays::importRejectsBadLines_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad date") << QByteArray("国民の祝日・休日月日,国民の祝日・休日名称\n2025/1/1,元日\n2025/13/1,変\n")
                              << u"Line 3"_s;
    QTest::newRow("no name") << QByteArray("2025/1/1,元日\n2025/2/11\n") << u"Line 2"_s;
    QTest::newRow("garbage") << QByteArray("hello\nworld\n") << u"Line 2"_s;
    QTest::newRow("empty") << QByteArray() << u"no days"_s;
    QTest::newRow("header only") << QByteArray("国民の祝日・休日月日,国民の祝日・休日名称\r\n") << u"no days"_s;
}

void TestHolidays::importRejectsBadLines()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mentions);
    JapaneseHolidays holidays;
    const auto result = holidays.importOfficialCsv(data);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    QCOMPARE(holidays.lastImportedYear(), 0);
    QVERIFY(holidays.isHoliday(QDate(2025, 1, 1)));
}

void TestHolidays::holidaysBetweenIsSorted()
{
    const JapaneseHolidays holidays;
    const QList<Holiday> list = holidays.holidaysBetween(QDate(2018, 12, 1), QDate(2020, 3, 1));
    QVERIFY(list.size() > 20);
    QCOMPARE(list.first().date, QDate(2018, 12, 23));
    QCOMPARE(list.last().date, QDate(2020, 2, 24));
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY(list.at(i - 1).date < list.at(i).date);
    QCOMPARE(holidays.holidaysBetween(QDate(2025, 6, 1), QDate(2025, 6, 30)).size(), 0);
}

QTEST_GUILESS_MAIN(TestHolidays)
#include "tst_holidays.moc"
