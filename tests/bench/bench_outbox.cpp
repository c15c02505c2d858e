// madoguchi-bench-outbox: sends N replies through the real OutboxSender to the SMTP test
// server and prints the outbox's crash window (docs/store.md, "The outbox under a crash"):
// from the server's 250 reaching the sender to its state change being committed; and, for
// comparison, from the same 250 to the answer committed after QUIT (the window when both
// were recorded together at the end of the session).
//
//   tests/scripts/with-smtp.sh build/tests/bench/madoguchi-bench-outbox [--replies 200]
//   tests/scripts/with-postgres.sh tests/scripts/with-smtp.sh build/tests/bench/madoguchi-bench-outbox
//
// On PostgreSQL (MADOGUCHI_TEST_PG_URL, PGPASSWORD) it creates and drops its own database.

#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/outbox/OutboxSender.h"
#include "mail/outbox/TicketReplies.h"
#include "store/Database.h"
#include "store/DatabaseAddress.h"
#include "store/SchemaMigrations.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

void print(const char *format, auto... values)
{
    std::printf(format, values...);
    std::fflush(stdout);
}

void summary(const char *label, QList<qint64> nanos)
{
    if (nanos.isEmpty())
        return;
    std::sort(nanos.begin(), nanos.end());
    double sum = 0;
    for (qint64 n : std::as_const(nanos))
        sum += double(n);
    const auto at = [&](double q) { return double(nanos.at(qMin(nanos.size() - 1, qsizetype(q * nanos.size())))) / 1e3; };
    print("%-34s median %9.1f µs   p90 %9.1f µs   max %9.1f µs   mean %9.1f µs   (%lld replies)\n", label, at(0.5),
          at(0.9), double(nanos.last()) / 1e3, sum / double(nanos.size()) / 1e3, qlonglong(nanos.size()));
}

SmtpServerSettings testServer()
{
    SmtpServerSettings s;
    s.host = qEnvironmentVariable("MADOGUCHI_TEST_SMTP_HOST");
    s.user = qEnvironmentVariable("MADOGUCHI_TEST_SMTP_USER");
    s.caFile = qEnvironmentVariable("MADOGUCHI_TEST_SMTP_CA_FILE");
    s.port = quint16(qEnvironmentVariableIntValue("MADOGUCHI_TEST_SMTP_STARTTLS_PORT"));
    s.security = SmtpServerSettings::Security::StartTls;
    return s;
}

int run(Database &database, const QString &label, int replies)
{
    if (auto migrated = SchemaMigrations::migrate(database); !migrated) {
        print("migration failed: %s\n", qPrintable(migrated.error().message));
        return 1;
    }
    FixedClock clock(*Jst::parseIso(u"2026-06-10T12:00:00+09:00"_s));
    TicketDesk desk(database, clock);
    const StaffUser sato = TicketFixtureBuilder(desk).staff(u"sato"_s, u"佐藤"_s).valueOr({});
    DeskAddresses addresses;
    addresses.supportAddresses = {u"support@desk.example.co.jp"_s};
    (void)MailIngestor::saveAddresses(desk, addresses);
    TicketMessage customer;
    customer.kind = MessageKind::CustomerMessage;
    customer.messageId = u"bench-q1@example.jp"_s;
    customer.fromAddress = u"yamada@example.jp"_s;
    customer.to = {u"support@desk.example.co.jp"_s};
    customer.subject = u"請求書の再発行について"_s;
    customer.received = clock.now().addSecs(-3600);
    customer.bodyText = u"請求書を再発行してください。\n"_s;
    customer.rawSource = "Subject: x\r\n\r\nx\r\n";
    auto stored = desk.mail().addMessage(customer);
    if (!stored) {
        print("%s\n", qPrintable(stored.error().message));
        return 1;
    }
    for (int n = 0; n < replies; ++n) {
        auto draft = TicketReplies(desk).draft(stored->ticketId);
        if (!draft || !TicketReplies(desk).queue(sato, *draft)) {
            print("could not queue a reply\n");
            return 1;
        }
    }
    OutboxSenderOptions options;
    options.pollMs = 3'600'000;
    OutboxSender sender(desk, testServer(), qEnvironmentVariable("MADOGUCHI_TEST_SMTP_PASSWORD"), options);
    QList<qint64> window, answered;
    QEventLoop loop;
    int status = 0;
    QObject::connect(&sender, &OutboxSender::replySent, &loop, [&](qint64, qint64) {
        window << sender.lastAcceptWindowNanos();
        answered << sender.lastAnswerRecordedNanos();
    });
    QObject::connect(&sender, &OutboxSender::replyDeferred, &loop, [&](qint64, qint64, const QString &words) {
        print("deferred: %s\n", qPrintable(words));
        status = 1;
    });
    QObject::connect(&sender, &OutboxSender::problem, &loop, [&](const QString &message) {
        print("problem: %s\n", qPrintable(message));
        status = 1;
        loop.quit();
    });
    QObject::connect(&sender, &OutboxSender::idle, &loop, &QEventLoop::quit);
    sender.start();
    loop.exec();
    print("\n== %s: %d replies over STARTTLS to the test server ==\n", qPrintable(label), replies);
    summary("250 → state committed (the window)", window);
    summary("250 → QUIT → answer committed", answered);
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"replies"_s, u"replies to send (default 200)"_s, u"n"_s, u"200"_s});
    parser.process(app);
    const int replies = parser.value(u"replies"_s).toInt();
    if (qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_SMTP_HOST")) {
        print("run through tests/scripts/with-smtp.sh\n");
        return 2;
    }
    const QString pgUrl = qEnvironmentVariable("MADOGUCHI_TEST_PG_URL");
    if (pgUrl.isEmpty()) {
        QTemporaryDir dir;
        DatabaseAddress address;
        address.filePath = dir.filePath(u"bench.sqlite"_s);
        auto database = Database::open(address);
        if (!database) {
            print("%s\n", qPrintable(database.error().message));
            return 1;
        }
        return run(**database, u"SQLite"_s, replies);
    }
    auto server = DatabaseAddress::parse(pgUrl);
    if (!server) {
        print("%s\n", qPrintable(server.error().message));
        return 1;
    }
    auto admin = Database::open(*server, qEnvironmentVariable("PGPASSWORD"));
    if (!admin) {
        print("%s\n", qPrintable(admin.error().message));
        return 1;
    }
    DatabaseAddress address = *server;
    address.databaseName = u"bench_outbox_%1"_s.arg(QCoreApplication::applicationPid());
    (void)(*admin)->exec(u"create"_s, u"CREATE DATABASE "_s + address.databaseName);
    int status = 1;
    {
        auto database = Database::open(address, qEnvironmentVariable("PGPASSWORD"));
        if (database)
            status = run(**database, u"PostgreSQL"_s, replies);
        else
            print("%s\n", qPrintable(database.error().message));
    }
    (void)(*admin)->exec(u"drop"_s, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(address.databaseName));
    return status;
}
