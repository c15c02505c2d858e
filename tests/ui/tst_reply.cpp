// Replying from the desk (offscreen): Ticket ▸ Reply (R, Ctrl+R), the prefilled editor,
// ISO-2022-JP refusal, sending into the outbox, 二重返信防止 between two desktops (two
// connections to one database), the outbox view's Retry and Discard, the "reply
// undelivered" flag. MADOGUCHI_REPLY_SCREENSHOT=path.png saves the window with the editor.

#include "../common/TestDatabase.h"
#include "ScriptedPrompts.h"

#include "desk/MainWindow.h"
#include "reply/OutboxView.h"
#include "reply/ReplyEditor.h"
#include "desk/TicketPanel.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/outbox/TicketReplies.h"
#include "tickets/ReplyEditors.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

QDateTime jst(int day, int hour, int minute = 0)
{
    return Jst::at(QDate(2026, 11, day), QTime(hour, minute));
}

struct Fixture
{
    Testing::TestDatabase db;
    FixedClock clock{jst(24, 16, 30)};
    std::unique_ptr<TicketDesk> desk;
    StaffUser sato, tanaka;
    qint64 ticket = 0;

    Fixture()
    {
        desk = std::make_unique<TicketDesk>(db.db(), clock);
        TicketFixtureBuilder build(*desk);
        sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        tanaka = build.staff(u"tanaka"_s, u"田中"_s).valueOr({});
        DeskAddresses addresses;
        addresses.supportAddresses = {u"support@desk.example.co.jp"_s};
        QVERIFY(MailIngestor::saveAddresses(*desk, addresses).ok());
        QVERIFY(desk->settings()
                    .setValue(StaffUser::system(), QString::fromLatin1(TicketReplies::fromNameSetting),
                              u"株式会社サンプル サポート窓口"_s)
                    .ok());
        TicketMessage m;
        m.kind = MessageKind::CustomerMessage;
        m.messageId = u"q1@osaka-kogyo.example.jp"_s;
        m.fromAddress = u"watanabe@osaka-kogyo.example.jp"_s;
        m.fromName = u"渡辺 一郎"_s;
        m.to = {u"support@desk.example.co.jp"_s};
        m.subject = u"請求書の再発行"_s;
        m.received = jst(21, 23, 40);
        m.bodyText = u"いつもお世話になっております。\n㈱大阪工業の渡辺です。\n10月分の請求書を再発行していただけますか。\n"_s;
        m.rawSource = "Subject: x\r\n\r\nx\r\n";
        auto stored = desk->mail().addMessage(m);
        QVERIFY(stored.ok());
        ticket = stored->ticketId;
    }
};

QAction *actionNamed(QWidget *window, const QString &name)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

} // namespace

class TestReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyActionHasItsShortcutsInTheMenu()
    {
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        QAction *reply = actionNamed(&window, u"replyAction"_s);
        QVERIFY(reply);
        QCOMPARE(reply->text(), u"Reply"_s);
        QCOMPARE(reply->shortcuts(), (QList<QKeySequence>{QKeySequence(u"R"_s), QKeySequence(u"Ctrl+R"_s)}));
        // Shown in the Ticket menu next to its text.
        QVERIFY(!reply->associatedObjects().isEmpty());
        QVERIFY(actionNamed(&window, u"outboxAction"_s));
    }

    void editorIsPrefilledAndTheTeamSeesIt()
    {
        Fixture f;
        Testing::ScriptedPrompts prompts;
        MainWindow window(*f.desk, f.sato);
        window.setPrompts(prompts);
        window.resize(1400, 900);
        window.show();
        window.openTicket(f.ticket);
        actionNamed(&window, u"replyAction"_s)->trigger();
        ReplyEditor *editor = window.ticketPanel()->replyEditor();
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->findChild<QLineEdit *>(u"replyToLineEdit"_s)->text(),
                 u"渡辺 一郎 <watanabe@osaka-kogyo.example.jp>"_s);
        QCOMPARE(editor->findChild<QLineEdit *>(u"replySubjectLineEdit"_s)->text(),
                 u"Re: [#%1] 請求書の再発行"_s.arg(f.ticket));
        const QString body = editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s)->toPlainText();
        QVERIFY(body.contains(u"> ㈱大阪工業の渡辺です。"_s));
        QVERIFY(body.contains(u"渡辺 一郎 <watanabe@osaka-kogyo.example.jp>"_s));

        // Tanaka's desktop: another connection, another window.
        TicketDesk otherDesk(f.db.another(), f.clock);
        MainWindow other(otherDesk, f.tanaka);
        other.openTicket(f.ticket);
        auto *label = other.ticketPanel()->findChild<QLabel *>(u"replyEditorsLabel"_s);
        QVERIFY(label);
        QTRY_VERIFY(!label->isHidden());
        QVERIFY2(label->text().contains(u"佐藤"_s), qPrintable(label->text()));
        // Sato's own panel does not tell her about herself.
        QVERIFY(window.ticketPanel()->replyEditorsText().isEmpty());

        if (const QString path = qEnvironmentVariable("MADOGUCHI_REPLY_SCREENSHOT"); !path.isEmpty()) {
            auto *text = editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s);
            QTextCursor top = text->textCursor();
            top.movePosition(QTextCursor::Start);
            text->setTextCursor(top);
            text->insertPlainText(u"渡辺様\n\nいつもお世話になっております。サポート窓口の佐藤です。\n"
                                  "10月分の請求書を再発行し、本日付で送付いたしました。\nご確認のほどよろしくお願いいたします。"_s);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.grab().save(path));
        }

        // A desktop that went away (no heartbeat) stops counting at the next refresh.
        f.clock.advanceSecs(ReplyEditors::staleAfterSecs + 1);
        other.refreshLive();
        QVERIFY(label->isHidden());
        f.clock.advanceSecs(-(ReplyEditors::staleAfterSecs + 1));
        other.ticketPanel()->reload();
        QVERIFY(!label->isHidden());

        // Discard: the others stop seeing it.
        editor->findChild<QPushButton *>(u"replyDiscardButton"_s)->click();
        QVERIFY(!editor->isVisible());
        QVERIFY(ReplyEditors(otherDesk.database(), f.clock).onTicket(f.ticket)->isEmpty());
        other.ticketPanel()->reload();
        QVERIFY(label->isHidden());
    }

    void iso2022JpRefusalShowsTheCharactersThenUtf8Sends()
    {
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        window.show();
        window.openTicket(f.ticket);
        window.ticketPanel()->startReply();
        ReplyEditor *editor = window.ticketPanel()->replyEditor();
        auto *body = editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s);
        body->setPlainText(u"手順①をご確認ください。"_s);
        auto *charset = editor->findChild<QComboBox *>(u"replyCharsetComboBox"_s);
        charset->setCurrentIndex(1);
        QVERIFY(!editor->send());
        QVERIFY2(editor->errorText().contains(u"①"_s), qPrintable(editor->errorText()));
        QVERIFY(editor->isVisible());
        QVERIFY(f.desk->outbox().entries()->isEmpty());

        charset->setCurrentIndex(0);
        QVERIFY(editor->send());
        QVERIFY(!editor->isVisible());
        auto entries = f.desk->outbox().entries();
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->at(0).state, OutboxState::Queued);
        QCOMPARE(f.desk->obligations().openCount(f.ticket).valueOr(-1), 0);
    }

    void sendWarnsWhenAColleagueAnsweredMeanwhile()
    {
        Fixture f;
        Testing::ScriptedPrompts prompts;
        MainWindow window(*f.desk, f.sato);
        window.setPrompts(prompts);
        window.show();
        window.openTicket(f.ticket);
        window.ticketPanel()->startReply();
        ReplyEditor *editor = window.ticketPanel()->replyEditor();
        editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s)->setPlainText(u"佐藤の回答"_s);

        // Tanaka answers from his desktop while Sato is still writing.
        TicketDesk otherDesk(f.db.another(), f.clock);
        ReplyDraft draft = TicketReplies(otherDesk).draft(f.ticket).valueOr({});
        draft.body = u"田中の回答"_s;
        QVERIFY(TicketReplies(otherDesk).queue(f.tanaka, draft).ok());

        prompts.riskyAnswer = false; // the dialog's default: No
        QVERIFY(!editor->send());
        QCOMPARE(prompts.riskyQuestions.size(), 1);
        QVERIFY2(prompts.riskyQuestions.at(0).contains(u"田中"_s), qPrintable(prompts.riskyQuestions.at(0)));
        QVERIFY(editor->isVisible());
        QCOMPARE(f.desk->outbox().entries()->size(), 1);

        prompts.riskyAnswer = true;
        QVERIFY(editor->send());
        QCOMPARE(f.desk->outbox().entries()->size(), 2);
    }

    void noQuestionWithoutAnotherReply()
    {
        Fixture f;
        Testing::ScriptedPrompts prompts;
        MainWindow window(*f.desk, f.sato);
        window.setPrompts(prompts);
        window.openTicket(f.ticket);
        window.ticketPanel()->startReply();
        // A new customer message meanwhile is no reason to ask.
        QVERIFY(TicketFixtureBuilder(*f.desk)
                    .customerMail(u"watanabe@osaka-kogyo.example.jp"_s, u"追記"_s, u"追記です"_s, f.clock.now(),
                                  f.ticket)
                    .ok());
        QVERIFY(window.ticketPanel()->replyEditor()->send());
        QVERIFY(prompts.riskyQuestions.isEmpty());
    }

    void movingToAnotherTicketSetsTheReplyAside()
    {
        Fixture f;
        Testing::ScriptedPrompts prompts;
        MainWindow window(*f.desk, f.sato);
        window.setPrompts(prompts);
        auto other = TicketFixtureBuilder(*f.desk).customerMail(u"kato@example.jp"_s, u"別件"_s, u"別件です"_s,
                                                                 f.clock.now());
        QVERIFY(other.ok());
        window.openTicket(f.ticket);
        window.ticketPanel()->startReply();
        ReplyEditor *editor = window.ticketPanel()->replyEditor();
        editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s)->setPlainText(u"書きかけの返信"_s);
        editor->findChild<QLineEdit *>(u"replyCcLineEdit"_s)->setText(u"suzuki@example.jp"_s);

        window.openTicket(other->ticketId);
        QVERIFY(!editor->isActive());
        QVERIFY(editor->hasSetAside(f.ticket));
        QVERIFY(ReplyEditors(f.db.db(), f.clock).onTicket(f.ticket)->isEmpty());
        // A colleague answers meanwhile.
        TicketDesk otherDesk(f.db.another(), f.clock);
        ReplyDraft draft = TicketReplies(otherDesk).draft(f.ticket).valueOr({});
        QVERIFY(TicketReplies(otherDesk).queue(f.tanaka, draft).ok());

        window.openTicket(f.ticket);
        window.ticketPanel()->startReply();
        QCOMPARE(editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s)->toPlainText(), u"書きかけの返信"_s);
        QCOMPARE(editor->findChild<QLineEdit *>(u"replyCcLineEdit"_s)->text(), u"suzuki@example.jp"_s);
        // The question still counts from when Sato first started writing.
        prompts.riskyAnswer = false;
        QVERIFY(!editor->send());
        QCOMPARE(prompts.riskyQuestions.size(), 1);
    }

    void outboxViewRetriesAndDiscards()
    {
        Fixture f;
        Testing::ScriptedPrompts prompts;
        MainWindow window(*f.desk, f.sato);
        window.setPrompts(prompts);
        window.openTicket(f.ticket);
        window.ticketPanel()->startReply();
        QVERIFY(window.ticketPanel()->replyEditor()->send());
        auto *undelivered = window.ticketPanel()->findChild<QLabel *>(u"replyUndeliveredLabel"_s);
        QVERIFY(undelivered->isHidden());

        OutboxView *view = window.showOutbox();
        QTableWidget *table = view->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, OutboxView::StateColumn)->text(), u"Queued"_s);
        QCOMPARE(table->item(0, OutboxView::TicketColumn)->text(), u"#%1"_s.arg(f.ticket));
        QVERIFY(table->item(0, OutboxView::ToColumn)->text().contains(u"watanabe@osaka-kogyo.example.jp"_s));
        table->selectRow(0);
        auto *discard = view->findChild<QPushButton *>(u"outboxDiscardButton"_s);
        QVERIFY(discard->isEnabled());

        prompts.riskyAnswer = false;
        QVERIFY(!view->discardSelected());
        QCOMPARE(table->item(0, OutboxView::StateColumn)->text(), u"Queued"_s);
        prompts.riskyAnswer = true;
        QVERIFY(view->discardSelected());
        QCOMPARE(table->item(0, OutboxView::StateColumn)->text(), u"Not delivered"_s);
        QVERIFY(table->item(0, OutboxView::ServerColumn)->text().contains(u"佐藤"_s));
        // The ticket says so, and the question is open again with its original deadline.
        window.ticketPanel()->reload();
        QVERIFY(!undelivered->isHidden());
        QCOMPARE(f.desk->obligations().openCount(f.ticket).valueOr(-1), 1);

        table->selectRow(0);
        QVERIFY(view->retrySelected());
        QCOMPARE(table->item(0, OutboxView::StateColumn)->text(), u"Queued"_s);
    }
};

QTEST_MAIN(TestReply)
#include "tst_reply.moc"
