// Issue 15: monthly availability by the agreement's formula, maintenance plans against the
// agreement, and the command line, with the worked examples.
#include "availability/AvailabilityTable.h"
#include "availability/AvailabilityTarget.h"
#include "availability/IncidentTickets.h"
#include "availability/MaintenanceCheck.h"
#include "availability/MonthlyAvailability.h"
#include "availability/OutageStore.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include "../common/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

QDateTime t(const char *iso)
{
    const auto parsed = Jst::parseIso(QString::fromLatin1(iso));
    Q_ASSERT(parsed);
    return *parsed;
}

Incident incident(ServiceFunction f, const char *from, const char *to, OutageCause cause, const char *announced = nullptr)
{
    Incident i;
    static qint64 next = 1;
    i.id = next++;
    i.function = f;
    i.start = t(from);
    i.end = to ? t(to) : QDateTime();
    i.cause = cause;
    i.announced = announced ? t(announced) : QDateTime();
    return i;
}

MaintenancePlan plan(QList<ServiceFunction> functions, const char *from, const char *to, const char *announced,
                     const char *actualEnd = nullptr, bool emergency = false)
{
    MaintenancePlan p;
    static qint64 next = 1;
    p.id = next++;
    p.functions = functions;
    p.start = t(from);
    p.end = t(to);
    p.announced = announced ? t(announced) : QDateTime();
    p.actualEnd = actualEnd ? t(actualEnd) : QDateTime();
    p.emergency = emergency;
    return p;
}

constexpr auto Client = ServiceFunction::Client;
constexpr auto WebForm = ServiceFunction::WebForm;
constexpr auto ClickCount = ServiceFunction::ClickCount;
constexpr auto Internal = OutageCause::Internal;

} // namespace

Q_DECLARE_METATYPE(QList<Madoguchi::Incident>)
Q_DECLARE_METATYPE(QList<Madoguchi::MaintenancePlan>)
Q_DECLARE_METATYPE(Madoguchi::AvailabilityScope)

class TestAvailability : public QObject
{
    Q_OBJECT

    struct Run
    {
        int status = -1;
        QString out;
        QString err;
        QByteArray bytes; // stdout as written
    };

    QTemporaryDir m_dir;

    Run cli(const QString &database, QStringList args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"MADOGUCHI_DATABASE"_s, database);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MADOGUCHI_CLI), args);
        if (!process.waitForFinished(60000))
            return {};
        const QByteArray out = process.readAllStandardOutput();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(out),
                QString::fromUtf8(process.readAllStandardError()), out};
    }

