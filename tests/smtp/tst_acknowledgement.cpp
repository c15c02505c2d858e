// 受付自動返信 (issue 12): a new ticket from a customer's mail gets one acknowledgement with
// its number and the promised deadline as Japanese text (the urgent target for an urgent
// ticket), sent through the outbox to a real SMTP server (tests/scripts/with-smtp.sh) and read
// back by Python's email package; it never answers anything. Not for auto-replies, bounces,
// lists, noreply senders, the desk's own addresses, follow-ups; at most N per sender and JST
// day. The core on SQLite and PostgreSQL (tst_acknowledgement_pg); `import` on SQLite.

#include "../common/TestDatabase.h"
#include "../common/TestSmtpServer.h"
#include "../common/VerifyOk.h"
#include "ReplyTestDesk.h"
#include "SentMail.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/outbox/AutoAcknowledgement.h"
#include "mail/outbox/OutboxSender.h"
#include "mail/outbox/TicketReplies.h"
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

// A customer's mail: `extraHeaders` ("Name: value\r\n" lines) before the body.
QByteArray customerMail(const QByteArray &from, const QByteArray &messageId, const QByteArray &subject,
                        const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "From: " + from + "\r\nTo: support@desk.example.co.jp\r\nSubject: " + subject + "\r\nMessage-ID: <"
           + messageId + ">\r\nDate: Wed, 10 Jun 2026 09:30:00 +0900\r\nMIME-Version: 1.0\r\n" + extraHeaders
           + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
}

} // namespace

