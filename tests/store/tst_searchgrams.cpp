// The keys of the short-query index for PostgreSQL (SearchGrams): what a message is indexed
// under, what a query looks up, and that every one- or two-character substring a LIKE
// search could find is looked up under a key its message has.

#include "store/SearchGrams.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

qint32 pair(char32_t a, char32_t b)
{
    return qint32(quint32(a) << 16 | quint32(b));
}

} // namespace

class TestSearchGrams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysOfText_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<qint32>>("keys");
        QTest::newRow("nothing") << QStringList{} << QList<qint32>{};
        QTest::newRow("empty text") << QStringList{u""_s} << QList<qint32>{};
        QTest::newRow("one character") << QStringList{u"猫"_s} << QList<qint32>{0x732B};
        QTest::newRow("two characters") << QStringList{u"請求"_s}
                                        << QList<qint32>{0x6C42, 0x8ACB, pair(0x8ACB, 0x6C42)};
        QTest::newRow("repeated pair counted once") << QStringList{u"ああああ"_s}
                                                    << QList<qint32>{0x3042, pair(0x3042, 0x3042)};
        QTest::newRow("case folded") << QStringList{u"AB"_s} << QList<qint32>{'a', 'b', pair('a', 'b')};
        QTest::newRow("full-width case folded") << QStringList{u"Ｑ"_s} << QList<qint32>{0xFF51};
        QTest::newRow("whitespace left out") << QStringList{u"a b\tc\n"_s} << QList<qint32>{'a', 'b', 'c'};
        QTest::newRow("ideographic space left out") << QStringList{u"田　中"_s} << QList<qint32>{0x4E2D, 0x7530};
        QTest::newRow("part separator chr(1) left out") << QStringList{u"x\u0001y"_s} << QList<qint32>{'x', 'y'};
        QTest::newRow("no pair across two texts") << QStringList{u"a"_s, u"b"_s} << QList<qint32>{'a', 'b'};
        QTest::newRow("outside the BMP folds to the private use area")
            << QStringList{u"𠮷"_s} << QList<qint32>{qint32(0xE000 | (0x20BB7 & 0x0FFF))};
    }

    void keysOfText()
    {
        QFETCH(QStringList, texts);
        QFETCH(QList<qint32>, keys);
        std::sort(keys.begin(), keys.end());
        QCOMPARE(SearchGrams::keysOf(texts), keys);
    }

    void queryKey_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("hasKey");
        QTest::addColumn<qint32>("key");
        QTest::newRow("one kanji") << u"猫"_s << true << qint32(0x732B);
        QTest::newRow("two kanji") << u"請求"_s << true << pair(0x8ACB, 0x6C42);
        QTest::newRow("upper case ASCII") << u"QX"_s << true << pair('q', 'x');
        QTest::newRow("kana and ASCII") << u"号A"_s << true << pair(0x53F7, 'a');
        QTest::newRow("outside the BMP") << u"𠮷"_s << true << qint32(0xE000 | (0x20BB7 & 0x0FFF));
        QTest::newRow("three characters use pg_trgm") << u"請求書"_s << false << 0;
        QTest::newRow("empty") << u""_s << false << 0;
        QTest::newRow("a space") << u" "_s << false << 0;
        QTest::newRow("space inside") << u"a b"_s << false << 0;
        QTest::newRow("trailing space") << u"a "_s << false << 0;
    }

    void queryKey()
    {
        QFETCH(QString, query);
        QFETCH(bool, hasKey);
        QFETCH(qint32, key);
        const auto found = SearchGrams::queryKey(query);
        QCOMPARE(found.has_value(), hasKey);
        if (hasKey)
            QCOMPARE(*found, key);
    }

    // What makes the index safe to trust: every substring of one or two characters a
    // search can be asked for (no whitespace, any case) is under a key of its text.
    void everyShortSubstringIsIndexed()
    {
        const QString alphabet = u"請求書の再発行ログインできませんＡＢab AB　①㈱\n𠮷ｶﾅ"_s;
        const QList<uint> letters = alphabet.toUcs4();
        QRandomGenerator random(7);
        for (int round = 0; round < 300; ++round) {
            QList<uint> text;
            const int length = 1 + random.bounded(40);
            for (int i = 0; i < length; ++i)
                text.append(letters.at(random.bounded(letters.size())));
            const QString message = QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData()),
                                                      text.size());
            const QList<qint32> keys = SearchGrams::keysOf({message});
            for (qsizetype i = 0; i < text.size(); ++i) {
                for (qsizetype n = 1; n <= 2 && i + n <= text.size(); ++n) {
                    const QString query = QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData() + i), n);
                    for (const QString &asked : {query, query.toUpper(), query.toLower()}) {
                        const auto key = SearchGrams::queryKey(asked);
                        if (!key)
                            continue; // whitespace: the search trims it, no short query holds it
                        QVERIFY2(std::binary_search(keys.cbegin(), keys.cend(), *key),
                                 qPrintable(u"\"%1\" in \"%2\""_s.arg(asked, message)));
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchGrams)
#include "tst_searchgrams.moc"
