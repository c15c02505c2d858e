// madoguchi-bench-store: fills a store with N tickets (3 messages each by default) through
// the real MailIntake path and prints insert rate, queue latency and search latency.
//
//   madoguchi-bench-store [--tickets 100000] [--per-ticket 3] [--dir DIR]
//                         [--pg postgresql://user@host:port/db] [--pg-tickets N]
//
// PGPASSWORD supplies the PostgreSQL password. Figures, not pass/fail: see docs/store.md.

#include "core/Clock.h"
#include "core/Jst.h"
#include "store/Database.h"
#include "store/SchemaMigrations.h"
#include "store/TransactionGuard.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

const QStringList topics = {u"請求書の再発行"_s, u"ログインできません"_s, u"CSVエクスポートの文字化け"_s, u"契約更新の手続き"_s,
                            u"配信予約が反映されない"_s, u"クリック数の集計"_s, u"ユーザー追加の方法"_s, u"APIの利用制限"_s,
                            u"請求先住所の変更"_s, u"メール配信が停止"_s, u"パスワード再設定"_s, u"解約の相談"_s};
const QStringList phrases = {u"いつもお世話になっております。"_s, u"先日ご連絡した件について確認させてください。"_s,
                             u"管理画面から操作すると、エラーが表示されます。"_s, u"①と㈱を含む件名が化けてしまいます。"_s,
                             u"お手数ですがご確認のほどよろしくお願いいたします。"_s, u"添付の画面をご覧ください。"_s,
                             u"本日中にご回答いただけると助かります。"_s, u"担当者様にお伝えください。"_s};

void print(const char *format, auto... values)
{
    std::printf(format, values...);
    std::fflush(stdout);
}

double medianMs(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

template<typename F>
double timeMs(int runs, F &&work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples << timer.nsecsElapsed() / 1e6;
    }
    return medianMs(samples);
}

