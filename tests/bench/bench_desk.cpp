// madoguchi-bench-desk: the main window on a desk with years of history.
//
// Generates (or reuses, with --db FILE) a SQLite store of 100,000 tickets and 300,000
// messages, then prints
//   - the time from opening the database to the first painted ticket list,
//   - the time to a search result in the list (several queries),
//   - the time to fetch further pages while scrolling.
// Run offscreen: QT_QPA_PLATFORM=offscreen madoguchi-bench-desk [--tickets N] [--db FILE]
// PostgreSQL (generated when the database holds no tickets yet, reused otherwise):
//   QT_QPA_PLATFORM=offscreen tests/scripts/with-postgres.sh madoguchi-bench-desk --pg

#include "desk/MainWindow.h"
#include "desk/TicketListModel.h"
#include "calendar/BusinessCalendar.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "store/Database.h"
#include "store/SchemaMigrations.h"
#include "store/SearchGrams.h"
#include "store/SqlValues.h"
#include "store/TransactionGuard.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketListQuery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

const char *const subjects[] = {"請求書の再発行について", "ログインできません", "CSVエクスポートの文字化け",
                                "契約更新の手続き", "配信予約が反映されない", "クリック数の集計について",
                                "ユーザー追加の方法", "APIの利用制限", "請求先住所の変更", "メール配信が停止しています",
                                "パスワード再設定メールが届かない", "解約の相談", "フォームの表示崩れ"};
const char *const bodies[] = {"いつもお世話になっております。先月分の請求書を再発行いただけますでしょうか。",
                              "管理画面にログインしようとするとエラーになります。至急ご確認ください。",
                              "Excelで開くと文字化けします。①㈱などの記号も含まれています。",
                              "配信予約した内容が反映されていないようです。設定をご確認いただけますか。"};
const char *const companies[] = {"kabushiki", "tokyo-shoji", "minato", "osaka-kogyo", "kyoto", "sapporo",
                                 "fukuoka", "nagoya", "sendai", "kobe"};

void say(const char *format, double value)
{
    std::printf(format, value);
    std::fflush(stdout);
}

bool fail(const QSqlQuery &query)
{
    std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
    return false;
}

