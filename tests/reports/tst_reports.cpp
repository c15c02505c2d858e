// The managers' figures (issue 7) on the hand-built desk of ReportFixture.h, on SQLite
// (tst_reports) and PostgreSQL (tst_reports_pg). Every expected number is worked out in the
// comments, from the per-ticket minutes written next to each ticket in the fixture.

#include "../common/TestDatabase.h"
#include "ReportFixture.h"

#include "reports/CsvWriter.h"
#include "reports/ReportExport.h"
#include "reports/ReportTable.h"
#include "reports/ResponseReportBuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using namespace Madoguchi::Testing;

namespace {

const ReportPeriod novDec{QDate(2025, 11, 1), QDate(2025, 12, 31)};

qsizetype columnIndex(const QString &key)
{
    const auto &columns = ReportTable::columns();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (QLatin1StringView(columns.at(i).key) == key)
            return i;
    }
    return -1;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_store;
    FixedClock m_clock;
    std::unique_ptr<ReportFixture> m_fixture;

    ResponseReport report(ReportGrouping grouping, std::optional<qint64> staffId = std::nullopt)
    {
        auto calendar = m_fixture->desk().calendar().calendar();
        if (!calendar)
            qFatal("calendar: %s", qPrintable(calendar.error().message));
        ResponseReportBuilder builder(m_store->db(), **calendar, m_clock);
        auto built = builder.build({novDec, grouping, staffId});
        if (!built)
            qFatal("report: %s", qPrintable(built.error().message));
        return *built;
    }

    static bool sameStats(const ResponseTimeStats &a, const ResponseTimeStats &b)
    {
        return a.count == b.count && a.median == b.median && a.p90 == b.p90 && a.mean == b.mean && a.max == b.max;
    }

    static bool sameFigures(const ReportFigures &a, const ReportFigures &b)
    {
        const bool same = a.received == b.received && a.answeredOnTime == b.answeredOnTime
            && a.answeredLate == b.answeredLate && a.closedWithoutReply == b.closedWithoutReply
            && a.openOverdue == b.openOverdue && a.openNotDue == b.openNotDue && sameStats(a.perMessage, b.perMessage)
            && sameStats(a.perTicket, b.perTicket);
        if (!same) {
            qWarning("received %d/%d on time %d/%d late %d/%d closed %d/%d overdue %d/%d not due %d/%d "
                     "median %lld/%lld ticket median %lld/%lld (%d/%d)",
                     a.received, b.received, a.answeredOnTime, b.answeredOnTime, a.answeredLate, b.answeredLate,
                     a.closedWithoutReply, b.closedWithoutReply, a.openOverdue, b.openOverdue, a.openNotDue,
                     b.openNotDue, a.perMessage.median, b.perMessage.median, a.perTicket.median, b.perTicket.median,
                     a.perTicket.count, b.perTicket.count);
        }
        return same;
    }

    QList<qint64> tickets(const QStringList &names)
    {
        QList<qint64> ids;
        for (const QString &n : names)
            ids.append(m_fixture->ticket(n));
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<TestDatabase>();
        QVERIFY(m_store->isValid());
        m_fixture = std::make_unique<ReportFixture>(m_store->db(), m_clock);
        QVERIFY(m_fixture->build());
    }

    void cleanupTestCase()
    {
        m_fixture.reset();
        m_store.reset();
    }

    void init() { m_clock.set(jst(u"2026-01-05T15:00"_s)); }

