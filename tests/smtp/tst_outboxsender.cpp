// The outbox that sends a reply, against a real SMTP server (tests/scripts/with-smtp.sh) and
// on SQLite or PostgreSQL (tests/scripts/with-postgres.sh): queued is not sent, answered when
// the server accepted it, failures, retries and discards, two senders, a crash. Drafting is
// tst_replydrafts, the command line tst_outboxcli.

#include "OutboxTestFixture.h"

#include "mail/mime/MimeParser.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::jst;
using Madoguchi::Testing::sinkFiles;

class TestOutboxSender : public Testing::OutboxTestFixture
{
    Q_OBJECT

private Q_SLOTS:
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
