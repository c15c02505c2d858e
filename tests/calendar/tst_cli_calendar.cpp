#include "core/Clock.h"
#include "store/Database.h"
#include "store/SchemaMigrations.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// No desk database unless a test makes one: an empty data folder, no MADOGUCHI_DATABASE.
QProcessEnvironment &cliEnvironment()
{
    static QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    return environment;
}

Run cli(const QStringList &args)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(MADOGUCHI_CLI), args);
    if (!process.waitForFinished(30000))
        qFatal("madoguchi-cli did not finish");
    return Run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
}

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestCliCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badInput_data();
    void badInput();
    void helpPerCommand_data();
    void helpPerCommand();
    void holidaysFormat();
    void holidaysWholeOfficialRange();
    void holidaysFromShiftJisFile();
    void deadlineFormat_data();
    void deadlineFormat();
    void deadlineWithCompanyHolidays();
    void businessMinutes_data();
    void businessMinutes();
    void calendarMonth();
    void theDesksCalendarWhenThereIsADesk_data();
    void theDesksCalendarWhenThereIsADesk();

private:
    QTemporaryDir m_dir;
};

void TestCliCalendar::initTestCase()
{
    QVERIFY(m_dir.isValid());
    cliEnvironment().remove(u"MADOGUCHI_DATABASE"_s);
    cliEnvironment().insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"no-desk"_s));
    QFile bad(m_dir.filePath(u"bad.csv"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("国民の祝日・休日月日,国民の祝日・休日名称\n2025/1/1,元日\n2025/02/30,変な日\n");
}

void TestCliCalendar::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char *name, const QStringList &args, const QString &mentions) {
        QTest::newRow(name) << args << mentions;
    };
    row("holidays missing year", { u"holidays"_s }, u"missing argument"_s);
    row("holidays not a year", { u"holidays"_s, u"abc"_s }, u"\"abc\" is not a year"_s);
    row("holidays 1954", { u"holidays"_s, u"1954"_s }, u"year 1954 is outside 1955-2099"_s);
    row("holidays 2100", { u"holidays"_s, u"2025"_s, u"2100"_s }, u"year 2100 is outside 1955-2099"_s);
    row("holidays reversed", { u"holidays"_s, u"2025"_s, u"2024"_s }, u"before FROM_YEAR"_s);
    row("holidays extra argument", { u"holidays"_s, u"2025"_s, u"2026"_s, u"2027"_s },
        u"unexpected argument \"2027\""_s);
    row("holidays unknown option", { u"holidays"_s, u"2025"_s, u"--bogus"_s }, u"bogus"_s);
    row("holidays unreadable csv", { u"holidays"_s, u"2025"_s, u"--holidays-csv"_s, u"/nonexistent/x.csv"_s },
        u"cannot read \"/nonexistent/x.csv\""_s);
    row("holidays bad csv", { u"holidays"_s, u"2025"_s, u"--holidays-csv"_s, u"BAD_CSV"_s }, u"Line 3"_s);
    row("deadline missing", { u"deadline"_s }, u"missing argument"_s);
    row("deadline garbage", { u"deadline"_s, u"yesterday"_s }, u"cannot parse \"yesterday\""_s);
    row("deadline no offset", { u"deadline"_s, u"2025-06-11T19:30:00"_s }, u"ISO 8601 with an offset"_s);
    row("deadline bad day", { u"deadline"_s, u"2025-02-30T10:00:00+09:00"_s }, u"cannot parse"_s);
    row("deadline 1954", { u"deadline"_s, u"1954-06-11T10:00:00+09:00"_s }, u"outside 1955-2099"_s);
    row("deadline 2100 in JST", { u"deadline"_s, u"2099-12-31T15:00:00Z"_s }, u"is in 2100, outside 1955-2099"_s);
    row("deadline unknown policy", { u"deadline"_s, u"2025-06-11T10:00:00Z"_s, u"--policy"_s, u"weekly"_s },
        u"unknown policy \"weekly\""_s);
    row("deadline policy without value", { u"deadline"_s, u"2025-06-11T10:00:00Z"_s, u"--policy"_s }, u"policy"_s);
    row("deadline unknown option", { u"deadline"_s, u"2025-06-11T10:00:00Z"_s, u"--urgnet"_s }, u"urgnet"_s);
    row("deadline two receipts", { u"deadline"_s, u"2025-06-11T10:00:00Z"_s, u"2025-06-12T10:00:00Z"_s },
        u"unexpected argument"_s);
    row("business-minutes missing", { u"business-minutes"_s, u"2025-06-11T10:00:00Z"_s }, u"missing argument"_s);
    row("business-minutes bad to", { u"business-minutes"_s, u"2025-06-11T10:00:00Z"_s, u"soon"_s },
        u"cannot parse \"soon\""_s);
    row("business-minutes 2100", { u"business-minutes"_s, u"2025-06-11T10:00:00Z"_s, u"2100-01-01T10:00:00+09:00"_s },
        u"outside 1955-2099"_s);
    row("calendar missing", { u"calendar"_s }, u"missing argument"_s);
    row("calendar month 13", { u"calendar"_s, u"2025-13"_s }, u"\"2025-13\" is not a month"_s);
    row("calendar year only", { u"calendar"_s, u"2025"_s }, u"is not a month"_s);
    row("calendar 1900", { u"calendar"_s, u"1900-01"_s }, u"year 1900 is outside 1955-2099"_s);
    row("calendar unknown option", { u"calendar"_s, u"2025-01"_s, u"--month"_s }, u"month"_s);
    row("bad company holidays", { u"calendar"_s, u"2025-01"_s, u"--company-holidays"_s, u"BAD_CSV"_s }, u"Line 3"_s);
    row("global --now unparsable", { u"--now"_s, u"later"_s, u"calendar"_s, u"2025-01"_s }, u"--now"_s);
    row("unknown command", { u"calender"_s, u"2025-01"_s }, u"unknown command \"calender\""_s);
    row("unknown global option", { u"--bogus"_s, u"calendar"_s }, u"unknown option \"--bogus\""_s);
}

