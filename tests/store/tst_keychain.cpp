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

    // A keyring can answer after we stopped waiting (a person typing a new keyring's password
    // into gnome-keyring's prompt). QtKeychain's libsecret backend then writes to the job, so
    // the job must still exist: destroying it at the timeout crashed the desktop (issue 13;
    // AddressSanitizer: heap-use-after-free in on_password_stored). Here a 1 ms wait gives up
    // before the answer — nearly always: an idle keyring sometimes answers within it (the test
    // once failed on that), so stores go on until three of them were given up on.
    void answerAfterTheWaitEndedIsHarmless()
    {
        PasswordKeychain impatient(u"Madoguchi test"_s, 1);
        PasswordKeychain patient(u"Madoguchi test"_s);
        const auto saved = [&patient](const QString &key) {
            const auto read = patient.read(key);
            return read.ok() ? *read : read.error().code;
        };
        QStringList keys;
        int givenUp = 0;
        for (int n = 1; givenUp < 3 && n <= 30; ++n) {
            const QString key = u"late:%1"_s.arg(n);
            keys.append(key);
            const auto stored = impatient.store(key, u"pw "_s + key);
            if (!stored.ok()) {
                QCOMPARE(stored.error().code, u"keychain-timeout"_s);
                ++givenUp;
            }
        }
        QCOMPARE(givenUp, 3);
        // The stores went on without us, and each landed.
        for (const QString &key : keys)
            QTRY_COMPARE(saved(key), u"pw "_s + key);
        // Reads and deletes that give up early (or, on a quick keyring, do not) end the same way.
        for (const QString &key : keys) {
            const auto read = impatient.read(key);
            QVERIFY(read.ok() ? *read == u"pw "_s + key : read.error().code == u"keychain-timeout"_s);
            const auto removed = impatient.remove(key);
            QVERIFY(removed.ok() || removed.error().code == u"keychain-timeout"_s);
        }
        for (const QString &key : keys)
            QTRY_COMPARE(saved(key), u"keychain-missing"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
