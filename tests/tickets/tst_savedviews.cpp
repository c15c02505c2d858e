// Saved views (issue 13, schema 14): a person's named queue, filters and search, kept in the
// database per person, shared team-wide by a manager only. SQLite and PostgreSQL.

#include "../common/TestDatabase.h"
#include "../common/VerifyOk.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "tickets/SavedViews.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

Q_DECLARE_METATYPE(Madoguchi::TicketListFilter)

class TestSavedViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketDesk> m_desk;
    StaffUser m_sato, m_suzuki, m_tanaka;

    SavedViews views() { return SavedViews(m_desk->database(), m_desk->audit()); }

    QStringList names(qint64 staffId)
    {
        QStringList list;
        for (const SavedView &view : views().visibleTo(staffId).valueOr({}))
            list.append(view.name);
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        QVERIFY(m_t->isValid());
        m_clock = std::make_unique<FixedClock>(Jst::at(QDate(2026, 11, 24), QTime(16, 30)));
        m_desk = std::make_unique<TicketDesk>(m_t->db(), *m_clock);
        TicketFixtureBuilder build(*m_desk);
        m_tanaka = build.staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        m_sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        m_suzuki = build.staff(u"suzuki"_s, u"鈴木"_s).valueOr({});
        QVERIFY(m_tanaka.id > 0 && m_sato.id > 0 && m_suzuki.id > 0);
    }

    void cleanup()
    {
        m_desk.reset();
        m_t.reset();
    }

    void filterRoundTrips_data()
    {
        QTest::addColumn<TicketListFilter>("filter");
        TicketListFilter empty;
        QTest::newRow("nothing") << empty;
        TicketListFilter all;
        all.queue = DeskQueue::Overdue;
        all.status = u"open"_s;
        all.assigneeId = 0;
        all.organisationId = 42;
        all.tag = u"請求"_s;
        all.receivedFrom = QDate(2026, 11, 1);
        all.receivedTo = QDate(2026, 11, 30);
        all.text = u"ログイン \"引用\""_s;
        QTest::newRow("everything") << all;
        TicketListFilter mine;
        mine.queue = DeskQueue::Mine;
        mine.assigneeId = 7;
        QTest::newRow("mine") << mine;
    }

    void filterRoundTrips()
    {
        QFETCH(TicketListFilter, filter);
        QCOMPARE(SavedViews::decode(SavedViews::encode(filter)), filter);
    }

    void perPersonAndReplacedByName()
    {
        TicketListFilter billing;
        billing.tag = u"請求"_s;
        auto first = views().save(m_sato, u"請求の件"_s, billing);
        VERIFY_OK(first);
        billing.queue = DeskQueue::Open;
        auto again = views().save(m_sato, u" 請求の件 "_s, billing);
        VERIFY_OK(again);
        QCOMPARE(*again, *first); // the same name replaces the view
        QCOMPARE(names(m_sato.id), QStringList{u"請求の件"_s});
        QCOMPARE(views().visibleTo(m_sato.id)->first().filter.queue, DeskQueue::Open);
        QVERIFY(names(m_suzuki.id).isEmpty()); // not shared: Sato's alone
        QCOMPARE(views().save(m_sato, u"  "_s, billing).error().code, u"input"_s);
        QCOMPARE(views().save(m_sato, QString(101, u'長'), billing).error().code, u"input"_s);
    }

    void onlyAManagerShares()
    {
        TicketListFilter overdue;
        overdue.queue = DeskQueue::Overdue;
        auto id = views().save(m_sato, u"期限超過"_s, overdue);
        VERIFY_OK(id);
        const auto refused = views().setShared(m_sato, *id, true);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"permission"_s);
        QVERIFY(names(m_suzuki.id).isEmpty());

        VERIFY_OK(views().setShared(m_tanaka, *id, true));
        QCOMPARE(names(m_suzuki.id), QStringList{u"期限超過"_s});
        const SavedView seen = views().visibleTo(m_suzuki.id)->first();
        QVERIFY(seen.shared);
        QCOMPARE(seen.ownerName, u"佐藤"_s);
        // Suzuki cannot delete a colleague's shared view; the manager can.
        QCOMPARE(views().remove(m_suzuki, *id).error().code, u"permission"_s);
        const auto audit = m_desk->audit().recent(5, u"saved-view"_s).valueOr({});
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().actorId, m_tanaka.id);
        VERIFY_OK(views().remove(m_tanaka, *id));
        QVERIFY(names(m_sato.id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
