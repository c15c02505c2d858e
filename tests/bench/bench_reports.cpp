// madoguchi-bench-reports: how long the monthly report and the 12-month trend take over a
// desk of 100,000 tickets (target: under 0.5 s each). Not a test: it prints figures.
//
//   madoguchi-bench-reports [--tickets N] [--keep FILE] SQLite in a temporary directory (or in
//                                                      FILE, kept afterwards for EXPLAIN)
//   madoguchi-bench-reports --keep FILE --reuse        measure again on a desk filled before
//   tests/scripts/with-postgres.sh madoguchi-bench-reports --pg
//                                                      PostgreSQL at $MADOGUCHI_TEST_PG_URL
//
// The desk is written with multi-row INSERTs straight into tickets, messages and obligations
// (deadlines from DeadlineCalculator), one year of mail, 85 % answered within 0–3 business days.

#include "calendar/ResponseDeadline.h"
#include "core/Clock.h"
#include "reports/ResponseReportBuilder.h"
#include "store/Database.h"
#include "store/SchemaMigrations.h"
#include "store/TransactionGuard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

QTextStream out(stdout);

[[noreturn]] void fail(const QString &what)
{
    out << "madoguchi-bench-reports: " << what << Qt::endl;
    ::exit(1);
}

// Runs rows.size() / per statement multi-row INSERTs.
void insertRows(Database &db, const QString &head, const QStringList &rows)
{
    constexpr qsizetype per = 500;
    for (qsizetype i = 0; i < rows.size(); i += per) {
        const QString sql = head + rows.mid(i, per).join(u',');
        if (auto done = db.exec(u"Filling the benchmark desk"_s, sql); !done)
            fail(done.error().message);
    }
}

void populate(Database &db, const BusinessCalendar &calendar, int tickets)
{
    std::mt19937_64 random(42);
    const QDateTime start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(-9 * 3600);
    const qint64 yearSecs = qint64(365) * 86400;
    std::uniform_int_distribution<qint64> when(0, yearSecs - 1);
    std::uniform_int_distribution<int> staff(1, 8), organisation(1, 200), percent(0, 99), delay(0, 3 * 420);
    DeadlineCalculator deadlines(calendar);

    QStringList users, organisations, ticketRows, messageRows, obligationRows;
    for (int s = 1; s <= 8; ++s)
        users.append(u"(%1, 'staff%1', '担当%1', 'staff')"_s.arg(s));
    for (int o = 1; o <= 200; ++o)
        organisations.append(u"(%1, 'org%1.example.jp', '取引先%1')"_s.arg(o));
    for (int t = 1; t <= tickets; ++t) {
        const QDateTime received = start.addSecs(when(random));
        const bool urgent = percent(random) < 2;
        const QDateTime deadline = deadlines.deadline(received, urgent);
        const int assignee = staff(random);
        const bool answered = percent(random) < 85;
        const QDateTime reply = urgent ? received.addSecs(60 * (delay(random) % 180))
                                       : calendar.addBusinessMinutes(received, delay(random));
        const qint64 customerRow = 2 * qint64(t) - 1, replyRow = 2 * qint64(t);
        ticketRows.append(u"(%1, 'お問い合わせ %1', '%2', %3, %4, %5, %5)"_s.arg(t)
                              .arg(answered ? u"waiting"_s : u"open"_s)
                              .arg(assignee)
                              .arg(organisation(random))
                              .arg(received.toMSecsSinceEpoch()));
        messageRows.append(u"(%1, %2, 'customer', %3, NULL)"_s.arg(customerRow).arg(t).arg(received.toMSecsSinceEpoch()));
        if (answered)
            messageRows.append(u"(%1, %2, 'reply', %3, %4)"_s.arg(replyRow).arg(t).arg(reply.toMSecsSinceEpoch()).arg(assignee));
        obligationRows.append(u"(%1, %1, %2, %3, %4, %5, %6, %7, '%8')"_s.arg(customerRow)
                                  .arg(t)
                                  .arg(received.toMSecsSinceEpoch())
                                  .arg(deadline.toMSecsSinceEpoch())
                                  .arg(urgent ? 1 : 0)
                                  .arg(answered ? QString::number(replyRow) : u"NULL"_s)
                                  .arg(answered ? QString::number(reply.toMSecsSinceEpoch()) : u"NULL"_s)
                                  .arg(answered ? u"reply"_s : QString()));
    }
    TransactionGuard transaction(db);
    insertRows(db, u"INSERT INTO staff_users (id, login, display_name, role) VALUES "_s, users);
    insertRows(db, u"INSERT INTO organisations (id, domain, name) VALUES "_s, organisations);
    insertRows(db, u"INSERT INTO tickets (id, subject, status, assignee_id, organisation_id, created_ms, updated_ms) VALUES "_s,
               ticketRows);
    insertRows(db, u"INSERT INTO messages (id, ticket_id, kind, received_ms, author_id) VALUES "_s, messageRows);
    insertRows(db, u"INSERT INTO obligations (id, message_id, ticket_id, received_ms, deadline_ms, urgent, "
                   "answered_by_id, closed_ms, closed_reason) VALUES "_s,
               obligationRows);
    if (auto done = transaction.commit(); !done)
        fail(done.error().message);
    if (db.dialect().isPostgres())
        (void)db.exec(u"Analysing"_s, u"ANALYZE"_s);
}

