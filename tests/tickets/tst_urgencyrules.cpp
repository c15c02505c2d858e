// Urgent keyword rules: matching (table-driven, with the full/half-width forms Japanese mail
// mixes), validation, JSON, and storage with the manager-only rule and the audit log — the
// same code on SQLite (tst_urgencyrules) and PostgreSQL (tst_urgencyrules_pg).

#include "../common/TestDatabase.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"
#include "tickets/UrgencyRules.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

Q_DECLARE_METATYPE(Madoguchi::UrgencyRules)

class TestUrgencyRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<UrgencyRules>("rules");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("matched"); // the rule's pattern, empty when not urgent

        const UrgencyRules defaults = UrgencyRules::defaults();
        QTest::newRow("default: 緊急 in subject")
            << defaults << u"【緊急】管理画面が開きません"_s << u""_s << u"緊急"_s;
        QTest::newRow("default: 至急 in body") << defaults << u"ご相談"_s << u"至急ご確認ください。"_s << u"至急"_s;
        QTest::newRow("default: scenario mail")
            << defaults << u"メール配信が停止しています"_s << u""_s << u"メール配信が停止"_s;
        QTest::newRow("default: batch failed (regex)")
            << defaults << u"配信バッチが失敗しました"_s << u""_s << u"配信(バッチ)?が(止ま|停止|失敗)"_s;
        QTest::newRow("default: delivery stopped (regex)")
            << defaults << u"Re: 配信が止まっています"_s << u""_s << u"配信(バッチ)?が(止ま|停止|失敗)"_s;
        QTest::newRow("default: cannot log in (regex)")
            << defaults << u"お問い合わせ"_s << u"朝からログインできません。"_s
            << u"(ログイン|利用|アクセス)(が|も)?でき(ない|ません)"_s;
        QTest::newRow("default: service unusable (regex)") << defaults << u"サービスが利用できない"_s << u""_s
                                                           << u"(ログイン|利用|アクセス)(が|も)?でき(ない|ません)"_s;
        QTest::newRow("default: half-width kana ﾛｸﾞｲﾝ")
            << defaults << u"ﾛｸﾞｲﾝできません"_s << u""_s << u"(ログイン|利用|アクセス)(が|も)?でき(ない|ません)"_s;
        QTest::newRow("default: ordinary question")
            << defaults << u"請求書の再発行について"_s << u"いつもお世話になっております。"_s << QString();
        QTest::newRow("default: unsubscribe is not an outage")
            << defaults << u"メール配信停止のお願い"_s << u"配信停止をお願いします"_s << QString();
        QTest::newRow("default: empty mail") << defaults << QString() << QString() << QString();

        const UrgencyRules keyword({ { u"Outage"_s, false } });
        QTest::newRow("keyword: case-insensitive") << keyword << u"OUTAGE report"_s << u""_s << u"Outage"_s;
        QTest::newRow("keyword: full-width Latin") << keyword << u"ＯＵＴＡＧＥ"_s << u""_s << u"Outage"_s;
        QTest::newRow("keyword: in body") << keyword << u"hello"_s << u"there is an outage now"_s << u"Outage"_s;
        QTest::newRow("keyword: not split across subject and body") << keyword << u"Out"_s << u"age"_s << QString();
        QTest::newRow("keyword: no match") << keyword << u"Outing"_s << u""_s << QString();

        const UrgencyRules fullWidthRule({ { u"ＤＢ障害"_s, false } });
        QTest::newRow("full-width rule, ASCII mail") << fullWidthRule << u"db障害の件"_s << u""_s << u"ＤＢ障害"_s;

        const UrgencyRules halfWidthRule({ { u"ｻｰﾊﾞｰﾀﾞｳﾝ"_s, false } });
        QTest::newRow("half-width rule, full-width mail")
            << halfWidthRule << u"サーバーダウン"_s << u""_s << u"ｻｰﾊﾞｰﾀﾞｳﾝ"_s;

        const UrgencyRules regex({ { u"\\bP[01]\\b"_s, true } });
        QTest::newRow("regex: word boundary hit") << regex << u"[P0] 全停止"_s << u""_s << u"\\bP[01]\\b"_s;
        QTest::newRow("regex: case-insensitive") << regex << u"p1 障害"_s << u""_s << u"\\bP[01]\\b"_s;
        QTest::newRow("regex: word boundary miss") << regex << u"P10 question"_s << u""_s << QString();

        const UrgencyRules upperClass({ { u"^\\S+停止$"_s, true } });
        QTest::newRow("regex: \\S keeps its meaning") << upperClass << u"全機能停止"_s << u""_s << u"^\\S+停止$"_s;
        QTest::newRow("regex: \\S does not match spaces") << upperClass << u"全 機能停止"_s << u""_s << QString();

        const UrgencyRules order({ { u"障害"_s, false }, { u"緊急"_s, false } });
        QTest::newRow("first matching rule wins") << order << u"緊急: 障害発生"_s << u""_s << u"障害"_s;

        const UrgencyRules withEmpty({ { u"  "_s, false }, { u"停止"_s, false } });
        QTest::newRow("blank rule never matches everything") << withEmpty << u"質問"_s << u""_s << QString();
        QTest::newRow("blank rule skipped") << withEmpty << u"停止"_s << u""_s << u"停止"_s;

        QTest::newRow("no rules") << UrgencyRules() << u"緊急"_s << u""_s << QString();
    }

    void matches()
    {
        QFETCH(UrgencyRules, rules);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QString, matched);
        const auto hit = rules.firstMatch(subject, body);
        QCOMPARE(hit.has_value(), !matched.isEmpty());
        QCOMPARE(rules.isUrgent(subject, body), !matched.isEmpty());
        if (hit)
            QCOMPARE(hit->pattern, matched);
    }

    void validate_data()
    {
        QTest::addColumn<UrgencyRules>("rules");
        QTest::addColumn<QString>("error"); // a fragment of the message; empty when valid

        QTest::newRow("defaults") << UrgencyRules::defaults() << QString();
        QTest::newRow("none") << UrgencyRules() << QString();
        QTest::newRow("keyword with regex characters is fine") << UrgencyRules({ { u"(緊急"_s, false } }) << QString();
        QTest::newRow("bad regex") << UrgencyRules({ { u"停止"_s, false }, { u"(緊急"_s, true } }) << u"Rule 2"_s;
        QTest::newRow("empty rule") << UrgencyRules({ { u""_s, false } }) << u"Rule 1 is empty"_s;
    }

    void validate()
    {
        QFETCH(UrgencyRules, rules);
        QFETCH(QString, error);
        const auto valid = rules.validate();
        QCOMPARE(valid.ok(), error.isEmpty());
        if (!valid.ok())
            QVERIFY2(valid.error().message.contains(error), qPrintable(valid.error().message));
    }

    void jsonRoundTrip()
    {
        const UrgencyRules rules({ { u"緊急"_s, false }, { u"配信.*停止"_s, true }, { u"\"quoted\""_s, false } });
        auto back = UrgencyRules::fromJson(rules.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->rules(), rules.rules());
        QVERIFY(!UrgencyRules::fromJson("{not json").ok());
    }

    void storedManagerOnlyAndAudited()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        FixedClock clock(*Jst::parseIso(u"2026-06-10T12:00:00+09:00"_s));
        TicketDesk desk(t.db(), clock);
        TicketFixtureBuilder build(desk);
        const StaffUser tanaka = build.staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        const StaffUser sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        QVERIFY(tanaka.id > 0 && sato.id > 0);

        auto initial = UrgencyRules::load(t.db());
        QVERIFY(initial.ok());
        QCOMPARE(initial->rules(), UrgencyRules::defaults().rules()); // nothing stored yet

        const UrgencyRules mine({ { u"全停止"_s, false }, { u"P[01]"_s, true } });
        const auto refused = mine.save(t.db(), desk.audit(), sato);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"permission"_s);

        const auto invalid = UrgencyRules({ { u"(("_s, true } }).save(t.db(), desk.audit(), tanaka);
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().code, u"urgency-rule"_s);

        const auto saved = mine.save(t.db(), desk.audit(), tanaka);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        auto loaded = UrgencyRules::load(t.db());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->rules(), mine.rules());
        QVERIFY(loaded->isUrgent(u"サービス全停止"_s, QString()));

        auto audit = desk.audit().recent(5, u"urgency-rules"_s);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().actorName, u"田中"_s);
        QVERIFY(audit->first().newValue.contains(u"全停止"_s));
        QVERIFY(audit->first().oldValue.contains(u"緊急"_s));
    }
};

QTEST_GUILESS_MAIN(TestUrgencyRules)
#include "tst_urgencyrules.moc"
