// Issue 20 item 8: every command of madoguchi-cli prints its own help with exit 0, and the
// global synopsis (madoguchi-cli --help) names every option a command's help lists. The
// commands are read from the global help itself, so a new command is walked too.
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"MADOGUCHI_DATABASE"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MADOGUCHI_CLI), args);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// The global help's lines for each command: its first line starts with two spaces and the
// command name, continuation lines are indented further.
QMap<QString, QString> synopses(const QString &help)
{
    QMap<QString, QString> blocks;
    const QString commands = help.section(u"Commands:\n"_s, 1);
    static const QRegularExpression first(u"^  ([a-z][a-z-]*)\\b"_s);
    QString current;
    for (const QString &line : commands.split(u'\n')) {
        const auto match = first.match(line);
        if (match.hasMatch())
            current = match.captured(1);
        if (!current.isEmpty())
            blocks[current] += line + u'\n';
    }
    return blocks;
}

QSet<QString> optionsIn(const QString &text)
{
    static const QRegularExpression option(u"(?<![\\w-])--[a-z][a-z0-9-]+"_s);
    QSet<QString> found;
    for (const auto &match : option.globalMatch(text))
        found.insert(match.captured(0));
    return found - QSet<QString>{u"--help"_s, u"--now"_s, u"--database"_s, u"--version"_s};
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommandHasHelp_data();
    void everyCommandHasHelp();

private:
    QString m_globalHelp;
};

void TestCliHelp::everyCommandHasHelp_data()
{
    const Run global = cli({u"--help"_s});
    QCOMPARE(global.exitCode, 0);
    m_globalHelp = global.out;
    const QMap<QString, QString> blocks = synopses(m_globalHelp);
    QVERIFY2(blocks.size() >= 16, qPrintable(m_globalHelp));
    QTest::addColumn<QStringList>("command");
    for (const QString &name : blocks.keys())
        QTest::newRow(qPrintable(name)) << QStringList{name};
    // Subcommands with options of their own.
    for (const QStringList &sub : {QStringList{u"account"_s, u"set"_s}, QStringList{u"account"_s, u"show"_s},
                                   QStringList{u"account"_s, u"password"_s}, QStringList{u"account"_s, u"login"_s},
                                   QStringList{u"outbox"_s, u"send"_s},
                                   QStringList{u"outbox"_s, u"list"_s}})
        QTest::newRow(qPrintable(sub.join(u' '))) << sub;
}

void TestCliHelp::everyCommandHasHelp()
{
    QFETCH(QStringList, command);
    for (const QString &flag : {u"--help"_s, u"-h"_s}) {
        const Run run = cli(command + QStringList{flag});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.err, QString());
        QVERIFY2(run.out.startsWith(u"Usage: madoguchi-cli "_s + command.first()), qPrintable(run.out));
        // Everything the command's own help offers is in the global synopsis of that command.
        const QString synopsis = synopses(m_globalHelp).value(command.first());
        const QSet<QString> missing = optionsIn(run.out) - optionsIn(synopsis);
        QVERIFY2(missing.isEmpty(), qPrintable(command.join(u' ') + u": not in the global --help: "_s
                                               + QStringList(missing.values()).join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
