// Issue 20, "Also true": every madoguchi-cli example in the ```sh blocks of README.md and
// docs/*.md runs as written — with --now fixed, a throwaway HOME (so the default database is
// a new file) and the test PostgreSQL server standing in for db.example.co.jp — and its output
// says what the text around it says. Every example needs a check below and every check an
// example, so the documentation cannot drift from the program unnoticed.
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

const QString kNow = u"2026-06-10T16:00:00+09:00"_s;

struct Example
{
    QString where;       // file:line
    QString command;     // as written, continuation lines joined, without the comment
    QString comment;     // what the text says it does
    QString environment; // an `export NAME=VALUE` earlier in the same block
};

QList<Example> documentedExamples()
{
    QStringList files{QStringLiteral(MADOGUCHI_SOURCE_DIR) + u"/README.md"_s};
    const QDir docs(QStringLiteral(MADOGUCHI_SOURCE_DIR) + u"/docs"_s);
    for (const QString &name : docs.entryList({u"*.md"_s}, QDir::Files, QDir::Name))
        files.append(docs.filePath(name));
    QList<Example> examples;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        bool inShell = false;
        QString exported;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString trimmed = lines.at(i).trimmed();
            if (trimmed.startsWith(u"```"_s)) {
                inShell = !inShell && trimmed == u"```sh"_s;
                exported.clear();
                continue;
            }
            if (!inShell)
                continue;
            if (trimmed.startsWith(u"export MADOGUCHI_DATABASE="_s))
                exported = trimmed.mid(7);
            if (!trimmed.startsWith(u"madoguchi-cli "_s))
                continue;
            const qsizetype first = i;
            QString text = trimmed;
            while (text.endsWith(u'\\') && i + 1 < lines.size())
                text = text.chopped(1).trimmed() + u' ' + lines.at(++i).trimmed();
            const qsizetype hash = text.indexOf(u" #"_s);
            Example example;
            example.where = QFileInfo(path).fileName() + u':' + QString::number(first + 1);
            example.command = (hash < 0 ? text : text.left(hash)).simplified();
            example.comment = hash < 0 ? QString() : text.mid(hash + 2).trimmed();
            example.environment = exported;
            examples.append(example);
        }
    }
    return examples;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// One throwaway desk: HOME in a temporary folder, so ~/.local/share/Madoguchi/madoguchi/ is new.
class Desk
{
public:
    Desk() { QVERIFY(m_home.isValid()); }

    QString home() const { return m_home.path(); }
    QString dataFolder() const { return m_home.filePath(u".local/share/Madoguchi/madoguchi"_s); }

    // Runs a documented line through sh as written: `madoguchi-cli` is the built program, the
    // clock is fixed, db.example.co.jp:5432 is the test server.
    Run run(QString command, const QString &environment = {}) const
    {
        const QString cli = QStringLiteral(MADOGUCHI_CLI);
        command = substitute(command);
        static const QRegularExpression program(u"(^|[;&|(]\\s*)madoguchi-cli "_s);
        const bool hasNow = command.contains(u"--now"_s);
        command.replace(program, u"\\1"_s + cli + (hasNow ? u" "_s : u" --now "_s + kNow + u' '));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"MADOGUCHI_DATABASE", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "DBUS_SESSION_BUS_ADDRESS"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"HOME"_s, m_home.path());
        if (!environment.isEmpty())
            env.insert(environment.section(u'=', 0, 0), substitute(environment.section(u'=', 1)));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_home.path());
        process.start(u"/bin/sh"_s, {u"-c"_s, command});
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private:
    static QString substitute(QString text)
    {
        const QString server = qEnvironmentVariable("MADOGUCHI_TEST_PG_URL");
        if (!server.isEmpty()) {
            const QString hostPort = server.section(u'@', 1).section(u'/', 0, 0);
            text.replace(u"db.example.co.jp:5432"_s, hostPort);
        }
        return text;
    }

    QTemporaryDir m_home;
};

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

using Check = std::function<void(const Example &)>;

#define RUN_OK(desk, command, environment)                                                                            \
    [&]() {                                                                                                            \
        Run r = (desk).run(command, environment);                                                                     \
        if (r.exitCode != 0)                                                                                           \
            qWarning("%s", qPrintable(command + u" -> "_s + r.err));                                                  \
        return r;                                                                                                      \
    }()

