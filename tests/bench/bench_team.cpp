// madoguchi-bench-team: a team of N desks on one PostgreSQL (issue 16).
//
//   tests/bench/run-bench-team.sh [--clients 50] [--seconds 120] [--seed 1]
//
// Each client is a thread, not a process: every figure is then read from one steady clock and
// gathered without any exchange between processes. What a desktop process has of its own, each
// thread has too: its own connections (a QSqlDatabase belongs to the thread that opened it),
// its own event loop (notifications arrive on the connection's socket, in its thread) and its
// own state. The desks' client-side CPU is this one process's, spread over its threads as 50
// processes would be spread over the same cores.
//
// Each client has its own connections, opened as the desktop opens them
// (StoreOpener for the desk's own; and, as the mailbox sync's thread does while `serve` holds
// the mailbox lock, one every 30 s that tries the lock and is closed again at once), and does what the desk does with
// them: re-reads its list (the queue counts, the list's first page, the flagged tickets, the
// last sync, the open ticket) after every notification, edits a ticket every 10–30 s through
// TicketOperations with the version it shows, and keeps reply editors beating. One "serve"
// thread stores a steady stream of generated mail through MailIngestor.
//
// It prints the time from each commit to every client having re-read it, the connections in
// use, the PostgreSQL server's CPU, edits done and refused, and checks every accepted edit
// against the audit log and the final rows (a lost update makes the exit status 1).

#include "TeamBenchClient.h"
#include "TeamBenchReport.h"

#include "core/Clock.h"
#include "mail/MailIngestor.h"
#include "store/Database.h"
#include "store/StoreOpener.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using namespace Madoguchi::TeamBench;

