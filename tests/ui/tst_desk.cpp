// The main window against a fixture database and a FixedClock (offscreen): the list model
// under QAbstractItemModelTester, queue counts, deadline order, a flag turning overdue when
// the clock passes the deadline, search, one notice per change, the stale-edit banner.

#include "../common/TestDatabase.h"
#include "calendar/DeadlineCalculatorPanel.h"
#include "calendar/HolidayCalendarView.h"
#include "desk/ConflictBanner.h"
#include "desk/DeskNotifier.h"
#include "desk/DeskStatusBar.h"
#include "desk/EmptyListNotice.h"
#include "desk/MainWindow.h"
#include "desk/QueuePanel.h"
#include "desk/ThreadBrowser.h"
#include "desk/TicketFilterBar.h"
#include "desk/TicketListModel.h"
#include "desk/TicketPanel.h"
#include "settings/DatabaseSettingsPage.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "store/Database.h"
#include "store/DatabaseAddress.h"
#include "store/DatabaseBackup.h"
#include "store/TransactionGuard.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>

#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

QDateTime jst(int month, int day, int hour, int minute = 0)
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

} // namespace

class TestDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MadoguchiTest"_s);
        QCoreApplication::setApplicationName(u"tst_desk"_s);
    }

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

    void hostsTheCalendarPage()
    {
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        QVERIFY(window.findChild<HolidayCalendarView *>(u"holidayCalendarView"_s));
        QVERIFY(window.findChild<DeadlineCalculatorPanel *>(u"deadlineCalculatorPanel"_s));
    }

    void noticeFiresOnce()
    {
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        QSignalSpy notices(window.notifier(), &DeskNotifier::noticeShown);
        window.refreshLive();
        QCOMPARE(notices.count(), 0); // what was late at start is in the list, not a notice
        f.clock.set(jst(11, 24, 18, 1)); // two tickets turn overdue, but it is after hours
        window.refreshLive();
        QCOMPARE(notices.count(), 0);
        f.clock.set(jst(11, 25, 10, 0)); // Wednesday opening
        window.refreshLive();
        QCOMPARE(notices.count(), 2);
        QVERIFY(notices.at(0).at(1).toString().contains(u"overdue"_s));
        window.refreshLive();
        f.clock.advanceSecs(30);
        window.refreshLive();
        QCOMPARE(notices.count(), 2);
    }

    void urgentNoticeAtNight()
    {
        Fixture f;
        f.clock.set(jst(11, 22, 3, 0)); // Sunday night
        MainWindow window(*f.desk, f.sato);
        QSignalSpy notices(window.notifier(), &DeskNotifier::noticeShown);
        TicketFixtureBuilder build(*f.desk);
        auto stored = build.customerMail(u"ops@kobe.example.jp"_s, u"メール配信が停止しています"_s, u"至急"_s,
                                         f.clock.now());
        QVERIFY(stored.ok());
        auto ticket = f.desk->tickets().ticket(stored->ticketId);
        QVERIFY(f.desk->operations()
                    .setPriority(f.sato, stored->ticketId, ticket.value()->version, TicketPriority::Urgent)
                    .ok());
        window.refreshLive();
        f.clock.advanceSecs(50 * 60); // 10 minutes left of the hour
        window.refreshLive();
        QCOMPARE(notices.count(), 1);
        QCOMPARE(notices.at(0).at(2).toLongLong(), stored->ticketId);
        QSignalSpy opened(window.notifier(), &DeskNotifier::openTicketRequested);
        QVERIFY(opened.isValid());
    }

    void staleEditShowsBanner()
    {
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        window.openTicket(f.friday);
        TicketPanel *panel = window.ticketPanel();
        QCOMPARE(panel->ticketId(), f.friday);
        QVERIFY(panel->deadlineSummary().contains(u"18:00"_s));
        // Another desktop assigns it first.
        TicketDesk other(f.db.another(), f.clock);
        auto current = other.tickets().ticket(f.friday);
        QVERIFY(other.operations().assign(f.sato, f.friday, current.value()->version, f.sato.id).ok());
        panel->addNote(u"確認中"_s); // still based on the old version
        QVERIFY(panel->banner()->isVisibleTo(panel));
        QVERIFY(!panel->banner()->message().isEmpty());
        auto *reload = panel->banner()->findChild<QWidget *>(u"reloadButton"_s);
        QVERIFY(reload && reload->isVisibleTo(panel));
        panel->reload();
        panel->addNote(u"確認中"_s);
        QVERIFY(!panel->banner()->isVisibleTo(panel));
    }

    // Issue 20 item 1: the ticket panel's deadline explanation says which keyword rule made
    // the ticket urgent, and the 24×7 clock it runs on.
    void panelExplainsWhyATicketIsUrgent()
    {
        Fixture f;
        DeskAddresses addresses;
        addresses.supportAddresses = {u"support@desk.example.co.jp"_s};
        MailIngestor ingestor(*f.desk, addresses);
        const QByteArray subject = u"【緊急】配信が止まっています"_s.toUtf8().toBase64();
        auto urgent = ingestor.ingest("From: kato@sapporo.example.jp\r\nSubject: =?UTF-8?B?" + subject
                                          + "?=\r\nMessage-ID: <panel-urgent@sapporo>\r\n\r\nbody\r\n",
                                      jst(11, 24, 16, 0), MailOrigin::Imap);
        QVERIFY(urgent.ok());
        QCOMPARE(urgent->urgencyRule, u"緊急"_s);
        MainWindow window(*f.desk, f.sato);
        window.openTicket(urgent->ticketId);
        auto *explanation = window.ticketPanel()->findChild<QLabel *>(u"deadlineExplanationLabel"_s);
        QVERIFY(explanation);
        QVERIFY2(explanation->text().contains(u"Urgent because the mail matched the urgent keyword rule “緊急”"_s),
                 qPrintable(explanation->text()));
        QVERIFY(explanation->text().contains(u"24×7"_s));
        QVERIFY(window.ticketPanel()->deadlineSummary().contains(u"17:00"_s)); // 16:00 + 60 minutes
    }

    // Issue 13: the deadline header says each thing once — "Overdue" once (not "Overdue —
    // Overdue 1 business day…"), and the receipt → deadline line once over header and details.
    void deadlineHeaderSaysEachThingOnce()
    {
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        window.openTicket(f.thursday); // due Friday 18:00, overdue on Tuesday 16:30
        const QString header = QTextDocumentFragment::fromHtml(window.ticketPanel()->deadlineSummary()).toPlainText();
        QCOMPARE(header.count(u"Overdue"_s, Qt::CaseInsensitive), 1);
        QVERIFY2(header.startsWith(u"Overdue — 5 h 30 min\n"_s), qPrintable(header)); // Mon 23rd a holiday
        auto *details = window.ticketPanel()->findChild<QLabel *>(u"deadlineExplanationLabel"_s);
        QVERIFY(details);
        const QString all = header + u'\n' + details->text();
        QCOMPARE(all.count(u"→"_s), 1);
        // The receipt and the deadline once: the header's line, not again as "Received: …"
        // and "Due: …" below it (the explanation adds the rule; the times stay in its tooltip).
        QVERIFY2(!details->text().contains(u"Received: "_s) && !details->text().contains(u"Due: "_s),
                 qPrintable(details->text()));
        QCOMPARE(all.count(u"18:00"_s), 1);
        QVERIFY2(details->text().contains(u"Rule: "_s), qPrintable(details->text()));
        QVERIFY(details->toolTip().contains(u"Received: "_s) && details->toolTip().contains(u"Due: "_s));
    }

    // Issue 13: an empty desk says what to do — connect the mailbox, import mail, or open a
    // sample desk (a separate file, started with --database; the test catches the path).
    void emptyDeskSaysWhatToDo()
    {
        Testing::TestDatabase db;
        FixedClock clock{jst(11, 24, 16, 30)};
        TicketDesk desk(db.db(), clock);
        auto me = TicketFixtureBuilder(desk).staff(u"sato"_s, u"佐藤"_s);
        QVERIFY(me.ok());
        MainWindow window(desk, me.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EmptyListNotice *notice = window.emptyListNotice();
        QVERIFY(notice->isVisible());
        QVERIFY(!window.listView()->isVisible());
        QVERIFY2(notice->text().contains(u"No tickets yet"_s), qPrintable(notice->text()));
        for (const char *name : {"connectMailboxButton", "importMailButton", "sampleDeskButton"})
            QVERIFY2(notice->findChild<QPushButton *>(QString::fromLatin1(name))->isVisible(), name);
        bool settingsOpened = false;
        window.setSettingsOpener([&](QWidget *) { settingsOpened = true; });
        QTest::mouseClick(notice->findChild<QPushButton *>(u"connectMailboxButton"_s), Qt::LeftButton);
        QVERIFY(settingsOpened);
        QString launched;
        window.setSampleDeskLauncher([&](const QString &path) { launched = path; });
        QTest::mouseClick(notice->findChild<QPushButton *>(u"sampleDeskButton"_s), Qt::LeftButton);
        QVERIFY(!launched.isEmpty());
        DatabaseAddress address;
        address.filePath = launched;
        auto sample = Database::open(address);
        QVERIFY(sample.ok());
        QVERIFY((*sample)->scalar(u"count"_s, u"SELECT COUNT(*) FROM tickets"_s).value().toInt() >= 5);
        QCOMPARE(db.db().scalar(u"count"_s, u"SELECT COUNT(*) FROM tickets"_s).value().toInt(), 0); // own desk untouched
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

    void threadNeverLoadsRemoteResources()
    {
        ThreadBrowser browser;
        TicketMessage m;
        m.kind = MessageKind::CustomerMessage;
        m.fromAddress = u"a@example.jp"_s;
        m.received = jst(11, 24, 10);
        m.bodyHtml = u"<p>本文</p><img src=\"https://tracker.example/p.gif\"><script>alert(1)</script>"_s;
        TicketMessage note = m;
        note.kind = MessageKind::InternalNote;
        note.bodyHtml.clear();
        note.bodyText = u"社内メモ <b>"_s;
        browser.showThread({m, note}, false);
        QVERIFY(!browser.toHtml().contains(u"alert(1)"_s));
        QVERIFY(browser.toPlainText().contains(u"社内メモ <b>"_s));
        QVERIFY(ThreadBrowser::threadHtml({m, note}, false).contains(u"#fff8dc"_s)); // notes look different
        QVERIFY(browser.loadResource(QTextDocument::ImageResource, QUrl(u"https://tracker.example/p.gif"_s)).isNull());
    }

    // Mail text with %1…%9 and %L1 must be shown as written: the thread HTML is never
    // passed through QString::arg() after mail text is in it.
    void percentSignsInMailStayAsWritten_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("bodyText");
        QTest::addColumn<QString>("bodyHtml");
        QTest::addColumn<int>("attachments");
        QTest::addColumn<bool>("withHeaders");
        QTest::newRow("subject 50%1") << u"50%1 off"_s << u"山田"_s << u"本文"_s << QString() << 1 << false;
        QTest::newRow("url in text body")
            << u"請求"_s << u"山田"_s << u"https://app.example.jp/login?next=%2Fbilling%3Fid%3D9"_s << QString() << 2
            << false;
        QTest::newRow("url in html body")
            << u"請求"_s << u"山田"_s << QString() << u"<p>see https://app.example.jp/?next=%2Fbilling&amp;x=%9</p>"_s
            << 1 << false;
        QTest::newRow("name %L1 and %2") << u"%L1 %2 %10 %99"_s << u"%L1 商事 %2"_s << u"%1%2%3%4%5%6%7%8%9"_s
                                         << QString() << 3 << true;
        QTest::newRow("no attachments") << u"%1"_s << u"%2"_s << u"%3"_s << QString() << 0 << true;
    }

    void percentSignsInMailStayAsWritten()
    {
        QFETCH(QString, subject);
        QFETCH(QString, fromName);
        QFETCH(QString, bodyText);
        QFETCH(QString, bodyHtml);
        QFETCH(int, attachments);
        QFETCH(bool, withHeaders);
        TicketMessage m;
        m.kind = MessageKind::CustomerMessage;
        m.fromAddress = u"a%1@example.jp"_s;
        m.fromName = fromName;
        m.subject = subject;
        m.bodyText = bodyText;
        m.bodyHtml = bodyHtml;
        m.received = jst(11, 24, 10);
        m.rawSource = "Subject: " + subject.toUtf8() + "\r\nX-Note: %1 %2\r\n\r\nbody";
        for (int i = 0; i < attachments; ++i)
            m.attachments.append(MessageAttachment { i + 1, u"f%1.pdf"_s.arg(i), u"application/pdf"_s, 10, {}, {} });
        ThreadBrowser browser;
        browser.showThread({ m }, withHeaders);
        const QString text = browser.toPlainText();
        QVERIFY2(text.contains(subject), qPrintable(text));
        QVERIFY2(text.contains(fromName + u" <a%1@example.jp>"_s), qPrintable(text));
        const QString shownBody
            = bodyHtml.isEmpty() ? bodyText : QTextDocumentFragment::fromHtml(bodyHtml).toPlainText();
        QVERIFY2(text.contains(shownBody), qPrintable(text));
        if (withHeaders)
            QVERIFY2(text.contains(u"X-Note: %1 %2"_s), qPrintable(text));
        // The attachment line once, after the body, with its count.
        QCOMPARE(text.count(u"attachment"_s), attachments == 0 ? 0 : 1);
        if (attachments > 0)
            QVERIFY2(text.indexOf(QString::number(attachments) + u" attachment"_s) > text.indexOf(shownBody),
                     qPrintable(text));
        // Exactly one message block, whatever the text held.
        QCOMPARE(ThreadBrowser::threadHtml({ m }, withHeaders).count(u"<table"_s), 1);
    }

    // A desk left running over midnight JST writes the new day's backup on its next
    // refresh (the 30-second timer), once a day, and keeps the last seven.
    void deskBacksUpEachDayAndKeepsSeven()
    {
        if (Testing::usingPostgres())
            QSKIP("a team database is backed up with pg_dump on the server");
        Fixture f;
        DatabaseBackup backups(f.db.db());
        QVERIFY(backups.existing().isEmpty());
        MainWindow window(*f.desk, f.sato);
        QCOMPARE(backups.existing().size(), 1); // at start
        QVERIFY(backups.existing().last().contains(u"madoguchi-20261124-1630"_s));
        window.refreshLive();
        QCOMPARE(backups.existing().size(), 1); // once a day
        QStringList expected = backups.existing();
        for (int day = 25; day <= 34; ++day) {
            f.clock.set(Jst::at(QDate(2026, 11, 24).addDays(day - 24), QTime(0, 0, 30)));
            window.refreshLive();
            QCOMPARE(backups.existing().size(), std::min(int(expected.size()) + 1, DatabaseBackup::keepCount));
            const QString newest = backups.existing().last();
            QVERIFY2(newest.contains(u"madoguchi-"_s + Jst::dateOf(f.clock.now()).toString(u"yyyyMMdd"_s)),
                     qPrintable(newest));
            expected.append(newest);
            expected = expected.mid(std::max(qsizetype(0), expected.size() - DatabaseBackup::keepCount));
            f.clock.advanceSecs(3 * 3600);
            window.refreshLive(); // later the same day: nothing new
            QCOMPARE(backups.existing(), expected);
        }
        QCOMPARE(backups.existing().size(), DatabaseBackup::keepCount);
        QCOMPARE(backups.lastBackupTime(), Jst::at(QDate(2026, 12, 4), QTime(0, 0, 30)));
        // What Settings → Database shows.
        const QString text = DatabaseSettingsPage::backupText(f.db.db());
        QVERIFY2(text.contains(u"2026/12/04"_s) && text.contains(u"00:00 JST"_s), qPrintable(text));
    }

    void statusBarSaysJst()
    {
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        const QString text = window.deskStatusBar()->clockText();
        QVERIFY2(text.contains(u"16:30"_s), qPrintable(text));
        QVERIFY2(text.contains(u"business hours"_s), qPrintable(text));
    }
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
