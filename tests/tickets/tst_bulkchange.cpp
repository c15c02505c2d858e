// Bulk changes from the list's multi-selection (issue 13): one change applied to each ticket
// through TicketOperations, each version-checked and audited on its own; a ticket another
// desktop changed meanwhile is skipped with the reason, the others go ahead. The same code
// on SQLite (tst_bulkchange) and PostgreSQL (tst_bulkchange_pg).

#include "../common/TestDatabase.h"
#include "../common/VerifyOk.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "tickets/BulkTicketChange.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

Q_DECLARE_METATYPE(BulkChange::Kind)

namespace {

QDateTime jst(int day, int hour)
{
    return Jst::at(QDate(2026, 6, day), QTime(hour, 0));
}

} // namespace

class TestBulkChange : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketDesk> m_desk;
    StaffUser m_sato, m_tanaka;
    QList<qint64> m_ids;

    Ticket ticketOf(TicketDesk &desk, qint64 id) { return desk.tickets().ticket(id).valueOr(std::nullopt).value_or(Ticket{}); }

    QList<SeenTicket> seen()
    {
        QList<SeenTicket> tickets;
        for (qint64 id : std::as_const(m_ids))
            tickets.append({id, ticketOf(*m_desk, id).version});
        return tickets;
    }

    int auditLines(qint64 id, const QString &action)
    {
        const auto entries = m_desk->audit().forTicket(id).valueOr({});
        return int(std::count_if(entries.cbegin(), entries.cend(), [&](const AuditEntry &entry) {
            return entry.action == action && entry.actorId == m_sato.id;
        }));
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        QVERIFY(m_t->isValid());
        m_clock = std::make_unique<FixedClock>(jst(10, 12));
        m_desk = std::make_unique<TicketDesk>(m_t->db(), *m_clock);
        TicketFixtureBuilder build(*m_desk);
        m_tanaka = build.staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        m_sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        QVERIFY(m_tanaka.id > 0 && m_sato.id > 0);
        m_ids.clear();
        for (int i = 0; i < 5; ++i) {
            auto stored = build.customerMail(u"c%1@kabushiki.example.jp"_s.arg(i), u"問い合わせ %1"_s.arg(i), u"本文"_s,
                                             jst(8 + i % 2, 10 + i));
            VERIFY_OK(stored);
            m_ids.append(stored->ticketId);
        }
    }

    void cleanup()
    {
        m_desk.reset();
        m_t.reset();
    }

    void eachTicketChangedOnceAndAConflictSkipped_data()
    {
        QTest::addColumn<BulkChange::Kind>("kind");
        QTest::addColumn<QString>("auditAction");
        QTest::addColumn<int>("updated"); // of the five, one changed meanwhile by another desktop
        QTest::newRow("assign") << BulkChange::Kind::Assign << u"assign"_s << 4;
        QTest::newRow("status") << BulkChange::Kind::Status << u"status"_s << 4;
        QTest::newRow("priority") << BulkChange::Kind::Priority << u"priority"_s << 4;
        QTest::newRow("tag") << BulkChange::Kind::AddTag << u"tag"_s << 4;
        QTest::newRow("merge") << BulkChange::Kind::Merge << u"merge"_s << 3; // the first is the target
    }

    void eachTicketChangedOnceAndAConflictSkipped()
    {
        QFETCH(BulkChange::Kind, kind);
        QFETCH(QString, auditAction);
        QFETCH(int, updated);
        const QList<SeenTicket> chosen = seen();
        // Another desktop (its own connection) changes the third ticket after Sato chose them.
        TicketDesk other(m_t->another(), *m_clock);
        const qint64 changedElsewhere = m_ids.at(2);
        VERIFY_OK(other.operations().addInternalNote(m_tanaka, changedElsewhere,
                                                     ticketOf(other, changedElsewhere).version, u"電話済み"_s));

        BulkChange change;
        change.kind = kind;
        change.assigneeId = m_sato.id;
        change.status = TicketStatus::Waiting;
        change.priority = TicketPriority::High;
        change.tag = u"請求"_s;
        change.mergeTarget = chosen.first();
        const BulkOutcome outcome = BulkTicketChange(m_desk->operations()).apply(m_sato, chosen, change);

        QCOMPARE(outcome.tickets.size(), updated + 1);
        QCOMPARE(outcome.count(BulkTicketOutcome::State::Updated), updated);
        QCOMPARE(outcome.count(BulkTicketOutcome::State::Conflict), 1);
        QCOMPARE(outcome.count(BulkTicketOutcome::State::Failed), 0);
        for (const BulkTicketOutcome &ticket : outcome.tickets) {
            if (ticket.ticketId == changedElsewhere) {
                QCOMPARE(ticket.state, BulkTicketOutcome::State::Conflict);
                QVERIFY2(ticket.reason.contains(u"田中"_s), qPrintable(ticket.reason));
                QVERIFY2(ticket.reason.contains(u"#%1"_s.arg(changedElsewhere)), qPrintable(ticket.reason));
            } else {
                QCOMPARE(ticket.state, BulkTicketOutcome::State::Updated);
            }
        }
        QCOMPARE(outcome.summary(), u"%1 ticket(s) updated, 1 skipped because someone else changed it"_s.arg(updated));
        QCOMPARE(outcome.refusals().size(), 1);
        QVERIFY(outcome.refusals().first().startsWith(u"#%1: "_s.arg(changedElsewhere)));

        // Each changed ticket carries the change and its own audit line; the skipped one neither.
        for (qint64 id : std::as_const(m_ids)) {
            const Ticket t = ticketOf(*m_desk, id);
            const bool skipped = id == changedElsewhere;
            const bool target = kind == BulkChange::Kind::Merge && id == m_ids.first();
            if (!target)
                QCOMPARE(auditLines(id, auditAction), skipped ? 0 : 1);
            switch (kind) {
            case BulkChange::Kind::Assign:
                QCOMPARE(t.assigneeId, skipped ? 0 : m_sato.id);
                break;
            case BulkChange::Kind::Status:
                QCOMPARE(t.status, skipped ? TicketStatus::New : TicketStatus::Waiting);
                break;
            case BulkChange::Kind::Priority:
                QCOMPARE(t.priority, skipped ? TicketPriority::Normal : TicketPriority::High);
                break;
            case BulkChange::Kind::AddTag:
                QCOMPARE(t.tags, skipped ? QStringList() : QStringList{u"請求"_s});
                break;
            case BulkChange::Kind::Merge:
                QCOMPARE(t.mergedIntoId, skipped || target ? 0 : m_ids.first());
                if (target)
                    QCOMPARE(auditLines(id, auditAction), updated); // one line per ticket merged in
                break;
            }
        }
    }

    void missingTicketFailsAloneAndSummaryIsJapaneseShaped()
    {
        QList<SeenTicket> chosen = seen();
        chosen.append({424242, 1});
        BulkChange change;
        change.kind = BulkChange::Kind::Status;
        change.status = TicketStatus::Open;
        const BulkOutcome outcome = BulkTicketChange(m_desk->operations()).apply(m_sato, chosen, change);
        QCOMPARE(outcome.count(BulkTicketOutcome::State::Updated), 5);
        QCOMPARE(outcome.count(BulkTicketOutcome::State::Failed), 1);
        QCOMPARE(outcome.tickets.last().ticketId, 424242);
        QVERIFY(!outcome.tickets.last().reason.isEmpty());
        QCOMPARE(outcome.summary(), u"5 ticket(s) updated, 1 could not be changed"_s);
        for (qint64 id : std::as_const(m_ids))
            QCOMPARE(ticketOf(*m_desk, id).status, TicketStatus::Open);
    }

    void aStaleMergeTargetRefusesEveryMerge()
    {
        const QList<SeenTicket> chosen = seen();
        TicketDesk other(m_t->another(), *m_clock);
        const qint64 target = m_ids.first();
        VERIFY_OK(other.operations().setStatus(m_tanaka, target, ticketOf(other, target).version, TicketStatus::Open));
        BulkChange change;
        change.kind = BulkChange::Kind::Merge;
        change.mergeTarget = chosen.first();
        const BulkOutcome outcome = BulkTicketChange(m_desk->operations()).apply(m_sato, chosen, change);
        QCOMPARE(outcome.count(BulkTicketOutcome::State::Conflict), 4);
        for (qint64 id : std::as_const(m_ids))
            QCOMPARE(ticketOf(*m_desk, id).mergedIntoId, 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkChange)
#include "tst_bulkchange.moc"
