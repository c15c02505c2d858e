// Exactly-once sync from a real Dovecot into a real store (SQLite, or PostgreSQL when run
// through with-postgres.sh as well).
#include "../common/TestDatabase.h"
#include "../imap/CuttingProxy.h"

#include "core/Clock.h"
#include "mail/imap/ImapSession.h"
#include "mail/sync/MailboxSync.h"
#include "mail/sync/MailboxSyncWorker.h"
#include "store/MailboxLock.h"

#include <QThread>
#include "mail/mime/MimeParser.h"
#include "tickets/TicketDesk.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

bool run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted())
        return false;
    process.write(input);
    process.closeWriteChannel();
    const bool ok = process.waitForFinished(60000) && process.exitCode() == 0;
    if (!ok)
        qWarning() << program << args << process.readAllStandardError();
    return ok;
}

bool doveadm(const QStringList &args, const QByteArray &input = {})
{
    return run(env("MADOGUCHI_TEST_IMAP_DOVEADM"),
               QStringList{u"-c"_s, env("MADOGUCHI_TEST_IMAP_DOVECOT_CONF")} + args, input);
}

QByteArray doveadmStatus(const QString &folder)
{
    QProcess process;
    process.start(env("MADOGUCHI_TEST_IMAP_DOVEADM"),
                  {u"-c"_s, env("MADOGUCHI_TEST_IMAP_DOVECOT_CONF"), u"-f"_s, u"flow"_s, u"mailbox"_s, u"status"_s,
                   u"-u"_s, env("MADOGUCHI_TEST_IMAP_USER"), u"messages unseen"_s, folder});
    process.waitForFinished(30000);
    return process.readAllStandardOutput().trimmed();
}

// Writes `count` generated messages straight into a folder of the test maildir.
bool seedFolder(const QString &folder, int count, int bigKib = 0)
{
    const QString path = env("MADOGUCHI_TEST_IMAP_MAILDIR") + u"/."_s + folder;
    QStringList args{env("MADOGUCHI_TEST_IMAP_GENERATOR"), path, QString::number(count), u"--prefix"_s,
                     folder.toLower()};
    if (bigKib > 0)
        args << u"--big-kib"_s << QString::number(bigKib);
    return run(u"/usr/bin/python3"_s, args) && run(u"chown"_s, {u"-R"_s, u"nobody:nogroup"_s, path});
}

QByteArray mail(const QByteArray &id, const QByteArray &from = "yamada@example.co.jp")
{
    return "From: " + from + "\r\nTo: support@desk.example.com\r\nSubject: test " + id + "\r\nMessage-ID: <" + id
        + ">\r\nDate: Wed, 25 Nov 2026 10:00:00 +0900\r\n\r\nbody\r\n";
}

ImapServerSettings server(quint16 port = 0)
{
    ImapServerSettings s;
    s.host = u"127.0.0.1"_s;
    s.port = port ? port : quint16(qEnvironmentVariableIntValue("MADOGUCHI_TEST_IMAPS_PORT"));
    s.user = env("MADOGUCHI_TEST_IMAP_USER");
    s.caFile = env("MADOGUCHI_TEST_IMAP_CA_FILE");
    return s;
}

ImapTimeouts timeouts()
{
    ImapTimeouts t;
    t.reconnectFirstMs = 50;
    t.reconnectMaxMs = 400;
    return t;
}

// The store side of the test: parse just enough, de-duplicate by Message-ID + content hash,
// and hand the message to the ticket store, inside the sync's transaction.
MailboxSync::StoreMail storeInto(TicketDesk &desk, QList<FetchedMail> *seen = nullptr)
{
    return [&desk, seen](const FetchedMail &fetched) -> Result<bool> {
        if (seen)
            seen->append(fetched);
        const MailMessage parsed = MimeParser().parse(fetched.source);
        const QByteArray hash = MimeParser::contentHash(fetched.source);
        const auto exists = desk.tickets().hasMessage(QString::fromLatin1(parsed.messageId), hash);
        if (!exists)
            return exists.error();
        if (exists.value())
            return false;
        TicketMessage message;
        message.messageId = QString::fromLatin1(parsed.messageId);
        message.subject = parsed.subject;
        message.fromAddress = parsed.from.address;
        message.received = fetched.internalDate;
        message.rawSource = fetched.source;
        message.contentHash = hash;
        message.bodyText = parsed.textBody;
        const auto stored = desk.mail().addMessage(message, 0);
        if (!stored)
            return stored.error();
        return true;
    };
}

