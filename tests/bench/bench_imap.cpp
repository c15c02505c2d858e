// madoguchi-bench-imap: the first sync of a large mailbox from a real Dovecot into a fresh
// SQLite store, and the bare fetch for comparison. Run through run-bench-imap.sh, which
// starts Dovecot with N generated messages. Prints figures; asserts nothing.
#include "../common/TestImapServer.h"

#include "core/Clock.h"
#include "mail/imap/ImapSession.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/sync/MailboxSync.h"
#include "mail/sync/SyncedMailStore.h"
#include "store/Database.h"
#include "store/SchemaMigrations.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

QTextStream out(stdout);

MailAccountSettings accountFromEnvironment()
{
    MailAccountSettings account;
    account.imap = Testing::testImapServer();
    return account;
}

bool waitReady(ImapSession &session, const MailAccountSettings &account)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&session, &ImapSession::ready, &loop, [&]() { ok = true; loop.quit(); });
    QObject::connect(&session, &ImapSession::failed, &loop, [&](const Error &error) {
        out << "login failed: " << error.message << Qt::endl;
        loop.quit();
    });
    session.open(account.imap, qEnvironmentVariable("MADOGUCHI_TEST_IMAP_PASSWORD"));
    loop.exec();
    return ok;
}

// UID FETCH of everything in batches of 500, nothing stored: the network and parser alone.
void benchFetchOnly(const MailAccountSettings &account)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC));
    ImapSession session(clock);
    if (!waitReady(session, account))
        return;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    qint64 bytes = 0;
    int messages = 0;
    QList<quint32> uids;
    std::function<void()> next = [&]() {
        if (uids.isEmpty()) {
            loop.quit();
            return;
        }
        const QList<quint32> batch = uids.mid(0, 500);
        uids.remove(0, batch.size());
        session.uidFetch(batch, [&](const ImapFetchedMessage &m) { bytes += m.source.size(); ++messages; },
                         [&](const Result<void> &r) {
                             if (!r) {
                                 out << "fetch failed: " << r.error().message << Qt::endl;
                                 loop.quit();
                                 return;
                             }
                             next();
                         });
    };
    session.select(u"INBOX"_s, true, [&](const Result<ImapMailboxStatus> &status) {
        if (!status) {
            loop.quit();
            return;
        }
        session.uidSearch("ALL", [&](const Result<QList<quint32>> &all) {
            uids = all.valueOr({});
            next();
        });
    });
    loop.exec();
    const double seconds = timer.elapsed() / 1000.0;
    out << QString::asprintf("fetch only:  %d messages, %.1f MiB in %.2f s = %.0f messages/s, %.1f MiB/s\n", messages,
                             bytes / 1048576.0, seconds, messages / seconds, bytes / 1048576.0 / seconds);
    session.logout();
}

void benchFirstSync(const MailAccountSettings &account, int batchSize)
{
    QTemporaryDir dir;
    DatabaseAddress address;
    address.filePath = dir.filePath(u"bench.sqlite"_s);
    auto database = Database::open(address);
    if (!database || !SchemaMigrations::migrate(*database.value())) {
        out << "cannot create the store" << Qt::endl;
        return;
    }
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC));
    TicketDesk desk(*database.value(), clock);
    ImapSession session(clock);
    MailboxSyncOptions options = account.syncOptions();
    options.batchSize = batchSize;
    MailboxSync sync(session, *database.value(), desk.mail(), SyncedMailStore::storeFunction(desk, account), options);
    if (!waitReady(session, account))
        return;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock(); // the machine is shared: CPU time says more than wall time
    QEventLoop loop;
    MailboxSyncSummary summary;
    QObject::connect(&sync, &MailboxSync::passFinished, &loop, [&](const MailboxSyncSummary &s) {
        summary = s;
        loop.quit();
    });
    QObject::connect(&sync, &MailboxSync::passFailed, &loop, [&](const Error &error) {
        out << "sync failed: " << error.message << Qt::endl;
        loop.quit();
    });
    sync.syncOnce();
    loop.exec();
    const double seconds = timer.elapsed() / 1000.0;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const qint64 fileSize = QFileInfo(address.filePath).size();
    out << QString::asprintf("first sync:  %d messages stored (batches of %d) in %.2f s = %.0f messages/s "
                             "(client CPU %.2f s = %.0f messages per CPU second); SQLite file %.1f MiB\n",
                             summary.stored, batchSize, seconds, summary.stored / seconds, cpuSeconds,
                             summary.stored / cpuSeconds, fileSize / 1048576.0);
    session.logout();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_IMAP_HOST")) {
        std::fprintf(stderr, "madoguchi-bench-imap: run it through tests/bench/run-bench-imap.sh\n");
        return 2;
    }
    const MailAccountSettings account = accountFromEnvironment();
    const int batchSize = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    benchFetchOnly(account);
    benchFirstSync(account, batchSize > 0 ? batchSize : 200);
    return 0;
}