// What the text says of each example, as a check. Keyed by the example as written.
QMap<QString, Check> checks()
{
    QMap<QString, Check> c;
    c[u"madoguchi-cli deadline 2025-06-14T23:40:00+09:00"_s] = [](const Example &e) {
        QCOMPARE(e.comment, u"Saturday night → Monday 18:00, and why"_s);
        Desk desk;
        const Run run = RUN_OK(desk, e.command, e.environment);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out).first(), u"2025-06-16T18:00:00+09:00"_s); // Monday 18:00
        QVERIFY(run.out.contains(u"Received: 2025-06-14 (Sat) 23:40:00 JST"_s));
        QVERIFY(run.out.contains(u"Skipped: 2025-06-15 (Sun)"_s));
        QVERIFY(run.out.contains(u"Rule: "_s)); // and why
        QVERIFY(lines(run.out).last().startsWith(u"Calendar: built in"_s));
    };
    c[u"madoguchi-cli deadline 2025-12-26T19:00:00+09:00 --policy after-hours-next-day"_s] = [](const Example &e) {
        Desk desk;
        const Run run = RUN_OK(desk, e.command, e.environment);
        QCOMPARE(run.exitCode, 0);
        // README: accepted at the next business-hours start (Mon 5 Jan, after the year-end
        // break), due 18:00 on the first business day after that date.
        QCOMPARE(lines(run.out).first(), u"2026-01-06T18:00:00+09:00"_s);
        QVERIFY(run.out.contains(u"Accepted on: 2026-01-05 (Mon) (received outside business hours)"_s));
    };
    c[u"madoguchi-cli holidays 2026"_s] = [](const Example &e) {
        QCOMPARE(e.comment, u"national days off, one per line"_s);
        Desk desk;
        const Run run = RUN_OK(desk, e.command, e.environment);
        QCOMPARE(run.exitCode, 0);
        static const QRegularExpression day(u"^2026-\\d\\d-\\d\\d\\t\\S.*\\t\\S.*$"_s);
        for (const QString &line : lines(run.out))
            QVERIFY2(day.match(line).hasMatch(), qPrintable(line));
        QVERIFY(run.out.contains(u"2026-01-01\t元日"_s));
        QVERIFY(run.out.contains(u"2026-05-06\t振替休日\tSubstitute Holiday"_s)); // Constitution Day was a Sunday
    };
    c[u"madoguchi-cli calendar 2026-05"_s] = [](const Example &e) {
        QCOMPARE(e.comment, u"every day of May 2026, days off with their reason"_s);
        Desk desk;
        const Run run = RUN_OK(desk, e.command, e.environment);
        QCOMPARE(run.exitCode, 0);
        const QStringList rows = lines(run.out);
        QCOMPARE(rows.size(), 1 + 31 + 1);
        for (int d = 1; d <= 31; ++d) {
            const QStringList f = rows.at(d).split(u'\t');
            QCOMPARE(f.value(0), QDate(2026, 5, d).toString(Qt::ISODate));
            QVERIFY2(f.value(2) == u"business-day"_s || !f.value(3).isEmpty(), qPrintable(rows.at(d)));
        }
    };
    c[u"madoguchi-cli business-minutes 2025-06-13T17:00:00+09:00 2025-06-16T11:00:00+09:00"_s] = [](const Example &e) {
        Desk desk;
        const Run run = RUN_OK(desk, e.command, e.environment);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"120\n"_s); // Fri 17:00–18:00 and Mon 10:00–11:00; the weekend counts nothing
    };
    // docs/reports.md: the synopsis names options `report --help` knows.
    c[u"madoguchi-cli report [--from DATE] [--to DATE] [--by team|staff|org|day|month]"_s] = [](const Example &e) {
        Desk desk;
        const Run help = desk.run(u"madoguchi-cli report --help"_s);
        QCOMPARE(help.exitCode, 0);
        static const QRegularExpression option(u"--[a-z]+"_s);
        for (const auto &m : option.globalMatch(e.command))
            QVERIFY2(help.out.contains(m.captured(0)), qPrintable(m.captured(0)));
    };
    c[u"madoguchi-cli --now 2026-02-01T09:00:00+09:00 report --from 2026-01-01 --to 2026-01-31 --by staff --format csv > 2026-01.csv"_s]
        = [](const Example &e) {
              Desk desk;
              QCOMPARE(desk.run(u"madoguchi-cli --now 2026-01-20T12:00:00+09:00 sample-data"_s).exitCode, 0);
              const Run run = RUN_OK(desk, e.command, e.environment);
              QCOMPARE(run.exitCode, 0);
              QFile csv(QDir(desk.home()).filePath(u"2026-01.csv"_s));
              QVERIFY(csv.open(QIODevice::ReadOnly));
              const QByteArray bytes = csv.readAll();
              // What the text says: UTF-8 with a BOM, CRLF, Japanese column names, one row per person.
              QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
              QVERIFY(bytes.contains("\r\n") && !bytes.contains("\n\n"));
              const QString text = QString::fromUtf8(bytes.mid(3));
              QVERIFY2(text.section(u"\r\n"_s, 0, 0).contains(u"受信件数"_s), qPrintable(text.left(200)));
              QVERIFY(text.contains(u"佐藤"_s));
          };
    const auto account = [](const Example &e) {
        if (e.environment.isEmpty() || qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_PG_URL"))
            QSKIP("needs the test PostgreSQL (with-postgres.sh) for the team database");
        Desk desk;
        const Run set = RUN_OK(desk,
                               u"madoguchi-cli account set --imap imaps://support@mail.example.co.jp:993 "
                               "--sent-folder Sent --smtp smtp://support@mail.example.co.jp:587"_s,
                               e.environment);
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains(u"Mailbox settings saved for imaps://support@mail.example.co.jp:993"_s));
        const Run show = RUN_OK(desk, u"madoguchi-cli account show"_s, e.environment);
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(QRegularExpression(u"IMAP +imaps://support@mail.example.co.jp:993"_s)));
        QVERIFY(show.out.contains(QRegularExpression(u"Sent folder +Sent"_s)));
        QVERIFY(show.out.contains(QRegularExpression(u"SMTP +smtp://support@mail.example.co.jp:587"_s)));
        // "By default nothing on the server changes (read-only)".
        QVERIFY(show.out.contains(u"leave on the server as it is (read-only)"_s));
    };
    c[u"madoguchi-cli account set --imap imaps://support@mail.example.co.jp:993 --sent-folder Sent "
      "--smtp smtp://support@mail.example.co.jp:587"_s] = account;
    c[u"madoguchi-cli account show"_s] = account;
    c[u"madoguchi-cli backup"_s] = [](const Example &e) {
        QCOMPARE(e.comment, u"a copy now, in backups/ (last 7 kept)"_s);
        Desk desk;
        QCOMPARE(desk.run(u"madoguchi-cli sample-data"_s).exitCode, 0);
        for (int i = 0; i < 9; ++i) {
            const QString now = u"2026-06-%1T09:00:00+09:00"_s.arg(10 + i);
            QCOMPARE(desk.run(e.command + u" --now "_s + now).exitCode, 0);
        }
        const QStringList copies
            = QDir(desk.dataFolder() + u"/backups"_s).entryList({u"madoguchi-*.sqlite"_s}, QDir::Files, QDir::Name);
        QCOMPARE(copies.size(), 7);
        QCOMPARE(copies.last(), u"madoguchi-20260618-090000.sqlite"_s);
    };
    c[u"madoguchi-cli backup ~/desk-copy.sqlite"_s] = [](const Example &e) {
        Desk desk;
        QCOMPARE(desk.run(u"madoguchi-cli sample-data"_s).exitCode, 0);
        QCOMPARE(RUN_OK(desk, e.command, e.environment).exitCode, 0);
        QVERIFY(QFileInfo(QDir(desk.home()).filePath(u"desk-copy.sqlite"_s)).size() > 0);
    };
    c[u"madoguchi-cli restore ~/.local/share/Madoguchi/madoguchi/backups/madoguchi-20260610-090000.sqlite"_s]
        = [](const Example &e) {
              Desk desk;
              QCOMPARE(desk.run(u"madoguchi-cli sample-data"_s).exitCode, 0);
              QCOMPARE(desk.run(u"madoguchi-cli --now 2026-06-10T09:00:00+09:00 backup"_s).exitCode, 0);
              const QString before = desk.run(u"madoguchi-cli tickets --format tsv"_s).out;
              QCOMPARE(desk.run(u"madoguchi-cli sample-data --force"_s).exitCode, 0);
              QVERIFY(desk.run(u"madoguchi-cli tickets --format tsv"_s).out != before);
              QCOMPARE(RUN_OK(desk, e.command, e.environment).exitCode, 0);
              QCOMPARE(desk.run(u"madoguchi-cli tickets --format tsv"_s).out, before);
              // "keeps the database it replaces as madoguchi.sqlite.before-restore"
              QVERIFY(QFileInfo::exists(desk.dataFolder() + u"/madoguchi.sqlite.before-restore"_s));
          };
    c[u"madoguchi-cli --database postgresql://madoguchi@db.example.co.jp:5432/madoguchi tickets"_s]
        = [](const Example &e) {
              if (qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_PG_URL"))
                  QSKIP("needs the test PostgreSQL (with-postgres.sh)");
              Desk desk;
              const Run run = RUN_OK(desk, e.command, e.environment);
              QCOMPARE(run.exitCode, 0);
              QVERIFY(run.out.contains(u"Overdue 0, due soon 0, new 0"_s));
          };
    // docs/store.md, "One login per person": the owner adds a staff login; as that login the
    // queue opens (no schema change needed), and a manager's setting is refused.
    const auto addSuzuki = [](Desk &desk) {
        QFile password(desk.home() + u"/suzuki.pw"_s);
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write(qgetenv("PGPASSWORD") + '\n');
        password.close();
        QVERIFY(password.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const Run added = desk.run(u"madoguchi-cli --database postgresql://madoguchi@db.example.co.jp:5432/madoguchi "
                                   "team login add suzuki --role staff --name 鈴木 --password-file suzuki.pw"_s);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(added.out, u"suzuki\tstaff\n"_s);
    };
    c[u"madoguchi-cli --database postgresql://madoguchi@db.example.co.jp:5432/madoguchi team login add suzuki --role "
      "staff --name 鈴木 --password-file suzuki.pw"_s]
        = [addSuzuki](const Example &) {
              if (qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_PG_URL"))
                  QSKIP("needs the test PostgreSQL (with-postgres.sh)");
              Desk desk;
              addSuzuki(desk);
              // Again with another role: the login moves to the managers.
              const Run again = desk.run(u"madoguchi-cli --database postgresql://madoguchi@db.example.co.jp:5432/"
                                         "madoguchi team login add suzuki --role manager"_s);
              QCOMPARE(again.out, u"suzuki\tmanager\n"_s);
              addSuzuki(desk);
          };
    c[u"madoguchi-cli --database postgresql://suzuki@db.example.co.jp:5432/madoguchi tickets"_s]
        = [addSuzuki](const Example &e) {
              if (qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_PG_URL"))
                  QSKIP("needs the test PostgreSQL (with-postgres.sh)");
              Desk desk;
              addSuzuki(desk);
              const Run run = RUN_OK(desk, e.command, e.environment);
              QCOMPARE(run.exitCode, 0);
              QVERIFY(run.out.contains(u"Overdue 0, due soon 0"_s));
              const Run refused = desk.run(u"madoguchi-cli --database postgresql://suzuki@db.example.co.jp:5432/"
                                           "madoguchi account set --imap imaps://x@mail.example.co.jp:993"_s);
              // The program refuses it as staff's, before the database would (tst_databaseroles_pg).
              QVERIFY2(refused.exitCode != 0 && refused.err.contains(u"account set: only a manager can do this"_s),
                       qPrintable(refused.err));
          };
    c[u"madoguchi-cli tickets"_s] = [](const Example &e) {
        QCOMPARE(e.comment, u"the queue, earliest deadline first"_s);
        Desk desk;
        QCOMPARE(desk.run(u"madoguchi-cli sample-data"_s).exitCode, 0);
        QCOMPARE(RUN_OK(desk, e.command, e.environment).exitCode, 0);
        const Run tsv = desk.run(u"madoguchi-cli tickets --format tsv"_s);
        QStringList due;
        for (const QString &line : lines(tsv.out))
            if (!line.section(u'\t', 5, 5).isEmpty())
                due.append(line.section(u'\t', 5, 5));
        QVERIFY(due.size() >= 5);
        QStringList sorted = due;
        sorted.sort();
        QCOMPARE(due, sorted);
    };
    c[u"madoguchi-cli tickets --queue overdue --format tsv"_s] = [](const Example &e) {
        Desk desk;
        QCOMPARE(desk.run(u"madoguchi-cli sample-data"_s).exitCode, 0);
        const Run run = RUN_OK(desk, e.command, e.environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!lines(run.out).isEmpty());
        for (const QString &line : lines(run.out))
            QCOMPARE(line.section(u'\t', 6, 6), u"overdue"_s);
    };
    c[u"madoguchi-cli tickets --limit 50"_s] = [](const Example &e) {
        QCOMPARE(e.comment, u"the first 50; stderr says when more were left out (default 500)"_s);
        Desk desk;
        QCOMPARE(desk.run(u"madoguchi-cli sample-data"_s).exitCode, 0);
        const Run all = RUN_OK(desk, e.command, e.environment);
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.err.isEmpty(), qPrintable(all.err)); // the sample's 10 tickets fit
        const Run cut = desk.run(u"madoguchi-cli tickets --limit 3 --format tsv"_s);
        QCOMPARE(lines(cut.out).size(), 3);
        QVERIFY(cut.err.contains(u"only the first 3 tickets are shown"_s));
    };
    // docs/availability.md: the worked example, 2 hours down in November -> 99.72 %.
    c[u"madoguchi-cli incident add --function client --from 2026-11-10T10:00:00+09:00 --to "
      "2026-11-10T12:00:00+09:00 --cause internal --note \"DB failover\""_s] = [](const Example &e) {
        Desk desk;
        QCOMPARE(desk.run(u"madoguchi-cli sample-data"_s).exitCode, 0);
        const Run run = RUN_OK(desk, e.command, e.environment);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"1\n"_s);
        QVERIFY(desk.run(u"madoguchi-cli incident list"_s).out.contains(u"DB failover"_s));
    };
    c[u"madoguchi-cli availability --month 2026-11"_s] = [](const Example &e) {
        Desk desk;
        QCOMPARE(desk.run(u"madoguchi-cli sample-data"_s).exitCode, 0);
        QCOMPARE(desk.run(u"madoguchi-cli incident add --function client --from 2026-11-10T10:00:00+09:00 "
                          "--to 2026-11-10T12:00:00+09:00 --cause internal"_s)
                     .exitCode,
                 0);
        const Run run = RUN_OK(desk, e.command, e.environment);
        QCOMPARE(run.exitCode, 0);
        // The table the page shows, as shown.
        QFile page(QStringLiteral(MADOGUCHI_SOURCE_DIR) + u"/docs/availability.md"_s);
        QVERIFY(page.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(page.readAll());
        for (const QString &line : lines(run.out))
            QVERIFY2(text.contains(line.trimmed()), qPrintable(line));
        QVERIFY(run.out.contains(u"99.72"_s));
    };
    c[u"madoguchi-cli ticket 3"_s] = [](const Example &e) {
        QCOMPARE(e.comment, u"the thread and why its deadline is what it is"_s);
        Desk desk;
        QCOMPARE(desk.run(u"madoguchi-cli sample-data"_s).exitCode, 0);
        const Run run = RUN_OK(desk, e.command, e.environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"#3 "_s));
        QVERIFY(run.out.contains(u"Unanswered messages and their deadlines:"_s));
        QVERIFY(run.out.contains(u"Rule: "_s));
        QVERIFY(run.out.contains(u"Thread:"_s));
    };
    return c;
}

} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyExampleHasACheck();
    void example_data();
    void example();
};

