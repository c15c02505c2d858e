// 二重返信防止: open reply editors as the whole team sees them, on SQLite (tst_replyeditors)
// and PostgreSQL (tst_replyeditors_pg), two connections standing for two desktops.

#include "../common/TestDatabase.h"
#include "../common/VerifyOk.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "tickets/ReplyEditors.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

namespace {

QDateTime jst(const QString &text)
{
    return *Jst::parseIso(text + u":00+09:00"_s);
}

} // namespace

class TestReplyEditors : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketDesk> m_desk;
    std::unique_ptr<TicketFixtureBuilder> m_build;
    StaffUser m_sato, m_tanaka;
    qint64 m_ticket = 0;

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        QVERIFY(m_t->isValid());
        m_clock = std::make_unique<FixedClock>(jst(u"2026-06-10T12:00"_s));
        m_desk = std::make_unique<TicketDesk>(m_t->db(), *m_clock);
        m_build = std::make_unique<TicketFixtureBuilder>(*m_desk);
        m_sato = m_build->staff(u"sato"_s, u"佐藤"_s).valueOr({});
        m_tanaka = m_build->staff(u"tanaka"_s, u"田中"_s).valueOr({});
        auto stored = m_build->customerMail(u"yamada@example.jp"_s, u"ログインできません"_s, u"本文"_s,
                                            jst(u"2026-06-10T09:00"_s));
        VERIFY_OK(stored);
        m_ticket = stored->ticketId;
    }

    void cleanup()
    {
        m_build.reset();
        m_desk.reset();
        m_t.reset();
    }

    void anotherDesktopSeesWhoIsWriting()
    {
        ReplyEditors mine(m_t->db(), *m_clock);
        Database &otherDb = m_t->another();
        ReplyEditors theirs(otherDb, *m_clock);
        auto opened = mine.open(m_sato, m_ticket);
        VERIFY_OK(opened);
        QCOMPARE(opened->staffName, u"佐藤"_s);
        QCOMPARE(opened->opened, m_clock->now());

        auto seen = theirs.onTicket(m_ticket, m_tanaka.id);
        VERIFY_OK(seen);
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->at(0).staffName, u"佐藤"_s);
        QCOMPARE(seen->at(0).staffId, m_sato.id);
        // Sato's own desk does not tell her that she is writing.
        QVERIFY(mine.onTicket(m_ticket, m_sato.id)->isEmpty());

        VERIFY_OK(mine.close(opened->id));
        QVERIFY(theirs.onTicket(m_ticket, m_tanaka.id)->isEmpty());
        VERIFY_OK(mine.close(opened->id)); // closing twice is harmless
    }

    void openingAndClosingAnnounceTheTicket()
    {
        ReplyEditors editors(m_t->db(), *m_clock);
        QSignalSpy changed(&m_t->db(), &Database::ticketsChanged);
        VERIFY_OK(m_t->db().watchForChanges(50));
        auto opened = editors.open(m_sato, m_ticket);
        VERIFY_OK(opened);
        QTRY_VERIFY(!changed.isEmpty());
        bool named = false;
        for (const QList<QVariant> &args : std::as_const(changed))
            named = named || args.at(0).value<QList<qint64>>().contains(m_ticket);
        QVERIFY(named);
        changed.clear();
        VERIFY_OK(editors.close(opened->id));
        QTRY_VERIFY(!changed.isEmpty());
    }

    void aSilentDesktopStopsCounting_data()
    {
        QTest::addColumn<int>("silentSecs");
        QTest::addColumn<bool>("beat");
        QTest::addColumn<bool>("stillShown");
        QTest::newRow("just opened") << 0 << false << true;
        QTest::newRow("two minutes, no beat") << ReplyEditors::staleAfterSecs << false << true;
        QTest::newRow("past stale, no beat") << ReplyEditors::staleAfterSecs + 1 << false << false;
        QTest::newRow("past stale, beating") << ReplyEditors::staleAfterSecs + 1 << true << true;
        QTest::newRow("an hour, beating") << 3600 << true << true;
    }
    void aSilentDesktopStopsCounting()
    {
        QFETCH(int, silentSecs);
        QFETCH(bool, beat);
        QFETCH(bool, stillShown);
        ReplyEditors editors(m_t->db(), *m_clock);
        auto opened = editors.open(m_sato, m_ticket);
        VERIFY_OK(opened);
        // A beating editor beats every heartbeatSecs; a crashed one never again.
        for (int passed = 0; passed < silentSecs;) {
            const int step = std::min(ReplyEditors::heartbeatSecs, silentSecs - passed);
            m_clock->advanceSecs(step);
            passed += step;
            if (beat)
                VERIFY_OK(editors.beat(opened->id));
        }
        QCOMPARE(editors.onTicket(m_ticket, m_tanaka.id)->size(), stillShown ? 1 : 0);
    }

    void staleRowsAreRemovedByTheNextOpen()
    {
        ReplyEditors editors(m_t->db(), *m_clock);
        VERIFY_OK(editors.open(m_sato, m_ticket));
        m_clock->advanceSecs(ReplyEditors::staleAfterSecs + 1);
        VERIFY_OK(editors.open(m_tanaka, m_ticket));
        auto rows = m_t->db().scalar(u"count"_s, u"SELECT COUNT(*) FROM reply_editors"_s);
        QCOMPARE(rows->toInt(), 1);
    }

    void twoPeopleWritingAreBothShownOldestFirst()
    {
        ReplyEditors editors(m_t->db(), *m_clock);
        VERIFY_OK(editors.open(m_sato, m_ticket));
        m_clock->advanceSecs(10);
        VERIFY_OK(editors.open(m_tanaka, m_ticket));
        auto all = editors.onTicket(m_ticket);
        VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).staffName, u"佐藤"_s);
        QCOMPARE(all->at(1).staffName, u"田中"_s);
    }

    void repliesSinceTheEditorOpened()
    {
        ReplyEditors editors(m_t->db(), *m_clock);
        auto seen = editors.lastMessageRowId(m_ticket);
        VERIFY_OK(seen);
        QVERIFY(*seen > 0);
        QVERIFY(editors.repliesSince(m_ticket, *seen)->isEmpty());
        // Another customer message is no reason to warn; a colleague's reply is.
        VERIFY_OK(m_build->customerMail(u"yamada@example.jp"_s, u"追記"_s, u"追記です"_s, m_clock->now(), m_ticket));
        QVERIFY(editors.repliesSince(m_ticket, *seen)->isEmpty());
        m_clock->advanceSecs(60);
        VERIFY_OK(m_build->staffReply(m_ticket, m_tanaka, u"回答します"_s, m_clock->now()));
        auto since = editors.repliesSince(m_ticket, *seen);
        VERIFY_OK(since);
        QCOMPARE(since->size(), 1);
        QCOMPARE(since->at(0).authorId, m_tanaka.id);
        QCOMPARE(since->at(0).authorName, u"田中"_s);
        QCOMPARE(since->at(0).at, m_clock->now());
        // A reply synced late from the mailbox, received before the editor opened, still counts.
        VERIFY_OK(m_build->staffReply(m_ticket, m_sato, u"別のメーラーから"_s, jst(u"2026-06-10T10:00"_s)));
        QCOMPARE(editors.repliesSince(m_ticket, *seen)->size(), 2);
    }
    // 二重返信防止 still counts a reply waiting in the outbox (issue 12); a discarded one no longer.
    void aReplyWaitingInTheOutboxCounts()
    {
        ReplyEditors editors(m_t->db(), *m_clock);
        auto seen = editors.lastMessageRowId(m_ticket);
        VERIFY_OK(seen);
        TicketMessage reply;
        reply.kind = MessageKind::StaffReply;
        reply.messageId = u"waiting@desk.example.co.jp"_s;
        reply.fromAddress = u"support@desk.example.co.jp"_s;
        reply.received = m_clock->now();
        reply.authorId = m_tanaka.id;
        reply.delivery = ReplyDelivery::Pending;
        auto stored = m_desk->mail().addMessage(reply, m_ticket);
        VERIFY_OK(stored);
        // It answers nothing yet …
        QCOMPARE(m_desk->obligations().openCount(m_ticket).valueOr(-1), 1);
        // … but an editor opened now is told, and Send asks.
        auto waiting = editors.waitingReplies(m_ticket);
        VERIFY_OK(waiting);
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->at(0).authorName, u"田中"_s);
        QVERIFY(waiting->at(0).waiting);
        auto since = editors.repliesSince(m_ticket, *seen);
        VERIFY_OK(since);
        QCOMPARE(since->size(), 1);
        QVERIFY(since->at(0).waiting);
        VERIFY_OK(m_desk->mail().markDiscarded(stored->messageRowId));
        QVERIFY(editors.waitingReplies(m_ticket)->isEmpty());
        QVERIFY(editors.repliesSince(m_ticket, *seen)->isEmpty());
        QCOMPARE(m_desk->obligations().openCount(m_ticket).valueOr(-1), 1);
    }
};

QTEST_GUILESS_MAIN(TestReplyEditors)
#include "tst_replyeditors.moc"
