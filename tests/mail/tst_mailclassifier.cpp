#include "tickets/FreeMailDomains.h"
#include "mail/MailClassifier.h"
#include "mail/SubjectLine.h"
#include "mail/mime/MimeParser.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

class TestMailClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void bounceReport_data();
    void bounceReport();
    void replyPrefixes_data();
    void replyPrefixes();
    void ticketTag_data();
    void ticketTag();
    void freeMail_data();
    void freeMail();
};

namespace {

DeskAddresses desk()
{
    DeskAddresses addresses;
    addresses.supportAddresses = { u"support@desk.example.co.jp"_s };
    addresses.staffAddresses = { u"sato@desk.example.co.jp"_s, u"Tanaka@Desk.Example.co.jp"_s };
    return addresses;
}

// A small generated mail: the headers under test plus a plain body.
MailMessage mail(const QByteArray &from, const QByteArray &subject, const QByteArray &extraHeaders = {})
{
    const QByteArray raw = "From: " + from + "\r\nTo: support@desk.example.co.jp\r\nSubject: " + subject
        + "\r\nMessage-ID: <m@x>\r\n" + extraHeaders + "\r\nbody\r\n";
    return MimeParser().parse(raw);
}

} // namespace

void TestMailClassifier::classify_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("subject");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("kind");

    const QByteArray customer = "Yamada <yamada@acme.co.jp>";
    QTest::newRow("plain customer") << customer << QByteArray("ログインできません") << QByteArray() << u"customer"_s;
    QTest::newRow("customer reply") << customer << QByteArray("Re: [#12] x") << QByteArray("In-Reply-To: <a@b>\r\n")
                                    << u"customer"_s;
    QTest::newRow("Auto-Submitted no is a person")
        << customer << QByteArray("x") << QByteArray("Auto-Submitted: no\r\n") << u"customer"_s;
    QTest::newRow("Auto-Submitted auto-replied")
        << customer << QByteArray("x") << QByteArray("Auto-Submitted: auto-replied\r\n") << u"auto-reply"_s;
    QTest::newRow("Auto-Submitted auto-generated")
        << customer << QByteArray("x") << QByteArray("Auto-Submitted: auto-generated\r\n") << u"auto-reply"_s;
    QTest::newRow("Auto-Submitted with comment")
        << customer << QByteArray("x") << QByteArray("Auto-Submitted: auto-notified; owner-email=a@b\r\n")
        << u"auto-reply"_s;
    QTest::newRow("Precedence bulk") << customer << QByteArray("x") << QByteArray("Precedence: bulk\r\n")
                                     << u"auto-reply"_s;
    QTest::newRow("Precedence junk") << customer << QByteArray("x") << QByteArray("Precedence: junk\r\n")
                                     << u"auto-reply"_s;
    QTest::newRow("Precedence list") << customer << QByteArray("x") << QByteArray("Precedence: List\r\n")
                                     << u"auto-reply"_s;
    QTest::newRow("Precedence first-class")
        << customer << QByteArray("x") << QByteArray("Precedence: first-class\r\n") << u"customer"_s;
    QTest::newRow("X-Autoreply") << customer << QByteArray("x") << QByteArray("X-Autoreply: yes\r\n")
                                 << u"auto-reply"_s;
    QTest::newRow("X-Autorespond") << customer << QByteArray("x") << QByteArray("X-Autorespond: x\r\n")
                                   << u"auto-reply"_s;
    QTest::newRow("X-Auto-Response-Suppress")
        << customer << QByteArray("x") << QByteArray("X-Auto-Response-Suppress: All\r\n") << u"auto-reply"_s;
    QTest::newRow("X-Loop with our address")
        << customer << QByteArray("x") << QByteArray("X-Loop: support@desk.example.co.jp\r\n") << u"auto-reply"_s;
    QTest::newRow("X-Loop with another address")
        << customer << QByteArray("x") << QByteArray("X-Loop: list@acme.co.jp\r\n") << u"customer"_s;
    QTest::newRow("subject 自動応答") << customer << QByteArray("=?UTF-8?B?6Ieq5YuV5b+c562UOiBSZTogW+WVj+WQiOOBm10=?=")
                                      << QByteArray() << u"auto-reply"_s;
    QTest::newRow("subject 不在通知") << customer << QByteArray("=?UTF-8?B?5LiN5Zyo6YCa55+l?=") << QByteArray()
                                      << u"auto-reply"_s;
    QTest::newRow("subject 【不在】") << customer << QByteArray("=?UTF-8?B?44CQ5LiN5Zyo44CRIOWxseeUsA==?=")
                                      << QByteArray() << u"auto-reply"_s;
    QTest::newRow("不在 inside a sentence is a customer")
        << customer << QByteArray("=?UTF-8?B?5ouF5b2T6ICF44GM5LiN5Zyo44Gu5aC05ZCI44Gu6YCj57Wh5YWI?=") << QByteArray()
        << u"customer"_s;
    QTest::newRow("Out of Office") << customer << QByteArray("Out of Office: Re: invoice") << QByteArray()
                                   << u"auto-reply"_s;
    QTest::newRow("Automatic reply") << customer << QByteArray("Automatic reply: [#3] x") << QByteArray()
                                     << u"auto-reply"_s;
    QTest::newRow("Out of Office AutoReply")
        << customer << QByteArray("Out of Office AutoReply: x") << QByteArray() << u"auto-reply"_s;
    QTest::newRow("question about out of office is a customer")
        << customer << QByteArray("Re: Out of Office setting in your app") << QByteArray() << u"customer"_s;
    QTest::newRow("support address replying") << QByteArray("support@desk.example.co.jp") << QByteArray("Re: x")
                                              << QByteArray("In-Reply-To: <a@b>\r\n") << u"staff"_s;
    QTest::newRow("support address with ticket tag")
        << QByteArray("Support <SUPPORT@desk.example.co.jp>") << QByteArray("[#77] x") << QByteArray() << u"staff"_s;
    QTest::newRow("support address out of the blue")
        << QByteArray("support@desk.example.co.jp") << QByteArray("hello") << QByteArray() << u"auto-reply"_s;
    QTest::newRow("staff address") << QByteArray("sato@desk.example.co.jp") << QByteArray("new topic") << QByteArray()
                                   << u"staff"_s;
    QTest::newRow("staff address case-insensitive")
        << QByteArray("tanaka@desk.example.co.jp") << QByteArray("x") << QByteArray() << u"staff"_s;
    QTest::newRow("staff auto-reply stays auto") << QByteArray("sato@desk.example.co.jp") << QByteArray("x")
                                                 << QByteArray("Auto-Submitted: auto-replied\r\n") << u"auto-reply"_s;
    QTest::newRow("other desk domain address is a customer")
        << QByteArray("boss@desk.example.co.jp") << QByteArray("x") << QByteArray() << u"customer"_s;
    QTest::newRow("mailer-daemon") << QByteArray("MAILER-DAEMON@mx.acme.co.jp") << QByteArray("Undelivered")
                                   << QByteArray() << u"bounce"_s;
    QTest::newRow("postmaster") << QByteArray("Postmaster <postmaster@acme.co.jp>") << QByteArray("Undeliverable")
                                << QByteArray() << u"bounce"_s;
    QTest::newRow("multipart/report delivery-status")
        << QByteArray("mx@acme.co.jp") << QByteArray("x")
        << QByteArray(
               "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n")
        << u"bounce"_s;
    QTest::newRow("read receipt") << customer << QByteArray("Read: x")
                                  << QByteArray("MIME-Version: 1.0\r\nContent-Type: multipart/report; "
                                                "report-type=disposition-notification; boundary=b\r\n")
                                  << u"auto-reply"_s;
}