    void percentile_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<int>("percent");
        QTest::addColumn<qint64>("expected");
        // Nearest rank: rank = ceil(p/100 × N), 1-based, on the sorted values.
        QTest::newRow("one value p50") << QList<qint64>{7} << 50 << qint64(7);
        QTest::newRow("one value p90") << QList<qint64>{7} << 90 << qint64(7);
        QTest::newRow("two values p50: rank 1") << QList<qint64>{10, 20} << 50 << qint64(10);
        QTest::newRow("two values p90: rank 2") << QList<qint64>{10, 20} << 90 << qint64(20);
        QTest::newRow("four values p50: lower middle") << QList<qint64>{1, 2, 3, 4} << 50 << qint64(2);
        QTest::newRow("five values p50: middle") << QList<qint64>{1, 2, 3, 4, 5} << 50 << qint64(3);
        QTest::newRow("ten values p90: rank 9") << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 90 << qint64(9);
        QTest::newRow("eleven values p90: rank 10")
            << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << 90 << qint64(10);
        QTest::newRow("twenty values p90: rank 18") << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                                                                     16, 17, 18, 19, 20}
                                                    << 90 << qint64(18);
        QTest::newRow("p100 is the maximum") << QList<qint64>{3, 9, 4} << 100 << qint64(9);
        QTest::newRow("p0 is the minimum") << QList<qint64>{3, 9, 4} << 0 << qint64(3);
        QTest::newRow("duplicates") << QList<qint64>{5, 5, 5, 100} << 50 << qint64(5);
    }

    void percentile()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(int, percent);
        QFETCH(qint64, expected);
        std::sort(values.begin(), values.end());
        QCOMPARE(ResponseTimeStats::percentile(values, percent), std::optional<qint64>(expected));
    }

    void statsOfNothing()
    {
        const ResponseTimeStats stats = ResponseTimeStats::of({});
        QVERIFY(stats.isEmpty());
        QCOMPARE(ResponseTimeStats::percentile({}, 50), std::nullopt);
    }

    void statsMean()
    {
        const ResponseTimeStats stats = ResponseTimeStats::of({40, 150});
        QCOMPARE(stats.median, 40);
        QCOMPARE(stats.p90, 150);
        QCOMPARE(stats.max, 150);
        QCOMPARE(stats.mean, 95.0);
    }

    void figures_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("row"); // label, or "Total"
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *by, const QString &label, const char *column, const QString &expected) {
            QTest::addRow("%s %s %s", by, qPrintable(label), column)
                << QString::fromLatin1(by) << label << QString::fromLatin1(column) << expected;
        };
        // --- Whole team, standard clock: 19 messages received 1 Nov – 31 Dec (T1–T11, T14 ×2,
        // T15 ×2, T20–T23; T16 is October, T24 January, T12/T13 urgent).
        const QString team = u"Whole team"_s;
        row("team", team, "received", u"19"_s);
        // on time: T1 T2 T3 T4 T6 T10 T14a T14b T15a T15b T20 T21 = 12
        row("team", team, "answered_on_time", u"12"_s);
        // late: T5 T7 T22 = 3; open overdue: T9 T23 = 2; not due: T8; closed: T11
        row("team", team, "answered_late", u"3"_s);
        row("team", team, "open_overdue", u"2"_s);
        row("team", team, "open_not_due", u"1"_s);
        row("team", team, "closed_without_reply", u"1"_s);
        // 12 ÷ (12 + 3 + 2) = 70.588… %
        row("team", team, "compliance_pct", u"70.6"_s);
        // per message, sorted: 0 5 30 45 60 60 90 90 120 180 360 555 660 721 840 (N = 15)
        // median rank ceil(7.5) = 8 → 90; p90 rank ceil(13.5) = 14 → 721; sum 3816 / 15 = 254.4
        row("team", team, "message_median_min", u"90"_s);
        row("team", team, "message_p90_min", u"721"_s);
        row("team", team, "message_mean_min", u"254.4"_s);
        row("team", team, "message_max_min", u"840"_s);
        // per ticket (first message), sorted: 0 5 30 45 60 60 90 180 360 555 660 721 840 (N = 13)
        // median rank 7 → 90; p90 rank ceil(11.7) = 12 → 721; sum 3606 / 13 = 277.38…
        row("team", team, "ticket_median_min", u"90"_s);
        row("team", team, "ticket_p90_min", u"721"_s);
        row("team", team, "ticket_mean_min", u"277.4"_s);
        row("team", team, "ticket_max_min", u"840"_s);
        // urgent, 24×7: T12 40 min on time, T13 150 min late → 1 of 2 = 50 %
        row("team", team, "urgent_received", u"2"_s);
        row("team", team, "urgent_answered_on_time", u"1"_s);
        row("team", team, "urgent_compliance_pct", u"50.0"_s);
        row("team", team, "urgent_late", u"1"_s);
        row("team", team, "urgent_median_min", u"40"_s);
        row("team", team, "urgent_p90_min", u"150"_s);
        row("team", team, "urgent_max_min", u"150"_s);

        // --- Per staff member (the reply's author, else the assignee).
        // 佐藤: T1 T2 T5 T7 T10 T14a T14b T15a T15b T21 + T23 (assigned, open) = 11;
        // on time T1 T2 T10 T14a T14b T15a T15b T21 = 8; late T5 T7; overdue T23 → 8/11 = 72.7 %
        row("staff", u"佐藤"_s, "received", u"11"_s);
        row("staff", u"佐藤"_s, "answered_on_time", u"8"_s);
        row("staff", u"佐藤"_s, "answered_late", u"2"_s);
        row("staff", u"佐藤"_s, "open_overdue", u"1"_s);
        row("staff", u"佐藤"_s, "compliance_pct", u"72.7"_s);
        // sorted 30 45 60 60 90 120 180 555 660 721: median rank 5 → 90, p90 rank 9 → 660
        row("staff", u"佐藤"_s, "message_median_min", u"90"_s);
        row("staff", u"佐藤"_s, "message_p90_min", u"660"_s);
        // tickets T1 30, T2 60, T5 555, T7 660, T10 45, T14 60, T15 180, T21 721:
        // sorted 30 45 60 60 180 555 660 721: median rank 4 → 60
        row("staff", u"佐藤"_s, "ticket_median_min", u"60"_s);
        row("staff", u"佐藤"_s, "urgent_received", u"1"_s);
        // 鈴木: T3 T4 T6 T20 T22 + T8 (assigned, not due) + T11 (closed) = 7; on time 4, late 1 → 4/5
        row("staff", u"鈴木"_s, "received", u"7"_s);
        row("staff", u"鈴木"_s, "answered_on_time", u"4"_s);
        row("staff", u"鈴木"_s, "answered_late", u"1"_s);
        row("staff", u"鈴木"_s, "open_not_due", u"1"_s);
        row("staff", u"鈴木"_s, "closed_without_reply", u"1"_s);
        row("staff", u"鈴木"_s, "compliance_pct", u"80.0"_s);
        // 0 5 90 360 840: median rank 3 → 90; p90 rank 5 → 840; mean 1295 / 5 = 259
        row("staff", u"鈴木"_s, "message_median_min", u"90"_s);
        row("staff", u"鈴木"_s, "message_p90_min", u"840"_s);
        row("staff", u"鈴木"_s, "message_mean_min", u"259.0"_s);
        row("staff", u"鈴木"_s, "urgent_received", u"1"_s);
        row("staff", u"鈴木"_s, "urgent_compliance_pct", u"0.0"_s);
        // nobody: T9, overdue → 0 %; no response times
        row("staff", u"(unassigned)"_s, "received", u"1"_s);
        row("staff", u"(unassigned)"_s, "open_overdue", u"1"_s);
        row("staff", u"(unassigned)"_s, "compliance_pct", u"0.0"_s);
        row("staff", u"(unassigned)"_s, "message_median_min", QString());
        row("staff", u"Total"_s, "received", u"19"_s);
        row("staff", u"Total"_s, "compliance_pct", u"70.6"_s);

        // --- Per organisation (by mail domain).
        // alpha: T1 T2 T5 T6 T8 T11 T14a T14b T15a T15b T22 T23 = 12; on time 7; late T5 T22; overdue T23
        row("org", u"alpha.co.jp"_s, "received", u"12"_s);
        row("org", u"alpha.co.jp"_s, "answered_on_time", u"7"_s);
        row("org", u"alpha.co.jp"_s, "answered_late", u"2"_s);
        row("org", u"alpha.co.jp"_s, "compliance_pct", u"70.0"_s);
        // 5 30 60 60 90 120 180 555 840: median rank 5 → 90; max 840
        row("org", u"alpha.co.jp"_s, "message_median_min", u"90"_s);
        // beta: T3 T4 T7 T9 T10 T20 T21 = 7; on time T3 T4 T10 T20 T21 = 5; late T7; overdue T9 → 5/7
        row("org", u"beta.co.jp"_s, "received", u"7"_s);
        row("org", u"beta.co.jp"_s, "answered_on_time", u"5"_s);
        row("org", u"beta.co.jp"_s, "compliance_pct", u"71.4"_s);
        // 0 45 90 360 660 721: median rank 3 → 90; p90 rank ceil(5.4) = 6 → 721
        row("org", u"beta.co.jp"_s, "message_median_min", u"90"_s);
        row("org", u"beta.co.jp"_s, "message_p90_min", u"721"_s);
        row("org", u"beta.co.jp"_s, "urgent_received", u"1"_s);

        // --- Per month.
        // November: T1 T2 T3 T4 T5 T6 T20 T21 = 8, late T5 → 7/8 = 87.5 %
        row("month", u"2025-11"_s, "received", u"8"_s);
        row("month", u"2025-11"_s, "compliance_pct", u"87.5"_s);
        // 0 5 30 60 90 360 555 721: median rank 4 → 60
        row("month", u"2025-11"_s, "message_median_min", u"60"_s);
        row("month", u"2025-11"_s, "urgent_received", u"1"_s);
        // December: 11 received; on time T10 T14a T14b T15a T15b = 5; late T7 T22; overdue T9 T23 → 5/9
        row("month", u"2025-12"_s, "received", u"11"_s);
        row("month", u"2025-12"_s, "answered_on_time", u"5"_s);
        row("month", u"2025-12"_s, "compliance_pct", u"55.6"_s);
        // 45 60 90 120 180 660 840: median rank 4 → 120
        row("month", u"2025-12"_s, "message_median_min", u"120"_s);

        // --- Per day.
        row("day", u"2025-11-04"_s, "received", u"2"_s); // T1, T2 (T16's reply that day does not count)
        row("day", u"2025-11-04"_s, "message_median_min", u"30"_s); // 30, 60: rank 1
        row("day", u"2025-11-01"_s, "received", u"1"_s);             // T4 on a Saturday
        row("day", u"2025-11-03"_s, "received", u"0"_s);             // 文化の日: an empty row
        row("day", u"2025-11-03"_s, "compliance_pct", QString());
        row("day", u"2025-12-24"_s, "answered_late", u"1"_s); // T7
        row("day", u"2025-12-08"_s, "received", u"2"_s);      // T14 ×2
        row("day", u"2025-12-10"_s, "message_mean_min", u"150.0"_s); // (180 + 120) / 2
        row("day", u"2025-12-30"_s, "received", u"1"_s);             // T10 in the break
    }

    void figures()
    {
        QFETCH(QString, by);
        QFETCH(QString, row);
        QFETCH(QString, column);
        QFETCH(QString, expected);
        const ResponseReport r = report(*groupingFromKey(by));
        const ResponseReportRow *found = nullptr;
        for (const ResponseReportRow *candidate : ReportTable::rowsWithTotal(r)) {
            if (candidate->label == row)
                found = candidate;
        }
        QVERIFY2(found, qPrintable(u"no row "_s + row));
        const qsizetype index = columnIndex(column);
        QVERIFY(index >= 0);
        QCOMPARE(ReportTable::cells(*found).at(index), expected);
    }

    void rowsOfEveryGrouping()
    {
        QCOMPARE(report(ReportGrouping::Team).rows.size(), 1);
        QCOMPARE(report(ReportGrouping::Staff).rows.size(), 3);     // 佐藤, 鈴木, nobody
        QCOMPARE(report(ReportGrouping::Organisation).rows.size(), 2);
        QCOMPARE(report(ReportGrouping::Day).rows.size(), 61);      // 30 + 31 days, empty ones too
        QCOMPARE(report(ReportGrouping::Month).rows.size(), 2);
        // Each grouping's rows add up to the same total.
        for (ReportGrouping g : {ReportGrouping::Staff, ReportGrouping::Organisation, ReportGrouping::Day}) {
            int sum = 0;
            const ResponseReport r = report(g);
            for (const ResponseReportRow &row : r.rows)
                sum += row.standard.received + row.urgent.received;
            QCOMPARE(sum, 21);
        }
    }

    void ticketsBehind_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("rowKey");
        QTest::addColumn<int>("measure");
        QTest::addColumn<bool>("urgent");
        QTest::addColumn<QStringList>("expected"); // oldest receipt first
        QTest::newRow("late bar 24 Dec") << u"day"_s << u"2025-12-24"_s << int(ReportMeasure::Late) << false
                                         << QStringList{u"T7"_s};
        QTest::newRow("late, whole period") << u"team"_s << u"team"_s << int(ReportMeasure::Late) << false
                                            << QStringList{u"T5"_s, u"T22"_s, u"T23"_s, u"T7"_s, u"T9"_s};
        QTest::newRow("overdue now") << u"team"_s << QString() << int(ReportMeasure::OpenOverdue) << false
                                     << QStringList{u"T23"_s, u"T9"_s};
        QTest::newRow("not yet due") << u"team"_s << QString() << int(ReportMeasure::OpenNotDue) << false
                                     << QStringList{u"T8"_s};
        QTest::newRow("closed without reply") << u"team"_s << QString() << int(ReportMeasure::ClosedWithoutReply)
                                              << false << QStringList{u"T11"_s};
        QTest::newRow("urgent late") << u"team"_s << QString() << int(ReportMeasure::Late) << true
                                     << QStringList{u"T13"_s};
        QTest::newRow("received 8 Dec") << u"day"_s << u"2025-12-08"_s << int(ReportMeasure::Received) << false
                                        << QStringList{u"T14"_s, u"T14"_s};
        QTest::newRow("beta on time, November") << u"month"_s << u"2025-11"_s << int(ReportMeasure::AnsweredOnTime)
                                                << false
                                                << QStringList{u"T4"_s, u"T1"_s, u"T2"_s, u"T3"_s, u"T6"_s,
                                                               u"T20"_s, u"T21"_s};
    }

    void ticketsBehind()
    {
        QFETCH(QString, by);
        QFETCH(QString, rowKey);
        QFETCH(int, measure);
        QFETCH(bool, urgent);
        QFETCH(QStringList, expected);
        const ResponseReport r = report(*groupingFromKey(by));
        QList<qint64> ids;
        for (const ReportedMessage &m : r.messagesBehind(rowKey, ReportMeasure(measure), urgent))
            ids.append(m.ticketId);
        QCOMPARE(ids, tickets(expected));
    }

    void ticketListFields()
    {
        const ResponseReport r = report(ReportGrouping::Team);
        const auto late = r.messagesBehind({}, ReportMeasure::AnsweredLate);
        QCOMPARE(late.size(), 3);
        const ReportedMessage &t5 = late.first();
        QCOMPARE(t5.subject, u"問い合わせ T5"_s);
        QCOMPARE(t5.received, jst(u"2025-11-21T16:00"_s));
        QCOMPARE(t5.deadline, jst(u"2025-11-25T18:00"_s)); // weekend and 振替休日 skipped
        QCOMPARE(t5.answered, jst(u"2025-11-26T10:15"_s));
        QCOMPARE(t5.staffName, u"佐藤"_s);
        const auto notDue = r.messagesBehind({}, ReportMeasure::OpenNotDue);
        QCOMPARE(notDue.first().deadline, jst(u"2026-01-05T18:00"_s)); // after the year-end break
        QCOMPARE(notDue.first().assigneeName, u"鈴木"_s);
    }

    void staffSeeOnlyTheirOwn()
    {
        const ResponseReport own = report(ReportGrouping::Team, m_fixture->sato.id);
        QCOMPARE(own.rows.size(), 1);
        QCOMPARE(own.rows.first().standard.received, 11);
        QCOMPARE(own.rows.first().urgent.received, 1);
        for (const ReportedMessage &m : own.messages)
            QCOMPARE(m.staffId, m_fixture->sato.id);
        const ResponseReport byDay = report(ReportGrouping::Staff, m_fixture->sato.id);
        QCOMPARE(byDay.rows.size(), 1);
    }

    void nowIsTheInjectedClock()
    {
        // At 09:00 on 5 Jan the reply to T10 (10:45) has not been sent yet: T10 is open and
        // not yet due, so on time drops to 11 and not-yet-due rises to 2.
        m_clock.set(jst(u"2026-01-05T09:00"_s));
        const ResponseReport r = report(ReportGrouping::Team);
        QCOMPARE(r.rows.first().standard.answeredOnTime, 11);
        QCOMPARE(r.rows.first().standard.openNotDue, 2);
        // 11 ÷ (11 + 3 + 2) = 68.75 %
        QCOMPARE(ReportTable::percent(r.rows.first().standard.compliancePercent()), u"68.8"_s);
        // On 24 Dec 18:00 T23 (due 23 Dec 18:00) is overdue, T9 not received yet.
        m_clock.set(jst(u"2025-12-24T18:00"_s));
        const ResponseReport earlier = report(ReportGrouping::Team);
        QCOMPARE(earlier.rows.first().standard.openOverdue, 1);
    }

    void trend()
    {
        auto calendar = m_fixture->desk().calendar().calendar();
        QVERIFY(calendar.ok());
        ResponseReportBuilder builder(m_store->db(), **calendar, m_clock);
        auto t = builder.trend(QDate(2025, 12, 31));
        QVERIFY(t.ok());
        QCOMPARE(t->rows.size(), 12);
        QCOMPARE(t->rows.first().key, u"2025-01"_s);
        QCOMPARE(t->rows.first().standard.received, 0);
        QCOMPARE(t->rows.first().standard.compliancePercent(), std::nullopt);
        // October: T16 alone, on time, 60 minutes
        const ResponseReportRow *october = t->row(u"2025-10"_s);
        QVERIFY(october);
        QCOMPARE(october->standard.compliancePercent(), std::optional<double>(100.0));
        QCOMPARE(october->standard.perMessage.median, 60);
        QCOMPARE(ReportTable::percent(t->row(u"2025-11"_s)->standard.compliancePercent()), u"87.5"_s);
        QCOMPARE(t->row(u"2025-12"_s)->standard.perMessage.median, 120);
        QCOMPARE(t->total.standard.received, 20); // 19 + T16
    }

    // The trend reads its own, lighter query; every month of it must carry exactly the
    // figures of that month's report, at any "now", for the team and for one person.
    void trendAgreesWithEachMonthsReport_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<QDate>("lastDay");
        QTest::addColumn<QString>("staff");
        const QStringList nows = {u"2026-01-05T15:00"_s, u"2026-01-05T09:00"_s, u"2025-12-24T18:00"_s,
                                  u"2025-11-20T12:00"_s, u"2025-12-31T23:59"_s};
        const QList<QDate> lastDays = {QDate(2025, 12, 31), QDate(2026, 1, 15), QDate(2025, 11, 1),
                                       QDate(2026, 10, 31)};
        for (const QString &now : nows) {
            for (const QDate &lastDay : lastDays) {
                for (const QString &staff : {QString(), u"sato"_s, u"suzuki"_s, u"tanaka"_s}) {
                    QTest::addRow("now %s, to %s, %s", qPrintable(now), qPrintable(lastDay.toString(Qt::ISODate)),
                                  staff.isEmpty() ? "team" : qPrintable(staff))
                        << now << lastDay << staff;
                }
            }
        }
    }

    void trendAgreesWithEachMonthsReport()
    {
        QFETCH(QString, now);
        QFETCH(QDate, lastDay);
        QFETCH(QString, staff);
        m_clock.set(jst(now));
        std::optional<qint64> staffId;
        if (staff == u"sato"_s)
            staffId = m_fixture->sato.id;
        else if (staff == u"suzuki"_s)
            staffId = m_fixture->suzuki.id;
        else if (staff == u"tanaka"_s)
            staffId = m_fixture->tanaka.id;
        auto calendar = m_fixture->desk().calendar().calendar();
        QVERIFY(calendar.ok());
        ResponseReportBuilder builder(m_store->db(), **calendar, m_clock);
        auto trend = builder.trend(lastDay, staffId);
        QVERIFY(trend.ok());
        QCOMPARE(trend->rows.size(), 12);
        QCOMPARE(trend->grouping, ReportGrouping::Month);
        QCOMPARE(trend->now, m_clock.now());
        for (const ResponseReportRow &row : std::as_const(trend->rows)) {
            auto month = builder.build({ReportPeriod::month(row.date.year(), row.date.month()), ReportGrouping::Team, staffId});
            QVERIFY(month.ok());
            QVERIFY2(sameFigures(row.standard, month->total.standard), qPrintable(row.key));
            QVERIFY2(sameFigures(row.urgent, month->total.urgent), qPrintable(row.key));
        }
        auto whole = builder.build({trend->period, ReportGrouping::Month, staffId});
        QVERIFY(whole.ok());
        QVERIFY(sameFigures(trend->total.standard, whole->total.standard));
        QVERIFY(sameFigures(trend->total.urgent, whole->total.urgent));
        QCOMPARE(trend->total.label, whole->total.label);
        QCOMPARE(trend->rows.size(), whole->rows.size());
        for (qsizetype i = 0; i < trend->rows.size(); ++i) {
            QCOMPARE(trend->rows.at(i).key, whole->rows.at(i).key);
            QCOMPARE(trend->rows.at(i).label, whole->rows.at(i).label);
            QCOMPARE(trend->rows.at(i).date, whole->rows.at(i).date);
        }
    }

    // A ticket whose first message came before the trend's first month: its later message
    // is not the ticket's first response, although it is the first one inside the trend.
    void trendKnowsTicketsBeganBeforeIt()
    {
        TestDatabase store;
        QVERIFY(store.isValid());
        FixedClock clock(jst(u"2025-10-01T09:00"_s));
        TicketDesk desk(store.db(), clock);
        TicketFixtureBuilder builder(desk);
        auto sato = builder.staff(u"sato"_s, u"佐藤"_s);
        QVERIFY(sato.ok());
        const auto at = [&clock](const QString &when) {
            clock.set(jst(when));
            return jst(when);
        };
        // U1: Thu 10-30 10:00 → 11:00 (60); follow-up Tue 11-04 10:00 → 10:20 (20), not first
        auto u1 = builder.customerMail(u"ito@gamma.co.jp"_s, u"U1"_s, u"本文"_s, at(u"2025-10-30T10:00"_s), 0);
        QVERIFY(u1.ok());
        QVERIFY(builder.staffReply(u1->ticketId, *sato, u"回答"_s, at(u"2025-10-30T11:00"_s)).ok());
        QVERIFY(builder.customerMail(u"ito@gamma.co.jp"_s, u"U1"_s, u"本文"_s, at(u"2025-11-04T10:00"_s), u1->ticketId).ok());
        QVERIFY(builder.staffReply(u1->ticketId, *sato, u"回答"_s, at(u"2025-11-04T10:20"_s)).ok());
        // U2: Wed 11-05 10:00 and 10:30 (same ticket), one reply 11:30: 90 (first) and 60
        auto u2 = builder.customerMail(u"ito@gamma.co.jp"_s, u"U2"_s, u"本文"_s, at(u"2025-11-05T10:00"_s), 0);
        QVERIFY(u2.ok());
        QVERIFY(builder.customerMail(u"ito@gamma.co.jp"_s, u"U2"_s, u"本文"_s, at(u"2025-11-05T10:30"_s), u2->ticketId).ok());
        QVERIFY(builder.staffReply(u2->ticketId, *sato, u"回答"_s, at(u"2025-11-05T11:30"_s)).ok());
        clock.set(jst(u"2025-12-01T12:00"_s));

        auto calendar = desk.calendar().calendar();
        QVERIFY(calendar.ok());
        ResponseReportBuilder reports(store.db(), **calendar, clock);
        for (const QDate &lastDay : {QDate(2026, 10, 31), QDate(2025, 11, 30)}) {
            auto trend = reports.trend(lastDay);
            QVERIFY(trend.ok());
            const ResponseReportRow *november = trend->row(u"2025-11"_s);
            QVERIFY(november);
            QCOMPARE(november->standard.received, 3);
            QCOMPARE(november->standard.perMessage.count, 3);
            QCOMPARE(november->standard.perMessage.median, 60);
            QCOMPARE(november->standard.perTicket.count, 1); // U2 only: U1 began in October
            QCOMPARE(november->standard.perTicket.median, 90);
            auto month = reports.build({ReportPeriod::month(2025, 11), ReportGrouping::Team, std::nullopt});
            QVERIFY(month.ok());
            QVERIFY(sameFigures(november->standard, month->total.standard));
        }
        auto withOctober = reports.trend(QDate(2025, 11, 30));
        QCOMPARE(withOctober->row(u"2025-10"_s)->standard.perTicket.count, 1);
        QCOMPARE(withOctober->row(u"2025-10"_s)->standard.perTicket.median, 60);
    }

    void refusesABackwardPeriod()
    {
        auto calendar = m_fixture->desk().calendar().calendar();
        ResponseReportBuilder builder(m_store->db(), **calendar, m_clock);
        auto r = builder.build({{QDate(2025, 12, 31), QDate(2025, 12, 1)}, ReportGrouping::Team, std::nullopt});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"input"_s);
    }

    void csvBytes_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray bom("\xEF\xBB\xBF");
        QTest::newRow("plain") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << bom + "a,b\r\n1,2\r\n";
        QTest::newRow("comma") << QList<QStringList>{{u"株式会社A, 東京"_s, u"x"_s}}
                               << bom + "\"\xE6\xA0\xAA\xE5\xBC\x8F\xE4\xBC\x9A\xE7\xA4\xBE" "A, "
                                        "\xE6\x9D\xB1\xE4\xBA\xAC\",x\r\n";
        QTest::newRow("quote") << QList<QStringList>{{u"say \"hi\""_s}} << bom + "\"say \"\"hi\"\"\"\r\n";
        QTest::newRow("newline") << QList<QStringList>{{u"line1\nline2"_s, u"z"_s}} << bom + "\"line1\nline2\",z\r\n";
        QTest::newRow("carriage return") << QList<QStringList>{{u"a\r\nb"_s}} << bom + "\"a\r\nb\"\r\n";
        QTest::newRow("japanese, no quoting") << QList<QStringList>{{u"受信件数"_s, u"①㈱"_s}}
                                              << bom + "\xE5\x8F\x97\xE4\xBF\xA1\xE4\xBB\xB6\xE6\x95\xB0,"
                                                       "\xE2\x91\xA0\xE3\x88\xB1\r\n";
        QTest::newRow("empty fields") << QList<QStringList>{{QString(), QString(), u"x"_s}} << bom + ",,x\r\n";
        QTest::newRow("no rows") << QList<QStringList>{} << bom;
        // CSV injection (OWASP): a text cell Excel would run as a formula gets a leading apostrophe.
        QTest::newRow("formula =") << QList<QStringList> { { u"=cmd|'/ccalc.exe'!a0"_s, u"1"_s } }
                                   << bom + "'=cmd|'/ccalc.exe'!a0,1\r\n";
        QTest::newRow("formula + with comma")
            << QList<QStringList> { { u"+SUM(A1,A2)"_s } } << bom + "\"'+SUM(A1,A2)\"\r\n";
        QTest::newRow("formula -") << QList<QStringList> { { u"-2+3+cmd|' /C calc'!D2"_s } }
                                   << bom + "'-2+3+cmd|' /C calc'!D2\r\n";
        QTest::newRow("formula @") << QList<QStringList> { { u"@SUM(1+1)*cmd|' /C calc'!A0"_s } }
                                   << bom + "'@SUM(1+1)*cmd|' /C calc'!A0\r\n";
        QTest::newRow("address @") << QList<QStringList> { { u"@example.jp"_s } } << bom + "'@example.jp\r\n";
        QTest::newRow("tab") << QList<QStringList> { { u"\t=1+1"_s } } << bom + "'\t=1+1\r\n";
        QTest::newRow("leading carriage return") << QList<QStringList> { { u"\r=1+1"_s } } << bom + "\"'\r=1+1\"\r\n";
        QTest::newRow("quote inside formula") << QList<QStringList> { { u"=HYPERLINK(\"http://x\")"_s } }
                                              << bom + "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n";
        QTest::newRow("lone dash") << QList<QStringList> { { u"-"_s } } << bom + "'-\r\n";
        QTest::newRow("numbers stay numbers")
            << QList<QStringList> { { u"-12"_s, u"+3.5"_s, u"-0.5"_s, u"70.6"_s } } << bom + "-12,+3.5,-0.5,70.6\r\n";
        QTest::newRow("formula sign later is fine")
            << QList<QStringList> { { u"a=b"_s, u"x@y.jp"_s, u" =1"_s } } << bom + "a=b,x@y.jp, =1\r\n";
    }

    void csvBytes()
    {
        QFETCH(QList<QStringList>, rows);
        QFETCH(QByteArray, expected);
        QCOMPARE(CsvWriter::toBytes(rows), expected);
    }

    void reportCsv()
    {
        const QByteArray csv = ReportExport::csv(report(ReportGrouping::Staff));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.size(), 6); // header, 3 staff rows, total, and the empty rest after the last CRLF
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY(lines.at(i).endsWith('\r'));
        QVERIFY(lines.first().startsWith(QString::fromUtf8("区分,受信件数,期限内回答,期限内回答率(%)").toUtf8()));
        QVERIFY(csv.contains(QString::fromUtf8("佐藤,11,8,72.7,2,1,0,0,").toUtf8()));
        QVERIFY(csv.contains(QByteArray("Total,19,12,70.6,3,2,1,1,90,721,254.4,840,90,721,277.4,840,2,1,50.0,1,40,150,150\r\n")));
    }

    void reportCsvNeutralisesFormulas()
    {
        ResponseReport hostile = report(ReportGrouping::Staff);
        QVERIFY(!hostile.rows.isEmpty());
        hostile.rows.first().label = u"=cmd|'/ccalc.exe'!a0"_s;
        const QByteArray csv = ReportExport::csv(hostile);
        QVERIFY2(csv.contains("\n'=cmd|'/ccalc.exe'!a0,"), csv.constData());
        QVERIFY(!csv.contains("\n=cmd"));
    }

    void reportJson()
    {
        const QJsonObject root = QJsonDocument::fromJson(ReportExport::json(report(ReportGrouping::Month))).object();
        QCOMPARE(root.value(u"by"_s).toString(), u"month"_s);
        QCOMPARE(root.value(u"from"_s).toString(), u"2025-11-01"_s);
        const QJsonObject total = root.value(u"total"_s).toObject().value(u"business_hours"_s).toObject();
        QCOMPARE(total.value(u"received"_s).toInt(), 19);
        QCOMPARE(total.value(u"compliance_pct"_s).toDouble(), 70.6);
        QCOMPARE(total.value(u"response_per_message_minutes"_s).toObject().value(u"p90"_s).toInt(), 721);
        QCOMPARE(root.value(u"rows"_s).toArray().size(), 2);
    }

    void textTableWidth()
    {
        QCOMPARE(ReportExport::displayWidth(u"abc"_s), 3);
        QCOMPARE(ReportExport::displayWidth(u"受信件数"_s), 8);
        QCOMPARE(ReportExport::displayWidth(u"ｱ"_s), 1); // half-width kana
        const QString text = ReportExport::textTable(report(ReportGrouping::Team));
        QVERIFY(text.contains(u"2025-11-01 – 2025-12-31"_s));
        QVERIFY(text.contains(u"70.6"_s));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("contains");
        QTest::newRow("csv by staff") << QStringList{u"--from"_s, u"2025-11-01"_s, u"--to"_s, u"2025-12-31"_s,
                                                     u"--by"_s, u"staff"_s, u"--format"_s, u"csv"_s}
                                      << 0 << QString::fromUtf8("佐藤,11,8,72.7,").toUtf8();
        QTest::newRow("json default month of --now")
            << QStringList{u"--now"_s, u"2025-11-30T12:00:00+09:00"_s, u"--format"_s, u"json"_s} << 0
            << QByteArray("\"from\": \"2025-11-01\"");
        QTest::newRow("trend") << QStringList{u"--to"_s, u"2025-12-31"_s, u"--trend"_s, u"--format"_s, u"csv"_s} << 0
                               << QByteArray("2025-10,1,1,100.0,");
        QTest::newRow("staff filter") << QStringList{u"--from"_s, u"2025-11-01"_s, u"--to"_s, u"2025-12-31"_s,
                                                     u"--staff"_s, u"suzuki"_s, u"--format"_s, u"csv"_s}
                                      << 0 << QByteArray(",7,4,80.0,");
        QTest::newRow("bad grouping") << QStringList{u"--by"_s, u"week"_s} << 2 << QByteArray();
        QTest::newRow("bad date") << QStringList{u"--from"_s, u"2025-13-01"_s} << 2 << QByteArray();
        QTest::newRow("backwards") << QStringList{u"--from"_s, u"2025-12-01"_s, u"--to"_s, u"2025-11-01"_s} << 2
                                   << QByteArray();
    }

    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, contains);
        QProcess cli;
        QStringList all{u"--database"_s, m_store->address().toString()};
        if (!args.contains(u"--now"_s))
            all << u"--now"_s << u"2026-01-05T15:00:00+09:00"_s;
        all << u"report"_s << args;
        cli.start(QStringLiteral(MADOGUCHI_CLI), all);
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY2(cli.exitCode() == exitCode, cli.readAllStandardError().constData());
        QVERIFY2(out.contains(contains), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