qint64 count(Database &database, const QString &sql, const QVariantList &values = {})
{
    const auto value = database.scalar(u"test count"_s, sql, values);
    return value ? value->toLongLong() : -1;
}

// One account: store, session and sync wired together.
struct Rig
{
    explicit Rig(MailboxSyncOptions options, quint16 port = 0)
        : clock(QDateTime(QDate(2026, 11, 25), QTime(1, 0), Qt::UTC))
        , desk(db.db(), clock)
        , session(clock, {}, timeouts())
        , sync(session, db.db(), desk.mail(), storeInto(desk, &seen), options)
    {
        QObject::connect(&sync, &MailboxSync::passFinished, &sync, [this](const MailboxSyncSummary &summary) {
            summaries.append(summary);
            ++events;
            lastOk = true;
        });
        QObject::connect(&sync, &MailboxSync::passFailed, &sync, [this](const Error &error) {
            failures.append(error);
            ++events;
            lastOk = false;
        });
        settings = server(port);
    }

    bool connect()
    {
        QSignalSpy ready(&session, &ImapSession::ready);
        session.open(settings, env("MADOGUCHI_TEST_IMAP_PASSWORD"));
        return ready.wait(15000);
    }

    // Runs one pass and waits for its end; true when it finished without error.
    bool pass()
    {
        const int before = events;
        sync.syncOnce();
        return QTest::qWaitFor([&]() { return events > before; }, 60000) && lastOk;
    }

    TestDatabase db;
    FixedClock clock;
    TicketDesk desk;
    ImapSession session;
    QList<FetchedMail> seen;
    MailboxSync sync;
    ImapServerSettings settings;
    QList<MailboxSyncSummary> summaries;
    QList<Error> failures;
    int events = 0;
    bool lastOk = false;
};

MailboxSyncOptions optionsFor(const QString &folder, int batchSize = 100)
{
    MailboxSyncOptions options;
    options.account = u"testuser@127.0.0.1"_s;
    options.inbox = folder;
    options.batchSize = batchSize;
    return options;
}

} // namespace

class TestMailboxSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstSyncStoresEveryMessageOnce();
    void resumesAfterACutInTheMiddleOfALiteral();
    void newMailThroughIdleWithinTenSeconds();
    void uidValidityChangeRescansWithoutDuplicates();
    void sentFolderIsSyncedToo();
    void markSeenAndMoveAfterImport();
    void workerSyncsOnItsOwnThreadWhenTheLockIsFree();
};

void TestMailboxSync::initTestCase()
{
    if (env("MADOGUCHI_TEST_IMAP_DOVECOT_CONF").isEmpty())
        QFAIL("Run through tests/scripts/with-dovecot.sh (ctest does).");
}

void TestMailboxSync::firstSyncStoresEveryMessageOnce()
{
    Rig rig(optionsFor(u"INBOX"_s, 64));
    QVERIFY(rig.db.isValid());
    QSignalSpy progress(&rig.sync, &MailboxSync::progress);
    QVERIFY(rig.connect());
    QVERIFY(rig.pass());
    QCOMPARE(rig.summaries.last().fetched, 300);
    QCOMPARE(rig.summaries.last().stored, 300);
    QCOMPARE(rig.summaries.last().duplicates, 0);
    QCOMPARE(count(rig.db.db(), u"SELECT COUNT(*) FROM messages"_s), 300);
    QCOMPARE(count(rig.db.db(), u"SELECT COUNT(DISTINCT message_id) FROM messages"_s), 300);
    const auto state = rig.desk.mail().syncState(u"testuser@127.0.0.1"_s, u"INBOX"_s);
    QVERIFY(state.ok() && state->has_value());
    QCOMPARE(state->value().lastUid, 300);
    // Progress in batches of 64: 0, 64, 128, ..., 300 of 300.
    QCOMPARE(progress.first().at(1).toInt(), 0);
    QCOMPARE(progress.at(1).at(1).toInt(), 64);
    QCOMPARE(progress.last().at(1).toInt(), 300);
    QCOMPARE(progress.last().at(2).toInt(), 300);
    // Receipt time is the server's INTERNALDATE, not the Date header.
    QCOMPARE(rig.seen.first().internalDate.isValid(), true);
    QCOMPARE(count(rig.db.db(), u"SELECT COUNT(*) FROM messages WHERE received_claimed <> 0"_s), 0);

    // A second pass finds nothing new and fetches nothing.
    rig.seen.clear();
    QVERIFY(rig.pass());
    QCOMPARE(rig.summaries.last().fetched, 0);
    QVERIFY(rig.seen.isEmpty());
    // Read-only: nothing was flagged on the server.
    QVERIFY(doveadmStatus(u"INBOX"_s).endsWith("unseen=300"));
}

