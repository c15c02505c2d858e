// Replying from a ticket and the outbox that sends it, against a real SMTP server
// (tests/scripts/with-smtp.sh) and on SQLite or PostgreSQL (tests/scripts/with-postgres.sh).

#include "../common/TestDatabase.h"
#include "../common/TestSmtpServer.h"
#include "../common/VerifyOk.h"
#include "ReplyTestDesk.h"
#include "SentMail.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/mime/MimeParser.h"
#include "mail/outbox/OutboxSender.h"
#include "mail/outbox/ReplySignatures.h"
#include "mail/outbox/ReplyTemplates.h"
#include "mail/outbox/TicketReplies.h"
#include "reports/ResponseReportBuilder.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include "mail/account/MailAccountSettings.h"
#include "store/Database.h"
#include "store/DatabaseAddress.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;
using Madoguchi::Testing::sinkFiles;

namespace {

QDateTime jst(const QString &text)
{
    return *Jst::parseIso(text + u":00+09:00"_s);
}

} // namespace

class TestOutboxSender : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketDesk> m_desk;
    std::unique_ptr<TicketFixtureBuilder> m_build;
    StaffUser m_sato;
    qint64 m_ticket = 0;
    qint64 m_customerRow = 0;
    QDateTime m_originalDeadline;

    // The tests wake the sender themselves.
    static OutboxSenderOptions fastOptions() { return Testing::quickSenderOptions(); }

    static std::unique_ptr<OutboxSender> sender(TicketDesk &desk, const OutboxSenderOptions &options)
    {
        return Testing::testSender(desk, options);
    }

    QueuedReply queueTo(const QString &address)
    {
        auto draft = TicketReplies(*m_desk).draft(m_ticket);
        if (!draft)
            return {};
        ReplyDraft d = *draft;
        d.to = {{u"山田 太郎"_s, address}};
        d.cc.clear();
        d.body = u"山田様\n\nご連絡ありがとうございます。\n.\n"_s + d.body;
        return TicketReplies(*m_desk).queue(m_sato, d).valueOr({});
    }

    // madoguchi-cli on this test's SQLite file at the test clock: status, stdout, stderr.
    std::tuple<int, QString, QString> runCli(const QStringList &args)
    {
        return Testing::runCliAt(m_t->address().filePath, m_clock->now(), args);
    }

    OutboxEntry entry(qint64 id)
    {
        return m_desk->outbox().entry(id).valueOr(std::nullopt).value_or(OutboxEntry{});
    }

    Ticket ticket()
    {
        return m_desk->tickets().ticket(m_ticket).valueOr(std::nullopt).value_or(Ticket{});
    }

    // The June 2026 report as of the test clock (the team total, business-hours clock).
    ReportFigures juneFigures()
    {
        auto calendar = m_desk->calendar().calendar();
        if (!calendar)
            return {};
        ResponseReportBuilder builder(m_t->db(), **calendar, *m_clock);
        ReportQuery query;
        query.period = ReportPeriod::month(2026, 6);
        auto report = builder.build(query);
        return report ? report->total.standard : ReportFigures{};
    }

    bool isOverdueInTheQueue()
    {
        auto overdue = m_desk->queue().list(QueueFilter::Overdue, m_clock->now());
        if (!overdue)
            return false;
        for (const QueueEntry &e : std::as_const(*overdue)) {
            if (e.ticket.id == m_ticket)
                return true;
        }
        return false;
    }

    // Runs a sender until the reply is accepted; false on anything else.
    bool sendNow()
    {
        auto s = sender(*m_desk, fastOptions());
        QSignalSpy sent(s.get(), &OutboxSender::replySent);
        s->start();
        return sent.wait(15000);
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
        m_build = std::make_unique<TicketFixtureBuilder>(*m_desk);
        m_sato = m_build->staff(u"sato"_s, u"佐藤"_s).valueOr({});
        QVERIFY(m_sato.id > 0);
        // These tests send at once; the send-cancel window has its own tests (tst_clireply).
        Testing::prepareSendingDesk(*m_desk, {.fromName = u"サポート窓口"_s, .account = false});
        if (QTest::currentTestFailed())
            return;
        const TicketMessage customer = Testing::invoiceQuestion();
        auto stored = m_desk->mail().addMessage(customer);
        VERIFY_OK(stored);
        m_ticket = stored->ticketId;
        m_customerRow = stored->messageRowId;
        auto obligations = m_desk->tickets().obligations(m_ticket);
        VERIFY_OK(obligations);
        QCOMPARE(obligations->size(), 1);
        m_originalDeadline = obligations->at(0).deadline;
        QCOMPARE(m_originalDeadline, jst(u"2026-06-11T18:00"_s));
    }

    void cleanup()
    {
        m_build.reset();
        m_desk.reset();
        m_t.reset();
    }

    void draftIsPrefilled()
    {
        // Reply: to the sender only.
        auto toSender = TicketReplies(*m_desk).draft(m_ticket);
        VERIFY_OK(toSender);
        QCOMPARE(toSender->to.size(), 1);
        QCOMPARE(toSender->to.at(0).address, u"yamada@example.jp"_s);
        QVERIFY(toSender->cc.isEmpty());
        // Reply all (issue 12): the others on the customer's mail in Cc.
        auto draft = TicketReplies(*m_desk).draft(m_ticket, ReplyScope::All);
        VERIFY_OK(draft);
        QCOMPARE(draft->answeringRowId, m_customerRow);
        QCOMPARE(draft->from.address, u"support@desk.example.co.jp"_s);
        QCOMPARE(draft->from.name, u"サポート窓口"_s);
        QCOMPARE(draft->to.size(), 1);
        QCOMPARE(draft->to.at(0).address, u"yamada@example.jp"_s);
        // Cc keeps the customer's colleague, never the desk's own address.
        QCOMPARE(draft->cc.size(), 1);
        QCOMPARE(draft->cc.at(0).address, u"suzuki@example.jp"_s);
        QCOMPARE(draft->subject, u"Re: [#%1] 請求書の再発行について"_s.arg(m_ticket));
        // The quote header as Japanese business mail writes it (issue 12), never 「さんは書きました」.
        QVERIFY2(draft->body.contains(u"\n2026年6月10日(水) 09:30 山田 太郎様 <yamada@example.jp> からのメール:\n"
                                      "> 請求書を再発行してください。\n>> 前回の件\n"_s),
                 qPrintable(draft->body));
        // A header the desk chose.
        VERIFY_OK(m_desk->settings().setValue(StaffUser::system(), QString::fromLatin1(TicketReplies::quoteHeaderSetting),
                                              u"--- {from} ({date} {time}) ---"_s));
        auto custom = TicketReplies(*m_desk).draft(m_ticket);
        VERIFY_OK(custom);
        QVERIFY2(custom->body.contains(u"--- 山田 太郎様 <yamada@example.jp> (2026年6月10日(水) 09:30) ---\n> "_s),
                 qPrintable(custom->body));
    }

    // Issue 12: the author's own signature, else the team's, between the place to write and the quote.
    void signatureGoesBetweenTheBodyAndTheQuote()
    {
        const StaffUser manager = m_build->staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        const StaffUser suzuki = m_build->staff(u"suzuki"_s, u"鈴木"_s).valueOr({});
        QVERIFY(manager.isManager() && !suzuki.isManager());
        ReplySignatures signatures(*m_desk);
        QVERIFY(!signatures.setTeam(suzuki, u"チーム"_s).ok()); // a manager's setting
        VERIFY_OK(signatures.setTeam(manager, u"――\r\n株式会社サンプル サポート窓口\n\n"_s));
        auto draft = TicketReplies(*m_desk).draft(m_ticket, ReplyScope::Sender, suzuki.id);
        VERIFY_OK(draft);
        QVERIFY2(draft->body.startsWith(u"\n\n――\n株式会社サンプル サポート窓口\n\n2026年6月10日(水) 09:30 "_s),
                 qPrintable(draft->body));
        VERIFY_OK(signatures.setOwn(suzuki, u"鈴木 花子\nTEL 03-1234-5678"_s)); // staff keep their own
        draft = TicketReplies(*m_desk).draft(m_ticket, ReplyScope::Sender, suzuki.id);
        QVERIFY2(draft->body.startsWith(u"\n\n鈴木 花子\nTEL 03-1234-5678\n\n2026年6月10日(水)"_s),
                 qPrintable(draft->body));
        // Someone without their own gets the team's.
        draft = TicketReplies(*m_desk).draft(m_ticket, ReplyScope::Sender, manager.id);
        QVERIFY(draft->body.contains(u"株式会社サンプル サポート窓口"_s));
    }

    // Issue 12: templates (定型文) — shared ones are a manager's, personal ones their owner's;
    // unknown placeholders are refused when saved; the known ones are filled for the ticket.
    void templatesAreCheckedWhenSavedAndFilledWhenUsed()
    {
        const StaffUser manager = m_build->staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        const StaffUser suzuki = m_build->staff(u"suzuki"_s, u"鈴木"_s).valueOr({});
        VERIFY_OK(m_desk->team().renameOrganisation(manager, ticket().organisationId, u"株式会社サンプル商事"_s));
        ReplyTemplates templates(*m_desk);
        ReplyTemplate shared;
        shared.name = u"請求書の再発行"_s;
        shared.category = u"請求"_s;
        shared.body = u"{{customer.name}}様（{{customer.organization}}）\n#{{ticket.number}} 担当 {{staff.name}}\n"
                      "{{ deadline }}までにご回答いたします。\n{{today}}"_s;
        QVERIFY(!templates.add(suzuki, shared).ok()); // the team's list is a manager's
        VERIFY_OK(templates.add(manager, shared));
        QVERIFY(!templates.add(manager, shared).ok()); // the same name twice
        ReplyTemplate typo = shared;
        typo.name = u"誤字"_s;
        typo.body = u"{{customer.nmae}}様"_s;
        auto refused = templates.add(manager, typo);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"{{customer.nmae}}"_s), qPrintable(refused.error().message));
        ReplyTemplate mine;
        mine.name = u"私の挨拶"_s;
        mine.body = u"お世話になっております。"_s;
        mine.ownerId = suzuki.id;
        VERIFY_OK(templates.add(suzuki, mine));
        QCOMPARE(templates.visibleTo(suzuki.id)->size(), 2);
        QCOMPARE(templates.visibleTo(manager.id)->size(), 1);
        QCOMPARE(templates.visibleTo(suzuki.id, u"請求"_s)->size(), 1);
        QCOMPARE(templates.visibleTo(suzuki.id, u"挨拶"_s)->at(0).name, u"私の挨拶"_s);

        auto filled = templates.fill(shared.body, m_ticket, suzuki);
        VERIFY_OK(filled);
        QCOMPARE(*filled, u"山田 太郎様（株式会社サンプル商事）\n#%1 担当 鈴木\n6月11日(木) 18:00までにご回答いたします。\n"
                          "2026年6月10日(水)"_s.arg(m_ticket));
        QVERIFY(!templates.remove(suzuki, templates.visibleTo(0)->at(0).id).ok());
        VERIFY_OK(templates.remove(manager, templates.visibleTo(0)->at(0).id));
        QVERIFY(templates.visibleTo(0)->isEmpty());
    }

    void cliTemplates()
    {
        if (Testing::usingPostgres())
            QSKIP("the CLI run opens the SQLite file; covered on the SQLite run");
        QTemporaryDir dir;
        const QString body = dir.filePath(u"body.txt"_s);
        QFile file(body);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"{{customer.name}}様\nご連絡ありがとうございます。\n"_s.toUtf8());
        file.close();
        QCOMPARE(std::get<0>(runCli({u"template"_s, u"add"_s, u"お礼"_s, u"--body-file"_s, body})), 0);
        const auto [code, out, err] = runCli({u"template"_s, u"list"_s});
        QCOMPARE(code, 0);
        QVERIFY2(out.startsWith(u"お礼\t"_s), qPrintable(out + err));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{{unknown}}");
        file.close();
        const auto [badCode, badOut, badErr] = runCli({u"template"_s, u"add"_s, u"bad"_s, u"--body-file"_s, body});
        QCOMPARE(badCode, 2);
        QVERIFY2(badErr.contains(u"{{unknown}}"_s) && badErr.count(u'\n') == 1, qPrintable(badErr));
        QCOMPARE(std::get<0>(runCli({u"template"_s, u"add"_s, u"x"_s, u"--body-file"_s, dir.filePath(u"none"_s)})), 2);
        QCOMPARE(std::get<0>(runCli({u"template"_s, u"remove"_s, u"お礼"_s})), 0);
        QVERIFY(std::get<1>(runCli({u"template"_s})).isEmpty());
    }

    void queuingStoresTheReplyButAnswersNothingYet()
    {
        const QueuedReply queued = queueTo(u"yamada@example.jp"_s);
        QVERIFY(queued.outboxId > 0);
        auto reply = m_desk->tickets().message(queued.messageRowId, true);
        VERIFY_OK(reply);
        QVERIFY(reply->has_value());
        QCOMPARE((*reply)->kind, MessageKind::StaffReply);
        QCOMPARE((*reply)->authorId, m_sato.id);
        QCOMPARE((*reply)->ticketId, m_ticket);
        const MailMessage parsed = MimeParser().parse((*reply)->rawSource);
        QCOMPARE(parsed.subject, u"Re: [#%1] 請求書の再発行について"_s.arg(m_ticket));
        QCOMPARE(parsed.inReplyTo, QByteArray("q1@example.jp"));
        QCOMPARE(parsed.references, (QList<QByteArray>{"q0@example.jp", "q1@example.jp"}));
        QCOMPARE(QString::fromUtf8(parsed.messageId), queued.messageId);
        QVERIFY(queued.messageId.endsWith(u"@desk.example.co.jp"_s));
        QCOMPARE(parsed.date, m_clock->now());
        // Queued is not sent (issue 12): the reply waits, the question stays open with its deadline.
        QCOMPARE((*reply)->delivery, ReplyDelivery::Pending);
        QCOMPARE(m_desk->obligations().openCount(m_ticket).valueOr(-1), 1);
        QCOMPARE(ticket().due, m_originalDeadline);
        const OutboxEntry e = entry(queued.outboxId);
        QCOMPARE(e.state, OutboxState::Queued);
        QCOMPARE(e.ticketId, m_ticket);
        QCOMPARE(e.recipients, u"yamada@example.jp"_s);
    }

    void iso2022JpThatCannotBeCarriedIsNotQueued()
    {
        ReplyDraft draft = TicketReplies(*m_desk).draft(m_ticket).valueOr({});
        draft.charset = OutgoingCharset::Iso2022Jp;
        draft.body = u"手順①をご確認ください。"_s;
        auto queued = TicketReplies(*m_desk).queue(m_sato, draft);
        QVERIFY(!queued.ok());
        QCOMPARE(queued.error().code, u"charset"_s);
        QVERIFY(m_desk->outbox().entries()->isEmpty());
        QCOMPARE(m_desk->obligations().openCount(m_ticket).valueOr(-1), 1);
    }

    void sentThroughARealServer()
    {
        const QStringList before = sinkFiles();
        const QueuedReply queued = queueTo(u"yamada@example.jp"_s);
        auto s = sender(*m_desk, fastOptions());
        QSignalSpy sent(s.get(), &OutboxSender::replySent);
        s->start();
        QVERIFY(sent.wait(15000));
        QCOMPARE(sent.at(0).at(0).toLongLong(), queued.outboxId);
        QCOMPARE(entry(queued.outboxId).state, OutboxState::Sent);
        QCOMPARE(entry(queued.outboxId).sent, m_clock->now());
        const QStringList after = sinkFiles();
        QCOMPARE(after.size(), before.size() + 1);
        // The server received exactly the bytes kept in the thread.
        const QByteArray stored = m_desk->tickets().message(queued.messageRowId, true)->value().rawSource;
        QCOMPARE(Testing::readFile(Testing::sinkDir() + u'/' + after.constLast()), stored);
        QVERIFY(!ticket().replyUndelivered);
    }

    // DESIGN.md rule 5 (issue 12): a reply answers when the SMTP server accepted it (250 after
    // DATA), and that moment is its time for the deadline and for the report. Queued long
    // before the deadline (12:00 the day before) changes nothing.
    void answeredWhenTheServerAccepted_data()
    {
        QTest::addColumn<QString>("acceptedAt");
        QTest::addColumn<bool>("onTime");
        QTest::newRow("accepted before the deadline") << u"2026-06-11T17:59"_s << true;
        QTest::newRow("accepted at the deadline") << u"2026-06-11T18:00"_s << true;
        QTest::newRow("queued in time, accepted after the deadline") << u"2026-06-11T18:01"_s << false;
    }
    void answeredWhenTheServerAccepted()
    {
        QFETCH(QString, acceptedAt);
        QFETCH(bool, onTime);
        const QueuedReply queued = queueTo(u"yamada@example.jp"_s);
        // The server is out of reach until then; the customer writes again meanwhile.
        m_clock->set(jst(u"2026-06-10T15:00"_s));
        auto followUp = m_build->customerMail(u"yamada@example.jp"_s, u"追記"_s, u"追記です"_s, m_clock->now(),
                                              m_ticket);
        VERIFY_OK(followUp);
        QCOMPARE(juneFigures().answeredOnTime + juneFigures().answeredLate, 0);
        m_clock->set(jst(acceptedAt));
        QCOMPARE(isOverdueInTheQueue(), !onTime);
        QVERIFY(sendNow());

        const QDateTime accepted = jst(acceptedAt);
        QCOMPARE(entry(queued.outboxId).sent, accepted);
        auto reply = m_desk->tickets().message(queued.messageRowId);
        QCOMPARE((*reply)->delivery, ReplyDelivery::Delivered);
        QCOMPARE((*reply)->received, accepted); // its sent time in the thread
        auto obligations = m_desk->tickets().obligations(m_ticket);
        VERIFY_OK(obligations);
        QCOMPARE(obligations->size(), 2); // the follow-up, received before the 250, too
        for (const Obligation &o : std::as_const(*obligations)) {
            QCOMPARE(o.closed, accepted);
            QCOMPARE(o.closedReason, u"reply"_s);
            QCOMPARE(o.answeredById, queued.messageRowId);
        }
        QVERIFY(!ticket().due.isValid());
        QVERIFY(!isOverdueInTheQueue());
        const ReportFigures june = juneFigures();
        QCOMPARE(june.received, 2);
        QCOMPARE(june.answeredOnTime, onTime ? 2 : 0);
        QCOMPARE(june.answeredLate, onTime ? 0 : 2);
        QCOMPARE(june.compliancePercent().value_or(-1), onTime ? 100.0 : 0.0);
    }

    // Retrying after "451 after DATA" is not sent: the ticket is overdue once the deadline
    // passes, and the report says so, until the mail has really gone.
    void retryingAfter451KeepsTheObligationOpen()
    {
        const QueuedReply queued = queueTo(u"data-temp@example.jp"_s);
        m_clock->set(jst(u"2026-06-11T18:30"_s));
        auto s = sender(*m_desk, fastOptions());
        QSignalSpy deferred(s.get(), &OutboxSender::replyDeferred);
        s->start();
        QVERIFY(deferred.wait(15000));
        const OutboxEntry e = entry(queued.outboxId);
        QCOMPARE(e.state, OutboxState::Queued);
        QVERIFY2(e.lastError.contains(u"451"_s), qPrintable(e.lastError));
        QCOMPARE((*m_desk->tickets().message(queued.messageRowId))->delivery, ReplyDelivery::Pending);
        QCOMPARE(m_desk->obligations().openCount(m_ticket).valueOr(-1), 1);
        QCOMPARE(ticket().due, m_originalDeadline);
        QVERIFY(!ticket().replyUndelivered);
        QVERIFY(isOverdueInTheQueue());
        const ReportFigures june = juneFigures();
        QCOMPARE(june.openOverdue, 1);
        QCOMPARE(june.answeredOnTime + june.answeredLate, 0);
        QCOMPARE(june.compliancePercent().value_or(-1), 0.0);
    }

    // Staff queue the reply and set the ticket "waiting for the customer" at once: the status
    // closes the question, and the reply, once accepted, is still counted as its answer.
    void ticketSetWaitingWhileTheReplyWaitsCountsTheReply()
    {
        const QueuedReply queued = queueTo(u"yamada@example.jp"_s);
        VERIFY_OK(m_desk->operations().setStatus(m_sato, m_ticket, ticket().version, TicketStatus::Waiting));
        QCOMPARE(m_desk->obligations().openCount(m_ticket).valueOr(-1), 0);
        m_clock->advanceSecs(600);
        QVERIFY(sendNow());
        auto obligations = m_desk->tickets().obligations(m_ticket);
        QCOMPARE(obligations->at(0).closedReason, u"reply"_s);
        QCOMPARE(obligations->at(0).answeredById, queued.messageRowId);
        QCOMPARE(obligations->at(0).closed, m_clock->now());
        const ReportFigures june = juneFigures();
        QCOMPARE(june.answeredOnTime, 1);
        QCOMPARE(june.closedWithoutReply, 0);
    }

    void temporaryFailuresBackOffThenGiveUp()
    {
        const QueuedReply queued = queueTo(u"temp-fail@example.jp"_s);
        OutboxSenderOptions options = fastOptions();
        options.maxAttempts = 3;
        auto s = sender(*m_desk, options);
        QSignalSpy deferred(s.get(), &OutboxSender::replyDeferred);
        QSignalSpy refused(s.get(), &OutboxSender::replyRefused);
        QSignalSpy idle(s.get(), &OutboxSender::idle);
        s->start();
        QVERIFY(deferred.wait(15000));
        OutboxEntry e = entry(queued.outboxId);
        QCOMPARE(e.state, OutboxState::Queued);
        QCOMPARE(e.attempts, 1);
        QCOMPARE(e.nextAttempt, m_clock->now().addSecs(60));
        QVERIFY2(e.lastError.contains(u"450"_s) && e.lastError.contains(u"temporarily unavailable"_s),
                 qPrintable(e.lastError));
        // Not the answer while it is being retried.
        QCOMPARE(m_desk->obligations().openCount(m_ticket).valueOr(-1), 1);
        // Not due yet: nothing is tried.
        QTRY_VERIFY(idle.count() >= 1);
        m_clock->advanceSecs(59);
        s->wake();
        QTRY_VERIFY(idle.count() >= 2);
        QCOMPARE(deferred.count(), 1);
        m_clock->advanceSecs(1);
        s->wake();
        QTRY_COMPARE_WITH_TIMEOUT(deferred.count(), 2, 15000);
        e = entry(queued.outboxId);
        QCOMPARE(e.attempts, 2);
        QCOMPARE(e.nextAttempt, m_clock->now().addSecs(120)); // doubled
        m_clock->advanceSecs(120);
        s->wake();
        QVERIFY(refused.wait(15000));
        e = entry(queued.outboxId);
        QCOMPARE(e.state, OutboxState::Failed);
        QVERIFY2(e.lastError.contains(u"3"_s) && e.lastError.contains(u"450"_s), qPrintable(e.lastError));
        QVERIFY(ticket().replyUndelivered);
        QCOMPARE(m_desk->obligations().openCount(m_ticket).valueOr(-1), 1);
    }

    void permanentFailureReopensWithTheOriginalDeadline()
    {
        const QStringList before = sinkFiles();
        const QueuedReply queued = queueTo(u"reject@example.jp"_s);
        QCOMPARE(ticket().due, m_originalDeadline);
        auto s = sender(*m_desk, fastOptions());
        QSignalSpy refused(s.get(), &OutboxSender::replyRefused);
        m_clock->advanceSecs(2 * 86400); // refused two days later: the deadline is still the original one
        s->start();
        QVERIFY(refused.wait(15000));
        const OutboxEntry e = entry(queued.outboxId);
        QCOMPARE(e.state, OutboxState::Failed);
        QCOMPARE(e.attempts, 1);
        QVERIFY2(e.lastError.contains(u"550"_s) && e.lastError.contains(u"User unknown"_s), qPrintable(e.lastError));
        const Ticket t = ticket();
        QVERIFY(t.replyUndelivered);
        QCOMPARE(t.due, m_originalDeadline);
        auto reply = m_desk->tickets().message(queued.messageRowId);
        QCOMPARE((*reply)->delivery, ReplyDelivery::Undelivered);
        QCOMPARE(sinkFiles(), before);
    }

    void retryAfterARefusalAnswersAgain()
    {
        const QueuedReply queued = queueTo(u"yamada@example.jp"_s);
        // As if an earlier attempt had been refused for good.
        auto claimed = m_desk->outbox().claimNext(m_clock->now());
        VERIFY_OK(claimed);
        VERIFY_OK(m_desk->outbox().markPermanentFailure(queued.outboxId, u"554 try later"_s));
        VERIFY_OK(m_desk->mail().markUndelivered(queued.messageRowId));
        QVERIFY(ticket().replyUndelivered);
        QCOMPARE(m_desk->obligations().openCount(m_ticket).valueOr(-1), 1);

        VERIFY_OK(m_desk->outbox().retryNow(queued.outboxId));
        auto s = sender(*m_desk, fastOptions());
        QSignalSpy sent(s.get(), &OutboxSender::replySent);
        s->start();
        QVERIFY(sent.wait(15000));
        QCOMPARE(entry(queued.outboxId).state, OutboxState::Sent);
        QVERIFY(!ticket().replyUndelivered);
        QCOMPARE(m_desk->obligations().openCount(m_ticket).valueOr(-1), 0);
        QCOMPARE((*m_desk->tickets().message(queued.messageRowId))->delivery, ReplyDelivery::Delivered);
    }

    // A reply given up before it was sent is "discarded (not sent)", not undelivered (issue 12).
    void discardedReplyIsNotUndelivered()
    {
        const QueuedReply queued = queueTo(u"yamada@example.jp"_s);
        VERIFY_OK(TicketReplies(*m_desk).discard(m_sato, queued.outboxId));
        const OutboxEntry e = entry(queued.outboxId);
        QCOMPARE(e.state, OutboxState::Failed);
        QVERIFY(e.discarded);
        QVERIFY(e.lastError.contains(u"佐藤"_s));
        QVERIFY(!ticket().replyUndelivered);
        QCOMPARE((*m_desk->tickets().message(queued.messageRowId))->delivery, ReplyDelivery::Discarded);
        QCOMPARE(replyDeliveryLabel(ReplyDelivery::Discarded), u"discarded (not sent)"_s);
        QCOMPARE(ticket().due, m_originalDeadline);
        // Nothing goes out afterwards.
        auto s = sender(*m_desk, fastOptions());
        QSignalSpy idle(s.get(), &OutboxSender::idle);
        QSignalSpy sent(s.get(), &OutboxSender::replySent);
        s->start();
        QVERIFY(idle.wait(5000));
        QCOMPARE(sent.count(), 0);
    }

    // A reply the server refused is undelivered (flagged); given up afterwards it is discarded
    // and the flag goes, the question stays open with its original deadline.
    void refusedThenDiscardedIsDiscarded()
    {
        const QueuedReply queued = queueTo(u"reject@example.jp"_s);
        auto s = sender(*m_desk, fastOptions());
        QSignalSpy refused(s.get(), &OutboxSender::replyRefused);
        s->start();
        QVERIFY(refused.wait(15000));
        QVERIFY(ticket().replyUndelivered);
        VERIFY_OK(TicketReplies(*m_desk).discard(m_sato, queued.outboxId));
        QCOMPARE((*m_desk->tickets().message(queued.messageRowId))->delivery, ReplyDelivery::Discarded);
        QVERIFY(!ticket().replyUndelivered);
        QCOMPARE(ticket().due, m_originalDeadline);
        // Retry brings it back as waiting to be sent.
        VERIFY_OK(m_desk->outbox().retryNow(queued.outboxId));
        QCOMPARE((*m_desk->tickets().message(queued.messageRowId))->delivery, ReplyDelivery::Pending);
    }

    void twoDesktopsSendOnce()
    {
        const QStringList before = sinkFiles();
        const QueuedReply queued = queueTo(u"yamada@example.jp"_s);
        TicketDesk otherDesk(m_t->another(), *m_clock);
        auto first = sender(*m_desk, fastOptions());
        auto second = sender(otherDesk, fastOptions());
        QSignalSpy sentFirst(first.get(), &OutboxSender::replySent);
        QSignalSpy sentSecond(second.get(), &OutboxSender::replySent);
        QSignalSpy idleFirst(first.get(), &OutboxSender::idle);
        QSignalSpy idleSecond(second.get(), &OutboxSender::idle);
        first->start();
        second->start();
        QTRY_COMPARE_WITH_TIMEOUT(sentFirst.count() + sentSecond.count(), 1, 15000);
        // Both look again and find nothing more.
        first->wake();
        second->wake();
        QTRY_VERIFY(idleFirst.count() >= 1 && idleSecond.count() >= 1);
        QTRY_VERIFY(!first->isSending() && !second->isSending());
        QCOMPARE(sentFirst.count() + sentSecond.count(), 1);
        QCOMPARE(sinkFiles().size(), before.size() + 1);
        QCOMPARE(entry(queued.outboxId).attempts, 1);
    }

    void aCrashWhileSendingIsRetriedOnlyWhenStale()
    {
        const QStringList before = sinkFiles();
        const QueuedReply queued = queueTo(u"yamada@example.jp"_s);
        // A desktop claimed it and died before recording the outcome.
        auto crashed = m_desk->outbox().claimNext(m_clock->now(), 600);
        VERIFY_OK(crashed);
        QVERIFY(crashed->has_value());
        auto s = sender(*m_desk, fastOptions());
        QSignalSpy idle(s.get(), &OutboxSender::idle);
        QSignalSpy sent(s.get(), &OutboxSender::replySent);
        s->start();
        QVERIFY(idle.wait(5000));
        QCOMPARE(sent.count(), 0);
        m_clock->advanceSecs(599);
        s->wake();
        QTRY_COMPARE(idle.count(), 2);
        QCOMPARE(sinkFiles(), before);
        m_clock->advanceSecs(1);
        s->wake();
        QVERIFY(sent.wait(15000));
        QCOMPARE(entry(queued.outboxId).attempts, 2);
        QCOMPARE(sinkFiles().size(), before.size() + 1);
    }

    // madoguchi-cli outbox: what a server without a desktop (or a person at a terminal) uses.
    void cliListsSendsRetriesAndDiscards()
    {
        if (Testing::usingPostgres())
            QSKIP("the CLI run opens the SQLite file; covered on the SQLite run");
        Testing::saveSendingAccount(m_t->db());
        if (QTest::currentTestFailed())
            return;
        const QueuedReply good = queueTo(u"yamada@example.jp"_s);
        const QueuedReply bad = queueTo(u"reject@example.jp"_s);
        QTemporaryDir dir;
        const QString passwordFile = dir.filePath(u"smtp-password"_s);
        QVERIFY(Testing::writeSmtpPasswordFile(passwordFile, true)); // the newline an editor leaves
        auto cli = [&](const QStringList &args) { return runCli(args); };
        const QStringList before = sinkFiles();
        const auto [sendCode, sendOut, sendErr] = cli({u"outbox"_s, u"send"_s, u"--smtp-password-file"_s, passwordFile});
        QCOMPARE(sendCode, 1); // one was refused
        QVERIFY2(sendOut.contains(u"sent %1 (#%2)"_s.arg(good.outboxId).arg(m_ticket)), qPrintable(sendOut + sendErr));
        QVERIFY2(sendOut.contains(u"refused %1"_s.arg(bad.outboxId)) && sendOut.contains(u"550"_s), qPrintable(sendOut));
        QCOMPARE(sinkFiles().size(), before.size() + 1);

        const auto [listCode, listOut, listErr] = cli({u"outbox"_s});
        QCOMPARE(listCode, 0);
        const QStringList lines = listOut.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(u"%1\tfailed\t#%2"_s.arg(bad.outboxId).arg(m_ticket)));
        QVERIFY(lines.at(0).contains(u"User unknown"_s));
        QVERIFY(lines.at(1).startsWith(u"%1\tsent\t#%2"_s.arg(good.outboxId).arg(m_ticket)));

        QCOMPARE(std::get<0>(cli({u"outbox"_s, u"retry"_s, QString::number(bad.outboxId)})), 0);
        QCOMPARE(entry(bad.outboxId).state, OutboxState::Queued);
        QCOMPARE(std::get<0>(cli({u"outbox"_s, u"discard"_s, QString::number(bad.outboxId)})), 0);
        QCOMPARE(entry(bad.outboxId).state, OutboxState::Failed);
        // Listed as discarded, not as failed (issue 12).
        QVERIFY2(std::get<1>(cli({u"outbox"_s})).startsWith(u"%1\tdiscarded\t"_s.arg(bad.outboxId)),
                 qPrintable(std::get<1>(cli({u"outbox"_s}))));
        // A sent reply can be neither retried nor discarded.
        QCOMPARE(std::get<0>(cli({u"outbox"_s, u"discard"_s, QString::number(good.outboxId)})), 1);
        QCOMPARE(std::get<0>(cli({u"outbox"_s, u"frobnicate"_s})), 2);
    }

    // `outbox` is TSV: a subject with tab, ESC or BEL (taken from the customer's mail) is
    // escaped, never printed as it is (issue 17 item 10).
    void cliOutboxListEscapesControlCharacters()
    {
        if (Testing::usingPostgres())
            QSKIP("the CLI run opens the SQLite file; covered on the SQLite run");
        auto draft = TicketReplies(*m_desk).draft(m_ticket);
        VERIFY_OK(draft);
        ReplyDraft d = *draft;
        d.to = {{u"山田 太郎"_s, u"yamada@example.jp"_s}};
        d.subject = u"Re: tab\there \x1b]0;title\x07 end"_s;
        auto queued = TicketReplies(*m_desk).queue(m_sato, d);
        VERIFY_OK(queued);
        const auto [code, out, err] = runCli({u"outbox"_s});
        QCOMPARE(code, 0);
        bool found = false;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            QCOMPARE(line.split(u'\t').size(), 7);
            for (const QChar c : line)
                QVERIFY2(c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F), qPrintable(line));
            if (line.startsWith(QString::number(queued->outboxId) + u'\t')) {
                found = true;
                QVERIFY2(line.contains(u"tab\\there ␛]0;title␇ end"_s), qPrintable(line));
            }
        }
        QVERIFY2(found, qPrintable(out + err));
        VERIFY_OK(m_desk->outbox().discard(queued->outboxId, u"test done"_s));
    }

    // Issue 12: the sample desk can reply at once (support address, From name, tag prefix set).
    void sampleDeskCanReply()
    {
        if (Testing::usingPostgres())
            QSKIP("the CLI run opens a SQLite file; covered on the SQLite run");
        QTemporaryDir dir;
        const QString file = dir.filePath(u"sample.sqlite"_s);
        QProcess process;
        process.start(QStringLiteral(MADOGUCHI_CLI), {u"--database"_s, file, u"--now"_s,
                                                      Jst::format(m_clock->now()), u"sample-data"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        auto address = DatabaseAddress::parse(file);
        VERIFY_OK(address);
        auto database = Database::open(*address);
        VERIFY_OK(database);
        TicketDesk desk(**database, *m_clock);
        auto tickets = desk.queue().list(QueueFilter::All, m_clock->now());
        VERIFY_OK(tickets);
        QVERIFY(!tickets->isEmpty());
        auto draft = TicketReplies(desk).draft(tickets->at(0).ticket.id);
        VERIFY_OK(draft);
        QCOMPARE(draft->from.address, u"support@madoguchi.example"_s);
        QCOMPARE(draft->from.name, u"株式会社サンプル サポート窓口"_s);
        QVERIFY2(draft->subject.contains(u"[#%1]"_s.arg(tickets->at(0).ticket.id)), qPrintable(draft->subject));
    }

    void retryDelays_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("delay");
        QTest::newRow("first") << 1 << 60;
        QTest::newRow("second") << 2 << 120;
        QTest::newRow("third") << 3 << 240;
        QTest::newRow("seventh") << 7 << 3600;
        QTest::newRow("capped") << 40 << 3600;
    }
    void retryDelays()
    {
        QFETCH(int, attempts);
        QFETCH(int, delay);
        auto s = sender(*m_desk, OutboxSenderOptions{});
        QCOMPARE(s->retryDelaySecs(attempts), delay);
    }
};

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"
