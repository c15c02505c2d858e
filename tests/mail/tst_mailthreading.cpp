#include "mail/MailClassifier.h"
#include "mail/MailThreader.h"
#include "mail/mime/MimeParser.h"

#include <QHash>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

// Threading and classification over small generated conversations. Each step is one mail;
// the expected ticket is a label ("T1", "T2", ...) given when a step opens a new ticket.
struct Step
{
    QByteArray from;
    QByteArray subject;
    QByteArray messageId;
    QByteArray headers; // extra header lines (In-Reply-To, References, Auto-Submitted, ...)
    QString ticket; // label of the ticket it must land in
    QString kind;
    QByteArray body = "body";
};
Q_DECLARE_METATYPE(QList<Step>)

class TestMailThreading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversation_data();
    void conversation();
    void lookupErrorsPropagate();
    void longReferenceChainReadAtBothEnds();
};

namespace {

const QByteArray kCustomer = "Yamada <yamada@acme.co.jp>";
const QByteArray kColleague = "Kimura <kimura@acme.co.jp>";
const QByteArray kSupport = "Support <support@desk.example.co.jp>";
const QByteArray kStaff = "Sato <sato@desk.example.co.jp>";

QByteArray rawMail(const Step &step)
{
    return "From: " + step.from + "\r\nTo: support@desk.example.co.jp\r\nSubject: " + step.subject + "\r\nMessage-ID: <"
        + step.messageId + ">\r\n" + step.headers + "\r\n" + step.body + "\r\n";
}

QByteArray bounceOf(const QByteArray &)
{
    return "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n";
}

QByteArray bounceBody(const QByteArray &returnedId)
{
    return "--b\r\nContent-Type: text/plain\r\n\r\nUser unknown\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
           "Final-Recipient: rfc822; x@acme.co.jp\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b\r\n"
           "Content-Type: message/rfc822\r\n\r\nFrom: support@desk.example.co.jp\r\nMessage-ID: <"
        + returnedId + ">\r\nSubject: x\r\n\r\nreply\r\n--b--";
}

} // namespace