void TestMailboxSync::resumesAfterACutInTheMiddleOfALiteral()
{
    QVERIFY(seedFolder(u"Big"_s, 8, 200));
    CuttingProxy proxy(u"127.0.0.1"_s, quint16(qEnvironmentVariableIntValue("MADOGUCHI_TEST_IMAPS_PORT")));
    Rig rig(optionsFor(u"Big"_s, 2), proxy.port());
    QVERIFY(rig.connect());
    // About 280 kB per message: the cut falls inside the fourth message, in the second batch.
    proxy.cutAt(proxy.serverBytes() + 1000 * 1000);
    QVERIFY(!rig.pass());
    QCOMPARE(proxy.cuts(), 1);
    QCOMPARE(rig.failures.size(), 1);
    QCOMPARE(count(rig.db.db(), u"SELECT COUNT(*) FROM messages"_s), 2); // the first batch, committed
    const auto state = rig.desk.mail().syncState(u"testuser@127.0.0.1"_s, u"Big"_s);
    QVERIFY(state.ok() && state->has_value());
    QCOMPARE(state->value().lastUid, 2);

    // The session reconnects by itself; following resumes after the last committed UID.
    rig.sync.setFollowing(true);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.summaries.isEmpty(), 30000);
    rig.sync.setFollowing(false);
    QCOMPARE(rig.summaries.last().fetched, 6);
    QCOMPARE(count(rig.db.db(), u"SELECT COUNT(*) FROM messages"_s), 8);
    QCOMPARE(count(rig.db.db(), u"SELECT COUNT(DISTINCT content_hash) FROM messages"_s), 8);
    QSet<quint32> uids;
    for (const FetchedMail &mail : std::as_const(rig.seen)) {
        QCOMPARE(mail.source.size() > 200 * 1024, true);
        uids.insert(mail.uid);
    }
    QCOMPARE(uids.size(), 8); // UIDs 3 and 4 were fetched twice, stored once
    QCOMPARE(proxy.connections(), 2);
}

void TestMailboxSync::newMailThroughIdleWithinTenSeconds()
{
    QVERIFY(seedFolder(u"Watched"_s, 2));
    Rig rig(optionsFor(u"Watched"_s));
    QVERIFY(rig.connect());
    rig.sync.setFollowing(true);
    QTRY_COMPARE_WITH_TIMEOUT(rig.summaries.size(), 1, 20000);
    QCOMPARE(rig.summaries.first().stored, 2);
    QTRY_VERIFY(rig.session.protocolLog().toText().endsWith(u"S: + idling\n"_s));

    QElapsedTimer timer;
    timer.start();
    QVERIFY(doveadm({u"save"_s, u"-u"_s, env("MADOGUCHI_TEST_IMAP_USER"), u"-m"_s, u"Watched"_s},
                    mail("idle-sync-1@example.co.jp")));
    QTRY_VERIFY_WITH_TIMEOUT(count(rig.db.db(), u"SELECT COUNT(*) FROM messages WHERE message_id = ?"_s,
                                   {u"idle-sync-1@example.co.jp"_s})
                                 == 1,
                             10000);
    qInfo("delivered to the store %lld ms after doveadm save", timer.elapsed());
    QVERIFY(timer.elapsed() < 10000);
    rig.sync.setFollowing(false);
}

void TestMailboxSync::uidValidityChangeRescansWithoutDuplicates()
{
    QVERIFY(seedFolder(u"Renumbered"_s, 3));
    Rig rig(optionsFor(u"Renumbered"_s));
    QVERIFY(rig.connect());
    QVERIFY(rig.pass());
    QCOMPARE(rig.summaries.last().stored, 3);
    const auto before = rig.desk.mail().syncState(u"testuser@127.0.0.1"_s, u"Renumbered"_s);
    QVERIFY(before.ok() && before->has_value());
    rig.session.close();

    QVERIFY(doveadm({u"mailbox"_s, u"update"_s, u"-u"_s, env("MADOGUCHI_TEST_IMAP_USER"), u"--uid-validity"_s,
                     QString::number(before->value().uidValidity + 7), u"Renumbered"_s}));
    QVERIFY(doveadm({u"save"_s, u"-u"_s, env("MADOGUCHI_TEST_IMAP_USER"), u"-m"_s, u"Renumbered"_s},
                    mail("after-renumber@example.co.jp")));
    QVERIFY(rig.connect());
    QVERIFY(rig.pass());
    const MailboxSyncSummary &summary = rig.summaries.last();
    QCOMPARE(summary.rescannedFolders, QStringList{u"Renumbered"_s});
    QCOMPARE(summary.fetched, 4);
    QCOMPARE(summary.stored, 1);
    QCOMPARE(summary.duplicates, 3);
    QCOMPARE(count(rig.db.db(), u"SELECT COUNT(*) FROM messages"_s), 4);
    const auto after = rig.desk.mail().syncState(u"testuser@127.0.0.1"_s, u"Renumbered"_s);
    QCOMPARE(after->value().uidValidity, before->value().uidValidity + 7);
    QCOMPARE(after->value().lastUid, 4);
}

