// madoguchi-cli's store commands, run as a separate process the way scripts use them.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

const QString now = u"--now=2026-06-10T16:00:00+09:00"_s;

} // namespace

class TestCliStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;

    Run cli(QStringList args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MADOGUCHI_DATABASE"_s, m_database);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MADOGUCHI_CLI), args);
        if (!process.waitForFinished(60000))
            return {};
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(u"desk.sqlite"_s);
        const Run sample = cli({now, u"sample-data"_s});
        QCOMPARE(sample.status, 0);
        QVERIFY(sample.out.contains(u"10"_s));
        QCOMPARE(cli({now, u"sample-data"_s}).status, 1); // refuses to add twice
    }

    void tsvIsForScripts_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QStringList>("numbers");
        QTest::addColumn<QString>("flag");
        QTest::newRow("overdue") << u"overdue"_s << QStringList{u"3"_s, u"4"_s, u"5"_s} << u"overdue"_s;
        QTest::newRow("due soon") << u"due-soon"_s << QStringList{u"6"_s, u"7"_s} << u"due-soon"_s;
        QTest::newRow("waiting") << u"waiting"_s << QStringList{u"2"_s} << u"none"_s;
    }

    void tsvIsForScripts()
    {
        QFETCH(QString, queue);
        QFETCH(QStringList, numbers);
        QFETCH(QString, flag);
        const Run run = cli({now, u"tickets"_s, u"--queue"_s, queue, u"--format"_s, u"tsv"_s});
        QCOMPARE(run.status, 0);
        QStringList got;
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 7);
            got << fields.first();
            QCOMPARE(fields.last(), flag);
            QVERIFY(fields.at(4).endsWith(u"+09:00"_s));
        }
        QCOMPARE(got, numbers);
    }

    void jsonAndTable()
    {
        const Run json = cli({now, u"tickets"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json.status, 0);
        const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(list.size(), 10);
        QCOMPARE(list.first().toObject().value(u"flag"_s).toString(), u"overdue"_s);
        QVERIFY(list.first().toObject().value(u"replyUndelivered"_s).toBool());
        const Run table = cli({now, u"tickets"_s});
        QCOMPARE(table.status, 0);
        QVERIFY(table.out.contains(u"CSVエクスポートの文字化け"_s));
        QVERIFY(table.out.contains(u"Overdue 3, due soon 2, new 7"_s));
        // Later the same day more is overdue: --now is honoured.
        const Run later = cli({u"--now=2026-06-10T18:30:00+09:00"_s, u"tickets"_s, u"--queue"_s, u"overdue"_s,
                               u"--format"_s, u"tsv"_s});
        QCOMPARE(later.out.split(u'\n', Qt::SkipEmptyParts).size(), 6);
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("queue") << QStringList{u"tickets"_s, u"--queue"_s, u"late"_s};
        QTest::newRow("format") << QStringList{u"tickets"_s, u"--format"_s, u"xml"_s};
        QTest::newRow("ticket number") << QStringList{u"ticket"_s, u"abc"_s};
        QTest::newRow("ticket missing") << QStringList{u"ticket"_s};
        QTest::newRow("restore missing") << QStringList{u"restore"_s};
    }

    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QCOMPARE(run.status, 2);
        QVERIFY(run.err.startsWith(u"madoguchi-cli: "_s));
    }

    void ticketShowsThreadAndDeadline()
    {
        const Run run = cli({now, u"ticket"_s, u"#3"_s});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.startsWith(u"#3 CSVエクスポートの文字化け"_s));
        QVERIFY(run.out.contains(u"[Overdue]"_s));
        QVERIFY(run.out.contains(u"2026-06-08 18:00 JST"_s));
        QVERIFY(run.out.contains(u"Saturday"_s)); // the explanation names the skipped days
        QVERIFY(run.out.contains(u"(undelivered)"_s));
        QCOMPARE(cli({now, u"ticket"_s, u"999"_s}).status, 1);
    }

    void backupAndRestore()
    {
        const Run backup = cli({now, u"backup"_s});
        QCOMPARE(backup.status, 0);
        const QString file = backup.out.trimmed();
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QCOMPARE(cli({now, u"sample-data"_s, u"--force"_s}).status, 0);
        QCOMPARE(cli({now, u"tickets"_s, u"--format"_s, u"tsv"_s}).out.count(u'\n'), 20);
        const Run restore = cli({u"restore"_s, file});
        QCOMPARE(restore.status, 0);
        QCOMPARE(cli({now, u"tickets"_s, u"--format"_s, u"tsv"_s}).out.count(u'\n'), 10);
        QCOMPARE(cli({u"restore"_s, m_dir.filePath(u"missing.sqlite"_s)}).status, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_cli_store.moc"