class TestAcknowledgement : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketDesk> m_desk;
    StaffUser m_tanaka;
    QTemporaryDir m_files;
    int m_mailNumber = 0;

    DeskAddresses addresses()
    {
        return MailIngestor::loadAddresses(*m_desk).valueOr({});
    }

    IngestResult ingest(const QByteArray &raw)
    {
        MailIngestor ingestor(*m_desk, addresses());
        return ingestor.ingest(raw, m_clock->now(), MailOrigin::Imap).valueOr({});
    }

    QByteArray nextId() { return "ack-" + QByteArray::number(++m_mailNumber) + "@example.jp"; }

    void switchOn(int cap = 3)
    {
        auto settings = AcknowledgementSettings::load(*m_desk);
        QVERIFY(settings.ok());
        AcknowledgementSettings s = *settings;
        s.enabled = true;
        s.dailyCap = cap;
        VERIFY_OK(s.save(*m_desk, m_tanaka));
    }

    int acknowledgements()
    {
        int n = 0;
        for (const OutboxEntry &e : m_desk->outbox().entries().valueOr({})) {
            auto m = m_desk->tickets().message(e.messageRowId);
            if (m && m->has_value() && (*m)->kind == MessageKind::Acknowledgement)
                ++n;
        }
        return n;
    }

    int sendDue() { return Testing::sendDueOnce(*m_desk); }

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
        m_clock = std::make_unique<FixedClock>(jst(u"2026-06-10T09:30"_s));
        m_desk = std::make_unique<TicketDesk>(m_t->db(), *m_clock);
        TicketFixtureBuilder build(*m_desk);
        m_tanaka = build.staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        QVERIFY(m_tanaka.isManager());
        // The manager names the desk; acknowledgements keep the desk's send-cancel window.
        Testing::prepareSendingDesk(*m_desk, {.setBy = m_tanaka, .sendAtOnce = false, .account = false});
    }

    void cleanup()
    {
        m_desk.reset();
        m_t.reset();
    }

    void offByDefault()
    {
        const IngestResult r = ingest(customerMail("yamada@example.jp", nextId(), "Question", "質問です。"));
        QVERIFY(r.newTicket);
        QCOMPARE(r.acknowledgementOutboxId, 0);
        QCOMPARE(acknowledgements(), 0);
        QVERIFY(!AcknowledgementSettings::load(*m_desk)->enabled);
    }

    // Managers keep it; an unknown placeholder is refused.
    void settingsAreTheManagers()
    {
        AcknowledgementSettings s;
        s.enabled = true;
        TicketFixtureBuilder build(*m_desk);
        const StaffUser sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        QCOMPARE(s.save(*m_desk, sato).error().code, u"permission"_s);
        s.body = u"{{customer.nmae}}様"_s;
        auto refused = s.save(*m_desk, m_tanaka);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"input"_s);
        QVERIFY(refused.error().message.contains(u"customer.nmae"_s));
        QVERIFY(!AcknowledgementSettings::load(*m_desk)->enabled);
        s.body = u"{{customer.name}}様 [#{{ticket.number}}] {{deadline}}"_s;
        s.dailyCap = 5;
        VERIFY_OK(s.save(*m_desk, m_tanaka));
        auto loaded = AcknowledgementSettings::load(*m_desk);
        VERIFY_OK(loaded);
        QVERIFY(loaded->enabled);
        QCOMPARE(loaded->body, s.body);
        QCOMPARE(loaded->dailyCap, 5);
    }

    // Sent once, through the real server, with the number and the deadline as Japanese text;
    // it answers nothing, before or after the server accepted it.
    void acknowledgedOnceWithTheDeadline_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("deadlineText");
        // Wednesday 09:30: the next business day's 18:00; urgent: 60 minutes on the 24×7 clock.
        QTest::newRow("normal") << QByteArray("請求書の再発行をお願いします。") << u"6月11日(木) 18:00"_s;
        QTest::newRow("urgent") << QByteArray("緊急: メール配信が停止しています。") << u"6月10日(水) 10:30"_s;
    }

    void acknowledgedOnceWithTheDeadline()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, deadlineText);
        switchOn();
        const QByteArray id = nextId();
        const IngestResult r = ingest(customerMail("Yamada Taro <yamada@example.jp>", id, "Invoice", body));
        QVERIFY(r.newTicket);
        QVERIFY(r.acknowledgementOutboxId > 0);
        QCOMPARE(acknowledgements(), 1);
        const QDateTime due = m_desk->tickets().ticket(r.ticketId).valueOr(std::nullopt)->due;
        QVERIFY(due.isValid());
        // In the thread, as an acknowledgement, waiting to be sent.
        const QList<TicketMessage> thread = m_desk->tickets().messages(r.ticketId).valueOr({});
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread.at(1).kind, MessageKind::Acknowledgement);
        QCOMPARE(messageKindLabel(MessageKind::Acknowledgement), u"Automatic acknowledgement"_s);

        const QStringList before = Testing::sinkFiles();
        QCOMPARE(sendDue(), 1);
        const QStringList after = Testing::sinkFiles();
        QCOMPARE(after.size(), before.size() + 1);
        const QJsonObject py = Testing::pythonParse(Testing::sinkDir() + u'/' + after.last());
        QVERIFY2(!py.isEmpty(), "parse-mail.py failed");
        const QJsonObject headers = py.value(u"headers"_s).toObject();
        QCOMPARE(py.value(u"raw_headers"_s).toObject().value(u"Auto-Submitted"_s).toString(), u"auto-replied"_s);
        QCOMPARE(headers.value(u"In-Reply-To"_s).toString(), u'<' + QString::fromLatin1(id) + u'>');
        QCOMPARE(headers.value(u"Subject"_s).toString(), u"Re: [#%1] Invoice"_s.arg(r.ticketId));
        QVERIFY(headers.value(u"To"_s).toString().contains(u"yamada@example.jp"_s));
        const QString text = py.value(u"text"_s).toString();
        QVERIFY2(text.contains(u"Yamada Taro様"_s), qPrintable(text));
        QVERIFY2(text.contains(u"受付番号 [#%1]"_s.arg(r.ticketId)), qPrintable(text));
        QVERIFY2(text.contains(deadlineText + u" までにご回答いたします"_s), qPrintable(text));

        // Accepted, delivered, and the customer's question still open with its deadline.
        const TicketMessage ack = m_desk->tickets().messages(r.ticketId).valueOr({}).at(1);
        QCOMPARE(ack.delivery, ReplyDelivery::Delivered);
        auto obligations = m_desk->tickets().obligations(r.ticketId);
        VERIFY_OK(obligations);
        QCOMPARE(obligations->size(), 1);
        QVERIFY(obligations->first().isOpen());
        QCOMPARE(m_desk->tickets().ticket(r.ticketId).valueOr(std::nullopt)->due, due);
        QCOMPARE(sendDue(), 0); // once
    }

    void notAcknowledged_data()
    {
        QTest::addColumn<QByteArray>("raw");
        const auto mail = [](const QByteArray &from, const QByteArray &headers) {
            static int n = 0;
            return customerMail(from, "not-" + QByteArray::number(++n) + "@example.jp", "Hello", "本文です。", headers);
        };
        QTest::newRow("Auto-Submitted") << mail("yamada@example.jp", "Auto-Submitted: auto-replied\r\n");
        QTest::newRow("X-Autoreply") << mail("yamada@example.jp", "X-Autoreply: yes\r\n");
        QTest::newRow("Precedence bulk") << mail("yamada@example.jp", "Precedence: bulk\r\n");
        QTest::newRow("Precedence list") << mail("yamada@example.jp", "Precedence: list\r\n");
        QTest::newRow("List-Id") << mail("news@example.jp", "List-Id: <news.example.jp>\r\n");
        QTest::newRow("List-Unsubscribe") << mail("news@example.jp", "List-Unsubscribe: <mailto:u@example.jp>\r\n");
        QTest::newRow("noreply") << mail("noreply@example.jp", "");
        QTest::newRow("no-reply") << mail("no-reply@service.example.jp", "");
        QTest::newRow("do_not_reply") << mail("do_not_reply@example.jp", "");
        QTest::newRow("postmaster") << mail("postmaster@example.jp", "");
        QTest::newRow("the desk's own address") << mail("support@desk.example.co.jp", "");
        QTest::newRow("bounce") << QByteArray(
            "From: MAILER-DAEMON@mx.example.jp\r\nTo: support@desk.example.co.jp\r\nSubject: Undelivered Mail\r\n"
            "Message-ID: <bounce-1@mx.example.jp>\r\nDate: Wed, 10 Jun 2026 09:30:00 +0900\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\n"
            "Content-Type: text/plain\r\n\r\nDelivery failed.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Final-Recipient: rfc822; x@example.jp\r\nAction: failed\r\nStatus: 5.1.1\r\n--b--\r\n");
    }

    void notAcknowledged()
    {
        QFETCH(QByteArray, raw);
        switchOn();
        const IngestResult r = ingest(raw);
        QCOMPARE(r.acknowledgementOutboxId, 0);
        QCOMPARE(acknowledgements(), 0);
    }

    // The rule itself, for each kind of mail that must stay unanswered.
    void refusalReasons()
    {
        DeskAddresses desk;
        desk.supportAddresses = {u"support@desk.example.co.jp"_s};
        const auto reason = [&](const QByteArray &raw) {
            return AutoAcknowledgement::refusalReason(MimeParser().parse(raw), desk);
        };
        QCOMPARE(reason(customerMail("yamada@example.jp", "r1@x", "Hi", "x")), QString());
        QCOMPARE(reason(customerMail("yamada@example.jp", "r2@x", "Hi", "x", "Auto-Submitted: no\r\n")), QString());
        QCOMPARE(reason(customerMail("yamada@example.jp", "r3@x", "Hi", "x", "Auto-Submitted: auto-generated\r\n")),
                 u"auto-reply"_s);
        QCOMPARE(reason(customerMail("news@example.jp", "r4@x", "Hi", "x", "List-Id: <a.b>\r\n")), u"list"_s);
        QCOMPARE(reason(customerMail("No-Reply@example.jp", "r5@x", "Hi", "x")), u"noreply"_s);
        QCOMPARE(reason(customerMail("mailer-daemon@example.jp", "r6@x", "Hi", "x")), u"bounce"_s);
        QCOMPARE(reason(customerMail("Support@Desk.Example.co.jp", "r7@x", "Hi", "x")), u"desk"_s);
    }

    // A follow-up in an existing ticket is not acknowledged again.
    void notForAFollowUp()
    {
        switchOn();
        const IngestResult first = ingest(customerMail("yamada@example.jp", nextId(), "Question", "質問です。"));
        QVERIFY(first.acknowledgementOutboxId > 0);
        const QByteArray tagged = "Re: [#" + QByteArray::number(first.ticketId) + "] Question";
        const IngestResult follow = ingest(customerMail("yamada@example.jp", nextId(), tagged, "追加です。"));
        QVERIFY(!follow.newTicket);
        QCOMPARE(follow.ticketId, first.ticketId);
        QCOMPARE(follow.acknowledgementOutboxId, 0);
        QCOMPARE(acknowledgements(), 1);
    }

    // At most N per sender address per JST day: the count starts again at JST midnight.
    void capPerSenderPerJstDay()
    {
        m_clock->set(jst(u"2026-06-10T23:40"_s));
        switchOn(2);
        QList<qint64> queued;
        for (int i = 0; i < 3; ++i)
            queued.append(ingest(customerMail("Yamada@Example.jp", nextId(), "Q", "質問")).acknowledgementOutboxId);
        QVERIFY(queued.at(0) > 0 && queued.at(1) > 0);
        QCOMPARE(queued.at(2), 0);
        // Another sender is counted on their own.
        QVERIFY(ingest(customerMail("suzuki@example.jp", nextId(), "Q", "質問")).acknowledgementOutboxId > 0);
        m_clock->set(jst(u"2026-06-11T00:05"_s)); // 15:05 UTC: a new day in Japan
        QVERIFY(ingest(customerMail("yamada@example.jp", nextId(), "Q", "質問")).acknowledgementOutboxId > 0);
        QCOMPARE(acknowledgements(), 4);
    }

    // Old mail (a first sync, an import of last year's mailbox) is never acknowledged.
    void notForOldMail()
    {
        switchOn();
        m_clock->set(jst(u"2026-06-12T09:30"_s));
        MailIngestor ingestor(*m_desk, addresses());
        auto r = ingestor.ingest(customerMail("yamada@example.jp", nextId(), "Old", "古い"), jst(u"2026-06-10T09:30"_s),
                                 MailOrigin::Imap);
        VERIFY_OK(r);
        QVERIFY(r->newTicket);
        QCOMPARE(r->acknowledgementOutboxId, 0);
    }

    // `madoguchi-cli import` goes through the same core.
    void importAcknowledges()
    {
        if (Testing::usingPostgres())
            QSKIP("the CLI runs open a SQLite file");
        switchOn();
        const QString path = m_files.filePath(u"question.eml"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(customerMail("yamada@example.jp", nextId(), "Imported", "質問です。"));
        }
        const auto [code, out, err] = Testing::runCliAt(m_t->address().filePath, m_clock->now(),
                                                        {u"import"_s, path});
        QVERIFY2(code == 0, qPrintable(out + err));
        QCOMPARE(acknowledgements(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAcknowledgement)
#include "tst_acknowledgement.moc"
