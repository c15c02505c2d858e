// PasswordKeychain against a real Secret Service (gnome-keyring), started by
// tests/scripts/with-keyring.sh.

#include "store/PasswordKeychain.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesReadsAndDeletes_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("password");
        QTest::newRow("postgres") << u"postgresql://desk@db.example.jp:5432/madoguchi"_s << u"s3cret"_s;
        QTest::newRow("imap") << u"imap:support@example.co.jp"_s << u"パスワード①㈱"_s;
        QTest::newRow("spaces and quotes") << u"smtp:support@example.co.jp"_s << u" a \"b\" 'c' "_s;
    }

    void storesReadsAndDeletes()
    {
        QFETCH(QString, key);
        QFETCH(QString, password);
        PasswordKeychain keychain(u"Madoguchi test"_s);
        auto stored = keychain.store(key, password);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        auto read = keychain.read(key);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(*read, password);
        QVERIFY(keychain.store(key, password + u"2"_s).ok()); // overwrite
        QCOMPARE(keychain.read(key).valueOr(QString()), password + u"2"_s);
        QVERIFY(keychain.remove(key).ok());
        const auto gone = keychain.read(key);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, u"keychain-missing"_s);
        QVERIFY(gone.error().message.contains(key));
    }

    void servicesAreSeparate()
    {
        PasswordKeychain a(u"Madoguchi test A"_s), b(u"Madoguchi test B"_s);
        QVERIFY(a.store(u"k"_s, u"from a"_s).ok());
        QCOMPARE(b.read(u"k"_s).error().code, u"keychain-missing"_s);
        QVERIFY(a.remove(u"k"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