void TestMailClassifier::classify()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, subject);
    QFETCH(QByteArray, headers);
    QFETCH(QString, kind);
    const MailClassification result = MailClassifier(desk()).classify(mail(from, subject, headers));
    QCOMPARE(mailKindName(result.kind), kind);
    QVERIFY(!result.reason.isEmpty());
}

void TestMailClassifier::bounceReport_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("returnedId");
    QTest::addColumn<bool>("failed");

    const QByteArray head = "From: MAILER-DAEMON@mx.example\r\nSubject: Undelivered\r\nMIME-Version: 1.0\r\n"
                            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
                            "--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n";
    QTest::newRow("rfc822 part, failed") << QByteArray(
        head
        + "--b\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; a@b\r\n"
          "Action: failed\r\nStatus: 5.1.1\r\n\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n"
          "From: support@desk.example.co.jp\r\nMessage-ID: <out-1@desk>\r\n\r\nx\r\n--b--\r\n")
                                         << QByteArray("out-1@desk") << true;
    QTest::newRow("headers part, delayed")
        << QByteArray(head
                      + "--b\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; a@b\r\n"
                        "Action: delayed\r\nStatus: 4.4.1\r\n\r\n--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                        "Message-Id: <out-2@desk>\r\nSubject: x\r\n--b--\r\n")
        << QByteArray("out-2@desk") << false;
    QTest::newRow("plain bounce quoting the id")
        << QByteArray("From: MAILER-DAEMON@mx.example\r\nSubject: failure notice\r\n\r\nSorry.\r\n"
                      "--- Below this line is a copy of the message.\r\n\r\nMessage-ID: <out-3@desk>\r\n")
        << QByteArray("out-3@desk") << true;
    QTest::newRow("quoted with >") << QByteArray(
        "From: postmaster@mx.example\r\nSubject: x\r\n\r\n> Message-ID: <out-4@desk>\r\n")
                                   << QByteArray("out-4@desk") << true;
    QTest::newRow("no id at all") << QByteArray("From: postmaster@mx.example\r\nSubject: x\r\n\r\nnothing\r\n")
                                  << QByteArray() << true;
}

