// Notices and organisations in the desk (issue 15, 連絡体制): the notice dialog (editable
// preview, recipients, the send confirmation, one mail per organisation queued), the
// organisation page's contact edits (add, change role, remove, CSV import all or nothing), and
// the daily warning of a maintenance plan nobody announced (once a day, on the program's
// clock, remembered across a restart). Runs under tests/scripts/with-pending-ja.sh;
// MADOGUCHI_SCREENSHOT_DIR saves the dialog and the organisation page in Japanese and English.
#include "../common/TestDatabase.h"
#include "ScriptedPrompts.h"

#include "availability/OutageStore.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "desk/MainWindow.h"
#include "desk/TicketListModel.h"
#include "desk/TicketPanel.h"
#include "mail/MailIngestor.h"
#include "mail/outbox/SendChecklist.h"
#include "mail/outbox/TicketReplies.h"
#include "notices/AnnouncementBar.h"
#include "notices/NoticeBook.h"
#include "notices/NoticeDialog.h"
#include "notices/NoticeTemplates.h"
#include "organisations/OrganisationPage.h"
#include "organisations/OrganisationsDialog.h"
#include "settings/NoticeTemplatesPage.h"
#include "tickets/OrganisationContacts.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

namespace {

QDateTime jst(const QString &text)
{
    return *Jst::parseIso(text + u":00+09:00"_s);
}

// Three organisations (みどり with two administrators, あおば with one, くも with none), a
// customer question from みどり, an incident going on and a plan ten days ahead, unannounced.
struct Desk
{
    TestDatabase db;
    FixedClock clock{jst(u"2026-12-02T18:30"_s)};
    std::unique_ptr<TicketDesk> desk;
    StaffUser tanaka, sato;
    qint64 customerTicket = 0, incident = 0, plan = 0, midori = 0;

    void contact(const QString &domain, const QString &name, const QString &address, ContactRole role)
    {
        OrganisationContact c{0, 0, domain, name, address, role};
        QVERIFY(OrganisationContacts(*desk).addContact(StaffUser::system(), c).ok());
    }

    Desk()
    {
        desk = std::make_unique<TicketDesk>(db.db(), clock);
        TicketFixtureBuilder build(*desk);
        tanaka = build.staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        DeskAddresses addresses;
        addresses.supportAddresses = {u"support@desk.example.co.jp"_s};
        QVERIFY(MailIngestor::saveAddresses(*desk, addresses).ok());
        QVERIFY(desk->settings().setValue(StaffUser::system(), QString::fromLatin1(TicketReplies::sendCancelSetting),
                                          u"0"_s).ok());
        contact(u"midori.co.jp"_s, u"山田 太郎"_s, u"yamada@midori.co.jp"_s, ContactRole::Administrator);
        contact(u"midori.co.jp"_s, u"鈴木 花子"_s, u"suzuki@midori.co.jp"_s, ContactRole::Administrator);
        contact(u"aoba.co.jp"_s, u"青葉 一郎"_s, u"ichiro@aoba.co.jp"_s, ContactRole::Administrator);
        contact(u"kumo.co.jp"_s, u"雲 次郎"_s, u"jiro@kumo.co.jp"_s, ContactRole::Other);
        midori = OrganisationContacts(*desk).find(u"midori.co.jp"_s).valueOr(std::nullopt).value_or(
                                                                                      OrganisationSummary{}).id;
        QVERIFY(desk->team().renameOrganisation(StaffUser::system(), midori, u"株式会社みどり"_s).ok());
        auto stored = build.customerMail(u"田中 一郎 <tanaka@midori.co.jp>"_s, u"ログインできません"_s, u"本文"_s,
                                         jst(u"2026-12-02T10:00"_s));
        QVERIFY(stored.ok());
        customerTicket = stored->ticketId;
        OutageStore outages(db.db(), clock);
        Incident i;
        i.function = ServiceFunction::Client;
        i.start = jst(u"2026-12-02T18:00"_s);
        i.note = u"ログインできない状態です"_s;
        incident = outages.addIncident(i).valueOr(0);
        MaintenancePlan p;
        p.start = jst(u"2026-12-12T00:00"_s);
        p.end = jst(u"2026-12-12T03:00"_s);
        p.functions = {ServiceFunction::Client};
        p.note = u"データベースの更新"_s;
        plan = outages.addPlan(p).valueOr(0);
        QVERIFY(incident > 0 && plan > 0);
    }
};

} // namespace

class TestNoticeDesk : public QObject
{
    Q_OBJECT

    QTranslator m_japanese;

