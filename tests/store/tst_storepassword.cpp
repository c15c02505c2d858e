// Where madoguchi-cli gets a PostgreSQL password (issue 20 item 4, issue 17 item 5): every
// command opens the database through StoreOpener, in one order — the system keychain, then
// libpq's own PGPASSWORD, ~/.pgpass, PGSERVICE — and a keychain that cannot be reached (no
// D-Bus, as under systemd) falls through to libpq's sources. Runs the CLI as a separate
// process against a throwaway PostgreSQL (with-postgres.sh) inside a private keyring
// (with-keyring.sh); the children run without D-Bus unless the keychain is the source.
#include "../common/TestDatabase.h"
#include "store/PasswordKeychain.h"
#include "store/StoreOpener.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

class TestStorePassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCommandFindsThePassword_data();
    void everyCommandFindsThePassword();
    void theKeychainComesFirst();

private:
    std::unique_ptr<Testing::TestDatabase> m_store;
    QTemporaryDir m_dir;
    QString m_mailFile;
    QString m_password;
};

void TestStorePassword::initTestCase()
{
    if (!Testing::usingPostgres() || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("Run through tests/scripts/with-postgres.sh tests/scripts/with-keyring.sh (ctest does).");
    m_password = qEnvironmentVariable("PGPASSWORD");
    m_store = std::make_unique<Testing::TestDatabase>();
    QVERIFY(m_store->isValid());
    QVERIFY(m_dir.isValid());
    m_mailFile = m_dir.filePath(u"one.eml"_s);
    QFile mail(m_mailFile);
    QVERIFY(mail.open(QIODevice::WriteOnly));
    mail.write("From: yamada@acme.co.jp\r\nSubject: password test\r\nMessage-ID: <pw@acme>\r\n"
               "Date: Mon, 09 Mar 2026 10:00:00 +0900\r\n\r\nbody\r\n");
}

void TestStorePassword::everyCommandFindsThePassword_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("command");
    const QList<QStringList> commands = {
        {u"tickets"_s}, {u"report"_s}, {u"import"_s, u"MAILFILE"_s}, {u"outbox"_s}, {u"ticket"_s, u"1"_s},
        {u"account"_s, u"show"_s}, {u"deadline"_s, u"2026-03-09T10:00:00+09:00"_s},
    };
    for (const QString &source : {u"none"_s, u"PGPASSWORD"_s, u".pgpass"_s, u"PGSERVICE"_s}) {
        for (const QStringList &command : commands)
            QTest::addRow("%s: %s", qPrintable(source), qPrintable(command.first())) << source << command;
    }
}

void TestStorePassword::everyCommandFindsThePassword()
{
    QFETCH(QString, source);
    QFETCH(QStringList, command);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const DatabaseAddress &address = m_store->address();

    // What a systemd service has: no session bus, no display, nothing of the caller's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "PGPASSWORD", "PGPASSFILE",
                             "PGSERVICE", "PGSERVICEFILE", "MADOGUCHI_DATABASE"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    if (source == u"PGPASSWORD"_s) {
        env.insert(u"PGPASSWORD"_s, m_password);
    } else if (source == u".pgpass"_s) {
        QFile pgpass(home.filePath(u".pgpass"_s));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(u"%1:%2:%3:%4:%5\n"_s.arg(address.host).arg(address.port).arg(address.databaseName, address.user,
                                                                                  m_password).toUtf8());
        pgpass.close();
        QVERIFY(pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    } else if (source == u"PGSERVICE"_s) {
        QFile service(home.filePath(u"pg_service.conf"_s));
        QVERIFY(service.open(QIODevice::WriteOnly));
        service.write("[madoguchi]\npassword=" + m_password.toUtf8() + "\n");
        service.close();
        env.insert(u"PGSERVICEFILE"_s, service.fileName());
        env.insert(u"PGSERVICE"_s, u"madoguchi"_s);
    }

    QStringList args{u"--database"_s, address.toString(), u"--now"_s, u"2026-03-09T12:00:00+09:00"_s};
    for (const QString &arg : command)
        args.append(arg == u"MAILFILE"_s ? m_mailFile : arg);
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(MADOGUCHI_CLI), args);
    QVERIFY(cli.waitForFinished(60000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    if (command.first() == u"deadline"_s) {
        // With a database the calendar commands use the desk's calendar, so they need the password too.
        QVERIFY(err.isEmpty() || source == u"none"_s);
    }
    if (source == u"none"_s) {
        QCOMPARE(cli.exitCode(), 1);
        QCOMPARE(err.count(u'\n'), 1); // one clear line
        QVERIFY2(err.contains(u"wants a password and none was found"_s), qPrintable(err));
        QVERIFY2(err.contains(u"PGPASSWORD, ~/.pgpass or a PGSERVICE entry"_s), qPrintable(err));
        QVERIFY2(err.contains(u"database:"_s + address.toString()), qPrintable(err));
        return;
    }
    QVERIFY2(!err.contains(u"password"_s, Qt::CaseInsensitive) && !err.contains(u"D-Bus"_s), qPrintable(err));
    QVERIFY2(cli.exitCode() == 0, qPrintable(out + err));
    if (command.first() == u"ticket"_s)
        QVERIFY2(out.contains(u"password test"_s), qPrintable(out)); // imported by the PGPASSWORD row
}

void TestStorePassword::theKeychainComesFirst()
{
    const DatabaseAddress &address = m_store->address();
    PasswordKeychain keychain;
    QVERIFY(keychain.store(StoreOpener::keychainKey(address), m_password).ok());
    QCOMPARE(StoreOpener::keychainKey(address), u"database:"_s + address.toString());

    // The keychain's password is used, whatever libpq would find: PGPASSWORD here is wrong.
    qputenv("PGPASSWORD", "wrong");
    auto opened = StoreOpener::open(address, &keychain);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QCOMPARE(opened->password, m_password);

    // The CLI on the same session bus reads the same entry (no PGPASSWORD at all).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"PGPASSWORD"_s);
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(MADOGUCHI_CLI), {u"--database"_s, address.toString(), u"report"_s});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    // No keychain entry: libpq's PGPASSWORD is next.
    QVERIFY(keychain.remove(StoreOpener::keychainKey(address)).ok());
    qputenv("PGPASSWORD", m_password.toUtf8());
    auto fallback = StoreOpener::open(address, &keychain);
    QVERIFY2(fallback.ok(), fallback.ok() ? "" : qPrintable(fallback.error().message));
    QVERIFY(fallback->password.isEmpty());
}

QTEST_GUILESS_MAIN(TestStorePassword)
#include "tst_storepassword.moc"