void TestMailClassifier::bounceReport()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, returnedId);
    QFETCH(bool, failed);
    const MailClassification result = MailClassifier(desk()).classify(MimeParser().parse(raw));
    QCOMPARE(result.kind, MailKind::Bounce);
    QCOMPARE(result.bouncedMessageId, returnedId);
    QCOMPARE(result.deliveryFailed, failed);
}

void TestMailClassifier::replyPrefixes_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << u"請求書について"_s << u"請求書について"_s;
    QTest::newRow("Re") << u"Re: 請求書について"_s << u"請求書について"_s;
    QTest::newRow("RE upper") << u"RE: x"_s << u"x"_s;
    QTest::newRow("Fwd") << u"Fwd: x"_s << u"x"_s;
    QTest::newRow("FW") << u"FW: x"_s << u"x"_s;
    QTest::newRow("転送") << u"転送: x"_s << u"x"_s;
    QTest::newRow("返信") << u"返信: x"_s << u"x"_s;
    QTest::newRow("full-width colon") << u"Re：x"_s << u"x"_s;
    QTest::newRow("AW German") << u"AW: x"_s << u"x"_s;
    QTest::newRow("WG German") << u"WG: x"_s << u"x"_s;
    QTest::newRow("Re[2]") << u"Re[2]: x"_s << u"x"_s;
    QTest::newRow("Re^3") << u"Re^3: x"_s << u"x"_s;
    QTest::newRow("Re(2)") << u"Re(2): x"_s << u"x"_s;
    QTest::newRow("stacked") << u"Re: RE: 転送: Fwd: AW: Re[2]: 返信: x"_s << u"x"_s;
    QTest::newRow("no space") << u"Re:Re:x"_s << u"x"_s;
    QTest::newRow("【転送】") << u"【転送】 x"_s << u"x"_s;
    QTest::newRow("word starting with re kept") << u"Request: x"_s << u"Request: x"_s;
    QTest::newRow("prefix in the middle kept") << u"x Re: y"_s << u"x Re: y"_s;
    QTest::newRow("folded spaces") << u"Re:   x   y"_s << u"x y"_s;
}

