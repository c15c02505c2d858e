// Mail intake under kill -9 (issue 16): `madoguchi-cli sync --once` against a real Dovecot
// (tests/scripts/with-dovecot.sh --seed N) and `madoguchi-cli import` of a generated maildir are
// killed with SIGKILL at seeded random moments and restarted until they finish. Afterwards
// every message is stored exactly once, each customer message with its obligation and in the
// search index: whatever the speed work keeps in flight (a UID FETCH ahead, statements kept
// prepared) loses and duplicates nothing.
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

struct CliRun
{
    int exitCode = -1;
    QString out;
};

} // namespace

class TestIntakeKill : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_passwordFile;
    int m_seeded = 0;

    CliRun cli(const QString &database, const QStringList &args)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(MADOGUCHI_CLI), QStringList{u"--database"_s, database} + args);
        CliRun run;
        if (!process.waitForStarted() || !process.waitForFinished(300000))
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAll());
        return run;
    }

    // Starts the command, kills it after a random 30–300 ms if it is still running, and says
    // whether the kill landed while it worked. The kills together (about 2.5 s) must stay well
    // inside the whole command's time on an idle machine (10,000 messages to sync, 4,000 to
    // import), or the first runs finish everything and the later kills find nothing running
    // (with 30–700 ms and 2,000 messages only 2 of 15 landed on an idle CI machine).
    bool runAndKill(const QString &database, const QStringList &args, QRandomGenerator &random)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(MADOGUCHI_CLI), QStringList{u"--database"_s, database} + args);
        if (!process.waitForStarted(30000))
            return false;
        if (process.waitForFinished(int(random.bounded(30, 300))))
            return false;
        process.kill(); // SIGKILL
        process.waitForFinished(30000);
        return true;
    }

    // Fifteen runs of the command, each killed at a random moment; then one run to the end.
    void killRepeatedlyThenFinish(const QString &database, const QStringList &args, quint32 seed)
    {
        QRandomGenerator random(seed);
        int landed = 0;
        for (int k = 0; k < 15; ++k)
            landed += runAndKill(database, args, random) ? 1 : 0;
        qInfo("%d of 15 kills landed while %s ran", landed, qPrintable(args.first()));
        QVERIFY2(landed >= 3, qPrintable(u"only %1 kills landed while %2 ran"_s.arg(landed).arg(args.first())));
        const CliRun run = cli(database, args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
    }

    qint64 count(const QString &database, const QString &sql)
    {
        qint64 value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next())
                    value = query.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        return value;
    }

    void verifyEachMessageOnce(const QString &database, int expected)
    {
        QCOMPARE(count(database, u"SELECT COUNT(*) FROM messages"_s), qint64(expected));
        QCOMPARE(count(database, u"SELECT COUNT(DISTINCT message_id) FROM messages"_s), qint64(expected));
        QCOMPARE(count(database, u"SELECT COUNT(*) FROM messages m WHERE kind = 'customer' AND NOT EXISTS "
                                 "(SELECT 1 FROM obligations o WHERE o.message_id = m.id)"_s),
                 qint64(0));
        QCOMPARE(count(database, u"SELECT COUNT(*) FROM messages WHERE id NOT IN (SELECT rowid FROM message_search)"_s),
                 qint64(0));
        QCOMPARE(count(database, u"SELECT COUNT(*) FROM message_search"_s), qint64(expected));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (env("MADOGUCHI_TEST_IMAP_DOVECOT_CONF").isEmpty())
            QFAIL("Run through tests/scripts/with-dovecot.sh --seed N (ctest does).");
        QVERIFY(m_dir.isValid());
        m_seeded = env("MADOGUCHI_TEST_IMAP_SEEDED").toInt();
        QVERIFY2(m_seeded >= 10000, "seed at least 10,000 messages, so kills land while the sync works");
        m_passwordFile = m_dir.filePath(u"imap-password"_s);
        QFile file(m_passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(env("MADOGUCHI_TEST_IMAP_PASSWORD").toUtf8() + "\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }

    void syncKilledAtRandomMomentsStoresEachMessageOnce()
    {
        const QString database = m_dir.filePath(u"sync.sqlite"_s);
        const QString url = u"imaps://%1@%2:%3"_s.arg(env("MADOGUCHI_TEST_IMAP_USER"), env("MADOGUCHI_TEST_IMAP_HOST"),
                                                        env("MADOGUCHI_TEST_IMAPS_PORT"));
        CliRun run = cli(database, {u"account"_s, u"set"_s, u"--imap"_s, url, u"--ca-file"_s,
                                    env("MADOGUCHI_TEST_IMAP_CA_FILE")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
        const QStringList sync{u"sync"_s, u"--once"_s, u"--password-file"_s, m_passwordFile};
        killRepeatedlyThenFinish(database, sync, 16);
        if (QTest::currentTestFailed())
            return;
        verifyEachMessageOnce(database, m_seeded);
        run = cli(database, sync); // nothing left, nothing stored again
        QVERIFY2(run.out.contains(u": 0 new message(s) stored"_s), qPrintable(run.out));
        verifyEachMessageOnce(database, m_seeded);
    }

    void importKilledAtRandomMomentsImportsEachMessageOnce()
    {
        const QString maildir = m_dir.filePath(u"maildir"_s);
        const int messages = 4000;
        QProcess generator;
        generator.start(u"/usr/bin/python3"_s, {env("MADOGUCHI_TEST_IMAP_GENERATOR"), maildir,
                                                QString::number(messages), u"--prefix"_s, u"kill"_s});
        QVERIFY(generator.waitForFinished(120000));
        QCOMPARE(generator.exitCode(), 0);
        const QString database = m_dir.filePath(u"import.sqlite"_s);
        const QStringList import{u"import"_s, u"--support-address"_s, u"support@desk.example.com"_s, maildir};
        killRepeatedlyThenFinish(database, import, 17);
        if (QTest::currentTestFailed())
            return;
        verifyEachMessageOnce(database, messages);
        const CliRun again = cli(database, import);
        QVERIFY2(again.out.startsWith(u"imported 0 messages "_s), qPrintable(again.out));
        verifyEachMessageOnce(database, messages);
    }
};

QTEST_GUILESS_MAIN(TestIntakeKill)
#include "tst_intakekill.moc"