namespace {

// CPU seconds this process (the desks and serve, all threads) has used so far.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Options
{
    int clients = 50;
    int seconds = 120;
    quint64 seed = 1;
    int tickets = 300;
    int hot = 4;
    int mailPerMinute = 60;
    bool syncConnections = true;
    bool withoutVersionCheck = false;
};

// Each client edits every 10–30 s; about one edit in six is a collision: a second client
// edits the same ticket at the same moment (one of the two must be refused). Without the
// version check every edit is one, so that the check must find lost updates.
void writeScripts(const Options &options, const QList<qint64> &ticketIds, QList<ClientRecord> &clients)
{
    QRandomGenerator random(options.seed);
    const qint64 lastMs = qint64(options.seconds) * 1000;
    for (int c = 0; c < clients.size(); ++c) {
        qint64 at = 3000 + random.bounded(std::min<qint64>(20'000, lastMs / 2)); // short runs edit too
        while (at < lastMs) {
            ScriptedEdit edit;
            edit.atMs = at;
            edit.kind = EditKind(random.bounded(4));
            edit.openEditor = random.bounded(4) == 0;
            const bool hot = random.bounded(5) == 0;
            edit.ticketId = hot ? ticketIds.at(random.bounded(options.hot))
                                : ticketIds.at(options.hot + random.bounded(ticketIds.size() - options.hot));
            if (clients.size() > 1 && (random.bounded(6) == 0 || options.withoutVersionCheck)) {
                edit.collision = true;
                edit.ticketId = ticketIds.at(random.bounded(options.hot));
                int other = int(random.bounded(clients.size() - 1));
                other += other >= c ? 1 : 0;
                ScriptedEdit twin = edit;
                twin.kind = EditKind(random.bounded(4));
                twin.openEditor = false;
                clients[other].script.append(twin);
            }
            clients[c].script.append(edit);
            at += 10'000 + random.bounded(20'001);
        }
    }
}

Result<QList<qint64>> prepare(TicketDesk &desk, const Options &options, Shared &shared, QList<ClientRecord> &clients)
{
    TicketFixtureBuilder fixtures(desk);
    for (int c = 0; c < options.clients; ++c) {
        auto staff = fixtures.staff(u"staff%1"_s.arg(c + 1, 2, 10, QChar(u'0')), u"担当者%1"_s.arg(c + 1));
        if (!staff)
            return staff.error();
        ClientRecord client;
        client.me = staff.value();
        client.seed = options.seed * 1000 + quint64(c);
        client.syncConnection = options.syncConnections;
        clients.append(client);
        shared.staffIds.append(client.me.id);
        shared.staffNames.append(client.me.displayName);
    }
    DeskAddresses addresses;
    addresses.supportAddresses = {u"support@desk.example.co.jp"_s};
    if (auto saved = MailIngestor::saveAddresses(desk, addresses); !saved)
        return saved.error();
    QList<qint64> ticketIds;
    const QDateTime received = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int t = 0; t < options.tickets; ++t) {
        auto mail = fixtures.customerMail(u"customer%1@example.co.jp"_s.arg(t), u"お問い合わせ %1"_s.arg(t),
                                          u"本文 %1"_s.arg(t), received.addSecs(t));
        if (!mail)
            return mail.error();
        ticketIds.append(mail->ticketId);
    }
    return ticketIds;
}

int run(const Options &options, const DatabaseAddress &address)
{
    Shared shared;
    shared.address = address;
    shared.mailbox = u"support@desk.example.co.jp/INBOX"_s;
    shared.withoutVersionCheck = options.withoutVersionCheck;
    shared.tags = {u"請求"_s, u"至急確認"_s, u"障害"_s, u"要返金"_s, u"VIP"_s};
    auto opened = StoreOpener::open(address, nullptr);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::unique_ptr<Database> database = std::move(opened.value().database);
    shared.password = opened->password;
    SystemClock clock;
    TicketDesk desk(*database, clock);
    QList<ClientRecord> clients;
    auto ticketIds = prepare(desk, options, shared, clients);
    if (!ticketIds) {
        std::fprintf(stderr, "setting up: %s\n", qPrintable(ticketIds.error().message));
        return 1;
    }
    writeScripts(options, *ticketIds, clients);
    auto before = TeamBench::snapshot(desk, *ticketIds);
    if (!before) {
        std::fprintf(stderr, "%s\n", qPrintable(before.error().message));
        return 1;
    }
    ServeRecord serve;
    serve.mailPerMinute = options.mailPerMinute;
    serve.seed = options.seed;
    shared.editUntilMs = qint64(options.seconds) * 1000;
    shared.stopAtMs = shared.editUntilMs + 5000; // the last notifications drain

    QSemaphore ready;
    QList<QThread *> threads;
    for (ClientRecord &client : clients)
        threads.append(QThread::create([&] { runClient(shared, client, [&] { ready.release(); }); }));
    threads.append(QThread::create([&] { runServe(shared, serve, [&] { ready.release(); }); }));
    for (QThread *thread : std::as_const(threads))
        thread->start();
    ready.acquire(int(threads.size()));

    ServerMonitor monitor(*database);
    if (auto started = monitor.start(); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
        return 1;
    }
    std::printf("%d clients, %d s, seed %llu, %d tickets (%d hot), %d mails/min, %s\n", options.clients, options.seconds,
                qulonglong(options.seed), options.tickets, options.hot, options.mailPerMinute,
                options.syncConnections ? "1 connection per desk, and one for each mailbox-lock try (every 30 s)"
                                        : "1 connection per desk, no mailbox-lock tries");
    std::fflush(stdout);
    const double cpuBefore = processCpuSeconds();
    shared.clock.start();
    shared.go = true;
    QTimer sample;
    QObject::connect(&sample, &QTimer::timeout, &sample, [&] { monitor.sample(); });
    sample.start(250);
    QTimer::singleShot(int(shared.stopAtMs), qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    sample.stop();
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    monitor.sample();
    const double wallSeconds = double(shared.clock.nanos()) / 1e9;
    const double cpu = processCpuSeconds() - cpuBefore;
    const int status = TeamBench::report(desk, clients, serve, *before, monitor, wallSeconds);
    std::printf("desks and serve (this process, all threads) CPU: %.1f s over %.1f s = %.1f %% of one core\n", cpu,
                wallSeconds, 100.0 * cpu / wallSeconds);
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A team of desks on one PostgreSQL: run through tests/bench/run-bench-team.sh"_s);
    parser.addHelpOption();
    parser.addOption({u"clients"_s, u"desk clients (default 50)"_s, u"n"_s, u"50"_s});
    parser.addOption({u"seconds"_s, u"how long they edit (default 120)"_s, u"s"_s, u"120"_s});
    parser.addOption({u"seed"_s, u"seed of the scripted edits (default 1)"_s, u"n"_s, u"1"_s});
    parser.addOption({u"tickets"_s, u"tickets on the desk at the start (default 300)"_s, u"n"_s, u"300"_s});
    parser.addOption({u"mail-per-minute"_s, u"new mail the serve side stores (default 60)"_s, u"n"_s, u"60"_s});
    parser.addOption({u"no-sync-connection"_s, u"desks without the mailbox sync's lock tries (a connection every 30 s)"_s});
    parser.addOption({u"without-version-check"_s,
                      u"edit without the version check, every edit colliding with another desk's (the lost-update check must fail)"_s});
    parser.process(app);
    Options options;
    bool ok[5] = {};
    options.clients = parser.value(u"clients"_s).toInt(&ok[0]);
    options.seconds = parser.value(u"seconds"_s).toInt(&ok[1]);
    options.seed = parser.value(u"seed"_s).toULongLong(&ok[2]);
    options.tickets = parser.value(u"tickets"_s).toInt(&ok[3]);
    options.mailPerMinute = parser.value(u"mail-per-minute"_s).toInt(&ok[4]);
    options.syncConnections = !parser.isSet(u"no-sync-connection"_s);
    options.withoutVersionCheck = parser.isSet(u"without-version-check"_s);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || !ok[4] || options.clients < 1 || options.seconds < 1
        || options.tickets < options.hot + 1 || options.mailPerMinute < 1) {
        std::fprintf(stderr, "madoguchi-bench-team: --clients, --seconds, --mail-per-minute must be positive numbers "
                             "and --tickets more than %d\n", options.hot);
        return 2;
    }
    const QString url = qEnvironmentVariable("MADOGUCHI_TEST_PG_URL");
    if (url.isEmpty()) {
        std::fprintf(stderr, "madoguchi-bench-team: run through tests/bench/run-bench-team.sh (it needs PostgreSQL)\n");
        return 2;
    }
    auto address = DatabaseAddress::parse(url);
    if (!address) {
        std::fprintf(stderr, "%s\n", qPrintable(address.error().message));
        return 2;
    }
    return run(options, *address);
}
