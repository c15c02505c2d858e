// Forward (転送) from the desk, offscreen (issue 12): Ticket ▸ Forward (F, Ctrl+L), the button in
// the ticket and the list's context menu open the reply editor as a forward — To empty and
// checked, the customer's mail below the signature, its attachments listed and removable —
// sent through the same confirmation; the thread shows it as 転送 and never as an answer. And
// Bcc in the editor, checked and confirmed line by line. MADOGUCHI_FORWARD_SCREENSHOT=path.png
// saves the window with the forward editor, MADOGUCHI_BCC_SCREENSHOT the confirmation with Bcc.
// Also the manager's switch for the send checklist and Undo send from File ▸ Outbox.

#include "../common/TestDatabase.h"
#include "ReplyFixture.h"
#include "ScriptedPrompts.h"

#include "desk/MainWindow.h"
#include "mail/outbox/SendChecklist.h"
#include "desk/TicketPanel.h"
#include "reply/OutboxView.h"
#include "reply/ReplyEditor.h"
#include "reply/SendConfirmationDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

using Madoguchi::Testing::ReplyFixture::Fixture;
using Madoguchi::Testing::ReplyFixture::JapaneseForScreenshot;
using Madoguchi::Testing::ReplyFixture::actionNamed;
using Madoguchi::Testing::ReplyFixture::sendConfirmed;

namespace {

// 渡辺's mail gets an attachment, as a real one would have.
void attachQuote(Fixture &f)
{
    QVERIFY(f.desk->database()
                .exec(u"test"_s,
                      u"INSERT INTO attachments (message_id, file_name, mime_type, size_bytes, sha256, content) "
                      "SELECT id, ?, 'application/pdf', 4, '', ? FROM messages WHERE ticket_id = ?"_s,
                      {u"請求書_10月分.pdf"_s, QByteArray("%PDF"), f.ticket})
                .ok());
}

} // namespace

class TestForwardDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardIsAnExplicitChoiceWithItsKeys()
    {
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        QAction *forward = actionNamed(&window, u"forwardAction"_s);
        QVERIFY(forward);
        QCOMPARE(forward->text(), u"&Forward…"_s);
        QCOMPARE(forward->shortcuts(), (QList<QKeySequence>{QKeySequence(u"F"_s), QKeySequence(u"Ctrl+L"_s)}));
        QVERIFY(window.ticketContextMenu()->actions().contains(forward));
        window.openTicket(f.ticket);
        ReplyEditor *editor = window.ticketPanel()->replyEditor();
        forward->trigger();
        QVERIFY(editor->isActive());
        QVERIFY(editor->isForward());
        editor->discard();
        window.ticketPanel()->findChild<QPushButton *>(u"forwardButton"_s)->click();
        QVERIFY(editor->isForward());
    }

    void forwardEditorHoldsTheCustomersMail()
    {
        Fixture f;
        attachQuote(f);
        const QString shot = qEnvironmentVariable("MADOGUCHI_FORWARD_SCREENSHOT");
        JapaneseForScreenshot japanese(shot);
        MainWindow window(*f.desk, f.sato);
        window.resize(1024, 700);
        window.show();
        window.openTicket(f.ticket);
        actionNamed(&window, u"forwardAction"_s)->trigger();
        ReplyEditor *editor = window.ticketPanel()->replyEditor();
        QVERIFY(editor->isForward());
        auto *to = editor->findChild<QLineEdit *>(u"replyToLineEdit"_s);
        QVERIFY(to->text().isEmpty());
        QCOMPARE(editor->findChild<QLineEdit *>(u"replySubjectLineEdit"_s)->text(),
                 u"Fwd: [#%1] 請求書の再発行"_s.arg(f.ticket));
        QVERIFY(editor->findChild<QLabel *>(u"replyModeLabel"_s)->isVisible());
        const QString body = editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s)->toPlainText();
        QVERIFY2(body.contains(u"-------- "_s) && body.contains(u"watanabe@osaka-kogyo.example.jp"_s)
                     && body.contains(u"10月分の請求書を再発行していただけますか。"_s) && !body.contains(u"> "_s),
                 qPrintable(body));
        auto *files = editor->findChild<QListWidget *>(u"replyAttachmentsListWidget"_s);
        QCOMPARE(files->count(), 1);
        QVERIFY(files->item(0)->text().contains(u"請求書_10月分.pdf"_s));
        if (!shot.isEmpty()) {
            to->setText(u"開発 次郎 <dev@partner.example.com>"_s);
            // At 1024×700 the ticket panel sits under the list and scrolls: show the editor.
            for (QWidget *w = editor->parentWidget(); w; w = w->parentWidget()) {
                if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                    scroll->ensureWidgetVisible(editor->findChild<QLabel *>(u"replyModeLabel"_s), 0, 0);
                    break;
                }
            }
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.grab().save(shot));
            QVERIFY(editor->grab().save(QString(shot).replace(u".png"_s, u"-editor.png"_s)));
        }
        // Removable before sending, like a reply's own files.
        files->setCurrentRow(0);
        editor->findChild<QPushButton *>(u"replyRemoveAttachmentButton"_s)->click();
        QCOMPARE(files->count(), 0);
    }

    void forwardNeedsAValidRecipient_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("not an address") << u"開発チーム"_s << false;
        QTest::newRow("no domain") << u"dev@"_s << false;
        QTest::newRow("an address") << u"dev@partner.example.com"_s << true;
        QTest::newRow("name and address") << u"開発 次郎 <dev@partner.example.com>, qa@partner.example.com"_s << true;
    }

    void forwardNeedsAValidRecipient()
    {
        QFETCH(QString, to);
        QFETCH(bool, accepted);
        Fixture f;
        MainWindow window(*f.desk, f.sato);
        window.openTicket(f.ticket);
        actionNamed(&window, u"forwardAction"_s)->trigger();
        ReplyEditor *editor = window.ticketPanel()->replyEditor();
        editor->findChild<QLineEdit *>(u"replyToLineEdit"_s)->setText(to);
        SendConfirmationDialog *dialog = editor->confirmSend();
        QCOMPARE(dialog != nullptr, accepted);
        QCOMPARE(editor->errorText().isEmpty(), accepted);
        if (dialog) {
            // Outside the customer's organisation: highlighted, as a mis-sent mail would be.
            for (QCheckBox *box : dialog->checkBoxes())
                QVERIFY(box->property("outside").toBool());
            dialog->reject();
        }
    }

    // Sent through the confirmation into the outbox; shown as 転送 waiting to be sent, never
    // as the answer: the ticket's obligation stays open, and Undo send brings it back as a
    // forward.
    void sentForwardIsShownAsAForward()
    {
        Fixture f;
        QVERIFY(f.desk->settings()
                    .setValue(StaffUser::system(), QString::fromLatin1(TicketReplies::sendCancelSetting), u"30"_s)
                    .ok());
        Testing::ScriptedPrompts prompts;
        MainWindow window(*f.desk, f.sato);
        window.setPrompts(prompts);
        window.openTicket(f.ticket);
        TicketPanel *panel = window.ticketPanel();
        panel->startReply();
        ReplyEditor *editor = panel->replyEditor();
        editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s)->setPlainText(u"書きかけの返信"_s);
        panel->startForward(); // the reply is kept aside
        QVERIFY(editor->isForward());
        editor->findChild<QLineEdit *>(u"replyToLineEdit"_s)->setText(u"dev@partner.example.com"_s);
        QVERIFY(sendConfirmed(editor));
        panel->reload();
        const QString html = panel->findChild<QTextBrowser *>(u"threadBrowser"_s)->toPlainText();
        QVERIFY2(html.contains(u"Forward — waiting to be sent"_s), qPrintable(html));
        QVERIFY2(html.contains(u"→ dev@partner.example.com"_s), qPrintable(html));
        QVERIFY(panel->waitingReplyText().startsWith(u"Forward waiting to be sent"_s));
        auto obligations = f.desk->tickets().obligations(f.ticket);
        QVERIFY(obligations.ok());
        QCOMPARE(obligations->size(), 1);
        QVERIFY(obligations->at(0).isOpen());
        // 取り消し: back into the editor as the forward it was.
        QVERIFY(panel->withdrawReply());
        QVERIFY(editor->isForward());
        QCOMPARE(editor->findChild<QLineEdit *>(u"replyToLineEdit"_s)->text(), u"dev@partner.example.com"_s);
        editor->discard();
        // The reply set aside comes back with Reply.
        panel->startReply();
        QVERIFY(!editor->isForward());
        QCOMPARE(editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s)->toPlainText(), u"書きかけの返信"_s);
    }

    // Bcc: checked like To and Cc, listed with its own checkbox in the confirmation, and kept
    // with the reply for the envelope only (tst_clireply checks what the server received).
    void bccIsCheckedAndConfirmed()
    {
        Fixture f;
        const QString shot = qEnvironmentVariable("MADOGUCHI_BCC_SCREENSHOT");
        JapaneseForScreenshot japanese(shot);
        MainWindow window(*f.desk, f.sato);
        window.resize(1024, 700);
        window.show();
        window.openTicket(f.ticket);
        actionNamed(&window, u"replyAction"_s)->trigger();
        ReplyEditor *editor = window.ticketPanel()->replyEditor();
        auto *bcc = editor->findChild<QLineEdit *>(u"replyBccLineEdit"_s);
        QVERIFY(bcc && bcc->text().isEmpty());
        bcc->setText(u"上司"_s);
        QVERIFY(!editor->confirmSend());
        QVERIFY(editor->errorText().contains(u"上司"_s));
        bcc->setText(u"上司 太郎 <boss@desk.example.co.jp>, audit@partner.example.com"_s);
        SendConfirmationDialog *dialog = editor->confirmSend();
        QVERIFY(dialog);
        QStringList lines;
        for (QCheckBox *box : dialog->checkBoxes())
            lines.append(box->text());
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(1).startsWith(u"Bcc: 上司 太郎 <boss@desk.example.co.jp>"_s),
                 qPrintable(lines.join(u'|')));
        QVERIFY(!dialog->checkBoxes().at(1)->property("outside").toBool()); // the desk's own domain
        QVERIFY(dialog->checkBoxes().at(2)->property("outside").toBool());
        if (!shot.isEmpty()) {
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY(dialog->grab().save(shot));
        }
        dialog->checkBoxes().at(0)->setChecked(true);
        dialog->checkBoxes().at(1)->setChecked(true);
        QVERIFY(!dialog->sendButton()->isEnabled()); // the Bcc line must be ticked too
        dialog->checkBoxes().at(2)->setChecked(true);
        dialog->sendButton()->click();
        QVERIFY(!editor->isActive());
        auto entries = f.desk->outbox().entries();
        QVERIFY(entries.ok() && entries->size() == 1);
        auto stored = f.desk->tickets().message(entries->at(0).messageRowId, true);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->bcc, (QStringList{u"boss@desk.example.co.jp"_s, u"audit@partner.example.com"_s}));
        QVERIFY(!(*stored)->rawSource.toLower().contains("bcc"));
    }

    // 誤送信防止 switched by a manager: with the checklist on (the default) Send opens the list
    // to tick; off, Send (and Ctrl+Return) still asks once, plainly, and sends only on yes.
    void checklistSwitch_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<bool>("answer");
        QTest::addColumn<bool>("sent");
        QTest::newRow("on: the list to tick") << QString() << true << false;
        QTest::newRow("off: yes sends") << u"0"_s << true << true;
        QTest::newRow("off: no keeps the editor") << u"0"_s << false << false;
    }

    void checklistSwitch()
    {
        QFETCH(QString, setting);
        QFETCH(bool, answer);
        QFETCH(bool, sent);
        Fixture f;
        if (!setting.isEmpty())
            QVERIFY(f.desk->settings()
                        .setValue(StaffUser::system(), QString::fromLatin1(SendChecklist::checklistSetting), setting)
                        .ok());
        Testing::ScriptedPrompts prompts;
        prompts.confirmAnswer = answer;
        MainWindow window(*f.desk, f.sato);
        window.setPrompts(prompts);
        window.openTicket(f.ticket);
        actionNamed(&window, u"replyAction"_s)->trigger();
        ReplyEditor *editor = window.ticketPanel()->replyEditor();
        editor->findChild<QLineEdit *>(u"replyBccLineEdit"_s)->setText(u"boss@desk.example.co.jp"_s);
        editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s)->insertPlainText(u"社外秘の資料です。"_s);
        editor->findChild<QPushButton *>(u"replySendButton"_s)->click();
        if (setting.isEmpty()) {
            QVERIFY(editor->confirmation());
            QVERIFY(prompts.questions.isEmpty());
            editor->confirmation()->reject();
        } else {
            QVERIFY(!editor->confirmation());
            QCOMPARE(prompts.questions.size(), 1);
            const QString question = prompts.questions.at(0);
            QVERIFY2(question.contains(u"渡辺 一郎 <watanabe@osaka-kogyo.example.jp>"_s)
                         && question.contains(u"boss@desk.example.co.jp"_s) && question.contains(u"「社外秘」"_s),
                     qPrintable(question));
        }
        QCOMPARE(!editor->isActive(), sent);
        QCOMPARE(f.desk->outbox().entries().valueOr({}).size(), sent ? 1 : 0);
    }

    // 取り消し from File ▸ Outbox: a reply inside its send-cancel window goes back into its
    // ticket's editor (the ticket opens), as the ticket's own Undo send does; once the window
    // has passed the outbox no longer offers it.
    void outboxUndoSendBringsTheReplyBack()
    {
        Fixture f;
        auto other = TicketFixtureBuilder(*f.desk).customerMail(u"kimura@example.jp"_s, u"別件"_s, u"別件です"_s,
                                                                 f.clock.now());
        QVERIFY(other.ok());
        Testing::ScriptedPrompts prompts;
        MainWindow window(*f.desk, f.sato);
        window.setPrompts(prompts);
        window.openTicket(f.ticket);
        TicketPanel *panel = window.ticketPanel();
        panel->startReply();
        ReplyEditor *editor = panel->replyEditor();
        editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s)->setPlainText(u"取り消す返信"_s);
        QVERIFY(sendConfirmed(editor));
        window.openTicket(other->ticketId);

        OutboxView *view = window.showOutbox();
        QTableWidget *table = view->table();
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        auto *undo = view->findChild<QPushButton *>(u"outboxWithdrawButton"_s);
        QVERIFY(undo->isEnabled());
        QVERIFY(view->withdrawSelected());
        QCOMPARE(panel->ticketId(), f.ticket);
        QVERIFY(editor->isActive() && !editor->isForward());
        QCOMPARE(editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s)->toPlainText(), u"取り消す返信"_s);
        QCOMPARE(table->item(0, OutboxView::StateColumn)->text(), u"Discarded (not sent)"_s);
        table->selectRow(0);
        QVERIFY(!undo->isEnabled());

        QVERIFY(sendConfirmed(editor));
        f.clock.advanceSecs(TicketReplies::defaultSendCancelSecs + 1);
        view->refresh();
        QCOMPARE(table->rowCount(), 2);
        table->selectRow(0); // newest first
        QVERIFY(!undo->isEnabled());
        QVERIFY(!view->withdrawSelected());
        QVERIFY(!editor->isActive());
        QVERIFY(view->findChild<QLabel *>(u"outboxMessageLabel"_s)->text().contains(u"can no longer be withdrawn"_s));
    }
};

QTEST_MAIN(TestForwardDesk)
#include "tst_forwarddesk.moc"