void TestCliCalendar::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    args.replaceInStrings(u"BAD_CSV"_s, m_dir.filePath(u"bad.csv"_s));
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.endsWith(u'\n') && run.err.count(u'\n') == 1, qPrintable(run.err));
    QVERIFY2(run.err.startsWith(u"madoguchi-cli: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void TestCliCalendar::helpPerCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("holidays") << u"holidays"_s;
    QTest::newRow("deadline") << u"deadline"_s;
    QTest::newRow("business-minutes") << u"business-minutes"_s;
    QTest::newRow("calendar") << u"calendar"_s;
}

void TestCliCalendar::helpPerCommand()
{
    QFETCH(QString, command);
    const Run run = cli({ command, u"--help"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Usage: madoguchi-cli "_s + command));
    QVERIFY(run.out.contains(u"--holidays-csv FILE"_s));
    QCOMPARE(run.err, QString());
    const Run global = cli({ u"--help"_s });
    QCOMPARE(global.exitCode, 0);
    QVERIFY(global.out.contains(u"\n  "_s + command + u' '));
}

void TestCliCalendar::holidaysFormat()
{
    const Run run = cli({ u"holidays"_s, u"2019"_s });
    QCOMPARE(run.exitCode, 0);
    const QStringList rows = lines(run.out);
    QCOMPARE(rows.size(), 22);
    static const QRegularExpression format(u"^\\d{4}-\\d{2}-\\d{2}\\t[^\\t]+\\t[^\\t]+$"_s);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QVERIFY2(format.match(rows.at(i)).hasMatch(), qPrintable(rows.at(i)));
        if (i > 0)
            QVERIFY(rows.at(i - 1) < rows.at(i));
    }
    QVERIFY(rows.contains(u"2019-05-01\t天皇の即位の日\tThe Day of the Emperor's Enthronement"_s));
    QVERIFY(rows.contains(u"2019-04-30\t国民の休日\tCitizens' Holiday"_s));
    QVERIFY(rows.contains(u"2019-05-06\t振替休日\tSubstitute Holiday"_s));
    QVERIFY(!run.out.contains(u"2019-12-23"_s));
}

void TestCliCalendar::holidaysWholeOfficialRange()
{
    const Run computed = cli({ u"holidays"_s, u"1955"_s, u"2027"_s });
    QCOMPARE(computed.exitCode, 0);
    QCOMPARE(lines(computed.out).size(), 1067);
}

void TestCliCalendar::holidaysFromShiftJisFile()
{
    QFile source(QStringLiteral(MADOGUCHI_TEST_DATA "/syukujitsu.csv"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(source.readAll());
    text.replace(u"\n"_s, u"\r\n"_s);
    QStringEncoder sjis("Shift_JIS");
    QFile file(m_dir.filePath(u"syukujitsu-sjis.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(sjis.encode(text));
    file.close();
    const Run imported = cli({ u"holidays"_s, u"2019"_s, u"--holidays-csv"_s, file.fileName() });
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.err.isEmpty(), qPrintable(imported.err));
    // Same days as the computed list; the official names win where the file has its own.
    const auto dates = [](const QString &out) {
        QStringList result;
        for (const QString &line : lines(out))
            result.append(line.left(10));
        return result;
    };
    QCOMPARE(dates(imported.out), dates(cli({ u"holidays"_s, u"2019"_s }).out));
    QVERIFY(imported.out.contains(u"2019-05-01\t天皇の即位の日\tThe Day of the Emperor's Enthronement"_s));
    QVERIFY(imported.out.contains(u"2019-10-14\t体育の日（スポーツの日）\tHealth and Sports Day"_s));
}

void TestCliCalendar::deadlineFormat_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("saturday night") << QStringList { u"2024-02-10T23:40:00+09:00"_s } << u"2024-02-13T18:00:00+09:00"_s
                                    << u"Monday (substitute holiday)"_s;
    QTest::newRow("UTC input") << QStringList { u"2025-06-11T10:30:00Z"_s } << u"2025-06-12T18:00:00+09:00"_s
                               << u"Received: 2025-06-11 (Wed) 19:30:00 JST"_s;
    QTest::newRow("after hours policy") << QStringList { u"2025-06-11T10:30:00Z"_s, u"--policy"_s,
                                                         u"after-hours-next-day"_s }
                                        << u"2025-06-13T18:00:00+09:00"_s
                                        << u"Accepted on: 2025-06-12 (Thu) (received outside business hours)"_s;
    QTest::newRow("explicit standard policy")
        << QStringList { u"--policy=next-business-day"_s, u"2025-06-11T10:30:00Z"_s } << u"2025-06-12T18:00:00+09:00"_s
        << u"Rule: by the close of business"_s;
    QTest::newRow("urgent") << QStringList { u"2025-06-15T03:00:00+09:00"_s, u"--urgent"_s }
                            << u"2025-06-15T04:00:00+09:00"_s << u"urgent"_s;
    QTest::newRow("with global --now") << QStringList { u"--now"_s, u"2025-06-11T12:00:00Z"_s,
                                                        u"2025-06-11T10:30:00Z"_s }
                                       << u"2025-06-12T18:00:00+09:00"_s << u"Due: 2025-06-12 (Thu) 18:00:00 JST"_s;
}

void TestCliCalendar::deadlineFormat()
{
    QFETCH(QStringList, args);
    QFETCH(QString, first);
    QFETCH(QString, mentions);
    args.prepend(u"deadline"_s);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QStringList rows = lines(run.out);
    QVERIFY(rows.size() >= 4);
    QCOMPARE(rows.first(), first);
    QVERIFY2(run.out.contains(mentions), qPrintable(run.out));
}

void TestCliCalendar::deadlineWithCompanyHolidays()
{
    QFile ics(m_dir.filePath(u"company.ics"_s));
    QVERIFY(ics.open(QIODevice::WriteOnly));
    ics.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20250612\r\nSUMMARY:創立記念日\r\n"
              "END:VEVENT\r\nEND:VCALENDAR\r\n");
    ics.close();
    const Run run = cli({ u"deadline"_s, u"2025-06-11T10:30:00+09:00"_s, u"--company-holidays"_s, ics.fileName() });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(lines(run.out).first(), u"2025-06-13T18:00:00+09:00"_s);
    QVERIFY(run.out.contains(u"Thursday (創立記念日)"_s));
}

void TestCliCalendar::businessMinutes_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("output");
    QTest::newRow("across lunch") << u"2025-06-11T11:00:00+09:00"_s << u"2025-06-11T14:00:00+09:00"_s << u"120\n"_s;
    QTest::newRow("year end") << u"2025-12-26T17:00:00+09:00"_s << u"2026-01-05T11:00:00+09:00"_s << u"120\n"_s;
    QTest::newRow("mixed zones") << u"2025-06-11T10:00:00+09:00"_s << u"2025-06-12T10:00Z"_s << u"840\n"_s;
    QTest::newRow("reversed") << u"2025-06-11T12:00:00+09:00"_s << u"2025-06-11T10:00:00+09:00"_s << u"-120\n"_s;
}

void TestCliCalendar::businessMinutes()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, output);
    const Run run = cli({ u"business-minutes"_s, from, to });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, output);
}

