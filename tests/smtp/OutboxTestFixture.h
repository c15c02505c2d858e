#pragma once

// The ticket the reply and outbox tests (tst_outboxsender, tst_replydrafts, tst_outboxcli)
// answer: 山田 太郎's invoice question (invoiceQuestion) on a desk that sends at once
// (prepareSendingDesk), Sato to reply, at 12:00 JST on 10 June 2026; on SQLite or
// PostgreSQL (TestDatabase). A test class derives from it and adds its test functions; the
// fixture's own slots (initTestCase, init, cleanup) run around them, as QTest runs inherited slots.

#include "../common/TestDatabase.h"
#include "../common/TestSmtpServer.h"
#include "../common/VerifyOk.h"
#include "ReplyTestDesk.h"
#include "SentMail.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/outbox/OutboxSender.h"
#include "mail/outbox/TicketReplies.h"
#include "reports/ResponseReportBuilder.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <tuple>

namespace Madoguchi::Testing {

using namespace Qt::Literals::StringLiterals;

inline QDateTime jst(const QString &text)
{
    return *Jst::parseIso(text + QStringLiteral(":00+09:00"));
}

class OutboxTestFixture : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketDesk> m_desk;
    std::unique_ptr<TicketFixtureBuilder> m_build;
    StaffUser m_sato;
    qint64 m_ticket = 0;
    qint64 m_customerRow = 0;
    QDateTime m_originalDeadline;

    // The tests wake the sender themselves.
    static OutboxSenderOptions fastOptions() { return quickSenderOptions(); }

    static std::unique_ptr<OutboxSender> sender(TicketDesk &desk, const OutboxSenderOptions &options)
    {
        return testSender(desk, options);
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
        return runCliAt(m_t->address().filePath, m_clock->now(), args);
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
        prepareSendingDesk(*m_desk, {.fromName = u"サポート窓口"_s, .account = false});
        if (QTest::currentTestFailed())
            return;
        const TicketMessage customer = invoiceQuestion();
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
};

} // namespace Madoguchi::Testing