void TestMailClassifier::replyPrefixes()
{
    QFETCH(QString, subject);
    QFETCH(QString, expected);
    QCOMPARE(SubjectLine::withoutReplyPrefixes(subject), expected);
}

void TestMailClassifier::ticketTag_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<qint64>("number"); // -1: no tag
    QTest::addColumn<QString>("display");
    QTest::newRow("tag") << u"Re: [#1042] 請求書について"_s << u"#"_s << qint64(1042) << u"請求書について"_s;
    QTest::newRow("tag at end") << u"請求書について [#7]"_s << u"#"_s << qint64(7) << u"請求書について"_s;
    QTest::newRow("prefix after tag") << u"[#7] Re: x"_s << u"#"_s << qint64(7) << u"x"_s;
    QTest::newRow("full-width tag") << u"返信: ［＃１０４２］ 件名"_s << u"#"_s << qint64(1042) << u"件名"_s;
    QTest::newRow("spaces inside") << u"[ #12 ] x"_s << u"#"_s << qint64(12) << u"x"_s;
    QTest::newRow("no tag") << u"Re: x"_s << u"#"_s << qint64(-1) << u"x"_s;
    QTest::newRow("hash without brackets") << u"Issue #1042"_s << u"#"_s << qint64(-1) << u"Issue #1042"_s;
    QTest::newRow("custom prefix") << u"Re: [MDG-55] x"_s << u"MDG-"_s << qint64(55) << u"x"_s;
    QTest::newRow("custom prefix lower case") << u"[mdg-55] x"_s << u"MDG-"_s << qint64(55) << u"x"_s;
    QTest::newRow("custom prefix ignores #") << u"[#55] x"_s << u"MDG-"_s << qint64(-1) << u"[#55] x"_s;
    QTest::newRow("regex characters in prefix") << u"[T.1] x"_s << u"T."_s << qint64(1) << u"x"_s;
    QTest::newRow("regex dot not a wildcard") << u"[TX1] x"_s << u"T."_s << qint64(-1) << u"[TX1] x"_s;
}

void TestMailClassifier::ticketTag()
{
    QFETCH(QString, subject);
    QFETCH(QString, prefix);
    QFETCH(qint64, number);
    QFETCH(QString, display);
    QCOMPARE(SubjectLine::ticketNumber(subject, prefix).value_or(-1), number);
    QCOMPARE(SubjectLine::forDisplay(subject, prefix), display);
    if (number >= 0)
        QCOMPARE(SubjectLine::ticketNumber(SubjectLine::tag(number, prefix), prefix).value_or(-1), number);
}

void TestMailClassifier::freeMail_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("organisation");
    QTest::newRow("company") << u"yamada@acme.co.jp"_s << u"acme.co.jp"_s;
    QTest::newRow("company upper case") << u"Yamada@ACME.co.jp"_s << u"acme.co.jp"_s;
    for (const char *domain : { "gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp",
                                "i.softbank.jp", "icloud.com", "outlook.jp", "hotmail.co.jp", "outlook.com" })
        QTest::newRow(domain) << u"someone@"_s + QString::fromLatin1(domain) << QString();
    QTest::newRow("carrier sub-domain") << u"x@biz.ezweb.ne.jp"_s << QString();
    QTest::newRow("lookalike is an organisation") << u"x@notgmail.com"_s << u"notgmail.com"_s;
    QTest::newRow("no domain") << u"localpart"_s << QString();
}

void TestMailClassifier::freeMail()
{
    QFETCH(QString, address);
    QFETCH(QString, organisation);
    QCOMPARE(FreeMailDomains::organisationDomain(address), organisation);
}

QTEST_GUILESS_MAIN(TestMailClassifier)
#include "tst_mailclassifier.moc"
