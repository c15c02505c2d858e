// madoguchi-cli account/sync/serve end to end: a real Dovecot, a SQLite store in a
// temporary folder, the CLI as a separate process.
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
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
    QString err;
};

} // namespace

class TestImapCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;
    QString m_passwordFile;

    QStringList withDatabase(const QStringList &args) const { return QStringList{u"--database"_s, m_database} + args; }

    CliRun cli(const QStringList &args, const QByteArray &input = {}) { return cliOn(m_database, args, input); }

    CliRun cliOn(const QString &database, const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral(MADOGUCHI_CLI), QStringList{u"--database"_s, database} + args);
        CliRun run;
        if (!process.waitForStarted())
            return run;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            process.kill();
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    bool doveadmSave(const QByteArray &messageId, const QByteArray &subject = "serve test",
                     const QByteArray &body = "body")
    {
        QProcess process;
        process.start(env("MADOGUCHI_TEST_IMAP_DOVEADM"),
                      {u"-c"_s, env("MADOGUCHI_TEST_IMAP_DOVECOT_CONF"), u"save"_s, u"-u"_s,
                       env("MADOGUCHI_TEST_IMAP_USER"), u"-m"_s, u"INBOX"_s});
        process.waitForStarted();
        process.write("From: sato@example.co.jp\r\nTo: support@desk.example.com\r\nSubject: " + subject
                      + "\r\nMessage-ID: <" + messageId + ">\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                      + body + "\r\n");
        process.closeWriteChannel();
        return process.waitForFinished(30000) && process.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase();
    void accountSetAndShow();
    void accountSetChangesOnlyWhatIsGiven();
    void passwordFileMustBePrivate();
    void syncOnceStoresAndResumes();
    void serveFollowsTheMailboxAndStopsOnSigterm();
    void syncOnceAppliesUrgentKeywordRules();
};

void TestImapCli::initTestCase()
{
    if (env("MADOGUCHI_TEST_IMAP_DOVECOT_CONF").isEmpty())
        QFAIL("Run through tests/scripts/with-dovecot.sh (ctest does).");
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(u"desk.sqlite"_s);
    m_passwordFile = m_dir.filePath(u"imap-password"_s);
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(env("MADOGUCHI_TEST_IMAP_PASSWORD").toUtf8() + "\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
}

void TestImapCli::accountSetAndShow()
{
    const QString url = u"imaps://%1@%2:%3"_s.arg(env("MADOGUCHI_TEST_IMAP_USER"), env("MADOGUCHI_TEST_IMAP_HOST"),
                                                    env("MADOGUCHI_TEST_IMAPS_PORT"));
    CliRun run = cli({u"account"_s, u"set"_s, u"--imap"_s, url, u"--ca-file"_s, env("MADOGUCHI_TEST_IMAP_CA_FILE"),
                      u"--smtp"_s, u"smtp://support@127.0.0.1:587"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Mailbox settings saved for "_s + url), qPrintable(run.out + run.err));

    run = cli({u"account"_s, u"show"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(url));
    QVERIFY(run.out.contains(env("MADOGUCHI_TEST_IMAP_CA_FILE")));
    QVERIFY(run.out.contains(QRegularExpression(u"Plaintext login +refused"_s)));
    QVERIFY(run.out.contains(u"read-only"_s));

    run = cli({u"account"_s, u"set"_s, u"--imap"_s, u"pop3://x@y"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"scheme must be imaps or imap"_s));
}

// Issue 20 item 7: `account set --smtp …` used to reset --mark-seen, --allow-plaintext and
// the move-to folder to their defaults.
void TestImapCli::accountSetChangesOnlyWhatIsGiven()
{
    const QString database = m_dir.filePath(u"account-options.sqlite"_s);
    const QString url = u"imap://%1@%2:%3"_s.arg(env("MADOGUCHI_TEST_IMAP_USER"), env("MADOGUCHI_TEST_IMAP_HOST"),
                                                   env("MADOGUCHI_TEST_IMAP_PORT"));
    CliRun run = cliOn(database, {u"account"_s, u"set"_s, u"--imap"_s, url, u"--ca-file"_s,
                                  env("MADOGUCHI_TEST_IMAP_CA_FILE"), u"--sent-folder"_s, u"Sent"_s,
                                  u"--allow-plaintext"_s, u"--mark-seen"_s, u"--move-to"_s, u"Done"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const CliRun before = cliOn(database, {u"account"_s, u"show"_s});
    QCOMPARE(before.exitCode, 0);
    QVERIFY(before.out.contains(QRegularExpression(u"Plaintext login +allowed"_s)));
    QVERIFY(before.out.contains(QRegularExpression(u"After import +mark seen move to Done"_s)));

    run = cliOn(database, {u"account"_s, u"set"_s, u"--smtp"_s, u"smtp://support@127.0.0.1:587"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const CliRun after = cliOn(database, {u"account"_s, u"show"_s});
    QCOMPARE(after.exitCode, 0);
    QStringList expected = before.out.split(u'\n');
    for (QString &line : expected)
        if (line.startsWith(u"SMTP "_s))
            line = u"SMTP"_s.leftJustified(18) + u"smtp://support@127.0.0.1:587"_s;
    QCOMPARE(after.out.split(u'\n'), expected);

    // The same address again keeps the options too; each one is turned off by its own flag.
    run = cliOn(database, {u"account"_s, u"set"_s, u"--imap"_s, url});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(cliOn(database, {u"account"_s, u"show"_s}).out.split(u'\n'), expected);
    run = cliOn(database, {u"account"_s, u"set"_s, u"--no-mark-seen"_s, u"--refuse-plaintext"_s, u"--move-to"_s, u""_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const CliRun off = cliOn(database, {u"account"_s, u"show"_s});
    QVERIFY(off.out.contains(QRegularExpression(u"Plaintext login +refused"_s)));
    QVERIFY(off.out.contains(QRegularExpression(u"After import +leave on the server as it is"_s)));
    QVERIFY(off.out.contains(env("MADOGUCHI_TEST_IMAP_CA_FILE")));
    QVERIFY(off.out.contains(QRegularExpression(u"Sent folder +Sent"_s)));

    run = cliOn(database, {u"account"_s, u"set"_s, u"--mark-seen"_s, u"--no-mark-seen"_s});
    QCOMPARE(run.exitCode, 2);
}

void TestImapCli::passwordFileMustBePrivate()
{
    const QString open = m_dir.filePath(u"readable-password"_s);
    QFile file(open);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("secret\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const CliRun run = cli({u"sync"_s, u"--once"_s, u"--password-file"_s, open});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"can be read by other users"_s), qPrintable(run.err));
}

void TestImapCli::syncOnceStoresAndResumes()
{
    CliRun run = cli({u"sync"_s, u"--once"_s, u"--password-file"_s, m_passwordFile});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u": 300 new message(s) stored, 0 already stored"_s), qPrintable(run.out));
    run = cli({u"sync"_s, u"--once"_s, u"--password-file"_s, m_passwordFile});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u": 0 new message(s) stored, 0 already stored"_s), qPrintable(run.out));

    run = cli({u"sync"_s, u"--once"_s, u"--password-file"_s, m_dir.filePath(u"missing"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"does not exist"_s));
}

void TestImapCli::serveFollowsTheMailboxAndStopsOnSigterm()
{
    QProcess serve;
    serve.setProcessChannelMode(QProcess::MergedChannels);
    serve.start(QStringLiteral(MADOGUCHI_CLI),
                withDatabase({u"serve"_s, u"--password-file"_s, m_passwordFile, u"--lock-retry"_s, u"1"_s}));
    QVERIFY(serve.waitForStarted());
    QString log;
    auto readLog = [&]() {
        log += QString::fromUtf8(serve.readAll());
        return log;
    };
    QTRY_VERIFY_WITH_TIMEOUT(readLog().contains(u"logged in to"_s), 20000);
    // serve writes the day's backup of the SQLite database when it starts (and hourly checks for a new day).
    const QDir backups(QFileInfo(m_database).absolutePath() + u"/backups"_s);
    const QString today
        = u"madoguchi-"_s + QDateTime::currentDateTimeUtc().addSecs(9 * 3600).date().toString(u"yyyyMMdd"_s);
    QVERIFY2(log.contains(u"backup written: "_s + backups.path() + u'/' + today), qPrintable(log));
    QCOMPARE(backups.entryList({ today + u"-*.sqlite"_s }, QDir::Files).size(), 1);

    // While serve holds the team's sync lock, a one-off sync is turned away.
    const CliRun blocked = cli({u"sync"_s, u"--once"_s, u"--password-file"_s, m_passwordFile});
    QCOMPARE(blocked.exitCode, 1);
    QVERIFY2(blocked.err.contains(u"is being synced by another process"_s), qPrintable(blocked.err));

    QVERIFY(doveadmSave("serve-1@example.co.jp"));
    QTRY_VERIFY_WITH_TIMEOUT(readLog().contains(u"1 new message(s) stored"_s), 10000);

    serve.terminate(); // SIGTERM
    QVERIFY(serve.waitForFinished(10000));
    readLog();
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QVERIFY2(serve.exitCode() == 0, qPrintable(log));
    QVERIFY(log.contains(u"stopping (signal 15)"_s));
    QVERIFY(log.contains(u"madoguchi.serve: stopped"_s));

    // The lock is free again.
    const CliRun after = cli({u"sync"_s, u"--once"_s, u"--password-file"_s, m_passwordFile});
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QVERIFY(after.out.contains(u": 0 new message(s) stored"_s));
}

// Issue 20: mail matching the urgent keyword rules arrives through `sync --once` as 緊急.
void TestImapCli::syncOnceAppliesUrgentKeywordRules()
{
    QVERIFY(doveadmSave("urgent-sync@example.co.jp", "=?UTF-8?B?" + u"配信トラブル"_s.toUtf8().toBase64() + "?=",
                        u"本日10時からメール配信が停止しています。"_s.toUtf8()));
    CliRun run = cli({u"sync"_s, u"--once"_s, u"--password-file"_s, m_passwordFile});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u": 1 new message(s) stored"_s), qPrintable(run.out));
    run = cli({u"tickets"_s, u"--format"_s, u"tsv"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n');
    const QStringList hit = lines.filter(u"配信トラブル"_s);
    QCOMPARE(hit.size(), 1);
    const QString number = hit.first().section(u'\t', 0, 0).remove(u'#');
    run = cli({u"ticket"_s, number});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Priority: Urgent"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Urgent because the mail matched the urgent keyword rule “メール配信が停止”"_s),
             qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestImapCli)
#include "tst_imapcli.moc"