int runOn(Database &database, const QString &label, int tickets, int perTicket)
{
    print("\n== %s: %d tickets, %d messages ==\n", qPrintable(label), tickets, tickets * perTicket);
    if (auto migrated = SchemaMigrations::migrate(database); !migrated) {
        print("migration failed: %s\n", qPrintable(migrated.error().message));
        return 1;
    }
    const QDateTime start = *Jst::parseIso(u"2025-01-06T09:00:00+09:00"_s);
    FixedClock clock(start);
    TicketDesk desk(database, clock);
    TicketFixtureBuilder build(desk);
    auto staff = build.staff(u"bench"_s, u"ベンチ"_s);
    if (!staff) {
        print("%s\n", qPrintable(staff.error().message));
        return 1;
    }
    QRandomGenerator random(42);
    auto body = [&] {
        QString text;
        for (int i = 0; i < 4; ++i)
            text += phrases.at(random.bounded(phrases.size()));
        return text;
    };
    QElapsedTimer timer;
    timer.start();
    int messages = 0;
    const int batch = 500;
    for (int first = 0; first < tickets; first += batch) {
        TransactionGuard transaction(database); // like the IMAP sync: a batch per commit
        for (int i = first; i < std::min(tickets, first + batch); ++i) {
            // Spread receipt over ~500 days, a few minutes apart.
            const QDateTime received = start.addSecs(qint64(i) * 420 + random.bounded(300));
            clock.set(received);
            const QString subject = topics.at(random.bounded(topics.size())) + u" (%1)"_s.arg(i);
            auto stored = build.customerMail(u"customer%1@company%2.example.jp"_s.arg(i).arg(i % 5000), subject, body(),
                                             received);
            if (!stored) {
                print("insert failed: %s\n", qPrintable(stored.error().message));
                return 1;
            }
            ++messages;
            for (int m = 1; m < perTicket; ++m) {
                const QDateTime at = received.addSecs(m * 3600);
                auto more = (m % 2 == 1) ? build.staffReply(stored->ticketId, *staff, body(), at)
                                         : build.customerMail(u"customer%1@company%2.example.jp"_s.arg(i).arg(i % 5000),
                                                              u"Re: "_s + subject, body(), at, stored->ticketId);
                if (!more) {
                    print("insert failed: %s\n", qPrintable(more.error().message));
                    return 1;
                }
                ++messages;
            }
        }
        if (auto done = transaction.commit(); !done) {
            print("commit failed: %s\n", qPrintable(done.error().message));
            return 1;
        }
        if ((first / batch) % 40 == 0)
            print("  %d tickets after %.1f s\n", first + batch, timer.elapsed() / 1000.0);
    }
    const double seconds = timer.elapsed() / 1000.0;
    print("insert: %d messages in %.1f s = %.0f messages/s (%.0f tickets/s), batches of %d tickets\n", messages,
          seconds, messages / seconds, tickets / seconds, batch);

    const QDateTime now = clock.now();
    int rows = 0;
    const double queueAll = timeMs(20, [&] { rows = int(desk.queue().list(QueueFilter::All, now, 200)->size()); });
    print("queue: first 200 by deadline (all): median %.2f ms (%d rows)\n", queueAll, rows);
    const double queueOverdue =
        timeMs(20, [&] { rows = int(desk.queue().list(QueueFilter::Overdue, now, 200)->size()); });
    print("queue: first 200 overdue: median %.2f ms (%d rows)\n", queueOverdue, rows);
    const double counts = timeMs(5, [&] { (void)desk.queue().counts(now); });
    print("queue: header counts (overdue/due soon/new): median %.2f ms\n", counts);

    for (const QString &query : {u"請求"_s, u"停止"_s, u"請求書の再発行"_s, u"文字化け"_s, u"customer4242@"_s, u"存在しない語句"_s}) {
        int hits = 0;
        const double ms = timeMs(5, [&] { hits = int(desk.search().search(query, 100)->size()); });
        print("search %-16s %-13s median %8.2f ms (%d hits, limit 100)\n", qPrintable(query),
              qPrintable(desk.search().method(query).valueOr(u"?"_s)), ms, hits);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"tickets"_s, u"tickets to generate"_s, u"n"_s, u"100000"_s});
    parser.addOption({u"per-ticket"_s, u"messages per ticket"_s, u"n"_s, u"3"_s});
    parser.addOption({u"dir"_s, u"folder for the SQLite file (default: a temporary one)"_s, u"dir"_s});
    parser.addOption({u"pg"_s, u"also run on this PostgreSQL database (it must be empty)"_s, u"url"_s});
    parser.addOption({u"pg-tickets"_s, u"tickets for PostgreSQL (default: --tickets)"_s, u"n"_s});
    parser.addOption({u"no-sqlite"_s, u"skip SQLite"_s});
    parser.process(app);
    const int tickets = parser.value(u"tickets"_s).toInt();
    const int perTicket = std::max(1, parser.value(u"per-ticket"_s).toInt());
    int status = 0;
    if (!parser.isSet(u"no-sqlite"_s)) {
        QTemporaryDir temporary;
        const QString folder = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temporary.path();
        DatabaseAddress address;
        address.filePath = folder + u"/bench.sqlite"_s;
        auto database = Database::open(address);
        if (!database) {
            print("%s\n", qPrintable(database.error().message));
            return 1;
        }
        status |= runOn(**database, u"SQLite "_s + address.filePath, tickets, perTicket);
        print("database file: %.1f MiB\n", QFileInfo(address.filePath).size() / 1048576.0);
    }
    if (parser.isSet(u"pg"_s)) {
        auto address = DatabaseAddress::parse(parser.value(u"pg"_s));
        if (!address) {
            print("%s\n", qPrintable(address.error().message));
            return 1;
        }
        auto database = Database::open(*address, qEnvironmentVariable("PGPASSWORD"));
        if (!database) {
            print("%s\n", qPrintable(database.error().message));
            return 1;
        }
        const int pgTickets = parser.isSet(u"pg-tickets"_s) ? parser.value(u"pg-tickets"_s).toInt() : tickets;
        status |= runOn(**database, u"PostgreSQL "_s + address->toString(), pgTickets, perTicket);
    }
    return status;
}