void TestCliDocs::initTestCase()
{
    // db.example.co.jp:5432/madoguchi in the docs is a database called madoguchi on the test server.
    const QString server = qEnvironmentVariable("MADOGUCHI_TEST_PG_URL");
    if (server.isEmpty())
        return;
    auto address = DatabaseAddress::parse(server);
    QVERIFY(address.ok());
    auto admin = Database::open(*address, qEnvironmentVariable("PGPASSWORD"));
    QVERIFY(admin.ok());
    (void)(*admin)->exec(u"drop"_s, u"DROP DATABASE IF EXISTS madoguchi WITH (FORCE)"_s);
    QVERIFY((*admin)->exec(u"create"_s, u"CREATE DATABASE madoguchi"_s).ok());
}

void TestCliDocs::everyExampleHasACheck()
{
    const QList<Example> found = documentedExamples();
    QVERIFY(found.size() >= 15);
    const QMap<QString, Check> known = checks();
    QSet<QString> documented;
    for (const Example &e : found) {
        documented.insert(e.command);
        QVERIFY2(known.contains(e.command), qPrintable(e.where + u": no check for "_s + e.command));
    }
    for (const QString &command : known.keys())
        QVERIFY2(documented.contains(command), qPrintable(u"no longer documented: "_s + command));
}

void TestCliDocs::example_data()
{
    QTest::addColumn<int>("index");
    const QList<Example> found = documentedExamples();
    for (int i = 0; i < found.size(); ++i)
        QTest::newRow(qPrintable(found.at(i).where)) << i;
}

void TestCliDocs::example()
{
    QFETCH(int, index);
    const Example e = documentedExamples().at(index);
    const QMap<QString, Check> known = checks();
    if (!known.contains(e.command))
        QSKIP("no check (everyExampleHasACheck fails for it)");
    known.value(e.command)(e);
}

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_cli_docs.moc"