void TestCliCalendar::calendarMonth()
{
    const Run run = cli({ u"calendar"_s, u"2026-05"_s });
    QCOMPARE(run.exitCode, 0);
    const QStringList rows = lines(run.out);
    QCOMPARE(rows.size(), 1 + 31 + 1);
    QVERIFY2(rows.last().startsWith(u"Calendar: built in"_s), qPrintable(rows.last()));
    QCOMPARE(rows.first(), u"2026-05: 18 business days, 13 days off"_s);
    QCOMPARE(rows.at(1), u"2026-05-01\tFri\tbusiness-day\t"_s);
    QCOMPARE(rows.at(3), u"2026-05-03\tSun\tsunday\tSunday (Constitution Memorial Day)"_s);
    QCOMPARE(rows.at(4), u"2026-05-04\tMon\tnational-holiday\tnational holiday (Greenery Day)"_s);
    QCOMPARE(rows.at(6), u"2026-05-06\tWed\tsubstitute-holiday\tsubstitute holiday"_s);
    const Run december = cli({ u"calendar"_s, u"2025-12"_s });
    QVERIFY(december.out.contains(u"2025-12-29\tMon\tyear-end-break\tyear-end break"_s));
    QVERIFY(december.out.contains(u"2025-12-26\tFri\tbusiness-day\t"_s));
}