void TestMailThreading::conversation_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QList<Step>>("steps");

    QTest::newRow("tagged replies both ways")
        << u"#"_s
        << QList<Step> { { kCustomer, "ログインできません", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { kSupport, "Re: [#1] ログインできません", "s1@desk", "In-Reply-To: <c1@acme>\r\n", u"T1"_s,
                           u"staff"_s },
                         { kCustomer, "=?UTF-8?B?6L+U5L+hOiBbIzFdIOODreOCsOOCpOODsw==?=", "c2@acme", "", u"T1"_s,
                           u"customer"_s } };
    QTest::newRow("reply by In-Reply-To only, subject changed")
        << u"#"_s
        << QList<Step> { { kCustomer, "請求書", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { kSupport, "Re: 請求書", "s1@desk", "In-Reply-To: <c1@acme>\r\n", u"T1"_s, u"staff"_s },
                         { kCustomer, "追加の質問", "c2@acme", "In-Reply-To: <s1@desk>\r\n", u"T1"_s, u"customer"_s } };
    QTest::newRow("reply-all from a colleague in Cc")
        << u"#"_s
        << QList<Step> { { kCustomer, "障害", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { kStaff, "Re: 障害", "s1@desk", "In-Reply-To: <c1@acme>\r\nReferences: <c1@acme>\r\n",
                           u"T1"_s, u"staff"_s },
                         { kColleague, "RE: Re: 障害", "k1@acme", "References: <c1@acme> <s1@desk>\r\n", u"T1"_s,
                           u"customer"_s } };
    QTest::newRow("only the oldest reference known")
        << u"#"_s
        << QList<Step> { { kCustomer, "a", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { kColleague, "Re: a", "k1@acme",
                           "In-Reply-To: <unknown@elsewhere>\r\nReferences: <c1@acme> <x@y> <unknown@elsewhere>\r\n",
                           u"T1"_s, u"customer"_s } };
    QTest::newRow("new topic from the same customer is a new ticket")
        << u"#"_s
        << QList<Step> { { kCustomer, "a", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { kCustomer, "b", "c2@acme", "", u"T2"_s, u"customer"_s } };
    QTest::newRow("out-of-office answer stays on the ticket")
        << u"#"_s
        << QList<Step> { { kCustomer, "a", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { kSupport, "Re: [#1] a", "s1@desk", "In-Reply-To: <c1@acme>\r\n", u"T1"_s, u"staff"_s },
                         { kCustomer, "=?UTF-8?B?6Ieq5YuV5b+c562UOiBSZTogWyMxXSBh?=", "o1@acme",
                           "In-Reply-To: <s1@desk>\r\n", u"T1"_s, u"auto-reply"_s },
                         { kCustomer, "Re: [#1] a", "o2@acme", "Auto-Submitted: auto-replied\r\n", u"T1"_s,
                           u"auto-reply"_s } };
    QTest::newRow("bounce of a reply goes to its ticket")
        << u"#"_s
        << QList<Step> { { kCustomer, "a", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { kCustomer, "b", "c2@acme", "", u"T2"_s, u"customer"_s },
                         { kSupport, "Re: b", "s2@desk", "In-Reply-To: <c2@acme>\r\n", u"T2"_s, u"staff"_s },
                         { "MAILER-DAEMON@mx.acme.co.jp", "Undelivered Mail Returned to Sender", "d1@mx",
                           bounceOf("s2@desk"), u"T2"_s, u"bounce"_s, bounceBody("s2@desk") } };
    QTest::newRow("bounce of an unknown mail opens a ticket")
        << u"#"_s
        << QList<Step> { { kCustomer, "a", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { "MAILER-DAEMON@mx.acme.co.jp", "failure notice", "d1@mx", bounceOf("spam@x"), u"T2"_s,
                           u"bounce"_s, bounceBody("spam@x") } };
    QTest::newRow("unknown tag falls through to a new ticket")
        << u"#"_s
        << QList<Step> { { kCustomer, "a", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { kCustomer, "Re: [#999] other system", "c2@acme", "", u"T2"_s, u"customer"_s } };
    QTest::newRow("unknown tag, known reference")
        << u"#"_s
        << QList<Step> { { kCustomer, "a", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { kCustomer, "Re: [#999] a", "c2@acme", "In-Reply-To: <c1@acme>\r\n", u"T1"_s,
                           u"customer"_s } };
    QTest::newRow("tag wins over references")
        << u"#"_s
        << QList<Step> { { kCustomer, "a", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { kCustomer, "b", "c2@acme", "", u"T2"_s, u"customer"_s },
                         { kCustomer, "Re: [#2] b", "c3@acme", "In-Reply-To: <c1@acme>\r\n", u"T2"_s, u"customer"_s } };
    QTest::newRow("forward with tag from another person")
        << u"#"_s
        << QList<Step> { { kCustomer, "a", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { kColleague, "Fwd: FW: [#1] a", "k1@acme", "", u"T1"_s, u"customer"_s } };
    QTest::newRow("staff starts a conversation")
        << u"#"_s
        << QList<Step> { { kStaff, "ご案内", "s1@desk", "", u"T1"_s, u"staff"_s },
                         { kCustomer, "Re: ご案内", "c1@acme", "In-Reply-To: <s1@desk>\r\n", u"T1"_s, u"customer"_s } };
    QTest::newRow("our own acknowledgement looping back")
        << u"#"_s
        << QList<Step> { { kCustomer, "a", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { kSupport, "受付のお知らせ", "ack1@desk",
                           "X-Loop: support@desk.example.co.jp\r\nIn-Reply-To: <c1@acme>\r\n", u"T1"_s,
                           u"auto-reply"_s } };
    QTest::newRow("custom tag prefix") << u"MDG-"_s
                                       << QList<Step> {
                                              { kCustomer, "a", "c1@acme", "", u"T1"_s, u"customer"_s },
                                              { kCustomer, "b", "c2@acme", "", u"T2"_s, u"customer"_s },
                                              { kCustomer, "Re: [MDG-1] a", "c3@acme", "", u"T1"_s, u"customer"_s },
                                              { kCustomer, "Re: [#2] b", "c4@acme", "", u"T3"_s, u"customer"_s }
                                          };
    QTest::newRow("full-width tag typed on a phone")
        << u"#"_s
        << QList<Step> { { kCustomer, "a", "c1@acme", "", u"T1"_s, u"customer"_s },
                         { "taro@docomo.ne.jp", "=?UTF-8?B?77y7IzHvvL0g6L+95Yqg?=", "m1@docomo", "", u"T1"_s,
                           u"customer"_s } };
}

void TestMailThreading::conversation()
{
    QFETCH(QString, prefix);
    QFETCH(QList<Step>, steps);

    DeskAddresses desk;
    desk.supportAddresses = { u"support@desk.example.co.jp"_s };
    desk.staffAddresses = { u"sato@desk.example.co.jp"_s };
    desk.ticketTagPrefix = prefix;

    // The stored state the lookup answers from: ticket ids are also their numbers here.
    QHash<QByteArray, qint64> ticketOfMessage;
    qint64 lastTicket = 0;
    ThreadLookup lookup;
    lookup.ticketByNumber = [&](qint64 number) -> Result<std::optional<qint64>> {
        if (number >= 1 && number <= lastTicket)
            return std::optional<qint64>(number);
        return std::optional<qint64>();
    };
    lookup.ticketByMessageIds = [&](const QList<QByteArray> &ids) -> Result<std::optional<qint64>> {
        for (const QByteArray &id : ids)
            if (ticketOfMessage.contains(id))
                return std::optional<qint64>(ticketOfMessage.value(id));
        return std::optional<qint64>();
    };
    const MailClassifier classifier(desk);
    const MailThreader threader(lookup, prefix);

    QHash<QString, qint64> labels;
    for (const Step &step : steps) {
        const MailMessage message = MimeParser().parse(rawMail(step));
        const MailClassification classification = classifier.classify(message);
        QCOMPARE(mailKindName(classification.kind), step.kind);
        const auto decision = threader.decide(message, classification);
        QVERIFY(decision.ok());
        qint64 ticket = decision->ticketId;
        if (decision->by == ThreadDecision::By::NewTicket) {
            QVERIFY2(!labels.contains(step.ticket),
                     QByteArray(step.messageId + " should join " + step.ticket.toUtf8()).constData());
            ticket = ++lastTicket;
            labels.insert(step.ticket, ticket);
        }
        QVERIFY2(labels.contains(step.ticket), QByteArray(step.messageId + " opened an unexpected ticket").constData());
        QCOMPARE(ticket, labels.value(step.ticket));
        ticketOfMessage.insert(message.messageId, ticket);
    }
}

void TestMailThreading::lookupErrorsPropagate()
{
    ThreadLookup lookup;
    lookup.ticketByNumber = [](qint64) -> Result<std::optional<qint64>> {
        return makeError(u"sql"_s, u"down"_s);
    };
    lookup.ticketByMessageIds = [](const QList<QByteArray> &) -> Result<std::optional<qint64>> {
        return makeError(u"sql"_s, u"down"_s);
    };
    const MailThreader threader(lookup, u"#"_s);
    const MailMessage tagged = MimeParser().parse("From: a@b.jp\r\nSubject: [#5] x\r\n\r\nx\r\n");
    const auto first = threader.decide(tagged, {});
    QVERIFY(!first.ok());
    QCOMPARE(first.error().message, u"down"_s);
    const MailMessage reply = MimeParser().parse("From: a@b.jp\r\nSubject: x\r\nIn-Reply-To: <p@q>\r\n\r\nx\r\n");
    QVERIFY(!threader.decide(reply, {}).ok());
    const MailMessage fresh = MimeParser().parse("From: a@b.jp\r\nSubject: x\r\n\r\nx\r\n");
    const auto decision = threader.decide(fresh, {});
    QVERIFY(decision.ok());
    QCOMPARE(decision->by, ThreadDecision::By::NewTicket);
}

// Issue 17.6: 100,000 References took 92 s to import (every id looked up, each de-duplicated
// against all before it). Only the In-Reply-To and 50 ids from each end are asked for.
void TestMailThreading::longReferenceChainReadAtBothEnds()
{
    MailMessage reply;
    reply.messageId = "self@acme";
    reply.inReplyTo = "parent@acme";
    for (int i = 0; i < 100000; ++i)
        reply.references.append("r" + QByteArray::number(i) + "@acme");
    reply.references.append("self@acme");
    QList<QByteArray> asked;
    ThreadLookup lookup;
    lookup.ticketByNumber = [](qint64) -> Result<std::optional<qint64>> { return std::optional<qint64>(); };
    lookup.ticketByMessageIds = [&asked](const QList<QByteArray> &ids) -> Result<std::optional<qint64>> {
        asked = ids;
        return std::optional<qint64>(7);
    };
    const auto decision = MailThreader(lookup, u"#"_s).decide(reply, {});
    QVERIFY(decision.ok());
    QCOMPARE(decision->ticketId, qint64(7));
    QCOMPARE(asked.size(), 1 + 2 * MailThreader::kReferenceEnds - 1); // "self" is never asked for
    QCOMPARE(asked.first(), QByteArray("parent@acme"));
    QVERIFY(asked.contains("r0@acme")); // the thread's root
    QVERIFY(asked.contains("r99999@acme")); // the nearest ancestor
    QVERIFY(asked.contains("r49@acme"));
    QVERIFY(!asked.contains("r50@acme"));
    QVERIFY(asked.contains("r99951@acme"));
    QVERIFY(!asked.contains("r99950@acme"));
    QVERIFY(!asked.contains("self@acme"));
}

QTEST_GUILESS_MAIN(TestMailThreading)
#include "tst_mailthreading.moc"