private Q_SLOTS:
    void monthlyFigures_data()
    {
        QTest::addColumn<AvailabilityScope>("scope");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QList<Incident>>("incidents");
        QTest::addColumn<QList<MaintenancePlan>>("plans");
        QTest::addColumn<qint64>("service");
        QTest::addColumn<qint64>("downtime");
        QTest::addColumn<double>("percent");
        QTest::addColumn<bool>("meets");

        const auto C = AvailabilityScope::Client;
        const auto K = AvailabilityScope::Consumer;
        using I = QList<Incident>;
        using P = QList<MaintenancePlan>;
        QTest::newRow("no incident, 30 days") << C << u"2026-11"_s << I{} << P{} << qint64(43200) << qint64(0) << 100.0
                                             << true;
        QTest::newRow("31-day month") << C << u"2026-12"_s << I{} << P{} << qint64(44640) << qint64(0) << 100.0 << true;
        QTest::newRow("February 2028 (leap)") << C << u"2028-02"_s << I{} << P{} << qint64(41760) << qint64(0) << 100.0
                                              << true;
        // The example: one 2-hour internal outage in a 30-day month.
        QTest::newRow("2-hour internal outage")
            << C << u"2026-11"_s
            << I{incident(Client, "2026-11-10T10:00:00+09:00", "2026-11-10T12:00:00+09:00", Internal)} << P{}
            << qint64(43200) << qint64(120) << 99.72 << true;
        QTest::newRow("8 hours: 98.89, below target")
            << C << u"2026-11"_s
            << I{incident(Client, "2026-11-10T10:00:00+09:00", "2026-11-10T18:00:00+09:00", Internal)} << P{}
            << qint64(43200) << qint64(480) << 98.89 << false;
        QTest::newRow("432 minutes: exactly 99.00 meets")
            << C << u"2026-11"_s
            << I{incident(Client, "2026-11-10T10:00:00+09:00", "2026-11-10T17:12:00+09:00", Internal)} << P{}
            << qint64(43200) << qint64(432) << 99.0 << true;
        QTest::newRow("433 minutes: 99.00 shown, 98.998 misses")
            << C << u"2026-11"_s
            << I{incident(Client, "2026-11-10T10:00:00+09:00", "2026-11-10T17:13:00+09:00", Internal)} << P{}
            << qint64(43200) << qint64(433) << 99.0 << false;
        QTest::newRow("seconds are dropped")
            << C << u"2026-11"_s
            << I{incident(Client, "2026-11-10T10:00:59+09:00", "2026-11-10T12:00:30+09:00", Internal)} << P{}
            << qint64(43200) << qint64(120) << 99.72 << true;
        QTest::newRow("platform outage excluded")
            << C << u"2026-11"_s
            << I{incident(Client, "2026-11-10T10:00:00+09:00", "2026-11-10T13:00:00+09:00", OutageCause::Platform)}
            << P{} << qint64(43020) << qint64(0) << 100.0 << true;
        QTest::newRow("force majeure excluded")
            << C << u"2026-11"_s
            << I{incident(Client, "2026-11-10T10:00:00+09:00", "2026-11-11T10:00:00+09:00",
                          OutageCause::ForceMajeure)}
            << P{} << qint64(41760) << qint64(0) << 100.0 << true;
        QTest::newRow("maintenance incident announced 14 days ahead: excluded")
            << C << u"2026-11"_s
            << I{incident(Client, "2026-11-21T22:00:00+09:00", "2026-11-22T02:00:00+09:00", OutageCause::Maintenance,
                          "2026-11-07T22:00:00+09:00")}
            << P{} << qint64(42960) << qint64(0) << 100.0 << true;
        QTest::newRow("maintenance incident announced 13 days ahead: downtime")
            << C << u"2026-11"_s
            << I{incident(Client, "2026-11-21T22:00:00+09:00", "2026-11-22T02:00:00+09:00", OutageCause::Maintenance,
                          "2026-11-08T22:00:00+09:00")}
            << P{} << qint64(43200) << qint64(240) << 99.44 << true;
        // Announced maintenance inside its window excluded; 30 minutes past it counted.
        QTest::newRow("announced plan, on time")
            << C << u"2026-11"_s << I{}
            << P{plan({Client}, "2026-11-20T22:00:00+09:00", "2026-11-21T04:00:00+09:00", "2026-11-01T10:00:00+09:00",
                      "2026-11-21T03:30:00+09:00")}
            << qint64(43200 - 330) << qint64(0) << 100.0 << true;
        QTest::newRow("announced plan, 30-minute overrun")
            << C << u"2026-11"_s << I{}
            << P{plan({Client}, "2026-11-20T22:00:00+09:00", "2026-11-21T04:00:00+09:00", "2026-11-01T10:00:00+09:00",
                      "2026-11-21T04:30:00+09:00")}
            << qint64(43200 - 360) << qint64(30) << 99.93 << true;
        QTest::newRow("plan announced late: all downtime")
            << C << u"2026-11"_s << I{}
            << P{plan({Client}, "2026-11-20T22:00:00+09:00", "2026-11-21T04:00:00+09:00", "2026-11-10T10:00:00+09:00")}
            << qint64(43200) << qint64(360) << 99.17 << true;
        QTest::newRow("emergency plan without notice: downtime")
            << C << u"2026-11"_s << I{}
            << P{plan({Client}, "2026-11-20T22:00:00+09:00", "2026-11-21T01:00:00+09:00", nullptr, nullptr, true)}
            << qint64(43200) << qint64(180) << 99.58 << true;
        QTest::newRow("plan of the consumer function leaves the client alone")
            << C << u"2026-11"_s << I{}
            << P{plan({WebForm}, "2026-11-20T22:00:00+09:00", "2026-11-21T04:00:00+09:00", nullptr)} << qint64(43200)
            << qint64(0) << 100.0 << true;
        // An incident over a month boundary is split at JST midnight.
        QTest::newRow("boundary: October part")
            << C << u"2026-10"_s
            << I{incident(Client, "2026-10-31T23:00:00+09:00", "2026-11-01T01:00:00+09:00", Internal)} << P{}
            << qint64(44640) << qint64(60) << 99.87 << true;
        QTest::newRow("boundary: November part")
            << C << u"2026-11"_s
            << I{incident(Client, "2026-10-31T23:00:00+09:00", "2026-11-01T01:00:00+09:00", Internal)} << P{}
            << qint64(43200) << qint64(60) << 99.86 << true;
        QTest::newRow("boundary is JST, not UTC")
            << C << u"2026-11"_s
            << I{incident(Client, "2026-10-31T15:30:00Z", "2026-10-31T16:00:00Z", Internal)} << P{}
            << qint64(43200) << qint64(30) << 99.93 << true;
        QTest::newRow("two overlapping incidents counted once")
            << C << u"2026-11"_s
            << I{incident(Client, "2026-11-10T10:00:00+09:00", "2026-11-10T12:00:00+09:00", Internal),
                 incident(Client, "2026-11-10T11:00:00+09:00", "2026-11-10T13:00:00+09:00", Internal)}
            << P{} << qint64(43200) << qint64(180) << 99.58 << true;
        QTest::newRow("excluded minute is not also downtime")
            << C << u"2026-11"_s
            << I{incident(Client, "2026-11-10T10:00:00+09:00", "2026-11-10T12:00:00+09:00", Internal),
                 incident(Client, "2026-11-10T11:00:00+09:00", "2026-11-10T13:00:00+09:00", OutageCause::Platform)}
            << P{} << qint64(43200 - 120) << qint64(60) << 99.86 << true;
        QTest::newRow("consumer down when only click counting is")
            << K << u"2026-11"_s
            << I{incident(ClickCount, "2026-11-10T10:00:00+09:00", "2026-11-10T12:00:00+09:00", Internal)} << P{}
            << qint64(43200) << qint64(120) << 99.72 << true;
        QTest::newRow("web forms and click counting down together count once")
            << K << u"2026-11"_s
            << I{incident(WebForm, "2026-11-10T10:00:00+09:00", "2026-11-10T12:00:00+09:00", Internal),
                 incident(ClickCount, "2026-11-10T11:00:00+09:00", "2026-11-10T12:30:00+09:00", Internal)}
            << P{} << qint64(43200) << qint64(150) << 99.65 << true;
        QTest::newRow("client outage is not the consumer's")
            << K << u"2026-11"_s
            << I{incident(Client, "2026-11-10T10:00:00+09:00", "2026-11-10T12:00:00+09:00", Internal)} << P{}
            << qint64(43200) << qint64(0) << 100.0 << true;
        QTest::newRow("ongoing incident counts until now")
            << C << u"2026-11"_s << I{incident(Client, "2026-11-30T23:00:00+09:00", nullptr, Internal)} << P{}
            << qint64(43200) << qint64(30) << 99.93 << true;
    }

    void monthlyFigures()
    {
        QFETCH(AvailabilityScope, scope);
        QFETCH(QString, month);
        QFETCH(QList<Incident>, incidents);
        QFETCH(QList<MaintenancePlan>, plans);
        QFETCH(qint64, service);
        QFETCH(qint64, downtime);
        QFETCH(double, percent);
        QFETCH(bool, meets);
        const QDate first = QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s);
        const QDateTime now = t("2026-11-30T23:30:00+09:00");
        const AvailabilityFigures f = MonthlyAvailability::compute(scope, first, incidents, plans, now);
        QCOMPARE(f.serviceMinutes, service);
        QCOMPARE(f.downtimeMinutes, downtime);
        QCOMPARE(f.percent, percent);
        QCOMPARE(f.meetsTarget(), meets);
        QCOMPARE(f.serviceMinutes + f.excludedMinutes, f.monthMinutes);
    }

    void maintenanceBreaches_data()
    {
        QTest::addColumn<MaintenancePlan>("plan");
        QTest::addColumn<QStringList>("breaches");
        // 2026-11-20 is a Friday.
        QTest::newRow("keeps the agreement")
            << plan({Client}, "2026-11-20T22:00:00+09:00", "2026-11-21T04:00:00+09:00", "2026-11-01T10:00:00+09:00")
            << QStringList{};
        QTest::newRow("whole weekend window, 8 hours for the client")
            << plan({Client}, "2026-11-20T21:00:00+09:00", "2026-11-21T05:00:00+09:00", "2026-11-06T21:00:00+09:00")
            << QStringList{};
        QTest::newRow("ends Monday 03:00 exactly")
            << plan({Client}, "2026-11-22T21:00:00+09:00", "2026-11-23T03:00:00+09:00", "2026-11-01T10:00:00+09:00")
            << QStringList{};
        QTest::newRow("announced 13 days ahead")
            << plan({Client}, "2026-11-20T22:00:00+09:00", "2026-11-21T04:00:00+09:00", "2026-11-07T23:00:00+09:00")
            << QStringList{u"announced-late"_s};
        QTest::newRow("not announced, starts in 10 days")
            << plan({Client}, "2026-12-11T22:00:00+09:00", "2026-12-12T04:00:00+09:00", nullptr)
            << QStringList{u"not-announced"_s};
        QTest::newRow("not announced, starts in 20 days: not yet a breach")
            << plan({Client}, "2026-12-21T00:00:00+09:00", "2026-12-21T02:00:00+09:00", nullptr)
            << QStringList{};
        QTest::newRow("emergency needs no notice")
            << plan({Client}, "2026-12-04T22:00:00+09:00", "2026-12-05T02:00:00+09:00", nullptr, nullptr, true)
            << QStringList{};
        QTest::newRow("Friday 20:00 is too early")
            << plan({Client}, "2026-11-20T20:00:00+09:00", "2026-11-20T23:00:00+09:00", "2026-11-01T10:00:00+09:00")
            << QStringList{u"outside-weekend"_s};
        QTest::newRow("Monday 03:30 is too late")
            << plan({Client}, "2026-11-23T01:00:00+09:00", "2026-11-23T03:30:00+09:00", "2026-11-01T10:00:00+09:00")
            << QStringList{u"outside-weekend"_s};
        QTest::newRow("Wednesday")
            << plan({Client}, "2026-11-25T01:00:00+09:00", "2026-11-25T02:00:00+09:00", "2026-11-01T10:00:00+09:00")
            << QStringList{u"outside-weekend"_s};
        QTest::newRow("9 hours for the client")
            << plan({Client}, "2026-11-21T01:00:00+09:00", "2026-11-21T10:00:00+09:00", "2026-11-01T10:00:00+09:00")
            << QStringList{u"too-long-client"_s};
        QTest::newRow("5 hours for the consumer")
            << plan({WebForm, ClickCount}, "2026-11-21T01:00:00+09:00", "2026-11-21T06:00:00+09:00",
                    "2026-11-01T10:00:00+09:00")
            << QStringList{u"too-long-consumer"_s};
        QTest::newRow("5 hours for client and web forms")
            << plan({Client, WebForm}, "2026-11-21T01:00:00+09:00", "2026-11-21T06:00:00+09:00",
                    "2026-11-01T10:00:00+09:00")
            << QStringList{u"too-long-consumer"_s};
        QTest::newRow("overran 30 minutes")
            << plan({Client}, "2026-11-20T22:00:00+09:00", "2026-11-21T04:00:00+09:00", "2026-11-01T10:00:00+09:00",
                    "2026-11-21T04:30:00+09:00")
            << QStringList{u"overran"_s};
        QTest::newRow("everything wrong")
            << plan({Client, ClickCount}, "2026-11-24T10:00:00+09:00", "2026-11-24T20:00:00+09:00",
                    "2026-11-20T10:00:00+09:00", "2026-11-24T21:00:00+09:00")
            << QStringList{u"announced-late"_s, u"outside-weekend"_s, u"too-long-client"_s, u"too-long-consumer"_s,
                           u"overran"_s};
    }

    void maintenanceBreaches()
    {
        QFETCH(MaintenancePlan, plan);
        QFETCH(QStringList, breaches);
        QStringList got;
        for (const MaintenanceFinding &f : MaintenanceCheck::check(plan, t("2026-12-01T10:00:00+09:00"))) {
            got.append(MaintenanceCheck::breachKey(f.breach));
            QVERIFY(!MaintenanceCheck::describe(f).isEmpty());
        }
        QCOMPARE(got, breaches);
    }

    void storeKeepsIncidentsAndPlans()
    {
        Testing::TestDatabase database;
        QVERIFY(database.isValid());
        FixedClock clock(t("2026-12-01T10:00:00+09:00"));
        OutageStore store(database.db(), clock);
        auto first = store.addIncident(
            incident(Client, "2026-10-31T23:00:00+09:00", "2026-11-01T01:00:00+09:00", Internal));
        auto open = store.addIncident(incident(ClickCount, "2026-11-30T23:00:00+09:00", nullptr, Internal));
        auto december = store.addIncident(
            incident(WebForm, "2026-12-05T10:00:00+09:00", "2026-12-05T11:00:00+09:00", OutageCause::Platform));
        QVERIFY(first && open && december);
        auto november = store.incidents(QDate(2026, 11, 1));
        QVERIFY(november);
        QCOMPARE(november->size(), 2);
        QCOMPARE(november->at(0).id, *first);
        QCOMPARE(november->at(0).start, t("2026-10-31T23:00:00+09:00"));
        QVERIFY(!november->at(1).end.isValid());
        auto dec = store.incidents(QDate(2026, 12, 1));
        QVERIFY(dec);
        QCOMPARE(dec->size(), 2); // the open one and December's
        QCOMPARE(dec->at(1).cause, OutageCause::Platform);
        QVERIFY(store.endIncident(*open, t("2026-12-01T00:30:00+09:00")));
        QVERIFY(!store.endIncident(*open, t("2026-11-30T22:00:00+09:00"))); // before its start
        QCOMPARE(store.endIncident(9999, t("2026-12-01T00:30:00+09:00")).error().code, u"not-found"_s);

        auto planId = store.addPlan(plan({Client, WebForm}, "2026-11-20T22:00:00+09:00", "2026-11-21T04:00:00+09:00",
                                         nullptr));
        QVERIFY(planId);
        QVERIFY(store.recordAnnouncement(*planId, t("2026-11-01T10:00:00+09:00")));
        QVERIFY(store.recordPlanEnd(*planId, t("2026-11-21T04:30:00+09:00")));
        auto plans = store.plans();
        QVERIFY(plans);
        QCOMPARE(plans->size(), 1);
        QCOMPARE(plans->first().functions, (QList<ServiceFunction>{Client, WebForm}));
        QCOMPARE(plans->first().announced, t("2026-11-01T10:00:00+09:00"));
        QCOMPARE(plans->first().actualEnd, t("2026-11-21T04:30:00+09:00"));

        QCOMPARE(store.targetPercent().valueOr(0), 99.0);
    }

    // The target is a manager's team setting: audited, refused to staff and out of range.
    void targetIsAnAuditedManagerSetting()
    {
        Testing::TestDatabase database;
        QVERIFY(database.isValid());
        FixedClock clock(t("2026-12-01T10:00:00+09:00"));
        TicketDesk desk(database.db(), clock);
        TicketFixtureBuilder fixture(desk);
        auto manager = fixture.staff(u"kato"_s, u"加藤"_s, StaffRole::Manager);
        auto staff = fixture.staff(u"sato"_s, u"佐藤"_s, StaffRole::Staff);
        QVERIFY(manager && staff);
        OutageStore store(database.db(), clock);
        QCOMPARE(store.targetPercent().valueOr(0), 99.0);
        QVERIFY(AvailabilityTarget::write(desk.settings(), *manager, 99.5));
        QCOMPARE(store.targetPercent().valueOr(0), 99.5);
        QCOMPARE(AvailabilityTarget::write(desk.settings(), *staff, 98.0).error().code, u"permission"_s);
        for (double bad : {0.0, 89.99, 100.01, 101.0, 99.555})
            QCOMPARE(AvailabilityTarget::write(desk.settings(), *manager, bad).error().code, u"bad-input"_s);
        QCOMPARE(store.targetPercent().valueOr(0), 99.5);
        auto audit = desk.audit().recent(5, u"setting availability_target_percent"_s);
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().newValue, u"99.50"_s);
        QCOMPARE(audit->first().actorName, u"加藤"_s);
        // The figures follow the target: 99.72 meets 99.5 and misses 99.8.
        QVERIFY(store.addIncident(
            incident(Client, "2026-11-10T10:00:00+09:00", "2026-11-10T12:00:00+09:00", Internal)));
        auto month = AvailabilityTable::month(store, QDate(2026, 11, 1), clock.now());
        QVERIFY(month);
        QCOMPARE(month->figures.first().targetPercent, 99.5);
        QVERIFY(month->figures.first().meetsTarget());
        QVERIFY(AvailabilityTarget::write(desk.settings(), *manager, 99.8));
        month = AvailabilityTable::month(store, QDate(2026, 11, 1), clock.now());
        QVERIFY(!month->figures.first().meetsTarget());
    }

    void targetText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected"); // 0: refused
        QTest::newRow("whole") << u"99"_s << 99.0;
        QTest::newRow("one decimal") << u"99.5"_s << 99.5;
        QTest::newRow("two decimals") << u"99.95"_s << 99.95;
        QTest::newRow("percent sign") << u"99.5%"_s << 99.5;
        QTest::newRow("hundred") << u"100"_s << 100.0;
        QTest::newRow("lowest") << u"90.00"_s << 90.0;
        QTest::newRow("below") << u"89.99"_s << 0.0;
        QTest::newRow("above") << u"100.01"_s << 0.0;
        QTest::newRow("three decimals") << u"99.955"_s << 0.0;
        QTest::newRow("comma") << u"99,5"_s << 0.0;
        QTest::newRow("word") << u"high"_s << 0.0;
        QTest::newRow("empty") << QString() << 0.0;
    }

    void targetText()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        const auto parsed = AvailabilityTarget::parse(text);
        QCOMPARE(parsed.value_or(0.0), expected);
    }

    // Tickets linked to incidents through IncidentTickets, with an audit row on the ticket.
    void linkingTicketsToIncidents()
    {
        Testing::TestDatabase database;
        QVERIFY(database.isValid());
        FixedClock clock(t("2026-12-01T10:00:00+09:00"));
        TicketDesk desk(database.db(), clock);
        TicketFixtureBuilder fixture(desk);
        auto sato = fixture.staff(u"sato"_s, u"佐藤"_s, StaffRole::Staff);
        QVERIFY(sato);
        auto first = fixture.customerMail(u"山田 <yamada@midori.co.jp>"_s, u"ログインできません"_s, u"本文"_s,
                                          t("2026-12-01T09:10:00+09:00"));
        auto second = fixture.customerMail(u"鈴木 <suzuki@aoba.co.jp>"_s, u"画面が表示されない"_s, u"本文"_s,
                                           t("2026-12-01T09:20:00+09:00"));
        QVERIFY(first && second);
        OutageStore store(database.db(), clock);
        auto id = store.addIncident(incident(Client, "2026-12-01T09:00:00+09:00", nullptr, Internal));
        QVERIFY(id);
        IncidentTickets links(database.db(), desk.audit());

        QVERIFY(links.link(*sato, *id, first->ticketId));
        QVERIFY(links.link(*sato, *id, second->ticketId));
        auto tickets = links.ticketsOf(*id);
        QVERIFY(tickets);
        QCOMPARE(tickets->size(), 2);
        QCOMPARE(tickets->at(0).ticketId, first->ticketId);
        QCOMPARE(tickets->at(0).subject, u"ログインできません"_s);
        QCOMPARE(tickets->at(1).organisationName.isEmpty(), false);
        QCOMPARE(links.incidentsOf(first->ticketId).valueOr({}), QList<qint64>{*id});

        auto history = desk.audit().forTicket(first->ticketId);
        QVERIFY(history);
        QVERIFY(!history->isEmpty());
        QCOMPARE(history->last().action, u"incident link"_s);
        QCOMPARE(history->last().newValue, u"incident %1"_s.arg(*id));
        QCOMPARE(history->last().actorName, u"佐藤"_s);

        // Refusals, each one message, nothing written.
        QCOMPARE(links.link(*sato, *id, first->ticketId).error().code, u"bad-input"_s); // already linked
        QCOMPARE(links.link(*sato, 999, first->ticketId).error().code, u"not-found"_s);
        QCOMPARE(links.link(*sato, *id, 999).error().code, u"not-found"_s);
        QCOMPARE(links.unlink(*sato, 999, first->ticketId).error().code, u"not-found"_s);
        QCOMPARE(links.ticketsOf(*id).valueOr({}).size(), 2);

        QVERIFY(links.unlink(*sato, *id, first->ticketId));
        QCOMPARE(links.ticketsOf(*id).valueOr({}).size(), 1);
        QVERIFY(links.incidentsOf(first->ticketId).valueOr({0}).isEmpty());
        history = desk.audit().forTicket(first->ticketId);
        QCOMPARE(history->last().action, u"incident unlink"_s);
        QCOMPARE(history->last().oldValue, u"incident %1"_s.arg(*id));
    }

    void editingAnIncidentIsValidated()
    {
        Testing::TestDatabase database;
        QVERIFY(database.isValid());
        FixedClock clock(t("2026-12-01T10:00:00+09:00"));
        OutageStore store(database.db(), clock);
        auto id = store.addIncident(incident(Client, "2026-11-10T10:00:00+09:00", nullptr, Internal));
        QVERIFY(id);
        QCOMPARE(store.openIncidents().valueOr({}).size(), 1);
        Incident changed = store.incident(*id).valueOr({}).value();
        changed.end = t("2026-11-10T09:00:00+09:00");
        QCOMPARE(store.updateIncident(changed).error().code, u"bad-input"_s); // end before start
        changed.end = t("2026-11-10T12:00:00+09:00");
        changed.announced = t("2026-10-01T10:00:00+09:00");
        QCOMPARE(store.updateIncident(changed).error().code, u"bad-input"_s); // announced, not maintenance
        changed.cause = OutageCause::Maintenance;
        changed.note = u"メンテナンス延長"_s;
        QVERIFY(store.updateIncident(changed));
        const Incident stored = store.incident(*id).valueOr({}).value();
        QCOMPARE(stored.end, t("2026-11-10T12:00:00+09:00"));
        QCOMPARE(stored.cause, OutageCause::Maintenance);
        QCOMPARE(stored.note, u"メンテナンス延長"_s);
        QVERIFY(store.openIncidents().valueOr({changed}).isEmpty());
        changed.id = 999;
        QCOMPARE(store.updateIncident(changed).error().code, u"not-found"_s);
        Incident noStart;
        QCOMPARE(store.addIncident(noStart).error().code, u"bad-input"_s);
    }

    void commandLine()
    {
        if (Testing::usingPostgres())
            QSKIP("the command line runs on SQLite here; the store test above covers PostgreSQL");
        const QString db = m_dir.filePath(u"desk.sqlite"_s);
        QCOMPARE(cli(db, {u"sample-data"_s}).status, 0);
        const Run added = cli(db, {u"incident"_s, u"add"_s, u"--function"_s, u"client"_s, u"--from"_s,
                                   u"2026-11-10T10:00:00+09:00"_s, u"--to"_s, u"2026-11-10T12:00:00+09:00"_s,
                                   u"--cause"_s, u"internal"_s, u"--note"_s, u"DB failover"_s});
        QCOMPARE(added.status, 0);
        QCOMPARE(added.out.trimmed(), u"1"_s);
        const Run open = cli(db, {u"incident"_s, u"add"_s, u"--function"_s, u"clickcount"_s, u"--from"_s,
                                  u"2026-11-30T23:00:00+09:00"_s, u"--cause"_s, u"internal"_s});
        QCOMPARE(open.out.trimmed(), u"2"_s);
        QCOMPARE(cli(db, {u"incident"_s, u"end"_s, u"2"_s, u"--at"_s, u"2026-12-01T00:30:00+09:00"_s}).status, 0);

        const Run table = cli(db, {u"availability"_s, u"--month"_s, u"2026-11"_s});
        QCOMPARE(table.status, 0);
        const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(table.out));
        QCOMPARE(lines.at(1).split(u' ', Qt::SkipEmptyParts),
                 (QStringList{u"client"_s, u"2026-11"_s, u"43200"_s, u"0"_s, u"120"_s, u"99.72"_s, u"99.00"_s}));
        QCOMPARE(lines.at(2).split(u' ', Qt::SkipEmptyParts),
                 (QStringList{u"consumer"_s, u"2026-11"_s, u"43200"_s, u"0"_s, u"60"_s, u"99.86"_s, u"99.00"_s}));

        const Run json = cli(db, {u"availability"_s, u"--month"_s, u"2026-12"_s, u"--format"_s, u"json"_s});
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).toObject().value(u"downtimeMinutes"_s).toInt(), 30); // the split's December part
        QCOMPARE(rows.at(1).toObject().value(u"serviceMinutes"_s).toInt(), 44640);

        const Run csv = cli(db, {u"availability"_s, u"--month"_s, u"2026-11"_s, u"--format"_s, u"csv"_s});
        QVERIFY(csv.bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs
        QVERIFY(csv.out.contains(u"client,2026-11,43200,0,120,99.72,99.00\r\n"_s));

        const Run list = cli(db, {u"incident"_s, u"list"_s, u"--month"_s, u"2026-11"_s});
        QVERIFY(list.out.contains(u"DB failover"_s));

        // Linking a sample ticket, shown by incident show, audited on the ticket.
        QCOMPARE(cli(db, {u"incident"_s, u"link"_s, u"1"_s, u"#3"_s}).status, 0);
        const Run shownIncident = cli(db, {u"incident"_s, u"show"_s, u"1"_s});
        QCOMPARE(shownIncident.status, 0);
        QVERIFY2(shownIncident.out.contains(u"Linked tickets: 1"_s), qPrintable(shownIncident.out));
        QVERIFY(shownIncident.out.contains(u"  #3  "_s));
        QVERIFY(shownIncident.out.contains(u"DB failover"_s));
        // Refusals with the incident there: one line, exit 2.
        const QList<std::pair<QStringList, QString>> refusals{
            {{u"incident"_s, u"link"_s, u"1"_s, u"3"_s}, u"already linked"_s},
            {{u"incident"_s, u"link"_s, u"1"_s, u"9999"_s}, u"#9999 does not exist"_s},
            {{u"incident"_s, u"unlink"_s, u"1"_s, u"2"_s}, u"not linked"_s},
        };
        for (const auto &[args, says] : refusals) {
            const Run refused = cli(db, args);
            QCOMPARE(refused.status, 2);
            QCOMPARE(refused.err.count(u'\n'), 1);
            QVERIFY2(refused.err.contains(says), qPrintable(refused.err));
        }
        QCOMPARE(cli(db, {u"incident"_s, u"unlink"_s, u"1"_s, u"3"_s}).status, 0);
        QVERIFY(cli(db, {u"incident"_s, u"show"_s, u"1"_s}).out.contains(u"Linked tickets: 0"_s));

        // The target: printed, set (audited), used by the table.
        QCOMPARE(cli(db, {u"availability"_s, u"target"_s}).out, u"99.00\n"_s);
        QCOMPARE(cli(db, {u"availability"_s, u"target"_s, u"99.8"_s}).status, 0);
        QCOMPARE(cli(db, {u"availability"_s, u"target"_s}).out, u"99.80\n"_s);
        const Run below = cli(db, {u"availability"_s, u"--month"_s, u"2026-11"_s});
        QVERIFY2(below.out.contains(u"client: below the target of 99.80 %"_s), qPrintable(below.out));
        QCOMPARE(cli(db, {u"availability"_s, u"target"_s, u"99"_s}).status, 0);

        // A maintenance plan that breaks the agreement: said at once, and by check (exit 1).
        const QString now = u"--now=2026-12-01T10:00:00+09:00"_s;
        const Run planned = cli(db, {now, u"maintenance"_s, u"add"_s, u"--functions"_s, u"client,webform"_s,
                                     u"--from"_s, u"2026-12-11T22:00:00+09:00"_s, u"--to"_s,
                                     u"2026-12-12T04:00:00+09:00"_s});
        QCOMPARE(planned.status, 0);
        QVERIFY(planned.err.contains(u"not announced"_s));
        QVERIFY(planned.err.contains(u"at most 4 hours"_s));
        QCOMPARE(cli(db, {now, u"maintenance"_s, u"check"_s}).status, 1);
        QCOMPARE(cli(db, {now, u"maintenance"_s, u"announce"_s, u"1"_s, u"--at"_s, u"2026-11-20T10:00:00+09:00"_s})
                     .status,
                 0);
        const Run checked = cli(db, {now, u"maintenance"_s, u"check"_s});
        QCOMPARE(checked.status, 1); // still too long for the web forms, and announced late
        QVERIFY(checked.out.contains(u"at most 4 hours"_s));
        QVERIFY(!checked.out.contains(u"not announced"_s));
    }

    void badInputIsOneLineAndExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString from = u"2026-11-10T10:00:00+09:00"_s;
        QTest::newRow("unknown function") << QStringList{u"incident"_s, u"add"_s, u"--function"_s, u"mail"_s,
                                                         u"--from"_s, from, u"--cause"_s, u"internal"_s};
        QTest::newRow("unknown cause") << QStringList{u"incident"_s, u"add"_s, u"--function"_s, u"client"_s,
                                                      u"--from"_s, from, u"--cause"_s, u"aliens"_s};
        QTest::newRow("malformed time") << QStringList{u"incident"_s, u"add"_s, u"--function"_s, u"client"_s,
                                                       u"--from"_s, u"2026-11-10 10:00"_s, u"--cause"_s, u"internal"_s};
        QTest::newRow("no from") << QStringList{u"incident"_s, u"add"_s, u"--function"_s, u"client"_s, u"--cause"_s,
                                                u"internal"_s};
        QTest::newRow("end before start")
            << QStringList{u"incident"_s, u"add"_s,  u"--function"_s, u"client"_s, u"--from"_s, from,
                           u"--to"_s,      u"2026-11-10T09:00:00+09:00"_s, u"--cause"_s, u"internal"_s};
        QTest::newRow("end of no incident") << QStringList{u"incident"_s, u"end"_s, u"999"_s, u"--at"_s, from};
        QTest::newRow("bad month") << QStringList{u"availability"_s, u"--month"_s, u"2026-13"_s};
        QTest::newRow("bad format") << QStringList{u"availability"_s, u"--format"_s, u"xml"_s};
        QTest::newRow("target too low") << QStringList{u"availability"_s, u"target"_s, u"85"_s};
        QTest::newRow("target not a number") << QStringList{u"availability"_s, u"target"_s, u"high"_s};
        QTest::newRow("target three decimals") << QStringList{u"availability"_s, u"target"_s, u"99.555"_s};
        QTest::newRow("unknown availability word") << QStringList{u"availability"_s, u"targets"_s};
        QTest::newRow("link to no incident") << QStringList{u"incident"_s, u"link"_s, u"999"_s, u"1"_s};
        QTest::newRow("link bad ticket") << QStringList{u"incident"_s, u"link"_s, u"1"_s, u"x"_s};
        QTest::newRow("show no incident") << QStringList{u"incident"_s, u"show"_s, u"999"_s};
        QTest::newRow("plan without functions")
            << QStringList{u"maintenance"_s, u"add"_s, u"--from"_s, from, u"--to"_s, u"2026-11-10T11:00:00+09:00"_s};
        QTest::newRow("plan ending before it starts")
            << QStringList{u"maintenance"_s, u"add"_s, u"--functions"_s, u"client"_s, u"--from"_s, from, u"--to"_s,
                           u"2026-11-10T09:00:00+09:00"_s};
    }

    void badInputIsOneLineAndExit2()
    {
        QFETCH(QStringList, args);
        if (Testing::usingPostgres())
            QSKIP("the command line runs on SQLite here");
        const QString db = m_dir.filePath(u"bad.sqlite"_s);
        if (!QFile::exists(db))
            QCOMPARE(cli(db, {u"sample-data"_s}).status, 0);
        const Run run = cli(db, args);
        QCOMPARE(run.status, 2);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(cli(db, {u"incident"_s, u"list"_s}).out.count(u'\n'), 1); // header only: nothing was stored
    }
};

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