bool generate(Database &db, TicketDesk &desk, int tickets, const QDateTime &now)
{
    auto calendar = desk.calendar().calendar();
    if (!calendar)
        return false;
    const DeadlineCalculator calculator(**calendar);
    QSqlDatabase connection = db.connection();
    TransactionGuard transaction(db);
    QSqlQuery q(connection);
    for (int i = 0; i < 10; ++i) {
        q.prepare(u"INSERT INTO organisations (id, domain, name) VALUES (?, ?, ?)"_s);
        q.addBindValue(i + 1);
        q.addBindValue(QString(QString::fromLatin1(companies[i]) + u".example.jp"_s));
        q.addBindValue(u"株式会社%1"_s.arg(QString::fromLatin1(companies[i])));
        if (!q.exec())
            return fail(q);
    }
    for (int i = 0; i < 5; ++i) {
        q.prepare(u"INSERT INTO staff_users (id, login, display_name, email, role) VALUES (?, ?, ?, ?, 'staff')"_s);
        q.addBindValue(i + 1);
        q.addBindValue(u"staff%1"_s.arg(i));
        q.addBindValue(u"担当%1"_s.arg(i));
        q.addBindValue(u"staff%1@madoguchi.example"_s.arg(i));
        if (!q.exec())
            return fail(q);
    }
    const int customers = 5000;
    for (int i = 0; i < customers; ++i) {
        q.prepare(u"INSERT INTO customers (id, address, display_name, organisation_id) VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(i + 1);
        q.addBindValue(u"user%1@%2.example.jp"_s.arg(i).arg(QString::fromLatin1(companies[i % 10])));
        q.addBindValue(u"顧客%1"_s.arg(i));
        q.addBindValue(i % 10 + 1);
        if (!q.exec())
            return fail(q);
    }
    QSqlQuery ticket(connection), message(connection), obligation(connection);
    ticket.prepare(u"INSERT INTO tickets (id, subject, status, priority, assignee_id, customer_id, organisation_id, "
                   "created_ms, updated_ms, version, due_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
    message.prepare(u"INSERT INTO messages (id, ticket_id, kind, message_id, from_address, from_name, to_addresses, "
                    "subject, received_ms, body_text, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    obligation.prepare(u"INSERT INTO obligations (message_id, ticket_id, received_ms, deadline_ms, urgent) "
                       "VALUES (?, ?, ?, ?, 0)"_s);
    // Settled history as a running desk has it: every customer message had its obligation,
    // closed by the reply after it or, for the last one, by the ticket being closed.
    QSqlQuery settled(connection);
    settled.prepare(u"INSERT INTO obligations (message_id, ticket_id, received_ms, deadline_ms, urgent, "
                    "answered_by_id, closed_ms, closed_reason) VALUES (?, ?, ?, ?, 0, ?, ?, ?)"_s);
    QRandomGenerator random(42);
    qint64 messageId = 0;
    const qint64 span = qint64(3) * 365 * 24 * 3600; // three years of history
    for (int t = 1; t <= tickets; ++t) {
        // Old tickets are settled; the last ~300 are open, spread over the last days.
        const bool recent = t > tickets - 300;
        const QDateTime created = recent ? now.addSecs(-qint64(random.bounded(6 * 24 * 3600)))
                                         : now.addSecs(-span + span * t / tickets);
        const int customer = random.bounded(customers);
        const QString address = u"user%1@%2.example.jp"_s.arg(customer).arg(
            QString::fromLatin1(companies[customer % 10]));
        const QString subject = QString::fromUtf8(subjects[random.bounded(13)]) + u" (%1)"_s.arg(t);
        const QDateTime due = recent ? calculator.deadline(created) : QDateTime();
        ticket.addBindValue(t);
        ticket.addBindValue(subject);
        ticket.addBindValue(recent ? (t % 3 ? u"new"_s : u"open"_s) : (t % 4 ? u"closed"_s : u"resolved"_s));
        ticket.addBindValue(u"normal"_s);
        ticket.addBindValue(recent && t % 2 ? QVariant(t % 5 + 1) : QVariant(QMetaType::fromType<qint64>()));
        ticket.addBindValue(customer + 1);
        ticket.addBindValue(customer % 10 + 1);
        ticket.addBindValue(created.toMSecsSinceEpoch());
        ticket.addBindValue(created.toMSecsSinceEpoch());
        ticket.addBindValue(SqlValues::fromTime(due));
        if (!ticket.exec())
            return fail(ticket);
        for (int m = 0; m < 3; ++m) {
            const bool customerTurn = m != 1;
            if (recent && m > 0)
                break; // open tickets: one unanswered customer message
            const QDateTime at = created.addSecs(m * 5400);
            message.addBindValue(++messageId);
            message.addBindValue(t);
            message.addBindValue(customerTurn ? u"customer"_s : u"reply"_s);
            message.addBindValue(u"bench-%1@example.jp"_s.arg(messageId));
            message.addBindValue(customerTurn ? address : u"support@madoguchi.example"_s);
            message.addBindValue(customerTurn ? u"顧客%1"_s.arg(customer) : u"サポート"_s);
            message.addBindValue(customerTurn ? u"support@madoguchi.example"_s : address);
            message.addBindValue(m == 0 ? subject : u"Re: [#%1] "_s.arg(t) + subject);
            message.addBindValue(at.toMSecsSinceEpoch());
            message.addBindValue(QString(QString::fromUtf8(bodies[random.bounded(4)]) + u" 管理番号 %1-%2"_s.arg(t).arg(m)));
            message.addBindValue(u"%1"_s.arg(messageId, 64, 16, QChar(u'0')));
            if (!message.exec())
                return fail(message);
            if (!recent && m > 0) {
                // m == 1: the reply answers the first message; m == 2: the ticket closed on it.
                const bool answered = m == 1;
                const QDateTime asked = answered ? at.addSecs(-5400) : at;
                settled.addBindValue(answered ? messageId - 1 : messageId);
                settled.addBindValue(t);
                settled.addBindValue(asked.toMSecsSinceEpoch());
                settled.addBindValue(calculator.deadline(asked).toMSecsSinceEpoch());
                settled.addBindValue(answered ? QVariant(messageId) : QVariant(QMetaType::fromType<qint64>()));
                settled.addBindValue(answered ? at.toMSecsSinceEpoch() : at.addSecs(5400).toMSecsSinceEpoch());
                settled.addBindValue(answered ? u"reply"_s : u"status"_s);
                if (!settled.exec())
                    return fail(settled);
            }
            if (recent) {
                obligation.addBindValue(messageId);
                obligation.addBindValue(t);
                obligation.addBindValue(at.toMSecsSinceEpoch());
                obligation.addBindValue(due.toMSecsSinceEpoch());
                if (!obligation.exec())
                    return fail(obligation);
            }
        }
        // Keep the message count at three per ticket: open tickets get their history as
        // older, answered mail in a second thread of the same ticket.
        if (recent) {
            for (int m = 1; m < 3; ++m) {
                message.addBindValue(++messageId);
                message.addBindValue(t);
                message.addBindValue(m == 1 ? u"customer"_s : u"reply"_s);
                message.addBindValue(u"bench-%1@example.jp"_s.arg(messageId));
                message.addBindValue(address);
                message.addBindValue(u"顧客"_s);
                message.addBindValue(u"support@madoguchi.example"_s);
                message.addBindValue(subject);
                message.addBindValue(created.addSecs(-30 * 24 * 3600 + m * 3600).toMSecsSinceEpoch());
                message.addBindValue(u"以前のお問い合わせ"_s);
                message.addBindValue(u"%1"_s.arg(messageId, 64, 16, QChar(u'0')));
                if (!message.exec())
                    return fail(message);
            }
        }
    }
    return transaction.commit().ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's window settings
    QCoreApplication::setOrganizationName(u"MadoguchiBench"_s);
    QCommandLineParser parser;
    parser.addOption({u"tickets"_s, u"How many tickets to generate."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"db"_s, u"Reuse (or create) this SQLite file."_s, u"file"_s});
    parser.addOption({u"repeat"_s, u"How many times to run each search."_s, u"n"_s, u"5"_s});
    parser.addOption({u"pg"_s, u"Use the PostgreSQL at $MADOGUCHI_TEST_PG_URL (see with-postgres.sh)."_s});
    parser.addHelpOption();
    parser.process(app);
    const int tickets = parser.value(u"tickets"_s).toInt();

    QTemporaryDir dir;
    DatabaseAddress address;
    bool existing = false;
    const bool postgres = parser.isSet(u"pg"_s);
    if (postgres) {
        auto parsed = DatabaseAddress::parse(qEnvironmentVariable("MADOGUCHI_TEST_PG_URL"));
        if (!parsed) {
            std::fprintf(stderr, "--pg needs MADOGUCHI_TEST_PG_URL (run through tests/scripts/with-postgres.sh)\n");
            return 1;
        }
        address = *parsed;
        // A database filled by an earlier run is reused, as --db does for SQLite.
        auto db = Database::open(address, qEnvironmentVariable("PGPASSWORD"));
        if (db && SchemaMigrations::currentVersion(**db).valueOr(0) > 0) {
            auto held = (*db)->scalar(u"count"_s, u"SELECT COUNT(*) FROM tickets"_s);
            existing = held && held->toLongLong() > 0;
        }
    } else {
        address.filePath = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : dir.filePath(u"bench.sqlite"_s);
        existing = QFile::exists(address.filePath);
    }
    const QString password = qEnvironmentVariable("PGPASSWORD");
    FixedClock clock(Jst::at(QDate(2026, 11, 24), QTime(10, 0)));
    if (!existing) {
        QElapsedTimer timer;
        timer.start();
        auto db = Database::open(address, password);
        if (!db || !SchemaMigrations::migrate(**db)) {
            std::fprintf(stderr, "cannot create the database\n");
            return 1;
        }
        TicketDesk desk(**db, clock);
        if (!generate(**db, desk, tickets, clock.now())) {
            std::fprintf(stderr, "generating failed\n");
            return 1;
        }
        // What the generator wrote straight into the tables is queued for PostgreSQL's short-query
        // index; a running desk indexes mail as it arrives.
        QElapsedTimer indexing;
        indexing.start();
        auto indexed = SearchGrams(**db).catchUp();
        if (!indexed) {
            std::fprintf(stderr, "%s\n", qPrintable(indexed.error().message));
            return 1;
        }
        if (*indexed > 0)
            std::printf("indexed %d messages for short searches in %.1f s\n", *indexed, indexing.elapsed() / 1000.0);
        // The planner needs statistics, as it has on a desk that has been running for a while.
        (void)(*db)->exec(u"Analysing"_s, u"ANALYZE"_s);
        say("generated %.0f tickets", double(tickets));
        say(" in %.1f s\n", timer.elapsed() / 1000.0);
    }

    if (existing) {
        // A database from an older build: what the program's start-up does first.
        QElapsedTimer upgrade;
        upgrade.start();
        auto db = Database::open(address, password);
        const int before = db ? SchemaMigrations::currentVersion(**db).valueOr(-1) : -1;
        if (!db || !SchemaMigrations::migrate(**db)) {
            std::fprintf(stderr, "cannot upgrade the database\n");
            return 1;
        }
        if (before < SchemaMigrations::latestVersion())
            std::printf("upgraded the schema from version %d to %d in %.1f s\n", before,
                        SchemaMigrations::latestVersion(), upgrade.elapsed() / 1000.0);
    }

    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(address, password);
    if (!db)
        return 1;
    auto counted = (*db)->scalar(u"count"_s, u"SELECT COUNT(*) FROM tickets"_s);
    auto messages = (*db)->scalar(u"count"_s, u"SELECT COUNT(*) FROM messages"_s);
    TicketDesk desk(**db, clock);
    StaffUser me;
    me.id = 1;
    me.login = u"staff0"_s;
    const qint64 startOpen = timer.nsecsElapsed();
    MainWindow window(desk, me);
    window.resize(1600, 900);
    window.show();
    // First painted list: render the view's viewport (what a paint event does).
    (void)window.listView()->viewport()->grab();
    const double firstPaint = (timer.nsecsElapsed()) / 1e6;
    std::printf("database: %lld tickets, %lld messages (%s)\n", counted ? counted->toLongLong() : -1,
                messages ? messages->toLongLong() : -1, postgres ? "PostgreSQL" : qPrintable(address.filePath));
    say("open database + window + first painted list: %.1f ms", firstPaint);
    say(" (window part %.1f ms)\n", (timer.nsecsElapsed() - startOpen) / 1e6);

    TicketListModel *model = window.listModel();
    // Each search runs --repeat times from the unfiltered list; the first run is the one a
    // user meets after opening the program, the median what they meet all day.
    const int repeat = std::max(1, parser.value(u"repeat"_s).toInt());
    for (const QString &text : {u"請求書"_s, u"請求"_s, u"user123@"_s, u"管理番号 99999"_s, u"存在しない語句"_s, u"猫"_s}) {
        TicketListFilter filter = model->filter();
        filter.text = text;
        QList<double> painted, modelTimes;
        for (int run = 0; run < repeat; ++run) {
            model->setFilter(TicketListFilter{});
            (void)window.listView()->viewport()->grab();
            QElapsedTimer search;
            search.start();
            model->setFilter(filter);
            modelTimes.append(search.nsecsElapsed() / 1e6);
            (void)window.listView()->viewport()->grab();
            painted.append(search.nsecsElapsed() / 1e6);
        }
        const double first = painted.first();
        const double firstModel = modelTimes.first();
        std::sort(painted.begin(), painted.end());
        std::sort(modelTimes.begin(), modelTimes.end());
        // The same work without the view: the search, the count and the first page.
        TicketListQuery query(**db, desk.calendar(), desk.search());
        QElapsedTimer sql;
        sql.start();
        const auto hits = desk.search().search(text, TicketListQuery::searchHitLimit);
        const double searched = sql.nsecsElapsed() / 1e6;
        (void)query.window(filter, TicketListSort::Deadline, false, clock.now(), 0, TicketListModel::pageSize);
        std::printf("search \"%s\": %d tickets, first page painted in %.1f ms the first time (model %.1f ms), median "
                    "%.1f ms of %d (model %.1f ms), max %.1f ms; without the view: search %.1f ms (%d hits), then "
                    "search + count + first page %.1f ms in all\n",
                    qPrintable(text), model->totalCount(), first, firstModel, painted.at(painted.size() / 2), repeat,
                    modelTimes.at(modelTimes.size() / 2), painted.last(), searched, hits ? int(hits->size()) : -1,
                    sql.nsecsElapsed() / 1e6);
    }
    model->setFilter(TicketListFilter{});
    QElapsedTimer scroll;
    scroll.start();
    int pages = 0;
    while (model->canFetchMore({}) && pages < 20) {
        model->fetchMore({});
        ++pages;
    }
    std::printf("scrolling: %d more pages of %d rows, %.2f ms per page\n", pages, TicketListModel::pageSize,
                pages ? scroll.nsecsElapsed() / 1e6 / pages : 0.0);
    {
        TicketListQuery query(**db, desk.calendar(), desk.search());
        QElapsedTimer counts;
        counts.start();
        auto all = query.queueCounts(clock.now(), me.id);
        std::printf("queue counts (%d queues): %.1f ms\n", all ? int(all->size()) : -1, counts.nsecsElapsed() / 1e6);
        for (DeskQueue queue : allDeskQueues()) {
            TicketListFilter filter;
            filter.queue = queue;
            filter.me = me.id;
            for (TicketListSort sort : {TicketListSort::Deadline, TicketListSort::Subject}) {
                QElapsedTimer first;
                first.start();
                auto rows = query.page(filter, sort, false, clock.now(), 0, TicketListModel::pageSize);
                std::printf("  queue %-22s by %-8s first page: %3d rows in %.1f ms\n",
                            qPrintable(deskQueueLabel(queue)), sort == TicketListSort::Deadline ? "deadline" : "subject",
                            rows ? int(rows->size()) : -1, first.nsecsElapsed() / 1e6);
            }
        }
    }
    QElapsedTimer refresh;
    refresh.start();
    window.refreshLive();
    std::printf("live refresh (counts, flags, list, notices): %.1f ms\n", refresh.nsecsElapsed() / 1e6);
    return 0;
}
