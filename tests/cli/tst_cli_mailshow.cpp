// Issue 20 item 11: `madoguchi-cli mail-show` shows the Date in JST like every other time,
// and with a desk database it classifies by the desk's own support and staff addresses.
#include "core/Clock.h"
#include "mail/MailIngestor.h"
#include "store/Database.h"
#include "store/SchemaMigrations.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

class TestCliMailShow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mailShow_data();
    void mailShow();

private:
    QTemporaryDir m_dir;
    QString m_database;
};

void TestCliMailShow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(u"desk.sqlite"_s);
    DatabaseAddress address;
    address.filePath = m_database;
    auto database = Database::open(address);
    QVERIFY(database.ok());
    QVERIFY(SchemaMigrations::migrate(**database).ok());
    TicketDesk desk(**database, Clock::system());
    QVERIFY(TicketFixtureBuilder(desk).staff(u"sato"_s, u"佐藤"_s).ok()); // sato@madoguchi.example
    DeskAddresses addresses;
    addresses.supportAddresses = {u"support@madoguchi.example"_s};
    QVERIFY(MailIngestor::saveAddresses(desk, addresses).ok());
    for (const auto &[name, from] : {std::pair{"staff.eml", "Sato <sato@madoguchi.example>"},
                                     std::pair{"customer.eml", "Yamada <yamada@acme.co.jp>"},
                                     std::pair{"support.eml", "support@madoguchi.example"}}) {
        QFile mail(m_dir.filePath(QString::fromLatin1(name)));
        QVERIFY(mail.open(QIODevice::WriteOnly));
        mail.write("From: " + QByteArray(from) + "\r\nTo: yamada@acme.co.jp\r\nSubject: Re: [#3] test\r\n"
                   "In-Reply-To: <c1@acme.co.jp>\r\nDate: Mon, 02 Mar 2026 01:30:00 +0000\r\n"
                   "Message-ID: <" + QByteArray(name) + "@x>\r\n\r\nbody\r\n");
    }
}

void TestCliMailShow::mailShow_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("withDesk");
    QTest::addColumn<QString>("kind");
    QTest::newRow("staff address, desk") << u"staff.eml"_s << true << u"kind:        staff"_s;
    QTest::newRow("support address, desk") << u"support.eml"_s << true << u"kind:        staff"_s;
    QTest::newRow("customer, desk") << u"customer.eml"_s << true << u"kind:        customer"_s;
    QTest::newRow("staff address, no desk") << u"staff.eml"_s << false << u"kind:        customer"_s;
}

void TestCliMailShow::mailShow()
{
    QFETCH(QString, file);
    QFETCH(bool, withDesk);
    QFETCH(QString, kind);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"MADOGUCHI_DATABASE"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"no-desk"_s));
    cli.setProcessEnvironment(env);
    QStringList args = withDesk ? QStringList{u"--database"_s, m_database} : QStringList();
    cli.start(QStringLiteral(MADOGUCHI_CLI), args + QStringList{u"mail-show"_s, m_dir.filePath(file)});
    QVERIFY(cli.waitForFinished(30000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QVERIFY2(out.contains(u"date:        2026-03-02T10:30:00+09:00 (JST, the sender's Date header)\n"_s),
             qPrintable(out));
    QVERIFY2(out.contains(kind), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCliMailShow)
#include "tst_cli_mailshow.moc"
