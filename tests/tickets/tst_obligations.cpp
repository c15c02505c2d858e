// DESIGN.md "The clock" rules 5–9, table-driven with a fixed clock, on SQLite (tst_obligations)
// and PostgreSQL (tst_obligations_pg).

#include "../common/TestDatabase.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

namespace {

QDateTime jst(const QString &text)
{
    const auto moment = Jst::parseIso(text + u":00+09:00"_s);
    if (!moment)
        qFatal("bad time in test data: %s", qPrintable(text));
    return *moment;
}

} // namespace

class TestObligations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("due"); // JST, or "none"
        QTest::addColumn<int>("open");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("undelivered");

        // Deadline: 18:00 on the first business day strictly after the JST date of receipt.
        QTest::newRow("weekday morning") << QStringList{u"customer 2026-06-10T11:00"_s} << u"2026-06-11T18:00"_s << 1
                                         << u"new"_s << false;
        QTest::newRow("weekday after hours") << QStringList{u"customer 2026-06-10T22:00"_s} << u"2026-06-11T18:00"_s
                                             << 1 << u"new"_s << false;
        QTest::newRow("just before midnight UTC boundary")
            << QStringList{u"customer 2026-06-10T08:59"_s} << u"2026-06-11T18:00"_s << 1 << u"new"_s << false;
        QTest::newRow("friday over the weekend") << QStringList{u"customer 2026-06-12T17:00"_s} << u"2026-06-15T18:00"_s
                                                 << 1 << u"new"_s << false;
        QTest::newRow("saturday night") << QStringList{u"customer 2026-06-13T23:40"_s} << u"2026-06-15T18:00"_s << 1
                                        << u"new"_s << false;
        QTest::newRow("sunday") << QStringList{u"customer 2026-06-14T09:00"_s} << u"2026-06-15T18:00"_s << 1
                                << u"new"_s << false;
        QTest::newRow("before marine day") << QStringList{u"customer 2026-07-17T10:00"_s} << u"2026-07-21T18:00"_s << 1
                                           << u"new"_s << false;
        QTest::newRow("golden week") << QStringList{u"customer 2026-05-01T10:00"_s} << u"2026-05-07T18:00"_s << 1
                                     << u"new"_s << false;
        QTest::newRow("year-end break") << QStringList{u"customer 2026-12-25T10:00"_s} << u"2027-01-05T18:00"_s << 1
                                        << u"new"_s << false;
        // Rule 5: a staff reply answers every customer message before it.
        QTest::newRow("reply before deadline")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-10T15:00"_s} << u"none"_s << 0 << u"open"_s
            << false;
        QTest::newRow("reply after deadline still answers")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-12T10:00"_s} << u"none"_s << 0 << u"open"_s
            << false;
        QTest::newRow("reply answers only what came before")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-10T13:00"_s, u"customer 2026-06-12T17:00"_s}
            << u"2026-06-15T18:00"_s << 1 << u"open"_s << false;
        QTest::newRow("one reply answers several")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"customer 2026-06-10T12:00"_s,
                           u"customer 2026-06-11T09:00"_s, u"reply 2026-06-11T10:00"_s}
            << u"none"_s << 0 << u"open"_s << false;
        QTest::newRow("earliest open deadline is the ticket's")
            << QStringList{u"customer 2026-06-12T17:00"_s, u"customer 2026-06-10T11:00"_s} << u"2026-06-11T18:00"_s << 2
            << u"new"_s << false;
        QTest::newRow("mail synced out of order is answered by the later reply")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-12T18:30"_s, u"customer 2026-06-12T17:00"_s}
            << u"none"_s << 0 << u"open"_s << false;
        QTest::newRow("reply at the same second does not answer")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-10T11:00"_s} << u"2026-06-11T18:00"_s << 1
            << u"open"_s << false;
        // Notes and automatic messages are not answers and open nothing.
        QTest::newRow("internal note is not an answer")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"note 2026-06-10T12:00"_s} << u"2026-06-11T18:00"_s << 1
            << u"new"_s << false;
        QTest::newRow("acknowledgement is not an answer")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"ack 2026-06-10T11:01"_s} << u"2026-06-11T18:00"_s << 1
            << u"new"_s << false;
        QTest::newRow("auto-reply opens nothing")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-10T13:00"_s, u"auto 2026-06-10T13:05"_s}
            << u"none"_s << 0 << u"open"_s << false;
        // Bounces: the obligation comes back with its original deadline.
        QTest::newRow("bounce reopens with the original deadline")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-10T15:00"_s, u"bounce 1"_s}
            << u"2026-06-11T18:00"_s << 1 << u"open"_s << true;
        QTest::newRow("bounce long after the deadline")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-10T15:00"_s, u"clock 2026-06-16T10:00"_s,
                           u"bounce 1"_s}
            << u"2026-06-11T18:00"_s << 1 << u"open"_s << true;
        QTest::newRow("bounce with a later delivered reply")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-10T15:00"_s, u"reply 2026-06-10T16:00"_s,
                           u"bounce 1"_s}
            << u"none"_s << 0 << u"open"_s << true;
        QTest::newRow("bounce reopens a waiting ticket")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-10T15:00"_s, u"status waiting"_s,
                           u"bounce 1"_s}
            << u"2026-06-11T18:00"_s << 1 << u"open"_s << true;
        // Rule 7: urgent tickets run on a 24×7 clock (60 minutes by default).
        QTest::newRow("urgent on a saturday night")
            << QStringList{u"customer 2026-06-13T23:40"_s, u"urgent"_s} << u"2026-06-14T00:40"_s << 1 << u"new"_s
            << false;
        QTest::newRow("urgent ticket, sunday mail")
            << QStringList{u"customer 2026-06-12T10:00"_s, u"urgent"_s, u"reply 2026-06-12T10:30"_s,
                           u"customer 2026-06-14T09:15"_s}
            << u"2026-06-14T10:15"_s << 1 << u"open"_s << false;
        QTest::newRow("urgency removed returns to the business clock")
            << QStringList{u"customer 2026-06-13T23:40"_s, u"urgent"_s, u"normal"_s} << u"2026-06-15T18:00"_s << 1
            << u"new"_s << false;
        // Rule 9: waiting, resolved and closed have nothing open; a customer message reopens.
        QTest::newRow("waiting closes obligations")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"status waiting"_s} << u"none"_s << 0 << u"waiting"_s
            << false;
        QTest::newRow("customer reopens a waiting ticket")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-10T13:00"_s, u"status waiting"_s,
                           u"customer 2026-06-12T17:00"_s}
            << u"2026-06-15T18:00"_s << 1 << u"open"_s << false;
        QTest::newRow("customer reopens a closed ticket")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-10T13:00"_s, u"status closed"_s,
                           u"customer 2026-06-13T10:00"_s}
            << u"2026-06-15T18:00"_s << 1 << u"open"_s << false;
        QTest::newRow("auto-reply does not reopen")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-10T13:00"_s, u"status resolved"_s,
                           u"auto 2026-06-10T13:05"_s}
            << u"none"_s << 0 << u"resolved"_s << false;
        QTest::newRow("old mail synced late does not reopen")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"reply 2026-06-10T13:00"_s, u"status resolved"_s,
                           u"customer 2026-06-10T12:00"_s}
            << u"none"_s << 0 << u"resolved"_s << false;
        QTest::newRow("reopened by staff stays without obligations")
            << QStringList{u"customer 2026-06-10T11:00"_s, u"status waiting"_s, u"status open"_s} << u"none"_s << 0
            << u"open"_s << false;
    }

    void rules()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, due);
        QFETCH(int, open);
        QFETCH(QString, status);
        QFETCH(bool, undelivered);

        TestDatabase t;
        QVERIFY(t.isValid());
        FixedClock clock(jst(u"2026-06-01T09:00"_s));
        TicketDesk desk(t.db(), clock);
        TicketFixtureBuilder build(desk);
        auto sato = build.staff(u"sato"_s, u"佐藤"_s);
        QVERIFY(sato.ok());
        qint64 ticket = 0;
        QList<qint64> rows; // message row per step (0 for steps without a message)
        for (const QString &step : std::as_const(steps)) {
            const QString verb = step.section(u' ', 0, 0);
            const QString arg = step.section(u' ', 1);
            qint64 row = 0;
            if (verb == u"customer"_s || verb == u"reply"_s || verb == u"note"_s || verb == u"ack"_s
                || verb == u"auto"_s || verb == u"clock"_s)
                clock.set(std::max(clock.now(), jst(arg)));
            const qint64 version = ticket ? desk.tickets().ticket(ticket)->value().version : 0;
            if (verb == u"customer"_s) {
                auto stored = build.customerMail(u"yamada@example.co.jp"_s, u"請求書の件"_s, u"本文"_s, jst(arg), ticket);
                QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
                ticket = stored->ticketId;
                row = stored->messageRowId;
            } else if (verb == u"reply"_s) {
                auto stored = build.staffReply(ticket, *sato, u"回答します"_s, jst(arg));
                QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
                row = stored->messageRowId;
            } else if (verb == u"note"_s) {
                QVERIFY(desk.operations().addInternalNote(*sato, ticket, version, u"確認中"_s).ok());
            } else if (verb == u"ack"_s || verb == u"auto"_s) {
                TicketMessage m;
                m.kind = verb == u"ack"_s ? MessageKind::Acknowledgement : MessageKind::AutoReply;
                m.received = jst(arg);
                m.fromAddress = verb == u"ack"_s ? u"support@madoguchi.example"_s : u"yamada@example.co.jp"_s;
                QVERIFY(desk.mail().addMessage(m, ticket).ok());
            } else if (verb == u"bounce"_s) {
                TicketMessage m;
                m.kind = MessageKind::Bounce;
                m.received = clock.now();
                m.fromAddress = u"mailer-daemon@example.co.jp"_s;
                m.bounceOfId = rows.at(arg.toInt());
                auto stored = desk.mail().addMessage(m);
                QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
                QCOMPARE(stored->ticketId, ticket);
            } else if (verb == u"status"_s) {
                QVERIFY(desk.operations().setStatus(*sato, ticket, version, *statusFromKey(arg)).ok());
            } else if (verb == u"urgent"_s || verb == u"normal"_s) {
                QVERIFY(desk.operations()
                            .setPriority(*sato, ticket, version,
                                         verb == u"urgent"_s ? TicketPriority::Urgent : TicketPriority::Normal)
                            .ok());
            } else if (verb != u"clock"_s) {
                QFAIL(qPrintable(u"unknown step "_s + step));
            }
            rows.append(row);
        }
        const auto result = desk.tickets().ticket(ticket);
        QVERIFY(result.ok() && result->has_value());
        const Ticket &t2 = **result;
        QCOMPARE(t2.due.isValid() ? Jst::format(t2.due).left(16) : u"none"_s, due);
        QCOMPARE(desk.obligations().openCount(ticket).valueOr(-1), open);
        QCOMPARE(statusKey(t2.status), status);
        QCOMPARE(t2.replyUndelivered, undelivered);
        // The ticket's due time is always the earliest open obligation's deadline.
        const auto obligations = desk.tickets().obligations(ticket);
        QVERIFY(obligations.ok());
        QDateTime earliest;
        for (const Obligation &o : *obligations) {
            if (o.isOpen() && (!earliest.isValid() || o.deadline < earliest))
                earliest = o.deadline;
        }
        QCOMPARE(earliest, t2.due);
    }

    void calendarChangeRecomputesOpenDeadlines()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        FixedClock clock(jst(u"2026-06-10T12:00"_s));
        TicketDesk desk(t.db(), clock);
        TicketFixtureBuilder build(desk);
        auto tanaka = build.staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager);
        auto sato = build.staff(u"sato"_s, u"佐藤"_s);
        QVERIFY(tanaka.ok() && sato.ok());
        QVERIFY(tanaka->isManager() && !sato->isManager());
        auto open = build.customerMail(u"a@example.jp"_s, u"未回答"_s, u"x"_s, jst(u"2026-06-10T11:00"_s));
        auto answered = build.customerMail(u"b@example.jp"_s, u"回答済み"_s, u"x"_s, jst(u"2026-06-10T11:00"_s));
        auto afterHours = build.customerMail(u"c@example.jp"_s, u"夜間"_s, u"x"_s, jst(u"2026-06-10T19:30"_s));
        QVERIFY(open.ok() && answered.ok() && afterHours.ok());
        QVERIFY(build.staffReply(answered->ticketId, *sato, u"済"_s, jst(u"2026-06-10T11:30"_s)).ok());
        auto dueOf = [&](qint64 id) { return Jst::format(desk.tickets().ticket(id)->value().due).left(16); };
        QCOMPARE(dueOf(open->ticketId), u"2026-06-11T18:00"_s);
        QCOMPARE(dueOf(afterHours->ticketId), u"2026-06-11T18:00"_s);

        auto loaded = desk.calendar().load();
        QVERIFY(loaded.ok());
        CalendarSettings *settings = &loaded.value();
        settings->companyHolidays.append({QDate(2026, 6, 11), u"創立記念日"_s});

        // Only managers change the calendar; a refused change changes nothing.
        const auto refused = desk.changeCalendar(*sato, *settings);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"permission"_s);
        QCOMPARE(dueOf(open->ticketId), u"2026-06-11T18:00"_s);

        const auto moved = desk.changeCalendar(*tanaka, *settings);
        QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message));
        QCOMPARE(*moved, 2);
        QCOMPARE(dueOf(open->ticketId), u"2026-06-12T18:00"_s);
        QCOMPARE(dueOf(afterHours->ticketId), u"2026-06-12T18:00"_s);
        QVERIFY(!desk.tickets().ticket(answered->ticketId)->value().due.isValid());
        // Stored for every desktop: a fresh CalendarStore reads the holiday back.
        AuditLog audit(t.db(), clock);
        CalendarStore reread(t.db(), audit);
        QCOMPARE(reread.load()->companyHolidays.size(), 1);
        const auto log = desk.audit().recent(5, u"calendar"_s);
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().actorName, u"田中"_s);
        QVERIFY(log->first().newValue.contains(u"創立記念日"_s));

        // The optional rule: after-hours mail is accepted on the next business-hours start.
        settings->policy = DeadlinePolicy::AfterHoursNextDay;
        QVERIFY(desk.changeCalendar(*tanaka, *settings).ok());
        QCOMPARE(dueOf(open->ticketId), u"2026-06-12T18:00"_s);
        QCOMPARE(dueOf(afterHours->ticketId), u"2026-06-15T18:00"_s); // accepted 6/12, the 11th being off
    }

    void calendarSettingsRoundTrip()
    {
        CalendarSettings settings;
        settings.businessHours = {{QTime(9, 0), QTime(17, 30)}};
        settings.policy = DeadlinePolicy::AfterHoursNextDay;
        settings.urgentTargetMinutes = 30;
        settings.dueSoonThresholdMinutes = 90;
        settings.yearEndBreakEnabled = false;
        settings.extraWorkingDays = {QDate(2026, 6, 13)};
        QCOMPARE(CalendarStore::fromJson(CalendarStore::toJson(settings)), settings);
        QCOMPARE(CalendarStore::fromJson(QByteArray()), CalendarSettings());
    }
};

QTEST_GUILESS_MAIN(TestObligations)
#include "tst_obligations.moc"