    void saveShot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(u"%1/%2.png"_s.arg(dir, name)));
    }

    void useLanguage(bool japanese)
    {
        if (japanese)
            return;
        QCoreApplication::removeTranslator(&m_japanese);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MadoguchiTest"_s);
        QCoreApplication::setApplicationName(u"tst_noticedesk"_s);
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        const QString pending = qEnvironmentVariable("MADOGUCHI_QM_DIR");
        QVERIFY((!pending.isEmpty() && m_japanese.load(QLocale(), u"madoguchi"_s, u"_"_s, pending))
                || m_japanese.load(QLocale(), u"madoguchi"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&m_japanese);
    }

    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QCoreApplication::removeTranslator(&m_japanese);
        QCoreApplication::installTranslator(&m_japanese);
    }

    // From the menu: the incident preselected (the newest), its first notice as an editable
    // preview, the organisations with their administrators and the one without; Send asks for
    // every address, then one mail per organisation is queued and listed under "Sent before".
    void noticeDialogQueuesOneMailPerOrganisation_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::newRow("ja") << true;
        QTest::newRow("en") << false;
    }

    void noticeDialogQueuesOneMailPerOrganisation()
    {
        QFETCH(bool, japanese);
        useLanguage(japanese);
        Desk d;
        MainWindow window(*d.desk, d.sato);
        auto *action = window.findChild<QAction *>(u"sendNoticeAction"_s);
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<NoticeDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->topic().incidentId, d.incident);
        QCOMPARE(dialog->kindComboBox()->currentData().toString(), u"first"_s);
        QCOMPARE(dialog->kindComboBox()->count(), 3); // first, update, recovery
        QCOMPARE(dialog->subjectEdit()->text(), u"【障害発生のお知らせ】クライアント機能"_s);
        QVERIFY(dialog->bodyEdit()->toPlainText().contains(u"■ 発生日時：12月2日(水) 18:00\n"_s));
        QTreeWidget *recipients = dialog->recipientsTree();
        QCOMPARE(recipients->topLevelItemCount(), 3);
        QCOMPARE(recipients->topLevelItem(0)->text(0), u"aoba.co.jp"_s);
        QCOMPARE(recipients->topLevelItem(0)->childCount(), 1);
        QCOMPARE(recipients->topLevelItem(1)->text(0), u"株式会社みどり (midori.co.jp)"_s);
        QCOMPARE(recipients->topLevelItem(1)->childCount(), 2);
        QCOMPARE(recipients->topLevelItem(2)->text(0), u"kumo.co.jp"_s);
        QCOMPARE(recipients->topLevelItem(2)->text(1),
                 japanese ? u"未通知：管理者が登録されていません"_s : u"not notified: no administrator"_s);
        saveShot(dialog, japanese ? u"notice-dialog-ja"_s : u"notice-dialog-en"_s);

        // Staff edit the preview; the confirmation lists every organisation's addresses.
        dialog->bodyEdit()->setPlainText(dialog->bodyEdit()->toPlainText() + u"\n（追記）復旧見込みは19時です。\n"_s);
        QStringList confirmed;
        bool answer = false;
        dialog->setConfirmation([&](const SendChecklist &checklist, const QString &subject) {
            confirmed.clear();
            for (const SendChecklist::Item &item : checklist.items)
                confirmed.append(item.text);
            confirmed.append(subject);
            return answer;
        });
        dialog->sendButton()->click();
        const QStringList expected{u"aoba.co.jp: 青葉 一郎 <ichiro@aoba.co.jp>"_s,
                                   u"株式会社みどり (midori.co.jp): 山田 太郎 <yamada@midori.co.jp>"_s,
                                   u"株式会社みどり (midori.co.jp): 鈴木 花子 <suzuki@midori.co.jp>"_s,
                                   u"【障害発生のお知らせ】クライアント機能"_s};
        QCOMPARE(confirmed.size(), 4);
        for (const QString &line : expected)
            QVERIFY2(confirmed.contains(line), qPrintable(confirmed.join(u" | "_s)));
        QCOMPARE(d.desk->outbox().entries().valueOr({}).size(), 0); // cancelled: nothing queued
        answer = true;
        dialog->sendButton()->click();
        QCOMPARE(d.desk->outbox().entries().valueOr({}).size(), 2);
        auto records = NoticeBook(*d.desk).records(NoticeTopic::incident(d.incident));
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 2);
        for (const NoticeRecord &n : std::as_const(*records)) {
            auto message = d.desk->tickets().message(n.messageRowId);
            QVERIFY(message.ok() && message->has_value());
            QVERIFY((*message)->bodyText.endsWith(u"（追記）復旧見込みは19時です。\n"_s));
        }
        QCOMPARE(dialog->recordsTree()->topLevelItemCount(), 2);
        QVERIFY2(dialog->resultLabel()->text().contains(u"kumo.co.jp"_s), qPrintable(dialog->resultLabel()->text()));
        // The customer's question is still owed its answer.
        QVERIFY(d.desk->tickets().ticket(d.customerTicket).valueOr(std::nullopt).value_or(Ticket{}).due.isValid());
        dialog->close();
    }

    // The organisation page from the ticket's customer: add an administrator, change a role,
    // remove a contact, a CSV import refused by line with nothing stored, then one that works.
    void organisationPageEditsContacts_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::newRow("ja") << true;
        QTest::newRow("en") << false;
    }

    void organisationPageEditsContacts()
    {
        QFETCH(bool, japanese);
        useLanguage(japanese);
        Desk d;
        Testing::ScriptedPrompts prompts;
        MainWindow window(*d.desk, d.sato);
        window.setPrompts(prompts);
        window.openTicket(d.customerTicket);
        QCOMPARE(window.ticketPanel()->ticketId(), d.customerTicket);
        // The ticket panel's Contacts… button and the list's context menu both lead there.
        auto *contactsButton = window.ticketPanel()->findChild<QPushButton *>(u"organisationContactsButton"_s);
        QVERIFY(contactsButton && contactsButton->isEnabled());
        contactsButton->click();
        auto *fromPanel = window.findChild<OrganisationsDialog *>();
        QVERIFY(fromPanel);
        QCOMPARE(fromPanel->page()->organisationId(), d.midori);
        delete fromPanel;
        auto *fromTicket = window.findChild<QAction *>(u"customerOrganisationAction"_s);
        QVERIFY(fromTicket);
        fromTicket->trigger();
        auto *dialog = window.findChild<OrganisationsDialog *>();
        QVERIFY(dialog);
        OrganisationPage *page = dialog->page();
        QCOMPARE(page->organisationId(), d.midori);
        QCOMPARE(dialog->organisationList()->count(), 3);
        QCOMPARE(page->contactsTable()->rowCount(), 2);
        saveShot(dialog, japanese ? u"organisation-page-ja"_s : u"organisation-page-en"_s);

        const auto contacts = [&]() { return OrganisationContacts(*d.desk).contacts(d.midori).valueOr({}); };
        page->nameEdit()->setText(u"佐々木 三郎"_s);
        page->addressEdit()->setText(u"sasaki@midori.co.jp"_s);
        page->roleComboBox()->setCurrentIndex(page->roleComboBox()->findData(u"admin"_s));
        QVERIFY(page->addOrChange());
        QCOMPARE(page->contactsTable()->rowCount(), 3);
        QCOMPARE(contacts().size(), 3);

        // Change 鈴木's role: choose the row, pick "other", Add or change.
        int row = -1;
        for (int r = 0; r < page->contactsTable()->rowCount(); ++r) {
            if (page->contactsTable()->item(r, 1)->text() == u"suzuki@midori.co.jp"_s)
                row = r;
        }
        QVERIFY(row >= 0);
        page->contactsTable()->selectRow(row);
        QCOMPARE(page->addressEdit()->text(), u"suzuki@midori.co.jp"_s);
        page->roleComboBox()->setCurrentIndex(page->roleComboBox()->findData(u"other"_s));
        QVERIFY(page->addOrChange());
        for (const OrganisationContact &c : contacts()) {
            if (c.address == u"suzuki@midori.co.jp"_s)
                QCOMPARE(c.role, ContactRole::Other);
        }

        // Remove 山田 (asked first).
        for (int r = 0; r < page->contactsTable()->rowCount(); ++r) {
            if (page->contactsTable()->item(r, 1)->text() == u"yamada@midori.co.jp"_s)
                page->contactsTable()->selectRow(r);
        }
        QVERIFY(page->removeChosen());
        QCOMPARE(prompts.questions.size(), 1);
        QCOMPARE(contacts().size(), 2);

        // A bad address on line 3: nothing stored, the line named.
        QTemporaryDir files;
        const QString bad = files.filePath(u"bad.csv"_s);
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(u"氏名,メールアドレス,役割\n中村 四郎,nakamura@midori.co.jp,システム管理者\n"
                    "小林 五郎,kobayashi-at-midori.co.jp,システム管理者\n"_s.toUtf8());
        }
        prompts.files = {bad};
        QVERIFY(!page->importCsv());
        QCOMPARE(prompts.warnings.size(), 1);
        QVERIFY2(prompts.warnings.at(0).contains(u"3"_s), qPrintable(prompts.warnings.at(0)));
        QCOMPARE(contacts().size(), 2);
        const QString good = files.filePath(u"good.csv"_s);
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(u"氏名,メールアドレス,役割\n中村 四郎,nakamura@midori.co.jp,システム管理者\n"_s.toUtf8());
        }
        prompts.files = {good};
        QVERIFY(page->importCsv());
        QCOMPARE(contacts().size(), 3);
        QCOMPARE(page->contactsTable()->rowCount(), 3);
        // The list's count follows.
        QVERIFY(dialog->organisationList()->currentItem()->text().contains(u"2"_s));
        dialog->close();
    }

    // Settings ▸ Notice templates: a manager's template with an unknown placeholder is refused
    // (nothing saved), the corrected one is what the next notice uses; staff only read them.
    void managerEditsNoticeTemplates()
    {
        Desk d;
        NoticeTemplatesPage page(*d.desk, d.tanaka);
        page.kindComboBox()->setCurrentIndex(page.kindComboBox()->findData(u"recovery"_s));
        page.languageComboBox()->setCurrentIndex(page.languageComboBox()->findData(u"ja"_s));
        QVERIFY(page.subjectEdit()->text().startsWith(u"【復旧のお知らせ】"_s));
        page.subjectEdit()->setText(u"【復旧】{{functions}} {{oops}}"_s);
        auto refused = page.apply();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"{{oops}}"_s), qPrintable(refused.error().message));
        QVERIFY(NoticeTemplates(*d.desk).text(NoticeKind::Recovery, u"ja"_s).valueOr({}).subject.startsWith(
            u"【復旧のお知らせ】"_s));
        // Switching away and back keeps the edit.
        page.languageComboBox()->setCurrentIndex(page.languageComboBox()->findData(u"en"_s));
        page.languageComboBox()->setCurrentIndex(page.languageComboBox()->findData(u"ja"_s));
        QCOMPARE(page.subjectEdit()->text(), u"【復旧】{{functions}} {{oops}}"_s);
        page.subjectEdit()->setText(u"【復旧】{{functions}}"_s);
        QVERIFY(page.apply().ok());
        auto draft = NoticeBook(*d.desk).prepare(NoticeTopic::incident(d.incident), NoticeKind::Recovery);
        QVERIFY(draft.ok());
        QCOMPARE(draft->text.subject, u"【復旧】クライアント機能"_s);

        NoticeTemplatesPage staff(*d.desk, d.sato);
        QVERIFY(staff.subjectEdit()->isReadOnly());
    }

    // The plan ten days ahead has no announcement: the bar shows once on the day, not again
    // within it (the clock moves on, the window refreshes), again the next day, and not after a
    // restart on a day it was already shown. Send announcement… opens the dialog on the plan.
    void dailyWarningShowsOncePerDay()
    {
        Desk d;
        QTemporaryDir dir;
        QSettings memory(dir.filePath(u"desktop.ini"_s), QSettings::IniFormat);
        {
            MainWindow window(*d.desk, d.sato);
            window.setAnnouncementMemory(&memory);
            AnnouncementBar *bar = window.announcementBar();
            QVERIFY(!bar->isHidden());
            QCOMPARE(bar->planId(), d.plan);
            QVERIFY2(bar->messageLabel()->text().contains(u"#%1"_s.arg(d.plan)), qPrintable(bar->messageLabel()->text()));
            bar->hide(); // read
            d.clock.set(jst(u"2026-12-02T23:59"_s));
            window.refreshLive();
            QVERIFY(bar->isHidden());
            d.clock.set(jst(u"2026-12-03T09:00"_s));
            window.refreshLive();
            QVERIFY(!bar->isHidden());
        }
        memory.sync();
        {
            // Restarted later the same day: not again.
            d.clock.set(jst(u"2026-12-03T13:00"_s));
            MainWindow window(*d.desk, d.sato);
            window.setAnnouncementMemory(&memory);
            QVERIFY(window.announcementBar()->isHidden());
            window.refreshLive();
            QVERIFY(window.announcementBar()->isHidden());
        }
        {
            d.clock.set(jst(u"2026-12-04T09:00"_s));
            MainWindow window(*d.desk, d.sato);
            window.setAnnouncementMemory(&memory);
            AnnouncementBar *bar = window.announcementBar();
            QVERIFY(!bar->isHidden());
            bar->sendButton()->click();
            QVERIFY(bar->isHidden());
            auto *dialog = window.findChild<NoticeDialog *>();
            QVERIFY(dialog);
            QCOMPARE(dialog->topic().planId, d.plan);
            QCOMPARE(dialog->kindComboBox()->currentData().toString(), u"announcement"_s);
            dialog->setConfirmation([](const SendChecklist &, const QString &) { return true; });
            QVERIFY(dialog->send());
            dialog->close();
            // On its way: no warning the next day either.
            d.clock.set(jst(u"2026-12-05T09:00"_s));
            window.refreshLive();
            QVERIFY(bar->isHidden());
        }
    }
};

QTEST_MAIN(TestNoticeDesk)
#include "tst_noticedesk.moc"
