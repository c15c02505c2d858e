// The desk at work (issue 13): menus with accelerators, the keyboard shortcuts window, the
// list's context menu, and several tickets chosen in the list and changed at once, each
// through the core with its own version check and audit line, a ticket another desktop
// changed skipped with the reason and summed up as 「2件を更新、1件は他の人が変更済みのため
// スキップ」. Runs under tests/scripts/with-pending-ja.sh (the Japanese translation with the
// strings still waiting in translations/pending/); MADOGUCHI_SCREENSHOT_DIR saves pictures.

#include "../common/TestDatabase.h"
#include "DeskLayoutChecks.h"

#include "desk/BulkTicketActions.h"
#include "desk/DeskStatusBar.h"
#include "desk/KeyboardShortcutsDialog.h"
#include "desk/MainWindow.h"
#include "desk/QueuePanel.h"
#include "desk/SavedViewList.h"
#include "desk/TicketFilterBar.h"
#include "desk/TicketListModel.h"
#include "desk/TicketPanel.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketMessage.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;
using Madoguchi::Testing::loadJapanese;

namespace {

// A desk of five tickets on Tuesday 24 November 2026 (the day after a Monday holiday).
struct Desk
{
    TestDatabase db;
    FixedClock clock{Jst::at(QDate(2026, 11, 24), QTime(16, 30))};
    std::unique_ptr<TicketDesk> desk;
    StaffUser sato, tanaka;
    QList<qint64> ids;

    Desk()
    {
        desk = std::make_unique<TicketDesk>(db.db(), clock);
        TicketFixtureBuilder build(*desk);
        // The first user of an empty desk becomes a manager: Tanaka, so Sato is staff.
        tanaka = build.staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        const struct { const char *from, *name, *subject; int day, hour; } mails[] = {
            {"yamada@kabushiki.example.jp", "山田 太郎", "ログインできません", 19, 14},
            {"ito@minato.example.co.jp", "伊藤 花子", "CSVの文字化け", 19, 9},
            {"kato@sapporo.example.jp", "加藤 一郎", "配信予約について", 20, 11},
            {"watanabe@osaka-kogyo.example.jp", "渡辺 次郎", "請求書の再発行", 21, 23},
            {"inoue@kobe.example.jp", "井上 三郎", "API上限", 24, 9},
        };
        for (const auto &m : mails) {
            auto stored = build.customerMail(u"%1 <%2>"_s.arg(QString::fromUtf8(m.name), QString::fromUtf8(m.from)),
                                             QString::fromUtf8(m.subject), u"本文"_s,
                                             Jst::at(QDate(2026, 11, m.day), QTime(m.hour, 0)));
            ids.append(stored ? stored->ticketId : 0);
        }
    }

