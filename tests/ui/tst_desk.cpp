// The main window's list against a fixture database and a FixedClock (offscreen): the list
// model under QAbstractItemModelTester, queue counts, deadline order and paging, a flag
// turning overdue when the clock passes the deadline, search, filters, the keyboard. The rest
// of the window is tst_deskwindow.

#include "DeskFixture.h"
#include "desk/MainWindow.h"
#include "desk/QueuePanel.h"
#include "desk/TicketFilterBar.h"
#include "desk/TicketListModel.h"
#include "desk/TicketPanel.h"
#include "store/Database.h"
#include "store/TransactionGuard.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using namespace Madoguchi::DeskTest;

class TestDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useTestLocations(u"tst_desk"_s); }

    void queueCounts()
    {
        Fixture f;
        TicketListQuery query(f.db.db(), f.desk->calendar(), f.desk->search());
        auto counts = query.queueCounts(f.clock.now(), f.sato.id);
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(DeskQueue::Overdue), 2); // Thursday's two, due Friday 18:00
        QCOMPARE(counts->value(DeskQueue::DueSoon), 2); // Friday's and Saturday's, due today 18:00
        QCOMPARE(counts->value(DeskQueue::New), 4);
        QCOMPARE(counts->value(DeskQueue::Open), 1);
        QCOMPARE(counts->value(DeskQueue::Mine), 1);
        QCOMPARE(counts->value(DeskQueue::Waiting), 1);
        QCOMPARE(counts->value(DeskQueue::Closed), 1);
        QCOMPARE(counts->value(DeskQueue::All), 7);

        MainWindow window(*f.desk, f.sato);
        QCOMPARE(window.queuePanel()->count(DeskQueue::Overdue), 2);
        auto *big = window.findChild<QLabel *>(u"overdueCountLabel"_s);
        QVERIFY(big);
        QVERIFY(big->text().contains(u">2<"_s));
    }

    void dueSoonInSqlMatchesTheCalculator_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::newRow("Tue 10:00") << jst(11, 24, 10);
        QTest::newRow("Tue 15:59") << jst(11, 24, 15, 59);
        QTest::newRow("Tue 16:00") << jst(11, 24, 16);
        QTest::newRow("Tue 17:59") << jst(11, 24, 17, 59);
        QTest::newRow("Tue 18:00") << jst(11, 24, 18);
        QTest::newRow("Tue 18:01") << jst(11, 24, 18, 1);
        QTest::newRow("Wed 09:00") << jst(11, 25, 9);
        QTest::newRow("Wed 16:30") << jst(11, 25, 16, 30);
        QTest::newRow("Sun") << jst(11, 22, 12);
    }

    void dueSoonInSqlMatchesTheCalculator()
    {
        QFETCH(QDateTime, now);
        Fixture f;
        TicketListQuery query(f.db.db(), f.desk->calendar(), f.desk->search());
        TicketListFilter all;
        auto rows = query.page(all, TicketListSort::Deadline, false, now, 0, 100);
        QVERIFY(rows.ok());
        int dueSoon = 0, overdue = 0;
        for (const QueueEntry &e : std::as_const(rows.value())) {
            if (!e.ticket.due.isValid())
                continue;
            dueSoon += e.flag == DeadlineFlag::DueSoon ? 1 : 0;
            overdue += e.flag == DeadlineFlag::Overdue ? 1 : 0;
        }
        auto counts = query.queueCounts(now, f.sato.id);
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(DeskQueue::DueSoon), dueSoon);
        QCOMPARE(counts->value(DeskQueue::Overdue), overdue);
    }

    void pagesFollowOneOrder_data()
    {
        QTest::addColumn<DeskQueue>("queue");
        QTest::addColumn<TicketListSort>("sort");
        QTest::addColumn<bool>("descending");
        // All and Closed walk the deadline index (schema 5); New sorts its rows: same order.
        for (DeskQueue queue : {DeskQueue::All, DeskQueue::Closed, DeskQueue::New}) {
            for (TicketListSort sort : {TicketListSort::Deadline, TicketListSort::Subject}) {
                for (bool descending : {false, true}) {
                    QTest::addRow("%s, %s, %s", qPrintable(deskQueueLabel(queue)),
                                  sort == TicketListSort::Deadline ? "deadline" : "subject",
                                  descending ? "descending" : "ascending")
                        << queue << sort << descending;
                }
            }
        }
        QTest::newRow("All, number") << DeskQueue::All << TicketListSort::Number << false;
        QTest::newRow("All, customer") << DeskQueue::All << TicketListSort::Customer << true;
        QTest::newRow("All, received") << DeskQueue::All << TicketListSort::Received << false;
        QTest::newRow("All, assignee") << DeskQueue::All << TicketListSort::Assignee << false;
    }

    // The list reads ids in order first and their columns second: pages joined must be the
    // whole list, once each, in the order the desk promises.
    void pagesFollowOneOrder()
    {
        QFETCH(DeskQueue, queue);
        QFETCH(TicketListSort, sort);
        QFETCH(bool, descending);
        Fixture f;
        TicketFixtureBuilder build(*f.desk);
        {
            TransactionGuard transaction(f.db.db());
            for (int i = 0; i < 60; ++i) {
                // Three mails in each hour share a deadline; every fourth ticket is closed.
                auto stored = build.customerMail(u"bulk%1@example.jp"_s.arg(i % 7), u"件名 %1"_s.arg(i % 9),
                                                 u"本文"_s, jst(11, 16, 9).addSecs((i / 3) * 3600));
                QVERIFY(stored.ok());
                if (i % 4 == 0) {
                    auto ticket = f.desk->tickets().ticket(stored->ticketId);
                    QVERIFY(ticket.ok() && ticket->has_value());
                    QVERIFY(f.desk->operations()
                                .setStatus(f.sato, stored->ticketId, (*ticket)->version, TicketStatus::Closed)
                                .ok());
                }
            }
            QVERIFY(transaction.commit().ok());
        }
        TicketListQuery query(f.db.db(), f.desk->calendar(), f.desk->search());
        TicketListFilter filter;
        filter.queue = queue;
        const QDateTime now = f.clock.now();
        auto whole = query.window(filter, sort, descending, now, 0, 1000);
        QVERIFY(whole.ok());
        QCOMPARE(int(whole->entries.size()), whole->total);
        QVERIFY(whole->total > 10);
        QList<qint64> paged;
        for (int offset = 0;; offset += 7) {
            auto page = query.page(filter, sort, descending, now, offset, 7);
            QVERIFY(page.ok());
            for (const QueueEntry &e : std::as_const(page.value()))
                paged.append(e.ticket.id);
            if (page->size() < 7)
                break;
        }
        QList<qint64> ids;
        for (const QueueEntry &e : std::as_const(whole->entries))
            ids.append(e.ticket.id);
        QCOMPARE(paged, ids);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
        if (sort == TicketListSort::Deadline) {
            // Earliest deadline first, a tie to the newer ticket; nothing open last, newest first.
            auto key = [](const QueueEntry &e) {
                return std::make_tuple(e.ticket.due.isValid() ? 0 : 1,
                                       e.ticket.due.isValid() ? e.ticket.due.toMSecsSinceEpoch() : 0, -e.ticket.id);
            };
            for (qsizetype i = 1; i < whole->entries.size(); ++i) {
                const auto before = key(whole->entries.at(i - 1)), after = key(whole->entries.at(i));
                QVERIFY2(descending ? before > after : before < after, qPrintable(QString::number(i)));
            }
        } else if (sort == TicketListSort::Subject) {
            for (qsizetype i = 1; i < whole->entries.size(); ++i) {
                const int c = whole->entries.at(i - 1).ticket.subject.compare(whole->entries.at(i).ticket.subject);
                QVERIFY(descending ? c >= 0 : c <= 0);
            }
        }
    }

    void modelUnderTesterWithPaging()
    {
        Fixture f;
        TicketFixtureBuilder build(*f.desk);
        {
            TransactionGuard transaction(f.db.db());
            for (int i = 0; i < 450; ++i)
                QVERIFY(build.customerMail(u"bulk%1@example.jp"_s.arg(i), u"問い合わせ %1"_s.arg(i), u"本文"_s,
                                           jst(11, 1, 10).addSecs(i * 600))
                            .ok());
            QVERIFY(transaction.commit().ok());
        }
        TicketListQuery query(f.db.db(), f.desk->calendar(), f.desk->search());
        TicketListModel model(query, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QCOMPARE(model.totalCount(), 457);
        QCOMPARE(model.rowCount(), TicketListModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * TicketListModel::pageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 457);
        QVERIFY(!model.canFetchMore({}));
        model.sort(TicketListModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), TicketListModel::pageSize);
        QVERIFY(model.ticketIdAt(0) > model.ticketIdAt(1));
        f.clock.advanceSecs(3600);
        model.refresh();
        model.sort(TicketListModel::SubjectColumn, Qt::AscendingOrder);
        TicketListFilter overdue;
        overdue.queue = DeskQueue::Overdue;
        model.setFilter(overdue);
        QVERIFY(model.totalCount() > 400);
        QCOMPARE(model.rowCount(), TicketListModel::pageSize);
    }

    void sortedByDeadline()
    {
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        TicketListModel *model = window.listModel();
        QCOMPARE(model->rowCount(), 7);
        // Thursday's two share Friday 18:00; the newer ticket (higher number) comes first on a tie.
        QCOMPARE(model->ticketIdAt(0), f.thursdayEarly);
        QCOMPARE(model->ticketIdAt(1), f.thursday);
        QDateTime previous;
        bool seenNoDue = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QueueEntry *e = model->entryAt(row);
            if (!e->ticket.due.isValid()) {
                seenNoDue = true;
                continue;
            }
            QVERIFY2(!seenNoDue, "tickets with a deadline come before those without");
            if (previous.isValid())
                QVERIFY(previous <= e->ticket.due);
            previous = e->ticket.due;
        }
        QVERIFY(seenNoDue);
        const QModelIndex remaining = model->index(0, TicketListModel::RemainingColumn);
        // Fri 18:00 → Tue 16:30 with Monday a holiday: 10–12 and 13–16:30 on Tuesday.
        QCOMPARE(model->data(remaining).toString(), u"Overdue 5 h 30 min"_s);
        QCOMPARE(model->data(model->index(0, TicketListModel::FlagColumn), TicketListModel::FlagRole).toInt(),
                 int(DeadlineFlag::Overdue));
        QVERIFY(!model->data(model->index(0, TicketListModel::FlagColumn), Qt::DecorationRole).isNull());
    }

    void flagTurnsOverdueWhenTheClockPasses()
    {
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        TicketListModel *model = window.listModel();
        const int row = model->rowOfTicket(f.saturday);
        QVERIFY(row >= 0);
        const QModelIndex flag = model->index(row, TicketListModel::FlagColumn);
        QCOMPARE(model->data(flag, TicketListModel::FlagRole).toInt(), int(DeadlineFlag::DueSoon));
        QCOMPARE(model->data(model->index(row, TicketListModel::RemainingColumn)).toString(), u"1 h 30 min left"_s);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        f.clock.set(jst(11, 24, 18, 1)); // one minute past Tuesday 18:00
        window.refreshLive();
        QVERIFY(changed.count() >= 1);
        const int after = model->rowOfTicket(f.saturday);
        QCOMPARE(model->data(model->index(after, TicketListModel::FlagColumn), TicketListModel::FlagRole).toInt(),
                 int(DeadlineFlag::Overdue));
        QCOMPARE(window.queuePanel()->count(DeskQueue::Overdue), 4);
        QCOMPARE(window.queuePanel()->count(DeskQueue::DueSoon), 0);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::newRow("two Japanese characters in a subject") << u"請求"_s << 1;
        QTest::newRow("in a body") << u"大阪工業"_s << 1;
        QTest::newRow("address fragment") << u"sapporo"_s << 1;
        QTest::newRow("nothing") << u"存在しない語句"_s << 0;
        QTest::newRow("empty shows all") << QString() << 7;
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        QLineEdit *edit = window.filterBar()->searchEdit();
        edit->setText(text);
        QTRY_COMPARE(window.listModel()->rowCount(), rows);
        QCOMPARE(window.listModel()->totalCount(), rows);
        QVERIFY(!window.listModel()->isCapped());
        auto *summary = window.findChild<QLabel *>(u"listSummary"_s);
        QVERIFY(summary);
        QVERIFY2(summary->text().startsWith(u"%1 ticket"_s.arg(rows)), qPrintable(summary->text()));
    }

    // A word in more mails than the list takes: the newest matches are listed, and the line
    // above the list says the search was cut short.
    void searchCutShortSaysSo()
    {
        Fixture f;
        {
            TransactionGuard transaction(f.db.db());
            for (int i = 0; i <= TicketListQuery::searchHitLimit; ++i) {
                QVERIFY(f.db.db()
                            .exec(u"history"_s,
                                  u"INSERT INTO messages (ticket_id, kind, subject, body_text, received_ms) "
                                  "VALUES (?, 'customer', '請求書の件', '', ?)"_s,
                                  {i % 2 ? f.closed : f.waiting, qint64(i)})
                            .ok());
            }
            QVERIFY(transaction.commit().ok());
        }
        MainWindow window(*f.desk, f.sato);
        window.filterBar()->searchEdit()->setText(u"請求"_s);
        QTRY_VERIFY(window.listModel()->isCapped());
        // The newest 2,000 matches are the generated history: the Saturday mail is older.
        QCOMPARE(window.listModel()->totalCount(), 2);
        auto *summary = window.findChild<QLabel *>(u"listSummary"_s);
        QVERIFY(summary->text().contains(u"2,000"_s));
        window.filterBar()->searchEdit()->setText(u"大阪工業"_s);
        QTRY_VERIFY(!window.listModel()->isCapped());
        QVERIFY2(summary->text().startsWith(u"1 ticket"_s), qPrintable(summary->text()));
        QVERIFY(!summary->text().contains(u"2,000"_s));
    }

    void filtersByAssigneeAndQueue()
    {
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        window.queuePanel()->setCurrentQueue(DeskQueue::Mine);
        QCOMPARE(window.listModel()->rowCount(), 1);
        QCOMPARE(window.listModel()->ticketIdAt(0), f.thursday);
        window.queuePanel()->setCurrentQueue(DeskQueue::Closed);
        QCOMPARE(window.listModel()->ticketIdAt(0), f.closed);
    }

    void keyboardMovesThroughTheList()
    {
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.listView()->setFocus();
        window.openTicket(window.listModel()->ticketIdAt(0));
        QCOMPARE(window.ticketPanel()->ticketId(), window.listModel()->ticketIdAt(0));
        QTest::keyClick(window.listView(), Qt::Key_J);
        QCOMPARE(window.ticketPanel()->ticketId(), window.listModel()->ticketIdAt(1));
        QTest::keyClick(window.listView(), Qt::Key_K);
        QCOMPARE(window.ticketPanel()->ticketId(), window.listModel()->ticketIdAt(0));
        QTest::keyClick(window.listView(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.filterBar()->searchEdit()->hasFocus());
    }
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
