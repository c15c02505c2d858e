// Attachments in the reply editor (issue 12): added by the file dialog and by dropping files
// on the text or the list, shown with their size, removed, refused over the administrator's
// limit, confirmed one by one before sending, and sent with the reply.
#include "ReplyFixture.h"
#include "ScriptedPrompts.h"

#include "desk/MainWindow.h"
#include "desk/TicketPanel.h"
#include "mail/mime/MimeParser.h"
#include "reply/ReplyAttachmentList.h"

#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::ReplyFixture::Fixture;
using Madoguchi::Testing::ReplyFixture::JapaneseForScreenshot;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, qsizetype size)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(i % 251);
    file.write(bytes);
    return file.fileName();
}

// Drops `paths` on `target` as a file manager does.
void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    data.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
}

} // namespace

class TestReplyAttachments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attachDropRemoveConfirmAndSend()
    {
        // MADOGUCHI_ATTACH_SCREENSHOT=editor.png and MADOGUCHI_ATTACH_CONFIRM_SCREENSHOT=confirm.png:
        // the editor with its attachments and the confirmation, in Japanese.
        const QString shot = qEnvironmentVariable("MADOGUCHI_ATTACH_SCREENSHOT");
        const QString confirmShot = qEnvironmentVariable("MADOGUCHI_ATTACH_CONFIRM_SCREENSHOT");
        JapaneseForScreenshot japanese(shot);
        Fixture f;
        QVERIFY(f.desk->settings()
                    .setValue(StaffUser::system(), QString::fromLatin1(TicketReplies::attachmentLimitSetting),
                              u"300000"_s)
                    .ok());
        QTemporaryDir dir;
        const QString pdf = writeFile(dir, u"請求書_2026年10月分.pdf"_s, 120000);
        const QString xlsx = writeFile(dir, u"明細.xlsx"_s, 30000);
        const QString big = writeFile(dir, u"大きな資料.zip"_s, 200000);
        Testing::ScriptedPrompts prompts;
        MainWindow window(*f.desk, f.sato);
        window.setPrompts(prompts);
        window.resize(1400, 900);
        window.show();
        window.openTicket(f.ticket);
        window.ticketPanel()->startReply();
        ReplyEditor *editor = window.ticketPanel()->replyEditor();
        auto *list = editor->findChild<QListWidget *>(u"replyAttachmentsListWidget"_s);
        auto *body = editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s);
        QVERIFY(list && body);
        QVERIFY(!list->isVisible());
        const QString text = body->toPlainText();

        // Attach… asks for a file.
        prompts.files = {pdf};
        editor->findChild<QPushButton *>(u"replyAttachButton"_s)->click();
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), u"請求書_2026年10月分.pdf (%1)"_s.arg(QLocale().formattedDataSize(120000)));
        QVERIFY(list->isVisible());
        // A file dropped on the text is attached, not pasted as its path.
        dropFiles(body->viewport(), {xlsx});
        QCOMPARE(list->count(), 2);
        QCOMPARE(body->toPlainText(), text);
        // Over the limit: refused with the reason, nothing added.
        dropFiles(editor->findChild<ReplyAttachmentList *>(), {big});
        QCOMPARE(list->count(), 2);
        QVERIFY2(editor->errorText().contains(u"大きな資料.zip"_s) && editor->errorText().contains(QLocale().formattedDataSize(300000)),
                 qPrintable(editor->errorText()));
        QVERIFY(editor->findChild<QLabel *>(u"replyAttachmentTotalLabel"_s)->text().contains(
            QLocale().formattedDataSize(150000)));
        // Remove takes the selected one away.
        list->setCurrentRow(1);
        editor->findChild<QPushButton *>(u"replyRemoveAttachmentButton"_s)->click();
        QCOMPARE(list->count(), 1);
        dropFiles(editor->findChild<ReplyAttachmentList *>(), {xlsx});
        QCOMPARE(list->count(), 2);
        if (!shot.isEmpty()) {
            body->moveCursor(QTextCursor::Start);
            body->insertPlainText(u"渡辺様\n\n10月分の請求書と明細（社外秘）をお送りします。"_s);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // The editor alone: in the window it sits below the thread and scrolls.
            editor->resize(editor->width(), std::max(editor->height(), editor->sizeHint().height() + 200));
            QVERIFY(editor->grab().save(shot));
        }

        // The confirmation lists each file with its size; Send waits for every tick.
        SendConfirmationDialog *dialog = editor->confirmSend();
        QVERIFY(dialog);
        const QList<QCheckBox *> boxes = dialog->checkBoxes();
        QCOMPARE(boxes.size(), 3); // To, two files
        QVERIFY2(boxes.at(1)->text().contains(u"請求書_2026年10月分.pdf"_s), qPrintable(boxes.at(1)->text()));
        QVERIFY(boxes.at(1)->text().contains(QLocale().formattedDataSize(120000)));
        QVERIFY(boxes.at(2)->text().contains(u"明細.xlsx"_s));
        boxes.at(0)->click();
        boxes.at(1)->click();
        QVERIFY(!dialog->sendButton()->isEnabled());
        if (!confirmShot.isEmpty()) {
            dialog->resize(640, dialog->sizeHint().height());
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY(dialog->grab().save(confirmShot));
        }
        boxes.at(2)->click();
        QVERIFY(dialog->sendButton()->isEnabled());
        dialog->sendButton()->click();
        QVERIFY(!editor->isActive());

        // The reply went into the outbox with both files, bytes unchanged.
        auto entries = f.desk->outbox().entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        auto reply = f.desk->tickets().message(entries->at(0).messageRowId, true);
        QVERIFY(reply.ok() && reply->has_value());
        const MailMessage sent = MimeParser().parse((*reply)->rawSource);
        QCOMPARE(sent.attachments.size(), 2);
        QCOMPARE(sent.attachments.at(0).originalFileName, u"請求書_2026年10月分.pdf"_s);
        QFile original(pdf);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(sent.attachments.at(0).data, original.readAll());
        QCOMPARE(sent.attachments.at(1).originalFileName, u"明細.xlsx"_s);
        // Staff see them in the thread.
        QCOMPARE((*reply)->attachments.size(), 2);
    }

    // Moving to another ticket and back keeps the files with the typed reply.
    void setAsideKeepsTheFiles()
    {
        Fixture f;
        QTemporaryDir dir;
        Testing::ScriptedPrompts prompts;
        prompts.files = {writeFile(dir, u"memo.txt"_s, 10)};
        auto other = TicketFixtureBuilder(*f.desk).customerMail(u"kato@example.jp"_s, u"別件"_s, u"別件です"_s,
                                                                 f.clock.now());
        QVERIFY(other.ok());
        MainWindow window(*f.desk, f.sato);
        window.setPrompts(prompts);
        window.openTicket(f.ticket);
        window.ticketPanel()->startReply();
        ReplyEditor *editor = window.ticketPanel()->replyEditor();
        editor->findChild<QPushButton *>(u"replyAttachButton"_s)->click();
        auto *list = editor->findChild<QListWidget *>(u"replyAttachmentsListWidget"_s);
        QCOMPARE(list->count(), 1);
        window.openTicket(other->ticketId);
        window.openTicket(f.ticket);
        window.ticketPanel()->startReply();
        QCOMPARE(list->count(), 1);
        editor->discard();
        QCOMPARE(list->count(), 0);
    }
};

QTEST_MAIN(TestReplyAttachments)
#include "tst_replyattachments.moc"