    Ticket ticket(qint64 id) { return desk->tickets().ticket(id).valueOr(std::nullopt).value_or(Ticket{}); }
};

void selectRows(MainWindow &window, const QList<int> &rows)
{
    QItemSelectionModel *selection = window.listView()->selectionModel();
    selection->clearSelection();
    for (int row : rows) {
        selection->select(window.listModel()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

// The accelerator of a menu text ("&File", 「ファイル(&F)」), upper case; null when none.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

} // namespace

class TestDeskWork : public QObject
{
    Q_OBJECT

    QTranslator m_japanese;

    void saveShot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(u"%1/%2.png"_s.arg(dir, name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MadoguchiTest"_s);
        QCoreApplication::setApplicationName(u"tst_deskwork"_s);
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY(loadJapanese(m_japanese));
        QCoreApplication::installTranslator(&m_japanese);
    }

    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QCoreApplication::removeTranslator(&m_japanese);
        QCoreApplication::installTranslator(&m_japanese);
    }

    void listTakesSeveralTickets()
    {
        Desk d;
        MainWindow window(*d.desk, d.sato);
        QCOMPARE(window.listView()->selectionMode(), QAbstractItemView::ExtendedSelection);
        selectRows(window, {0, 2, 4});
        const QList<SeenTicket> chosen = window.bulkActions()->chosenTickets();
        QCOMPARE(chosen.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(chosen.at(i).id, window.listModel()->ticketIdAt(i * 2));
            QCOMPARE(chosen.at(i).version, d.ticket(chosen.at(i).id).version);
        }
    }

    void bulkStatusSkipsWhatAnotherDesktopChanged_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::addColumn<QString>("summary");
        QTest::newRow("ja") << true << u"2件を更新、1件は他の人が変更済みのためスキップ"_s;
        QTest::newRow("en") << false << u"2 ticket(s) updated, 1 skipped because someone else changed it"_s;
    }

    void bulkStatusSkipsWhatAnotherDesktopChanged()
    {
        QFETCH(bool, japanese);
        QFETCH(QString, summary);
        if (!japanese) {
            QCoreApplication::removeTranslator(&m_japanese);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
        Desk d;
        MainWindow window(*d.desk, d.sato);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        selectRows(window, {0, 1, 2});
        const QList<SeenTicket> chosen = window.bulkActions()->chosenTickets();
        QCOMPARE(chosen.size(), 3);
        // Tanaka, on another desktop, notes something on the second chosen ticket meanwhile.
        TicketDesk other(d.db.another(), d.clock);
        const qint64 changed = chosen.at(1).id;
        QVERIFY(other.operations().addInternalNote(d.tanaka, changed, chosen.at(1).version, u"電話済み"_s).ok());

        auto *waiting = window.findChild<QAction *>(u"status_waiting_Action"_s);
        QVERIFY(waiting);
        QCOMPARE(waiting->shortcut(), QKeySequence(u"3"_s));
        waiting->trigger();

        QCOMPARE(window.bulkActions()->lastSummary(), summary);
        QCOMPARE(window.deskStatusBar()->currentMessage(), summary);
        for (const SeenTicket &seen : chosen) {
            const Ticket t = d.ticket(seen.id);
            const bool skipped = seen.id == changed;
            QCOMPARE(t.status, skipped ? TicketStatus::New : TicketStatus::Waiting);
            const auto audit = d.desk->audit().forTicket(seen.id).valueOr({});
            const auto mine = std::count_if(audit.cbegin(), audit.cend(), [&](const AuditEntry &entry) {
                return entry.action == u"status"_s && entry.actorId == d.sato.id;
            });
            QCOMPARE(mine, skipped ? 0 : 1);
        }
        // Which ticket was left alone, and why, without stopping the desk.
        auto *refusals = window.findChild<QMessageBox *>(u"bulkRefusalsMessageBox"_s);
        QVERIFY(refusals);
        QVERIFY(refusals->isVisible());
        QVERIFY(!refusals->isModal());
        QVERIFY2(refusals->informativeText().startsWith(u"#%1: "_s.arg(changed)), qPrintable(refusals->informativeText()));
        QVERIFY2(refusals->informativeText().contains(u"田中"_s), qPrintable(refusals->informativeText()));
        refusals->close();
    }

    void bulkAssignPriorityTagAndMerge()
    {
        Desk d;
        MainWindow window(*d.desk, d.sato);
        BulkTicketActions *bulk = window.bulkActions();
        selectRows(window, {0, 1});
        const QList<SeenTicket> two = bulk->chosenTickets();

        bulk->assignMenu()->aboutToShow(); // filled from the team when opened
        QAction *me = bulk->assignMenu()->actions().value(0);
        QVERIFY(me && me->isEnabled());
        me->trigger();
        for (const SeenTicket &seen : two)
            QCOMPARE(d.ticket(seen.id).assigneeId, d.sato.id);

        selectRows(window, {0, 1});
        window.findChild<QAction *>(u"priority_high_Action"_s)->trigger();
        for (const SeenTicket &seen : two)
            QCOMPARE(d.ticket(seen.id).priority, TicketPriority::High);

        selectRows(window, {0, 1});
        QCOMPARE(bulk->addTag(u"請求"_s).count(BulkTicketOutcome::State::Updated), 2);
        for (const SeenTicket &seen : two)
            QVERIFY(d.ticket(seen.id).tags.contains(u"請求"_s));

        selectRows(window, {0, 1, 2});
        const QList<SeenTicket> three = bulk->chosenTickets();
        const qint64 target = three.at(2).id;
        QCOMPARE(bulk->mergeInto(target).count(BulkTicketOutcome::State::Updated), 2);
        QCOMPARE(d.ticket(three.at(0).id).mergedIntoId, target);
        QCOMPARE(d.ticket(three.at(1).id).mergedIntoId, target);
        QCOMPARE(window.bulkActions()->lastSummary(), u"2件を更新"_s);
        QCOMPARE(window.listModel()->rowCount(), 3); // the merged two left the list
    }

    // Every menu and menu item has an accelerator, the top-level ones unique, and no two
    // entries of one menu share theirs; in Japanese they stand after the words (「ファイル(&F)」).
    void everyMenuHasAnAccelerator_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::newRow("ja") << true;
        QTest::newRow("en") << false;
    }

    void everyMenuHasAnAccelerator()
    {
        QFETCH(bool, japanese);
        if (!japanese) {
            QCoreApplication::removeTranslator(&m_japanese);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
        Desk d;
        MainWindow window(*d.desk, d.sato);
        window.bulkActions()->assignMenu()->aboutToShow();
        QStringList topLevel;
        for (QAction *action : window.menuBar()->actions()) {
            QVERIFY2(action->menu(), qPrintable(action->text()));
            const QChar key = accelerator(action->text());
            QVERIFY2(!key.isNull(), qPrintable(action->text()));
            QVERIFY2(!topLevel.contains(key), qPrintable(action->text()));
            topLevel.append(key);
            if (japanese)
                QVERIFY2(action->text().endsWith(u')'), qPrintable(action->text()));
        }
        QCOMPARE(topLevel.size(), 6); // File, View, Ticket, Search, Incidents and maintenance, Help
        QList<QMenu *> menus;
        for (QAction *action : window.menuBar()->actions())
            menus.append(action->menu());
        menus.append(window.ticketContextMenu());
        while (!menus.isEmpty()) {
            QMenu *menu = menus.takeFirst();
            QStringList keys;
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                const QChar key = accelerator(action->text());
                QVERIFY2(!key.isNull(), qPrintable(menu->title() + u" ▸ "_s + action->text()));
                QVERIFY2(!keys.contains(key), qPrintable(menu->title() + u" ▸ "_s + action->text()));
                keys.append(key);
                if (action->menu())
                    menus.append(action->menu());
            }
        }
        auto *settings = window.findChild<QAction *>(u"settingsAction"_s);
        QVERIFY(settings);
        QCOMPARE(settings->shortcut(), QKeySequence(u"Ctrl+,"_s));
    }

    // Help ▸ Keyboard shortcuts lists every action of the window that has a key, and no key
    // does two things.
    void shortcutsWindowListsEveryKey()
    {
        Desk d;
        MainWindow window(*d.desk, d.sato);
        window.resize(1024, 700);
        KeyboardShortcutsDialog *dialog = window.showKeyboardShortcuts();
        QVERIFY(dialog && dialog->isVisible());
        QTableWidget *table = dialog->table();
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows.append(table->item(row, 1)->text() + u'\t' + table->item(row, 2)->text());
        QHash<QKeySequence, QString> owners;
        int withKeys = 0;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty())
                continue;
            ++withKeys;
            const QString name = KeyboardShortcutsDialog::plainText(action->text());
            QVERIFY2(!name.contains(u'&') && !name.isEmpty(), qPrintable(action->text()));
            bool listed = false;
            for (const QString &row : std::as_const(rows))
                listed = listed || (row.startsWith(name + u'\t') && row.contains(action->shortcut().toString(QKeySequence::NativeText)));
            QVERIFY2(listed, qPrintable(name));
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!owners.contains(key), qPrintable(key.toString() + u": "_s + owners.value(key) + u" / "_s + name));
                owners.insert(key, name);
            }
        }
        QVERIFY(withKeys >= 20);
        QCOMPARE(table->rowCount(), withKeys);
        // the status keys 1–5 are there, in Japanese
        QVERIFY2(rows.contains(u"お客様回答待ち\t3"_s), qPrintable(rows.join(u" | "_s)));
        saveShot(dialog, u"shortcuts-ja"_s);
    }

    // The list's context menu holds the same actions as the Ticket menu; right-clicking a row
    // outside the selection chooses that row.
    void contextMenuOnTickets()
    {
        Desk d;
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            MainWindow window(*d.desk, d.sato);
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QMenu *menu = window.ticketContextMenu();
            QVERIFY(menu);
            BulkTicketActions *bulk = window.bulkActions();
            const QList<QAction *> actions = menu->actions();
            for (QAction *wanted : {bulk->statusMenu()->menuAction(), bulk->assignMenu()->menuAction(),
                                    bulk->priorityMenu()->menuAction(), bulk->tagAction(), bulk->mergeAction()})
                QVERIFY2(actions.contains(wanted), qPrintable(wanted->text()));
            selectRows(window, {0, 1, 3});
            QTableView *view = window.listView();
            const QRect selectedRow = view->visualRect(window.listModel()->index(1, TicketListModel::SubjectColumn));
            Q_EMIT view->customContextMenuRequested(selectedRow.center());
            QTRY_VERIFY(menu->isVisible());
            QCOMPARE(bulk->chosenTickets().size(), 3); // a chosen row keeps the selection
            saveShot(&window, u"desk-multiselect-%1x%2-ja"_s.arg(size.width()).arg(size.height()));
            // The menu is its own window: drawn onto the desk picture where it opened.
            QPixmap picture = window.grab();
            QPainter painter(&picture);
            painter.drawPixmap(window.mapFromGlobal(menu->pos()), menu->grab());
            painter.end();
            if (const QString dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR"); !dir.isEmpty())
                QVERIFY(picture.save(u"%1/desk-contextmenu-%2x%3-ja.png"_s.arg(dir).arg(size.width()).arg(size.height())));
            menu->close();
            const QRect otherRow = view->visualRect(window.listModel()->index(4, TicketListModel::SubjectColumn));
            Q_EMIT view->customContextMenuRequested(otherRow.center());
            QTRY_VERIFY(menu->isVisible());
            QCOMPARE(bulk->chosenTickets().size(), 1);
            QCOMPARE(bulk->chosenTickets().first().id, window.listModel()->ticketIdAt(4));
            menu->close();
        }
    }

    // Saved views (schema 14): saved with the queue, filters and search in force, kept in the
    // database for the next start, counted live, shared team-wide by a manager only.
    void savedViewsAreKeptCountedAndSharedByManagers()
    {
        Desk d;
        for (int i : {0, 3})
            QVERIFY(d.desk->operations().addTag(d.sato, d.ids.at(i), d.ticket(d.ids.at(i)).version, u"請求"_s).ok());
        qint64 billing = 0;
        {
            MainWindow window(*d.desk, d.sato);
            TicketListFilter filter;
            filter.tag = u"請求"_s;
            window.filterBar()->setFilter(filter);
            auto saved = window.saveCurrentView(u"請求の件"_s);
            QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
            billing = *saved;
            QCOMPARE(window.savedViewList()->count(billing), 2);
            QVERIFY(!window.savedViewList()->isHidden());
            // A staff member cannot share: the menu entry is off and the core refuses.
            QVERIFY(!window.findChild<QAction *>(u"shareViewAction"_s)->isEnabled());
            const auto refused = window.shareChosenView(true);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, u"permission"_s);
        }
        // The next start: the view is there, counted, and choosing it shows its tickets.
        MainWindow sato(*d.desk, d.sato);
        QCOMPARE(sato.savedViewList()->views().size(), 1);
        QCOMPARE(sato.savedViewList()->views().first().name, u"請求の件"_s);
        QCOMPARE(sato.savedViewList()->count(billing), 2);
        sato.savedViewList()->choose(billing);
        QCOMPARE(sato.listModel()->rowCount(), 2);
        QCOMPARE(sato.listModel()->filter().tag, u"請求"_s);
        QCOMPARE(sato.filterBar()->findChild<QLineEdit *>(u"tagFilterLineEdit"_s)->text(), u"請求"_s);
        // The count follows the desk.
        QVERIFY(d.desk->operations().addTag(d.tanaka, d.ids.at(4), d.ticket(d.ids.at(4)).version, u"請求"_s).ok());
        sato.refreshLive();
        QCOMPARE(sato.savedViewList()->count(billing), 3);
        QCOMPARE(sato.listModel()->rowCount(), 3);

        // Tanaka (a manager) saves the overdue queue and shares it; Sato sees it with its count.
        MainWindow tanaka(*d.desk, d.tanaka);
        QCOMPARE(tanaka.savedViewList()->views().size(), 0); // Sato's own view is Sato's
        tanaka.queuePanel()->setCurrentQueue(DeskQueue::Overdue);
        auto overdue = tanaka.saveCurrentView(u"期限超過（全員）"_s);
        QVERIFY(overdue.ok());
        QAction *share = tanaka.findChild<QAction *>(u"shareViewAction"_s);
        QVERIFY(share->isEnabled());
        QVERIFY(!share->isChecked());
        share->trigger(); // checks it: shared
        QVERIFY(share->isChecked());
        QVERIFY(tanaka.savedViewList()->views().first().shared);
        sato.refreshLive();
        QCOMPARE(sato.savedViewList()->views().size(), 2);
        QCOMPARE(sato.savedViewList()->count(*overdue), 2);
        sato.resize(1024, 700);
        sato.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sato));
        saveShot(&sato, u"desk-savedviews-1024x700-ja"_s);
    }

    // The customer column reads 「氏名 (会社名)」: the sender's name and the organisation, named
    // after the mail domain until someone renames it; the address on hover.
    void customerColumnShowsNameAndOrganisation()
    {
        Desk d;
        TicketMessage bare; // mail with no display name
        bare.kind = MessageKind::CustomerMessage;
        bare.messageId = u"<bare-1@gmail.example>"_s;
        bare.fromAddress = u"nakamura@tokyo-shoji.example.jp"_s;
        bare.subject = u"名前なし"_s;
        bare.received = Jst::at(QDate(2026, 11, 24), QTime(10, 0));
        bare.bodyText = u"本文"_s;
        auto stored = d.desk->mail().addMessage(bare);
        QVERIFY(stored.ok());
        MainWindow window(*d.desk, d.sato);
        TicketListModel *model = window.listModel();
        const auto customer = [&](qint64 id) {
            return model->index(model->rowOfTicket(id), TicketListModel::CustomerColumn);
        };
        QCOMPARE(customer(d.ids.at(0)).data().toString(), u"山田 太郎 (kabushiki.example.jp)"_s);
        QCOMPARE(customer(d.ids.at(0)).data(Qt::ToolTipRole).toString(), u"yamada@kabushiki.example.jp"_s);
        QCOMPARE(customer(stored->ticketId).data().toString(), u"nakamura@tokyo-shoji.example.jp"_s);
        // Renamed in the ticket panel: every ticket of that organisation follows.
        window.openTicket(d.ids.at(0));
        auto *organisation = window.ticketPanel()->findChild<QLineEdit *>(u"organisationLineEdit"_s);
        QVERIFY(organisation);
        QVERIFY(!organisation->isReadOnly());
        QCOMPARE(organisation->text(), u"kabushiki.example.jp"_s);
        const Ticket ticket = d.ticket(d.ids.at(0));
        QVERIFY(d.desk->team().renameOrganisation(d.sato, ticket.organisationId, u"山田商事株式会社"_s).ok());
        QVERIFY(d.desk->team().renameOrganisation(d.sato, d.ticket(stored->ticketId).organisationId, u"東京商事"_s).ok());
        window.refreshLive();
        QCOMPARE(customer(d.ids.at(0)).data().toString(), u"山田 太郎 (山田商事株式会社)"_s);
        QCOMPARE(customer(stored->ticketId).data().toString(), u"nakamura@tokyo-shoji.example.jp (東京商事)"_s);
        // A name learned from a later mail (here a new ticket) fills a customer first seen
        // without one, on every ticket of theirs.
        TicketMessage named = bare;
        named.messageId = u"<bare-2@gmail.example>"_s;
        named.subject = u"別件"_s;
        named.fromName = u"中村 四郎"_s;
        named.received = bare.received.addSecs(600);
        QVERIFY(d.desk->mail().addMessage(named).ok());
        window.refreshLive();
        QCOMPARE(customer(stored->ticketId).data().toString(), u"中村 四郎 (東京商事)"_s);
    }

    // The status keys act on the list, never on what is typed: a 3 in the search field is text.
    void statusKeysStayTextInAField()
    {
        Desk d;
        MainWindow window(*d.desk, d.sato);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openTicket(d.ids.at(0));
        auto *search = window.findChild<QLineEdit *>(u"searchLineEdit"_s);
        QVERIFY(search);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_3);
        QCOMPARE(search->text(), u"3"_s);
        QCOMPARE(d.ticket(d.ids.at(0)).status, TicketStatus::New);
        // In the list the same key sets the status of the chosen ticket.
        search->clear();
        window.listView()->setFocus();
        QTRY_VERIFY(window.listView()->hasFocus());
        window.openTicket(d.ids.at(0));
        QTest::keyClick(window.listView(), Qt::Key_2);
        QTRY_COMPARE(d.ticket(d.ids.at(0)).status, TicketStatus::Open);
    }

    // A digit typed into a drop-down (the panel's status, a filter) is the drop-down's key:
    // it does not set the status of the chosen ticket behind it.
    void statusKeysStayInADropDown_data()
    {
        QTest::addColumn<QString>("comboBox");
        QTest::newRow("the panel's status") << u"statusComboBox"_s;
        QTest::newRow("the status filter") << u"statusFilterComboBox"_s;
    }

    void statusKeysStayInADropDown()
    {
        QFETCH(QString, comboBox);
        Desk d;
        MainWindow window(*d.desk, d.sato);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openTicket(d.ids.at(0));
        auto *combo = window.findChild<QComboBox *>(comboBox);
        QVERIFY(combo);
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        QTest::keyClick(combo, Qt::Key_3);
        QTest::keyClick(combo, Qt::Key_5);
        QCoreApplication::processEvents();
        QCOMPARE(d.ticket(d.ids.at(0)).status, TicketStatus::New);
        // The list still takes the key.
        window.listView()->setFocus();
        QTRY_VERIFY(window.listView()->hasFocus());
        QTest::keyClick(window.listView(), Qt::Key_2);
        QTRY_COMPARE(d.ticket(d.ids.at(0)).status, TicketStatus::Open);
    }

    // Several tickets chosen: the panel says how many instead of showing one of them; one
    // ticket chosen again shows it.
    void severalChosenTicketsAreCountedNotShown()
    {
        Desk d;
        MainWindow window(*d.desk, d.sato);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openTicket(d.ids.at(0));
        auto *panel = window.findChild<QWidget *>(u"ticketPanelScrollArea"_s);
        auto *count = window.findChild<QLabel *>(u"selectionCountLabel"_s);
        QVERIFY(panel && count);
        QVERIFY(panel->isVisible() && !count->isVisible());
        selectRows(window, {0, 2, 3});
        QTRY_VERIFY(count->isVisible());
        QVERIFY(!panel->isVisible());
        QVERIFY2(count->text().startsWith(u"3 件のチケットを選択中"_s), qPrintable(count->text()));
        window.refreshLive(); // a refresh keeps the count while the rows stay chosen
        QVERIFY(count->isVisible());
        window.openTicket(d.ids.at(1));
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(!count->isVisible());
        QCOMPARE(window.ticketPanel()->ticketId(), d.ids.at(1));
        saveShot(&window, u"desk-severalchosen-1600x900-ja"_s);
    }
};

QTEST_MAIN(TestDeskWork)
#include "tst_deskwork.moc"
