#pragma once

// The desk the main-window tests (tst_desk, tst_deskwindow) open: Sato's seven tickets on
// Tuesday 24 November 2026 at 16:30 JST, on SQLite or PostgreSQL (TestDatabase).

#include "../common/TestDatabase.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace Madoguchi::DeskTest {

// Settings and backups in Qt's test locations, under the test program's name.
inline void useTestLocations(const QString &program)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MadoguchiTest"));
    QCoreApplication::setApplicationName(program);
}

// A moment of 2026 in JST.
inline QDateTime jst(int month, int day, int hour, int minute = 0)
{
    return Jst::at(QDate(2026, month, day), QTime(hour, minute));
}

// Tuesday 24 November 2026, the day after 勤労感謝の日 (Monday 23rd): Sato's morning.
struct Fixture
{
    Testing::TestDatabase db;
    FixedClock clock{jst(11, 24, 16, 30)};
    std::unique_ptr<TicketDesk> desk;
    StaffUser sato;
    qint64 thursday = 0, thursdayEarly = 0, friday = 0, saturday = 0, today = 0, waiting = 0, closed = 0;

    Fixture()
    {
        using namespace Qt::Literals::StringLiterals;
        desk = std::make_unique<TicketDesk>(db.db(), clock);
        TicketFixtureBuilder build(*desk);
        auto me = build.staff(u"sato"_s, u"佐藤"_s);
        QVERIFY(me.ok());
        sato = me.value();
        auto mail = [&](const char *from, const char *subject, const char *body, const QDateTime &at) {
            auto stored = build.customerMail(QString::fromUtf8(from), QString::fromUtf8(subject),
                                             QString::fromUtf8(body), at);
            if (!stored)
                qWarning("%s", qPrintable(stored.error().message));
            return stored ? stored->ticketId : 0;
        };
        thursday = mail("yamada@kabushiki.example.jp", "ログインできません", "管理画面に入れません。", jst(11, 19, 14));
        thursdayEarly = mail("ito@minato.example.co.jp", "CSVの文字化け", "Excelで開くと化けます。", jst(11, 19, 9));
        friday = mail("kato@sapporo.example.jp", "配信予約について", "予約が反映されません。", jst(11, 20, 11));
        saturday = mail("watanabe@osaka-kogyo.example.jp", "請求書の再発行", "㈱大阪工業の請求書①を再発行願います。",
                        jst(11, 21, 23, 40));
        today = mail("inoue@kobe.example.jp", "API上限", "上限を教えてください。", jst(11, 24, 9));
        waiting = mail("kobayashi@tokyo-shoji.example.jp", "ユーザー追加", "追加したいです。", jst(11, 18, 10));
        closed = mail("yoshida@fukuoka.example.jp", "解約の相談", "解約について。", jst(11, 10, 10));
        QVERIFY(build.staffReply(waiting, sato, u"手順をお送りします。"_s, jst(11, 18, 15)).ok());
        auto &ops = desk->operations();
        auto version = [&](qint64 id) { return desk->tickets().ticket(id).value()->version; };
        QVERIFY(ops.setStatus(sato, waiting, version(waiting), TicketStatus::Waiting).ok());
        QVERIFY(build.staffReply(closed, sato, u"承知しました。"_s, jst(11, 10, 15)).ok());
        QVERIFY(ops.setStatus(sato, closed, version(closed), TicketStatus::Closed).ok());
        QVERIFY(ops.setStatus(sato, today, version(today), TicketStatus::Open).ok());
        QVERIFY(ops.assign(sato, thursday, version(thursday), sato.id).ok());
    }
};

} // namespace Madoguchi::DeskTest