void TestMailboxSync::sentFolderIsSyncedToo()
{
    QVERIFY(doveadm({u"mailbox"_s, u"create"_s, u"-u"_s, env("MADOGUCHI_TEST_IMAP_USER"), u"Sent"_s}));
    QVERIFY(doveadm({u"save"_s, u"-u"_s, env("MADOGUCHI_TEST_IMAP_USER"), u"-m"_s, u"Sent"_s},
                    mail("reply-from-thunderbird@desk.example.com", "support@desk.example.com")));
    QVERIFY(seedFolder(u"Customers"_s, 1));
    MailboxSyncOptions options = optionsFor(u"Customers"_s);
    options.sentFolder = u"Sent"_s;
    Rig rig(options);
    QVERIFY(rig.connect());
    QVERIFY(rig.pass());
    QCOMPARE(rig.summaries.last().stored, 2);
    QCOMPARE(rig.seen.size(), 2);
    QCOMPARE(rig.seen.first().folder, u"Sent"_s);
    QVERIFY(rig.seen.first().fromSentFolder);
    QCOMPARE(rig.seen.last().folder, u"Customers"_s);
    QVERIFY(!rig.seen.last().fromSentFolder);
}

void TestMailboxSync::markSeenAndMoveAfterImport()
{
    QVERIFY(seedFolder(u"Moving"_s, 3));
    MailboxSyncOptions options = optionsFor(u"Moving"_s, 2);
    options.markSeen = true;
    options.moveToFolder = u"Imported"_s;
    QVERIFY(doveadm({u"mailbox"_s, u"create"_s, u"-u"_s, env("MADOGUCHI_TEST_IMAP_USER"), u"Imported"_s}));
    Rig rig(options);
    QVERIFY(rig.connect());
    QVERIFY(rig.pass());
    QCOMPARE(rig.summaries.last().stored, 3);
    QTRY_VERIFY(doveadmStatus(u"Moving"_s).endsWith("messages=0 unseen=0"));
    QVERIFY(doveadmStatus(u"Imported"_s).endsWith("messages=3 unseen=0"));
}

void TestMailboxSync::workerSyncsOnItsOwnThreadWhenTheLockIsFree()
{
    TestDatabase db;
    QVERIFY(db.isValid());
    MailboxSyncRunner::Setup setup;
    setup.database = db.address();
    setup.databasePassword = qEnvironmentVariable("PGPASSWORD");
    setup.account.imap = server();
    setup.imapPassword = env("MADOGUCHI_TEST_IMAP_PASSWORD");
    setup.lockRetryMs = 100;

    // Another desktop (here: this thread) holds the team's sync lock at first.
    MailboxLock otherDesktop(db.db(), setup.account.accountName());
    QVERIFY(otherDesktop.tryAcquire().valueOr(false));

    MailboxSyncWorker worker(setup, Clock::system());
    QSignalSpy elsewhere(&worker, &MailboxSyncWorker::lockHeldElsewhere);
    QSignalSpy syncing(&worker, &MailboxSyncWorker::syncing);
    QList<int> progressDone;
    bool progressOnOwnerThread = true;
    connect(&worker, &MailboxSyncWorker::progress, this, [&](const QString &, int done, int) {
        progressDone.append(done);
        progressOnOwnerThread = progressOnOwnerThread && QThread::currentThread() == thread();
    });
    QSignalSpy finished(&worker, &MailboxSyncWorker::passFinished);
    worker.start();
    QTRY_VERIFY(!elsewhere.isEmpty());
    QCOMPARE(syncing.size(), 0);
    QVERIFY(otherDesktop.release().ok());

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(syncing.size(), 1);
    QCOMPARE(finished.first().first().value<MailboxSyncSummary>().stored, 300);
    QVERIFY(progressOnOwnerThread);
    QCOMPARE(progressDone.last(), 300);
    QCOMPARE(count(db.db(), u"SELECT COUNT(*) FROM messages"_s), 300);
}

QTEST_GUILESS_MAIN(TestMailboxSync)
#include "tst_mailboxsync.moc"
