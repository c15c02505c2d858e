// The main window around its list against a fixture database and a FixedClock (offscreen):
// the ticket panel (deadline header, urgent explanation, the stale-edit banner), the thread,
// one notice per change, the empty desk, the daily backup, the status bar and the calendar
// page. The list itself is tst_desk.

#include "DeskFixture.h"
#include "calendar/DeadlineCalculatorPanel.h"
#include "calendar/HolidayCalendarView.h"
#include "desk/ConflictBanner.h"
#include "desk/DeskNotifier.h"
#include "desk/DeskStatusBar.h"
#include "desk/EmptyListNotice.h"
#include "desk/MainWindow.h"
#include "desk/ThreadBrowser.h"
#include "desk/TicketPanel.h"
#include "settings/DatabaseSettingsPage.h"
#include "mail/MailIngestor.h"
#include "store/Database.h"
#include "store/DatabaseAddress.h"
#include "store/DatabaseBackup.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using namespace Madoguchi::DeskTest;

class TestDeskWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useTestLocations(u"tst_deskwindow"_s); }

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

QTEST_MAIN(TestDeskWindow)
#include "tst_deskwindow.moc"
