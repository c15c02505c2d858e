// Issue 15, "Customers and their administrators": contacts per organisation, the registered
// administrators notices go to, and the CSV import (UTF-8 or Shift_JIS, errors by line,
// nothing half-imported). Also the CSV reader it uses.
#include "core/CsvReader.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "tickets/OrganisationContacts.h"
#include "tickets/TicketDesk.h"

#include "../common/TestDatabase.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

class TestOrgContacts : public QObject
{
    Q_OBJECT

    static int contactCount(Database &db)
    {
        return db.scalar(u"count"_s, u"SELECT COUNT(*) FROM organisation_contacts"_s).valueOr(QVariant(-1)).toInt();
    }

private Q_SLOTS:
    void csvRecords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("plain") << u"a,b\nc,d\n"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                               << QList<int>{1, 2};
        QTest::newRow("CRLF and BOM") << u"\uFEFFa,b\r\nc,d\r\n"_s
                                      << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QList<int>{1, 2};
        QTest::newRow("no final line end") << u"a,b\nc,d"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                                           << QList<int>{1, 2};
        QTest::newRow("blank lines skipped") << u"a\n\n\nb\n"_s << QList<QStringList>{{u"a"_s}, {u"b"_s}}
                                             << QList<int>{1, 4};
        QTest::newRow("quoted comma") << u"\"山田, 太郎\",x\n"_s << QList<QStringList>{{u"山田, 太郎"_s, u"x"_s}}
                                      << QList<int>{1};
        QTest::newRow("doubled quotes") << u"\"say \"\"hi\"\"\",x\n"_s
                                        << QList<QStringList>{{u"say \"hi\""_s, u"x"_s}} << QList<int>{1};
        QTest::newRow("line break in a field keeps line numbers")
            << u"\"two\nlines\",x\nnext,y\n"_s << QList<QStringList>{{u"two\nlines"_s, u"x"_s}, {u"next"_s, u"y"_s}}
            << QList<int>{1, 3};
        QTest::newRow("empty fields") << u",,\n"_s << QList<QStringList>{{QString(), QString(), QString()}}
                                      << QList<int>{1};
    }

    void csvRecords()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<int>, lines);
        const CsvReadResult read = readCsv(text);
        QVERIFY(read.error.isEmpty());
        QCOMPARE(read.records.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(read.records.at(i).fields, records.at(i));
            QCOMPARE(read.records.at(i).line, lines.at(i));
        }
    }

    void unclosedQuoteIsAnError()
    {
        const CsvReadResult read = readCsv(u"a,b\n\"open,c\nd\n"_s);
        QVERIFY(!read.error.isEmpty());
        QCOMPARE(read.errorLine, 2);
    }

    void contactsAndAdministrators()
    {
        Testing::TestDatabase database;
        FixedClock clock(QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC));
        TicketDesk desk(database.db(), clock);
        OrganisationContacts contacts(desk);
        OrganisationContact admin;
        admin.name = u"山田 太郎"_s;
        admin.address = u"Yamada@Midori.co.jp"_s;
        admin.role = ContactRole::Administrator;
        QVERIFY(contacts.addContact(StaffUser::system(), admin));
        OrganisationContact other{0, 0, {}, u"佐藤 花子"_s, u"sato@midori.co.jp"_s, ContactRole::Other};
        QVERIFY(contacts.addContact(StaffUser::system(), other));
        // The same address again changes the contact, it does not add a second one.
        admin.name = u"山田 太郎 (情シス)"_s;
        QVERIFY(contacts.addContact(StaffUser::system(), admin));
        QCOMPARE(contactCount(database.db()), 2);

        auto found = contacts.find(u"MIDORI.co.jp"_s);
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->contacts, 2);
        QCOMPARE((*found)->administrators, 1);
        auto admins = contacts.administrators();
        QVERIFY(admins);
        QCOMPARE(admins->size(), 1);
        QCOMPARE(admins->first().address, u"yamada@midori.co.jp"_s);
        QCOMPARE(admins->first().name, u"山田 太郎 (情シス)"_s);

        OrganisationContact bad{0, 0, {}, u"x"_s, u"not an address"_s, ContactRole::Other};
        QCOMPARE(contacts.addContact(StaffUser::system(), bad).error().code, u"input"_s);
        QVERIFY(contacts.removeContact(StaffUser::system(), u"midori.co.jp"_s, u"sato@midori.co.jp"_s));
        QCOMPARE(contacts.removeContact(StaffUser::system(), u"midori.co.jp"_s, u"sato@midori.co.jp"_s).error().code,
                 u"not-found"_s);
        QCOMPARE(contactCount(database.db()), 1);
        // Every change is in the audit log.
        QCOMPARE(database.db()
                     .scalar(u"audit"_s, u"SELECT COUNT(*) FROM audit_log WHERE action = 'contact'"_s)
                     .valueOr(QVariant(0))
                     .toInt(),
                 4);
    }

    void importCsv_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("imported");   // -1: refused
        QTest::addColumn<QString>("message"); // part of the refusal
        QTest::addColumn<int>("admins");

        const QString japanese = u"会社名,氏名,メールアドレス,役割\r\n"
                                 "株式会社ミドリ商事,山田 太郎,yamada@midori.co.jp,システム管理者\r\n"
                                 "株式会社ミドリ商事,佐藤 花子,sato@midori.co.jp,その他\r\n"
                                 "\"青空物流, 株式会社\",鈴木 一郎,suzuki@aozora.example.jp,システム管理者\r\n"_s;
        QStringEncoder sjis("windows-31j");
        QTest::newRow("Shift_JIS, Japanese header") << QByteArray(sjis.encode(japanese)) << 3 << QString() << 2;
        QTest::newRow("UTF-8 with BOM") << (QByteArray("\xEF\xBB\xBF") + japanese.toUtf8()) << 3 << QString() << 2;
        QTest::newRow("English header, domain column, roles by key")
            << QByteArray("name,address,domain,role\nA,a@mail.example.com,customer.example.com,admin\n"
                          "B,b@customer.example.com,,other\nC,c@customer.example.com,,\n")
            << 3 << QString() << 1;
        QTest::newRow("bad address on line 3")
            << QByteArray("name,address,role\nA,a@x.example.jp,admin\nB,b-at-x.example.jp,admin\n") << -1
            << u"line 3: \"b-at-x.example.jp\" is not a mail address"_s << 0;
        QTest::newRow("unknown role on line 2")
            << QByteArray("name,address,role\nA,a@x.example.jp,boss\n") << -1 << u"line 2: unknown role \"boss\""_s
            << 0;
        QTest::newRow("no address column") << QByteArray("name,phone\nA,03-1234\n") << -1
                                           << u"line 1: the header row needs"_s << 0;
        QTest::newRow("unclosed quote") << QByteArray("name,address\n\"A,a@x.example.jp\n") << -1 << u"line 2"_s
                                        << 0;
        QTest::newRow("empty file") << QByteArray() << -1 << u"empty"_s << 0;
        QTest::newRow("error after a multi-line field counts lines")
            << QByteArray("name,address\n\"A\nB\",a@x.example.jp\nC,nope\n") << -1 << u"line 4:"_s << 0;
    }

    void importCsv()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, imported);
        QFETCH(QString, message);
        QFETCH(int, admins);
        Testing::TestDatabase database;
        FixedClock clock(QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC));
        TicketDesk desk(database.db(), clock);
        OrganisationContacts contacts(desk);
        auto result = contacts.importCsv(StaffUser::system(), file);
        if (imported < 0) {
            QVERIFY(!result);
            QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
            QCOMPARE(contactCount(database.db()), 0); // nothing half-imported
            return;
        }
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(*result, imported);
        QCOMPARE(contactCount(database.db()), imported);
        QCOMPARE(contacts.administrators().valueOr({}).size(), admins);
        if (file.contains("aozora")) {
            auto org = contacts.find(u"aozora.example.jp"_s);
            QVERIFY(org && org->has_value());
            QCOMPARE((*org)->name, u"青空物流, 株式会社"_s);
        }
    }

    void importKeepsANameTheTeamGave()
    {
        Testing::TestDatabase database;
        FixedClock clock(QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC));
        TicketDesk desk(database.db(), clock);
        auto id = desk.team().ensureOrganisation(u"midori.co.jp"_s);
        QVERIFY(id);
        QVERIFY(desk.team().renameOrganisation(StaffUser::system(), *id, u"ミドリ商事"_s));
        OrganisationContacts contacts(desk);
        QVERIFY(contacts.importCsv(StaffUser::system(),
                                   QByteArray("organisation,name,address\nMidori Trading,A,a@midori.co.jp\n")));
        QCOMPARE(contacts.find(u"midori.co.jp"_s).valueOr({})->name, u"ミドリ商事"_s);
    }
};

QTEST_GUILESS_MAIN(TestOrgContacts)
#include "tst_orgcontacts.moc"
