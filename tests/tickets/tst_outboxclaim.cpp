// Outbox::claimNext when someone else changes the entry it read before it claims it (issue
// 17): another sender claimed it, or staff discarded it. The loser goes on to the next due
// entry instead of reporting "nothing due", so `outbox send` and the desktop's sender never
// stop while replies are waiting, and a discarded reply is never claimed. The race is made
// exact on PostgreSQL: a second connection has changed the oldest entry but not committed,
// our claim has read it as still queued and waits for that row; then the other commits.
// (SQLite's BEGIN IMMEDIATE serialises the two, so there our claim simply reads after it.)
// Run on SQLite (tst_outboxclaim) and PostgreSQL (tst_outboxclaim_pg).

#include "../common/TestDatabase.h"
#include "../common/VerifyOk.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "store/SqlValues.h"
#include "tickets/Outbox.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

class TestOutboxClaim : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketDesk> m_desk;
    QList<qint64> m_ids; // three replies, due now, oldest first

    // What claimNext on a connection of its own returns while `other` holds an uncommitted
    // change to the first entry, which it commits once our claim waits for it.
    Result<std::optional<OutboxEntry>> claimWhileOtherCommits(Database &other)
    {
        std::optional<Result<std::optional<OutboxEntry>>> result;
        std::unique_ptr<QThread> sender(QThread::create([&]() {
            auto database = TestDatabase::openOrFail(m_t->address()); // a connection belongs to one thread
            result = database ? Outbox(*database).claimNext(m_clock->now())
                              : Result<std::optional<OutboxEntry>>(makeError(u"test"_s, u"cannot connect"_s));
        }));
        sender->start();
        // On PostgreSQL our claim has read the entry as queued and now waits for the other's row lock.
        const bool waiting = !Testing::usingPostgres() || QTest::qWaitFor([this]() {
            return m_t->db()
                       .scalar(u"test"_s, u"SELECT COUNT(*) FROM pg_locks WHERE NOT granted"_s)
                       .valueOr(QVariant(0))
                       .toInt()
                   > 0;
        }, 30000);
        if (auto committed = other.commitTransaction(); !committed)
            return committed.error();
        if (!sender->wait(30000))
            return makeError(u"test"_s, u"the claim never finished"_s);
        if (!waiting)
            return makeError(u"test"_s, u"the claim never waited for the other's row"_s);
        return result.value_or(makeError(u"test"_s, u"no result"_s));
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        QVERIFY(m_t->isValid());
        m_clock = std::make_unique<FixedClock>(*Jst::parseIso(u"2026-06-10T12:00:00+09:00"_s));
        m_desk = std::make_unique<TicketDesk>(m_t->db(), *m_clock);
        TicketFixtureBuilder build(*m_desk);
        const StaffUser sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        QVERIFY(sato.id > 0);
        auto ticket = build.customerMail(u"a@example.jp"_s, u"件名"_s, u"x"_s, m_clock->now().addSecs(-3600));
        VERIFY_OK(ticket);
        m_ids.clear();
        for (int n = 0; n < 3; ++n) {
            auto reply = build.staffReply(ticket->ticketId, sato, u"回答 %1"_s.arg(n), m_clock->now().addSecs(-60 + n));
            VERIFY_OK(reply);
            auto id = m_desk->outbox().enqueue(reply->messageRowId, m_clock->now().addSecs(-60));
            VERIFY_OK(id);
            m_ids.append(*id);
        }
    }

    void cleanup()
    {
        m_desk.reset();
        m_t.reset();
    }

    void lostClaimGoesOnToTheNextDueEntry()
    {
        // The other sender claims the oldest entry, as claimNext does, and holds its commit.
        Database &other = m_t->another();
        VERIFY_OK(other.beginTransaction());
        auto held = other.exec(u"test"_s,
                               u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, next_attempt_ms = ? "
                               "WHERE id = ?"_s,
                               {SqlValues::fromTime(m_clock->now().addSecs(600)), m_ids.first()});
        VERIFY_OK(held);
        QCOMPARE(held->numRowsAffected(), 1);
        auto ours = claimWhileOtherCommits(other);
        VERIFY_OK(ours);
        QVERIFY2(ours->has_value(), "the sender that lost the race stopped although two replies were due");
        QCOMPARE((*ours)->id, m_ids.at(1));
        QCOMPARE((*ours)->state, OutboxState::Sending);
        QCOMPARE((*ours)->attempts, 1);
        // The other's claim stands, and the third entry is still due for whoever asks next.
        QCOMPARE(m_desk->outbox().entry(m_ids.first())->value().attempts, 1);
        auto third = m_desk->outbox().claimNext(m_clock->now());
        VERIFY_OK(third);
        QVERIFY(third->has_value());
        QCOMPARE((*third)->id, m_ids.at(2));
        QVERIFY(!m_desk->outbox().claimNext(m_clock->now())->has_value());
    }

    // A reply staff discard between a sender's read and its claim is not claimed (so never
    // sent); the sender takes the next one.
    void discardedAfterTheReadIsNotClaimed()
    {
        Database &other = m_t->another();
        VERIFY_OK(other.beginTransaction());
        VERIFY_OK(Outbox(other).discard(m_ids.first(), u"test"_s));
        auto ours = claimWhileOtherCommits(other);
        VERIFY_OK(ours);
        QVERIFY(ours->has_value());
        QCOMPARE((*ours)->id, m_ids.at(1));
        QCOMPARE(m_desk->outbox().entry(m_ids.first())->value().state, OutboxState::Failed);
    }
};

QTEST_GUILESS_MAIN(TestOutboxClaim)
#include "tst_outboxclaim.moc"
