// 承認 (issue 12): replies of staff a manager marked "replies need approval" wait in the
// Approval queue — answering nothing, reaching no server — until a manager approves them (then
// the outbox sends them through a real SMTP server, tests/scripts/with-smtp.sh, and they answer
// at the server's acceptance), edits them (the edited text is what the server receives) or
// sends them back with a comment (the author finds it in the ticket and gets the reply back in
// the editor). The core runs on SQLite and on PostgreSQL (tst_approvals_pg); the command line
// (team user set, reply --as, approvals, approve) on SQLite.

#include "../common/TestDatabase.h"
#include "../common/TestSmtpServer.h"
#include "../common/VerifyOk.h"
#include "ReplyTestDesk.h"
#include "SentMail.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/outbox/OutboxSender.h"
#include "mail/outbox/ReplyApprovals.h"
#include "mail/outbox/TicketReplies.h"
#include "tickets/ReplyEditors.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

namespace {

QDateTime jst(const QString &text)
{
    return *Jst::parseIso(text + u":00+09:00"_s);
}

} // namespace

class TestApprovals : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketDesk> m_desk;
    StaffUser m_tanaka; // manager
    StaffUser m_sato;   // staff whose replies need approval
    qint64 m_ticket = 0;
    QDateTime m_deadline;
    QTemporaryDir m_files;

    int sendDue() { return Testing::sendDueOnce(*m_desk); }

    QueuedReply queueBySato(const QString &text)
    {
        auto draft = TicketReplies(*m_desk).draft(m_ticket, ReplyScope::Sender, m_sato.id);
        if (!draft)
            return {};
        ReplyDraft d = *draft;
        d.body = text + d.body;
        return TicketReplies(*m_desk).queue(m_sato, d).valueOr({});
    }

    Obligation obligation()
    {
        auto obligations = m_desk->tickets().obligations(m_ticket);
        return obligations && obligations->size() == 1 ? obligations->first() : Obligation{};
    }

    TicketMessage message(qint64 row)
    {
        return m_desk->tickets().message(row, true).valueOr(std::nullopt).value_or(TicketMessage{});
    }

    QStringList auditActions()
    {
        QStringList actions;
        for (const AuditEntry &e : m_desk->audit().forTicket(m_ticket).valueOr({}))
            actions.append(e.action + u':' + e.actorName);
        return actions;
    }

    std::tuple<int, QString, QString> runCli(const QStringList &args)
    {
        return Testing::runCliAt(m_t->address().filePath, m_clock->now(), args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_SMTP_HOST"))
            QSKIP("run through tests/scripts/with-smtp.sh");
    }

    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        QVERIFY(m_t->isValid());
        m_clock = std::make_unique<FixedClock>(jst(u"2026-06-10T12:00"_s));
        m_desk = std::make_unique<TicketDesk>(m_t->db(), *m_clock);
        TicketFixtureBuilder build(*m_desk);
        m_tanaka = build.staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        m_sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        QVERIFY(m_tanaka.isManager());
        QVERIFY(m_sato.id > 0 && !m_sato.isManager());
        VERIFY_OK(m_desk->team().setNeedsApproval(m_tanaka, m_sato.id, true));
        Testing::prepareSendingDesk(*m_desk, {.fromName = u"サポート窓口"_s, .account = false});
        if (QTest::currentTestFailed())
            return;
        auto stored = m_desk->mail().addMessage(Testing::invoiceQuestion());
        VERIFY_OK(stored);
        m_ticket = stored->ticketId;
        m_deadline = obligation().deadline;
        QCOMPARE(m_deadline, jst(u"2026-06-11T18:00"_s));
    }

    void cleanup()
    {
        m_desk.reset();
        m_t.reset();
    }

    // Only a manager marks people, and it is audited; staff are refused.
    void needsApprovalIsAManagersAuditedChoice()
    {
        auto refused = m_desk->team().setNeedsApproval(m_sato, m_sato.id, false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"permission"_s);
        QVERIFY((*m_desk->team().user(m_sato.id))->needsApproval);
        auto recent = m_desk->audit().recent(5, u"needs-approval"_s);
        VERIFY_OK(recent);
        QCOMPARE(recent->size(), 1);
        QCOMPARE(recent->first().newValue, u"sato: yes"_s);
        QCOMPARE(recent->first().actorName, u"田中"_s);
    }

    // Held: not in the outbox, shown "waiting for approval", answering nothing; a sender run
    // sends nothing; 二重返信防止 still sees it.
    void heldReplyAnswersNothingAndNothingLeaves()
    {
        const QStringList before = Testing::sinkFiles();
        const QueuedReply held = queueBySato(u"お待たせしております。\n"_s);
        QVERIFY(held.approvalId > 0);
        QCOMPARE(held.outboxId, 0);
        QVERIFY(m_desk->outbox().entries().valueOr({}).isEmpty());
        QCOMPARE(message(held.messageRowId).delivery, ReplyDelivery::Held);
        QCOMPARE(replyDeliveryLabel(ReplyDelivery::Held), u"waiting for approval"_s);
        QVERIFY(obligation().isOpen());
        QCOMPARE(m_desk->tickets().ticket(m_ticket).valueOr(std::nullopt)->due, m_deadline);
        ReplyApprovals approvals(*m_desk);
        QCOMPARE(approvals.waitingCount().valueOr(-1), 1);
        const QList<ReplyApproval> waiting = approvals.waiting().valueOr({});
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().authorLogin, u"sato"_s);
        QCOMPARE(waiting.first().ticketId, m_ticket);
        QCOMPARE(waiting.first().requested, m_clock->now());
        QCOMPARE(sendDue(), 0);
        QCOMPARE(Testing::sinkFiles(), before);
        auto waitingReplies = ReplyEditors(m_t->db(), *m_clock).waitingReplies(m_ticket);
        VERIFY_OK(waitingReplies);
        QCOMPARE(waitingReplies->size(), 1);
        QVERIFY(auditActions().contains(u"reply-held:佐藤"_s));
        // A manager's own reply is not held.
        auto draft = TicketReplies(*m_desk).draft(m_ticket, ReplyScope::Sender, m_tanaka.id);
        VERIFY_OK(draft);
        auto own = TicketReplies(*m_desk).queue(m_tanaka, *draft);
        VERIFY_OK(own);
        QVERIFY(own->outboxId > 0);
        QCOMPARE(own->approvalId, 0);
    }

    // Approved: into the outbox with the send-cancel window, sent, and it answers at the
    // moment the server accepted it.
    void approvedReplyGoesOutAndAnswersWhenAccepted()
    {
        VERIFY_OK(m_desk->settings().setValue(StaffUser::system(),
                                              QString::fromLatin1(TicketReplies::sendCancelSetting), u"30"_s));
        const QueuedReply held = queueBySato(u"ご確認いたしました。\n"_s);
        QVERIFY(held.approvalId > 0);
        m_clock->advanceSecs(3600); // the manager looks an hour later
        const QDateTime approvedAt = m_clock->now();
        auto outboxId = ReplyApprovals(*m_desk).approve(m_tanaka, held.approvalId);
        VERIFY_OK(outboxId);
        auto entry = m_desk->outbox().entry(*outboxId);
        VERIFY_OK(entry);
        QCOMPARE((*entry)->state, OutboxState::Queued);
        QCOMPARE((*entry)->nextAttempt, approvedAt.addSecs(30));
        QCOMPARE(message(held.messageRowId).delivery, ReplyDelivery::Pending);
        QVERIFY(obligation().isOpen());
        QCOMPARE(ReplyApprovals(*m_desk).waitingCount().valueOr(-1), 0);
        const QStringList before = Testing::sinkFiles();
        QCOMPARE(sendDue(), 0); // inside the window
        m_clock->advanceSecs(31);
        const QDateTime acceptedAt = m_clock->now();
        QCOMPARE(sendDue(), 1);
        const QStringList after = Testing::sinkFiles();
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(Testing::readFile(Testing::sinkDir() + u'/' + after.last()), message(held.messageRowId).rawSource);
        const Obligation answered = obligation();
        QVERIFY(!answered.isOpen());
        QCOMPARE(answered.closed, acceptedAt);
        QCOMPARE(answered.answeredById, held.messageRowId);
        auto decided = ReplyApprovals(*m_desk).approval(held.approvalId);
        VERIFY_OK(decided);
        QCOMPARE((*decided)->state, ApprovalState::Approved);
        QCOMPARE((*decided)->decidedByName, u"田中"_s);
        QCOMPARE((*decided)->decided, approvedAt);
        QVERIFY(auditActions().contains(u"reply-approved:田中"_s));
        // Decided once: a second approval is refused.
        auto again = ReplyApprovals(*m_desk).approve(m_tanaka, held.approvalId);
        QVERIFY(!again);
        QCOMPARE(again.error().code, u"state"_s);
    }

    // A manager's edit is what the server receives (read back by Python's email package).
    void managersEditIsWhatTheServerReceived()
    {
        const QueuedReply held = queueBySato(u"たぶん明日できます。\n"_s);
        auto draft = ReplyApprovals(*m_desk).draftOf(m_tanaka, held.approvalId);
        VERIFY_OK(draft);
        QVERIFY(draft->body.startsWith(u"たぶん明日できます。"_s));
        QCOMPARE(draft->to.value(0).address, u"yamada@example.jp"_s);
        ReplyDraft edited = *draft;
        edited.body.replace(u"たぶん明日できます。"_s, u"明日6月11日中にお送りいたします。"_s);
        auto outboxId = ReplyApprovals(*m_desk).approve(m_tanaka, held.approvalId, edited);
        VERIFY_OK(outboxId);
        const TicketMessage stored = message(held.messageRowId);
        QVERIFY(stored.bodyText.startsWith(u"明日6月11日中にお送りいたします。"_s));
        QCOMPARE(stored.authorId, m_sato.id);
        const QStringList before = Testing::sinkFiles();
        QCOMPARE(sendDue(), 1);
        const QStringList after = Testing::sinkFiles();
        QCOMPARE(after.size(), before.size() + 1);
        const QString file = Testing::sinkDir() + u'/' + after.last();
        QCOMPARE(Testing::readFile(file), message(held.messageRowId).rawSource);
        const QJsonObject py = Testing::pythonParse(file);
        QVERIFY2(!py.isEmpty(), "parse-mail.py failed");
        const QString text = py.value(u"text"_s).toString();
        QVERIFY2(text.startsWith(u"明日6月11日中にお送りいたします。"_s), qPrintable(text));
        QVERIFY(!text.contains(u"たぶん"_s));
        QCOMPARE(py.value(u"headers"_s).toObject().value(u"Message-ID"_s).toString(), u'<' + held.messageId + u'>');
        const QStringList actions = auditActions();
        QVERIFY(actions.contains(u"reply-edited:田中"_s));
        QVERIFY(actions.contains(u"reply-approved:田中"_s));
        QVERIFY(!obligation().isOpen());
    }

    // Sent back: the comment is in the ticket, the reply is not on its way, the author's
    // editor gets it back once; nothing reaches the server.
    void sentBackWithACommentReopensForTheAuthor()
    {
        const QStringList before = Testing::sinkFiles();
        const QueuedReply held = queueBySato(u"できません。\n"_s);
        ReplyApprovals approvals(*m_desk);
        auto noComment = approvals.sendBack(m_tanaka, held.approvalId, u"  "_s);
        QVERIFY(!noComment);
        QCOMPARE(noComment.error().code, u"input"_s);
        VERIFY_OK(approvals.sendBack(m_tanaka, held.approvalId, u"代替案を添えてください"_s));
        QCOMPARE(message(held.messageRowId).delivery, ReplyDelivery::Discarded);
        QCOMPARE(approvals.waitingCount().valueOr(-1), 0);
        bool noteSeen = false;
        for (const TicketMessage &m : m_desk->tickets().messages(m_ticket).valueOr({})) {
            if (m.kind == MessageKind::InternalNote && m.bodyText.contains(u"代替案を添えてください"_s)
                && m.bodyText.contains(u"佐藤"_s))
                noteSeen = true;
        }
        QVERIFY(noteSeen);
        QVERIFY(auditActions().contains(u"reply-returned:田中"_s));
        // Not for someone else, once for the author.
        QVERIFY(!approvals.returnedFor(m_ticket, m_tanaka.id).valueOr(std::nullopt).has_value());
        auto returned = approvals.returnedFor(m_ticket, m_sato.id);
        VERIFY_OK(returned);
        QVERIFY(returned->has_value());
        QCOMPARE((*returned)->comment, u"代替案を添えてください"_s);
        auto reopened = approvals.reopen(m_sato, (*returned)->id);
        VERIFY_OK(reopened);
        QVERIFY(reopened->body.startsWith(u"できません。"_s));
        QCOMPARE(reopened->to.value(0).address, u"yamada@example.jp"_s);
        QVERIFY(!approvals.returnedFor(m_ticket, m_sato.id).valueOr(std::nullopt).has_value());
        QCOMPARE(sendDue(), 0);
        QCOMPARE(Testing::sinkFiles(), before);
        QVERIFY(obligation().isOpen());
        QCOMPARE(obligation().deadline, m_deadline);
    }

    void staffCannotDecide()
    {
        const QueuedReply held = queueBySato(u"本文\n"_s);
        ReplyApprovals approvals(*m_desk);
        auto approved = approvals.approve(m_sato, held.approvalId);
        QVERIFY(!approved);
        QCOMPARE(approved.error().code, u"permission"_s);
        auto returned = approvals.sendBack(m_sato, held.approvalId, u"自分で"_s);
        QVERIFY(!returned);
        QCOMPARE(returned.error().code, u"permission"_s);
        QCOMPARE(approvals.waitingCount().valueOr(-1), 1);
        QVERIFY(m_desk->outbox().entries().valueOr({}).isEmpty());
    }

    // The command line: team user set, reply --as (held), approvals, approve (managers only).
    void commandLine()
    {
        if (Testing::usingPostgres())
            QSKIP("the CLI runs open a SQLite file");
        VERIFY_OK(m_desk->team().setNeedsApproval(m_tanaka, m_sato.id, false));
        auto [code, out, err] = runCli({u"team"_s, u"user"_s, u"set"_s, u"sato"_s, u"--needs-approval"_s, u"yes"_s});
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(out, u"sato\tneeds-approval yes\n"_s);
        std::tie(code, out, err) = runCli({u"team"_s, u"user"_s, u"set"_s, u"sato"_s, u"--needs-approval"_s, u"maybe"_s});
        QCOMPARE(code, 2);
        QCOMPARE(err.count(u'\n'), 1);
        const QString body = m_files.filePath(u"body.txt"_s);
        {
            QFile file(body);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(u"承知いたしました。\n"_s.toUtf8());
        }
        const QStringList reply{u"reply"_s, QString::number(m_ticket), u"--body-file"_s, body, u"--as"_s, u"sato"_s};
        std::tie(code, out, err) = runCli(reply);
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(out.startsWith(u"held "_s), qPrintable(out));
        const QString first = out.mid(5).trimmed();
        // 二重返信防止 counts a held reply too: a second one needs --force.
        std::tie(code, out, err) = runCli(reply);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(u"waiting for approval (by 佐藤)"_s), qPrintable(err));
        std::tie(code, out, err) = runCli(reply + QStringList{u"--force"_s});
        QVERIFY2(code == 0, qPrintable(err));
        const QString second = out.mid(5).trimmed();
        QVERIFY(m_desk->outbox().entries().valueOr({}).isEmpty());

        std::tie(code, out, err) = runCli({u"approvals"_s});
        QVERIFY2(code == 0, qPrintable(err));
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList fields = lines.first().split(u'\t');
        QCOMPARE(fields.size(), 6);
        QCOMPARE(fields.at(0), first);
        QCOMPARE(fields.at(1), u"#%1"_s.arg(m_ticket));
        QCOMPARE(fields.at(2), u"sato"_s);
        QCOMPARE(fields.at(3), Jst::format(m_clock->now()));
        QCOMPARE(fields.at(4), u"yamada@example.jp"_s);

        // Staff: one line, status 2, nothing decided.
        for (const QStringList &args : {QStringList{u"approve"_s, first, u"--as"_s, u"sato"_s},
                                        QStringList{u"approvals"_s, u"--as"_s, u"sato"_s}}) {
            std::tie(code, out, err) = runCli(args);
            QCOMPARE(code, 2);
            QCOMPARE(err.count(u'\n'), 1);
            QVERIFY2(err.contains(u"only a manager"_s), qPrintable(err));
        }
        std::tie(code, out, err) = runCli({u"approve"_s, first, u"--return"_s});
        QCOMPARE(code, 2);
        QCOMPARE(err.count(u'\n'), 1);
        std::tie(code, out, err) = runCli({u"approve"_s, u"999"_s});
        QCOMPARE(code, 2);
        QCOMPARE(err.count(u'\n'), 1);
        QCOMPARE(ReplyApprovals(*m_desk).waitingCount().valueOr(-1), 2);

        std::tie(code, out, err) = runCli({u"approve"_s, first, u"--as"_s, u"tanaka"_s});
        QVERIFY2(code == 0, qPrintable(err));
        bool isNumber = false;
        const qint64 outboxId = out.trimmed().toLongLong(&isNumber);
        QVERIFY2(isNumber, qPrintable(out));
        QCOMPARE((*m_desk->outbox().entry(outboxId))->state, OutboxState::Queued);
        std::tie(code, out, err) = runCli({u"approve"_s, first});
        QCOMPARE(code, 2); // decided already
        std::tie(code, out, err) = runCli({u"approve"_s, second, u"--return"_s, u"--comment"_s, u"敬語を直して"_s});
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(out, u"returned %1\n"_s.arg(second));
        std::tie(code, out, err) = runCli({u"approvals"_s});
        QCOMPARE(out, QString());
        auto returned = ReplyApprovals(*m_desk).returnedFor(m_ticket, m_sato.id);
        VERIFY_OK(returned);
        QCOMPARE((*returned)->comment, u"敬語を直して"_s);
    }
};

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