template<typename F>
void measure(const char *what, int runs, F &&run)
{
    QList<qint64> ms;
    int checksum = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        checksum = run();
        ms.append(timer.nsecsElapsed() / 1000);
    }
    std::sort(ms.begin(), ms.end());
    out << QString::fromUtf8(what).leftJustified(40)
        << u"median %1 ms, min %2 ms, max %3 ms over %4 runs (messages %5)"_s.arg(ms.at(ms.size() / 2) / 1000.0, 0, 'f', 1)
               .arg(ms.first() / 1000.0, 0, 'f', 1)
               .arg(ms.last() / 1000.0, 0, 'f', 1)
               .arg(runs)
               .arg(checksum)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int tickets = 100000;
    if (const qsizetype i = args.indexOf(u"--tickets"_s); i > 0 && i + 1 < args.size())
        tickets = args.at(i + 1).toInt();
    const bool postgres = args.contains(u"--pg"_s);

    QTemporaryDir dir;
    DatabaseAddress address;
    if (postgres) {
        auto parsed = DatabaseAddress::parse(qEnvironmentVariable("MADOGUCHI_TEST_PG_URL"));
        if (!parsed)
            fail(u"--pg needs MADOGUCHI_TEST_PG_URL (run through tests/scripts/with-postgres.sh)"_s);
        address = *parsed;
    } else {
        const qsizetype keep = args.indexOf(u"--keep"_s);
        address.filePath = keep > 0 && keep + 1 < args.size() ? args.at(keep + 1) : dir.filePath(u"bench.sqlite"_s);
    }
    auto db = Database::open(address, qEnvironmentVariable("PGPASSWORD"));
    if (!db)
        fail(db.error().message);
    if (auto migrated = SchemaMigrations::migrate(**db); !migrated)
        fail(migrated.error().message);
    const BusinessCalendar calendar;
    out << "backend: " << (postgres ? "PostgreSQL" : "SQLite") << ", tickets: " << tickets << Qt::endl;
    // --reuse: a desk an earlier run filled (--keep FILE, or a PostgreSQL database kept alive).
    if (!args.contains(u"--reuse"_s)) {
        QElapsedTimer fill;
        fill.start();
        populate(**db, calendar, tickets);
        out << "filling the desk took " << fill.elapsed() << " ms" << Qt::endl;
    }

    FixedClock clock(QDateTime(QDate(2026, 1, 10), QTime(3, 0), Qt::UTC));
    ResponseReportBuilder builder(**db, calendar, clock);
    const ReportQuery month{ReportPeriod::month(2025, 11), ReportGrouping::Team, std::nullopt};
    measure("monthly report (Nov 2025, team)", 7, [&] {
        auto r = builder.build(month);
        if (!r)
            fail(r.error().message);
        return int(r->messages.size());
    });
    measure("monthly report (Nov 2025, per staff)", 7, [&] {
        auto r = builder.build({month.period, ReportGrouping::Staff, std::nullopt});
        if (!r)
            fail(r.error().message);
        return int(r->messages.size());
    });
    measure("12-month trend (2025)", 5, [&] {
        auto r = builder.trend(QDate(2025, 12, 31));
        if (!r)
            fail(r.error().message);
        return r->total.standard.received + r->total.urgent.received;
    });
    measure("12-month trend (2025, one staff member)", 5, [&] {
        auto r = builder.trend(QDate(2025, 12, 31), 3);
        if (!r)
            fail(r.error().message);
        return r->total.standard.received + r->total.urgent.received;
    });
    return 0;
}