void TestCliCalendar::theDesksCalendarWhenThereIsADesk_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("--database") << u"option"_s;
    QTest::newRow("MADOGUCHI_DATABASE") << u"environment"_s;
    QTest::newRow("the default database exists") << u"default"_s;
}

// Issue 20 item 5: with a company holiday on Thu 2026-12-03, `ticket N` says due 12-04, and so
// must `deadline` and `calendar` whenever there is a desk; without one they say so.
void TestCliCalendar::theDesksCalendarWhenThereIsADesk()
{
    QFETCH(QString, how);
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString defaultPath = data.filePath(u"Madoguchi/madoguchi/madoguchi.sqlite"_s);
    const QString file = how == u"default"_s ? defaultPath : data.filePath(u"desk.sqlite"_s);
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    {
        DatabaseAddress address;
        address.filePath = file;
        auto database = Database::open(address);
        QVERIFY(database.ok());
        QVERIFY(SchemaMigrations::migrate(**database).ok());
        TicketDesk desk(**database, Clock::system());
        auto manager = TicketFixtureBuilder(desk).staff(u"kanri"_s, u"管理"_s, StaffRole::Manager);
        QVERIFY(manager.ok());
        CalendarSettings settings;
        settings.companyHolidays.append({QDate(2026, 12, 3), u"創立記念日"_s});
        QVERIFY(desk.changeCalendar(*manager, settings).ok());
    }
    const QProcessEnvironment saved = cliEnvironment();
    cliEnvironment().insert(u"XDG_DATA_HOME"_s, data.path());
    if (how == u"environment"_s)
        cliEnvironment().insert(u"MADOGUCHI_DATABASE"_s, file);
    const QStringList database = how == u"option"_s ? QStringList{u"--database"_s, file} : QStringList();
    const Run deadline = cli(database + QStringList{u"deadline"_s, u"2026-12-02T07:05:28+09:00"_s});
    const Run month = cli(database + QStringList{u"calendar"_s, u"2026-12"_s});
    const Run minutes = cli(database + QStringList{u"business-minutes"_s, u"2026-12-02T17:00:00+09:00"_s,
                                                   u"2026-12-04T11:00:00+09:00"_s});
    cliEnvironment() = saved;

    QVERIFY2(deadline.exitCode == 0, qPrintable(deadline.err));
    QCOMPARE(lines(deadline.out).first(), u"2026-12-04T18:00:00+09:00"_s);
    QVERIFY2(deadline.out.contains(u"Thursday (創立記念日)"_s), qPrintable(deadline.out));
    QCOMPARE(lines(deadline.out).last(), u"Calendar: the desk's, from %1 (company holidays, official holiday list, "
                                          "business hours, policy)"_s.arg(file));
    QVERIFY2(month.exitCode == 0, qPrintable(month.err));
    QVERIFY(month.out.contains(u"2026-12-03\tThu\tcompany-holiday\t"_s));
    QVERIFY(lines(month.out).last().startsWith(u"Calendar: the desk's, from "_s));
    QCOMPARE(minutes.out, u"120\n"_s); // 17:00-18:00 on the 2nd, 10:00-11:00 on the 4th

    // A --database that names no file is a mistake, not a new desk.
    const QString typo = data.filePath(u"typo/desk.sqlite"_s);
    const Run missing = cli({u"--database"_s, typo, u"deadline"_s, u"2026-12-02T07:05:28+09:00"_s});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.err, u"madoguchi-cli: deadline: There is no desk database at %1.\n"_s.arg(typo));
    QVERIFY(!QFileInfo::exists(data.filePath(u"typo"_s)));

    // No desk at all: the built-in calendar, and the output says so.
    const Run builtIn = cli({u"deadline"_s, u"2026-12-02T07:05:28+09:00"_s});
    QCOMPARE(lines(builtIn.out).first(), u"2026-12-03T18:00:00+09:00"_s);
    QVERIFY(lines(builtIn.out).last().startsWith(u"Calendar: built in"_s));
}

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "tst_cli_calendar.moc"
