// A folder of 200,000 messages on a real Dovecot (seeded by with-dovecot.sh --seed 200000):
// issue 17.4, where the one-line answer to UID SEARCH UID 1:* passed the 1 MiB line limit at
// about 160,000 messages, so every pass failed and nothing was ever stored. Slow (label
// "slow"): generating and indexing the folder takes most of the time.
#include "../common/TestDatabase.h"

#include "core/Clock.h"
#include "mail/imap/ImapSession.h"
#include "mail/sync/MailboxSync.h"
#include "tickets/TicketDesk.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

class TestLargeMailbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessageOnce();
};

void TestLargeMailbox::everyMessageOnce()
{
    const int seeded = qEnvironmentVariableIntValue("MADOGUCHI_TEST_IMAP_SEEDED");
    if (qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_IMAP_DOVECOT_CONF") || seeded < 160000)
        QFAIL("Run through tests/scripts/with-dovecot.sh --seed 200000 (ctest does).");
    TestDatabase db;
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(1, 0), Qt::UTC));
    TicketDesk desk(db.db(), clock);
    ImapTimeouts timeouts;
    timeouts.commandMs = 10 * 60 * 1000; // Dovecot indexes the folder on its first SELECT
    ImapSession session(clock, {}, timeouts);

    // The IMAP side is what is tested: each fetched UID is counted, nothing parsed.
    QSet<quint32> uids;
    qsizetype fetched = 0;
    MailboxSyncOptions options;
    options.account = u"testuser@127.0.0.1"_s;
    options.batchSize = 1000;
    MailboxSync sync(session, db.db(), desk.mail(),
                     [&](const FetchedMail &mail) -> Result<bool> {
                         ++fetched;
                         uids.insert(mail.uid);
                         return !mail.source.isEmpty();
                     },
                     options);
    QList<MailboxSyncSummary> summaries;
    QList<Error> failures;
    connect(&sync, &MailboxSync::passFinished, this, [&](const MailboxSyncSummary &s) { summaries.append(s); });
    connect(&sync, &MailboxSync::passFailed, this, [&](const Error &e) { failures.append(e); });

    ImapServerSettings server;
    server.host = u"127.0.0.1"_s;
    server.port = quint16(qEnvironmentVariableIntValue("MADOGUCHI_TEST_IMAPS_PORT"));
    server.user = qEnvironmentVariable("MADOGUCHI_TEST_IMAP_USER");
    server.caFile = qEnvironmentVariable("MADOGUCHI_TEST_IMAP_CA_FILE");
    QSignalSpy ready(&session, &ImapSession::ready);
    session.open(server, qEnvironmentVariable("MADOGUCHI_TEST_IMAP_PASSWORD"));
    QVERIFY(ready.wait(60000));

    QElapsedTimer timer;
    timer.start();
    sync.syncOnce();
    // Wait as long as the pass makes progress: a hang is ten minutes without one more message
    // (Dovecot's first index of the folder included), however busy the machine is. A fixed
    // limit (20 minutes) failed a correct pass on a machine at load 19 (stress run, issue 19).
    const auto finished = [&]() { return !summaries.isEmpty() || !failures.isEmpty(); };
    for (qsizetype before = -1; !finished() && fetched != before;) {
        before = fetched;
        (void)QTest::qWaitFor(finished, 10 * 60 * 1000); // judged by the progress check around it
    }
    QVERIFY2(finished(), qPrintable(u"no message fetched for 10 minutes (%1 of %2 so far)"_s.arg(fetched).arg(seeded)));
    QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.first().message));
    qInfo("first pass over %d messages: %lld ms", seeded, timer.elapsed());
    QCOMPARE(summaries.last().fetched, seeded);
    QCOMPARE(fetched, qsizetype(seeded));
    QCOMPARE(uids.size(), qsizetype(seeded));
    const auto state = desk.mail().syncState(options.account, options.inbox);
    QVERIFY(state.ok() && state->has_value());
    QCOMPARE(state->value().lastUid, qint64(seeded));

    // The next pass asks once, finds nothing new and fetches nothing.
    sync.syncOnce();
    QVERIFY(QTest::qWaitFor([&]() { return summaries.size() == 2 || !failures.isEmpty(); }, 60000));
    QVERIFY(failures.isEmpty());
    QCOMPARE(summaries.last().fetched, 0);
}

QTEST_GUILESS_MAIN(TestLargeMailbox)
#include "tst_largemailbox.moc"
