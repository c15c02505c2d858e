// 承認 and 受付自動返信 on the desktop (offscreen, issue 12): a staff member whose replies need
// approval confirms a reply — it waits, the ticket says so, the manager's queue shows it with
// its count; the manager corrects and approves it from the Approval queue, or sends it back
// with a comment and the author's Reply brings it back into the editor. The acknowledgement
// settings page for managers. In English and in Japanese (pending translations compiled in by
// with-pending-ja.sh); MADOGUCHI_APPROVAL_SHOTS=DIR saves 1024×700 pictures of both screens.

#include "../common/TestDatabase.h"
#include "ReplyFixture.h"
#include "ScriptedPrompts.h"

#include "approval/ApprovalQueueView.h"
#include "desk/MainWindow.h"
#include "desk/TicketPanel.h"
#include "mail/outbox/AutoAcknowledgement.h"
#include "mail/outbox/ReplyApprovals.h"
#include "reply/ReplyEditor.h"
#include "settings/AcknowledgementPage.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

using Madoguchi::Testing::ReplyFixture::Fixture;
using Madoguchi::Testing::ReplyFixture::sendConfirmed;

class TestApprovalQueue : public QObject
{
    Q_OBJECT

    QTranslator m_japanese;

    // In the fixture 佐藤 is the manager (the desk's first user), 田中 staff.
    void writeAsTanaka(Fixture &f, const QString &text)
    {
        Testing::ScriptedPrompts prompts;
        MainWindow window(*f.desk, f.tanaka);
        window.setPrompts(prompts);
        window.openTicket(f.ticket);
        QVERIFY(window.findChild<QPushButton *>(u"approvalQueueButton"_s)->isHidden()); // not for staff
        window.ticketPanel()->startReply();
        ReplyEditor *editor = window.ticketPanel()->replyEditor();
        auto *body = editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s);
        body->moveCursor(QTextCursor::Start);
        body->insertPlainText(text);
        QVERIFY(sendConfirmed(editor));
        QVERIFY(window.ticketPanel()->waitingReplyText().contains(u"approval"_s)
                || window.ticketPanel()->waitingReplyText().contains(u"承認"_s));
        QVERIFY(f.desk->outbox().entries().valueOr({}).isEmpty());
    }

    static void shoot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MADOGUCHI_APPROVAL_SHOTS");
        if (dir.isEmpty())
            return;
        widget->resize(1024, 700);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(widget->grab().save(dir + u'/' + name));
    }

    void useJapanese(bool on)
    {
        QCoreApplication::removeTranslator(&m_japanese);
        if (on)
            QCoreApplication::installTranslator(&m_japanese);
        QLocale::setDefault(on ? QLocale(QLocale::Japanese, QLocale::Japan) : QLocale(QLocale::English, QLocale::UnitedStates));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString pending = qEnvironmentVariable("MADOGUCHI_QM_DIR");
        QVERIFY((!pending.isEmpty() && m_japanese.load(u"madoguchi_ja"_s, pending))
                || m_japanese.load(u"madoguchi_ja"_s, u":/i18n"_s));
    }

    void cleanup() { useJapanese(false); }

    void approvedFromTheQueueWithTheManagersCorrection_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::newRow("en") << false;
        QTest::newRow("ja") << true;
    }

    void approvedFromTheQueueWithTheManagersCorrection()
    {
        QFETCH(bool, japanese);
        useJapanese(japanese);
        Fixture f;
        QVERIFY(f.sato.isManager());
        QVERIFY(f.desk->team().setNeedsApproval(f.sato, f.tanaka.id, true).ok());
        writeAsTanaka(f, u"渡辺様\nたぶん明日送ります。\n"_s);

        MainWindow window(*f.desk, f.sato);
        auto *queueButton = window.findChild<QPushButton *>(u"approvalQueueButton"_s);
        QVERIFY(!queueButton->isHidden());
        QVERIFY2(queueButton->text().contains(u"(1)"_s), qPrintable(queueButton->text()));
        if (japanese)
            QVERIFY2(queueButton->text().contains(u"承認"_s), qPrintable(queueButton->text()));
        ApprovalQueueView *view = window.showApprovals();
        QCOMPARE(view->table()->rowCount(), 1);
        QCOMPARE(view->table()->item(0, ApprovalQueueView::AuthorColumn)->text(), u"田中"_s);
        auto *body = view->findChild<QPlainTextEdit *>(u"approvalBodyEdit"_s);
        QVERIFY(body->toPlainText().startsWith(u"渡辺様\nたぶん明日送ります。"_s));
        QVERIFY(!body->isReadOnly());
        shoot(view, japanese ? u"approval-queue-ja.png"_s : u"approval-queue-en.png"_s);
        if (japanese)
            QCOMPARE(view->findChild<QPushButton *>(u"approveButton"_s)->text(), u"承認して送信"_s);

        QString corrected = body->toPlainText();
        corrected.replace(u"たぶん明日送ります。"_s, u"明日お送りいたします。"_s);
        body->setPlainText(corrected);
        view->findChild<QPushButton *>(u"approveButton"_s)->click();
        QCOMPARE(view->table()->rowCount(), 0);
        const QList<OutboxEntry> outbox = f.desk->outbox().entries().valueOr({});
        QCOMPARE(outbox.size(), 1);
        const auto sent = f.desk->tickets().message(outbox.first().messageRowId, true).valueOr(std::nullopt);
        QVERIFY(sent.has_value());
        QVERIFY(sent->bodyText.startsWith(u"渡辺様\n明日お送りいたします。"_s));
        QCOMPARE(sent->delivery, ReplyDelivery::Pending);
        QVERIFY2(queueButton->text().contains(u"(0)"_s), qPrintable(queueButton->text()));
        QStringList actions;
        for (const AuditEntry &e : f.desk->audit().forTicket(f.ticket).valueOr({}))
            actions.append(e.action);
        QVERIFY(actions.contains(u"reply-edited"_s));
        QVERIFY(actions.contains(u"reply-approved"_s));
    }

    void sentBackReopensInTheAuthorsEditor()
    {
        Fixture f;
        QVERIFY(f.desk->team().setNeedsApproval(f.sato, f.tanaka.id, true).ok());
        writeAsTanaka(f, u"できません。\n"_s);
        {
            MainWindow window(*f.desk, f.sato);
            ApprovalQueueView *view = window.showApprovals();
            QCOMPARE(view->count(), 1);
            auto *sendBack = view->findChild<QPushButton *>(u"sendBackButton"_s);
            sendBack->click(); // no comment: refused, still waiting
            QCOMPARE(view->count(), 1);
            view->findChild<QLineEdit *>(u"approvalCommentEdit"_s)->setText(u"代替案を添えてください"_s);
            sendBack->click();
            QCOMPARE(view->count(), 0);
        }
        Testing::ScriptedPrompts prompts;
        MainWindow window(*f.desk, f.tanaka);
        window.setPrompts(prompts);
        window.openTicket(f.ticket);
        window.ticketPanel()->startReply();
        ReplyEditor *editor = window.ticketPanel()->replyEditor();
        QVERIFY(editor->isActive());
        QVERIFY(editor->findChild<QPlainTextEdit *>(u"replyBodyEdit"_s)->toPlainText().startsWith(u"できません。"_s));
        QVERIFY(!ReplyApprovals(*f.desk).returnedFor(f.ticket, f.tanaka.id).valueOr(std::nullopt).has_value());
        QVERIFY(f.desk->outbox().entries().valueOr({}).isEmpty());
    }

    void acknowledgementSettings_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::newRow("en") << false;
        QTest::newRow("ja") << true;
    }

    void acknowledgementSettings()
    {
        QFETCH(bool, japanese);
        useJapanese(japanese);
        Fixture f;
        {
            AcknowledgementPage staffPage(*f.desk, f.tanaka);
            QVERIFY(!staffPage.findChild<QCheckBox *>(u"acknowledgementEnabledCheckBox"_s)->isEnabled());
        }
        AcknowledgementPage page(*f.desk, f.sato);
        auto *enabled = page.findChild<QCheckBox *>(u"acknowledgementEnabledCheckBox"_s);
        auto *body = page.findChild<QPlainTextEdit *>(u"acknowledgementBodyEdit"_s);
        auto *cap = page.findChild<QSpinBox *>(u"acknowledgementCapSpinBox"_s);
        QVERIFY(!enabled->isChecked()); // off by default
        QCOMPARE(body->toPlainText(), AcknowledgementSettings::defaultBody());
        QCOMPARE(cap->value(), 3);
        enabled->setChecked(true);
        shoot(&page, japanese ? u"acknowledgement-settings-ja.png"_s : u"acknowledgement-settings-en.png"_s);
        body->setPlainText(u"{{customer.nmae}}様"_s);
        QVERIFY(!page.apply());
        QVERIFY(!AcknowledgementSettings::load(*f.desk)->enabled);
        body->setPlainText(u"{{customer.name}}様\n受付番号 [#{{ticket.number}}]\n{{deadline}} までにご回答いたします。"_s);
        cap->setValue(2);
        QVERIFY(page.apply().ok());
        const AcknowledgementSettings saved = AcknowledgementSettings::load(*f.desk).valueOr({});
        QVERIFY(saved.enabled);
        QCOMPARE(saved.dailyCap, 2);
        QVERIFY(saved.body.startsWith(u"{{customer.name}}様"_s));
    }
};

QTEST_MAIN(TestApprovalQueue)
#include "tst_approvalqueue.moc"
