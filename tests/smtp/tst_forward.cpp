// Forward (転送, issue 12): a customer's mail forwarded from its ticket with its attachments,
// sent by `madoguchi-cli outbox send` through a real SMTP server (tests/scripts/with-smtp.sh),
// what the server received read back by Python's email package and by our MimeParser — and
// the promise untouched: a forward is never an answer, so an overdue ticket stays overdue
// after the server accepted it.

#include "../common/TestDatabase.h"
#include "../common/TestSmtpServer.h"
#include "../common/VerifyOk.h"
#include "ReplyTestDesk.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/mime/MimeParser.h"
#include "mail/outbox/ReplySignatures.h"
#include "mail/outbox/TicketForwards.h"
#include "mail/outbox/TicketReplies.h"
#include "mail/OutgoingMail.h"
#include "tickets/Obligation.h"
#include "tickets/ReplyEditors.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;
using Madoguchi::Testing::pythonParse;
using Madoguchi::Testing::readFile;
using Madoguchi::Testing::sinkDir;
using Madoguchi::Testing::sinkFiles;

namespace {

QDateTime jst(const QString &text)
{
    return *Jst::parseIso(text + u":00+09:00"_s);
}

// Every byte value, CR, LF and NUL among them.
QByteArray everyByte()
{
    QByteArray pdf = "%PDF-1.4\n";
    for (int i = 0; i < 30000; ++i)
        pdf += char((i * 7 + i / 256) % 256);
    return pdf;
}

const QString pdfName = u"見積書_株式会社サンプル御中_2026年6月分.pdf"_s;
const QByteArray csvBytes = "品番,数量\r\nA-1,3\r\n";

} // namespace

class TestForward : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketDesk> m_desk;
    StaffUser m_sato;
    qint64 m_ticket = 0;
    QTemporaryDir m_files;
    QString m_passwordFile;

    // `outbox send` on this test's SQLite file at the test clock; what the server newly
    // accepted (file names).
    QStringList sendOutbox()
    {
        const QStringList before = sinkFiles();
        const auto [code, out, err] = Testing::runCliAt(m_t->address().filePath, m_clock->now(),
                                                        {u"outbox"_s, u"send"_s, u"--smtp-password-file"_s,
                                                         m_passwordFile});
        Q_UNUSED(code) // a refused forward makes it report a failure; the tests judge the state
        QStringList added = sinkFiles();
        for (const QString &old : before)
            added.removeAll(old);
        if (added.isEmpty())
            qInfo().noquote() << out << err;
        return added;
    }

    // The open obligations of the ticket and whether it is overdue at the test clock.
    std::pair<int, bool> openAndOverdue()
    {
        auto obligations = m_desk->tickets().obligations(m_ticket);
        auto ticket = m_desk->tickets().ticket(m_ticket);
        if (!obligations || !ticket || !ticket->has_value())
            return {-1, false};
        int open = 0;
        for (const Obligation &o : std::as_const(*obligations))
            open += o.isOpen() ? 1 : 0;
        const QDateTime due = (*ticket)->due;
        return {open, due.isValid() && due < m_clock->now()};
    }

    Result<QueuedReply> queueForward(const QString &to, OutgoingCharset charset, const QString &written)
    {
        auto draft = TicketForwards(*m_desk).draft(m_ticket, 0, m_sato.id);
        if (!draft)
            return draft.error();
        auto addresses = OutgoingMail::parseAddresses(to);
        if (!addresses)
            return addresses.error();
        ReplyDraft forward = *draft;
        forward.to = *addresses;
        forward.charset = charset;
        forward.body = written + forward.body;
        return TicketReplies(*m_desk).queue(m_sato, forward);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_SMTP_HOST"))
            QSKIP("run through tests/scripts/with-smtp.sh");
        if (Testing::usingPostgres())
            QSKIP("the CLI runs open a SQLite file");
        QVERIFY(QFile::exists(u"/usr/bin/python3"_s));
        m_passwordFile = m_files.filePath(u"smtp-password"_s);
        QVERIFY(Testing::writeSmtpPasswordFile(m_passwordFile));
    }

    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        QVERIFY(m_t->isValid());
        // Two days after 山田's Wednesday 09:30 mail: its deadline (Thursday 18:00) has passed.
        m_clock = std::make_unique<FixedClock>(jst(u"2026-06-12T12:00"_s));
        m_desk = std::make_unique<TicketDesk>(m_t->db(), *m_clock);
        TicketFixtureBuilder build(*m_desk);
        m_sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        QVERIFY(m_sato.id > 0);
        Testing::prepareSendingDesk(*m_desk);
        if (QTest::currentTestFailed())
            return;
        VERIFY_OK(ReplySignatures(*m_desk).setOwn(m_sato, u"--\n佐藤 花子"_s));

        TicketMessage customer = Testing::invoiceQuestion();
        const QByteArray pdf = everyByte();
        customer.attachments.append({0, pdfName, u"application/pdf"_s, pdf.size(), {}, pdf});
        customer.attachments.append({0, u"数量.csv"_s, u"text/csv"_s, csvBytes.size(), {}, csvBytes});
        auto stored = m_desk->mail().addMessage(customer);
        VERIFY_OK(stored);
        m_ticket = stored->ticketId;
        QCOMPARE(openAndOverdue(), std::make_pair(1, true));
    }

    void cleanup()
    {
        m_desk.reset();
        m_t.reset();
    }

    // The forward carries the customer's mail (quoted as a forwarded message) and its
    // attachments byte for byte, in UTF-8 and ISO-2022-JP; the ticket stays overdue.
    void forwardGoesOutAndAnswersNothing_data()
    {
        QTest::addColumn<bool>("iso2022jp");
        QTest::newRow("utf-8") << false;
        QTest::newRow("iso-2022-jp") << true;
    }

    void forwardGoesOutAndAnswersNothing()
    {
        QFETCH(bool, iso2022jp);
        const OutgoingCharset charset = iso2022jp ? OutgoingCharset::Iso2022Jp : OutgoingCharset::Utf8;
        auto queued = queueForward(u"開発 次郎 <dev@partner.example.com>"_s, charset, u"開発チーム各位\nご確認ください。"_s);
        VERIFY_OK(queued);
        auto stored = m_desk->tickets().message(queued->messageRowId, true);
        VERIFY_OK(stored);
        QCOMPARE((*stored)->kind, MessageKind::Forward);
        QCOMPARE((*stored)->delivery, ReplyDelivery::Pending);
        // 二重返信防止 is about answers: a waiting forward is not "a reply waiting to be sent".
        auto waiting = ReplyEditors(m_desk->database(), *m_clock).waitingReplies(m_ticket);
        VERIFY_OK(waiting);
        QVERIFY(waiting->isEmpty());
        QCOMPARE(openAndOverdue(), std::make_pair(1, true));

        const QStringList sent = sendOutbox();
        QCOMPARE(sent.size(), 1);
        const QString file = sinkDir() + u'/' + sent.first();
        const QByteArray raw = readFile(file);
        QCOMPARE(raw, (*stored)->rawSource); // what was stored is what was sent
        QJsonObject envelope = QJsonDocument::fromJson(readFile(file.chopped(4) + u".json"_s)).object();
        QCOMPARE(envelope.value(u"rcpt_tos"_s).toArray().toVariantList(), QVariantList{u"dev@partner.example.com"_s});

        const QString subject = u"Fwd: [#%1] 請求書の再発行について"_s.arg(m_ticket);
        const QString text = u"開発チーム各位\nご確認ください。\n\n--\n佐藤 花子\n\n"
                             "-------- Forwarded Message --------\n"
                             "Subject: RE: 請求書の再発行について\n"
                             "Date: Wed, 10 Jun 2026 09:30:00 +0900\n"
                             "From: 山田 太郎 <yamada@example.jp>\n"
                             "To: support@desk.example.co.jp\n"
                             "Cc: suzuki@example.jp, Support@Desk.Example.co.jp\n\n"
                             "請求書を再発行してください。\n> 前回の件\n"_s;
        const QByteArray pdf = everyByte();

        const QJsonObject py = pythonParse(file);
        QVERIFY2(!py.isEmpty(), "parse-mail.py failed");
        QCOMPARE(py.value(u"defects"_s).toArray().size(), 0);
        const QJsonObject headers = py.value(u"headers"_s).toObject();
        QCOMPARE(headers.value(u"Subject"_s).toString(), subject);
        QVERIFY(!headers.contains(u"In-Reply-To"_s)); // not in the customer's thread
        QCOMPARE(py.value(u"addresses"_s).toObject().value(u"To"_s).toArray().toVariantList(),
                 QVariantList{u"開発 次郎 <dev@partner.example.com>"_s});
        QCOMPARE(py.value(u"content_type"_s).toString(), u"multipart/mixed"_s);
        QCOMPARE(py.value(u"text_charset"_s).toString(),
                 charset == OutgoingCharset::Utf8 ? u"utf-8"_s : u"iso-2022-jp"_s);
        QString pyText = py.value(u"text"_s).toString();
        pyText.replace(u"\r\n"_s, u"\n"_s);
        // An ISO-2022-JP part before a MIME boundary ends without its last line break (the CRLF
        // before the boundary belongs to the boundary): compared without it.
        QCOMPARE(pyText.trimmed(), text.trimmed());
        const QJsonArray files = py.value(u"attachments"_s).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject().value(u"filename"_s).toString(), pdfName);
        QCOMPARE(files.at(0).toObject().value(u"content_type"_s).toString(), u"application/pdf"_s);
        QCOMPARE(files.at(0).toObject().value(u"sha256"_s).toString().toLatin1(),
                 QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        QCOMPARE(files.at(1).toObject().value(u"filename"_s).toString(), u"数量.csv"_s);
        QCOMPARE(files.at(1).toObject().value(u"sha256"_s).toString().toLatin1(),
                 QCryptographicHash::hash(csvBytes, QCryptographicHash::Sha256).toHex());
        if (charset == OutgoingCharset::Iso2022Jp) {
            for (const char c : raw)
                QVERIFY2(uchar(c) < 0x80, "ISO-2022-JP mail is 7-bit");
        }

        const MailMessage ours = MimeParser().parse(raw);
        QVERIFY(!ours.unreadable);
        QCOMPARE(ours.subject, subject);
        QVERIFY(ours.inReplyTo.isEmpty());
        QString ourText = ours.textBody;
        ourText.replace(u"\r\n"_s, u"\n"_s);
        QCOMPARE(ourText.trimmed(), text.trimmed());
        QCOMPARE(ours.attachments.size(), 2);
        QCOMPARE(ours.attachments.at(0).originalFileName, pdfName);
        QCOMPARE(ours.attachments.at(0).data, pdf);
        QCOMPARE(ours.attachments.at(1).data, csvBytes);

        // Accepted by the server: delivered, shown as a forward, and the customer still waits.
        stored = m_desk->tickets().message(queued->messageRowId);
        VERIFY_OK(stored);
        QCOMPARE((*stored)->kind, MessageKind::Forward);
        QCOMPARE((*stored)->delivery, ReplyDelivery::Delivered);
        QCOMPARE(openAndOverdue(), std::make_pair(1, true));
        auto ticket = m_desk->tickets().ticket(m_ticket);
        VERIFY_OK(ticket);
        QVERIFY(!(*ticket)->replyUndelivered);
    }

    // A forward the server refuses is undelivered; it answered nothing, so nothing reopens and
    // the ticket is not flagged "reply undelivered".
    void refusedForwardFlagsNothing()
    {
        auto queued = queueForward(u"reject-me@partner.example.com"_s, OutgoingCharset::Utf8, u"ご確認ください。"_s);
        VERIFY_OK(queued);
        QVERIFY(sendOutbox().isEmpty());
        auto stored = m_desk->tickets().message(queued->messageRowId);
        VERIFY_OK(stored);
        QCOMPARE((*stored)->delivery, ReplyDelivery::Undelivered);
        auto entry = m_desk->outbox().entry(queued->outboxId);
        VERIFY_OK(entry);
        QCOMPARE((*entry)->state, OutboxState::Failed);
        auto ticket = m_desk->tickets().ticket(m_ticket);
        VERIFY_OK(ticket);
        QVERIFY(!(*ticket)->replyUndelivered);
        QCOMPARE(openAndOverdue(), std::make_pair(1, true));
    }

    // 取り消し works for a forward as for a reply, and it comes back as a forward.
    void withdrawnForwardComesBackAsAForward()
    {
        VERIFY_OK(m_desk->settings().setValue(StaffUser::system(),
                                              QString::fromLatin1(TicketReplies::sendCancelSetting), u"30"_s));
        auto queued = queueForward(u"dev@partner.example.com"_s, OutgoingCharset::Utf8, u"ご確認ください。"_s);
        VERIFY_OK(queued);
        auto restored = TicketReplies(*m_desk).withdraw(m_sato, queued->outboxId);
        VERIFY_OK(restored);
        QCOMPARE(restored->kind, MessageKind::Forward);
        QCOMPARE(restored->answeringRowId, qint64(0));
        QCOMPARE(restored->to.value(0).address, u"dev@partner.example.com"_s);
        QCOMPARE(restored->attachments.size(), 2);
        QCOMPARE(restored->attachments.at(0).data, everyByte());
        auto stored = m_desk->tickets().message(queued->messageRowId);
        VERIFY_OK(stored);
        QCOMPARE((*stored)->delivery, ReplyDelivery::Discarded);
        m_clock->advanceSecs(60);
        QVERIFY(sendOutbox().isEmpty());
        QCOMPARE(openAndOverdue(), std::make_pair(1, true));
    }

    // Which message is forwarded: the newest customer mail, or the one asked for; a message
    // of another ticket or an internal note is refused.
    void whichMessageIsForwarded()
    {
        TicketMessage internal;
        internal.kind = MessageKind::InternalNote;
        internal.bodyText = u"社内メモ"_s;
        internal.received = m_clock->now();
        internal.authorId = m_sato.id;
        auto note = m_desk->mail().addMessage(internal, m_ticket);
        VERIFY_OK(note);
        auto newest = TicketForwards(*m_desk).draft(m_ticket);
        VERIFY_OK(newest);
        QVERIFY(newest->to.isEmpty());
        QVERIFY(newest->body.contains(u"請求書を再発行してください。"_s));
        QCOMPARE(newest->attachments.size(), 2);
        auto ofNote = TicketForwards(*m_desk).draft(m_ticket, note->messageRowId);
        QVERIFY(!ofNote);
        QCOMPARE(ofNote.error().code, u"not-found"_s);
        auto other = TicketFixtureBuilder(*m_desk).customerMail(u"kimura@example.jp"_s, u"別件"_s, u"別件です"_s,
                                                                 m_clock->now());
        VERIFY_OK(other);
        auto elsewhere = TicketForwards(*m_desk).draft(m_ticket, other->messageRowId);
        QVERIFY(!elsewhere);
        QCOMPARE(elsewhere.error().code, u"not-found"_s);
    }

    // madoguchi-cli forward: the same forward from a script, sent by `outbox send`; the
    // ticket stays overdue.
    void cliForwardGoesOut()
    {
        const QString body = m_files.filePath(u"body.txt"_s);
        QFile file(body);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"ご確認をお願いします。\n"_s.toUtf8());
        file.close();
        const auto [code, out, err] = Testing::runCliAt(
            m_t->address().filePath, m_clock->now(),
            {u"forward"_s, QString::number(m_ticket), u"--to"_s, u"開発 次郎 <dev@partner.example.com>"_s, u"--to"_s,
             u"qa@partner.example.com"_s, u"--body-file"_s, body, u"--charset"_s, u"iso-2022-jp"_s, u"--as"_s,
             u"sato"_s});
        QVERIFY2(code == 0 && err.isEmpty(), qPrintable(err));
        bool isNumber = false;
        const qint64 outboxId = out.trimmed().toLongLong(&isNumber);
        QVERIFY2(isNumber, qPrintable(out));
        const QStringList sent = sendOutbox();
        QCOMPARE(sent.size(), 1);
        const QString file2 = sinkDir() + u'/' + sent.first();
        const QJsonObject envelope
            = QJsonDocument::fromJson(readFile(file2.chopped(4) + u".json"_s)).object();
        QCOMPARE(envelope.value(u"rcpt_tos"_s).toArray().toVariantList(),
                 (QVariantList{u"dev@partner.example.com"_s, u"qa@partner.example.com"_s}));
        const QJsonObject py = pythonParse(file2);
        QCOMPARE(py.value(u"headers"_s).toObject().value(u"Subject"_s).toString(),
                 u"Fwd: [#%1] 請求書の再発行について"_s.arg(m_ticket));
        QCOMPARE(py.value(u"text_charset"_s).toString(), u"iso-2022-jp"_s);
        QString pyText = py.value(u"text"_s).toString();
        pyText.replace(u"\r\n"_s, u"\n"_s);
        QVERIFY2(pyText.startsWith(u"ご確認をお願いします。\n\n--\n佐藤 花子\n"_s), qPrintable(pyText));
        QCOMPARE(py.value(u"attachments"_s).toArray().size(), 2);
        auto entry = m_desk->outbox().entry(outboxId);
        VERIFY_OK(entry);
        QCOMPARE((*entry)->state, OutboxState::Sent);
        QCOMPARE(openAndOverdue(), std::make_pair(1, true));
    }

    // Bad input is one line and status 2, and nothing is queued.
    void cliBadInputQueuesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no --to") << QStringList{u"forward"_s, u"1"_s} << u"--to ADDRESS is needed"_s;
        QTest::newRow("bad address") << QStringList{u"forward"_s, u"1"_s, u"--to"_s, u"開発チーム"_s}
                                     << u"is not a mail address"_s;
        QTest::newRow("no such ticket") << QStringList{u"forward"_s, u"999"_s, u"--to"_s, u"a@b.example"_s}
                                        << u"#999 does not exist"_s;
        QTest::newRow("not a number") << QStringList{u"forward"_s, u"x"_s, u"--to"_s, u"a@b.example"_s}
                                      << u"is not a ticket number"_s;
        QTest::newRow("no such message")
            << QStringList{u"forward"_s, u"1"_s, u"--to"_s, u"a@b.example"_s, u"--message"_s, u"999"_s}
            << u"has no message 999 to forward"_s;
        QTest::newRow("message not a number")
            << QStringList{u"forward"_s, u"1"_s, u"--to"_s, u"a@b.example"_s, u"--message"_s, u"abc"_s}
            << u"--message takes a message number"_s;
        QTest::newRow("missing body file")
            << QStringList{u"forward"_s, u"1"_s, u"--to"_s, u"a@b.example"_s, u"--body-file"_s, u"/nonexistent/x"_s}
            << u"cannot read /nonexistent/x"_s;
        QTest::newRow("charset") << QStringList{u"forward"_s, u"1"_s, u"--to"_s, u"a@b.example"_s, u"--charset"_s,
                                                u"sjis"_s}
                                 << u"--charset is utf-8 or iso-2022-jp"_s;
    }

    void cliBadInputQueuesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QCOMPARE(m_ticket, qint64(1));
        const auto [code, out, err] = Testing::runCliAt(m_t->address().filePath, m_clock->now(), args);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(says) && err.count(u'\n') == 1, qPrintable(err));
        QVERIFY(out.isEmpty());
        QVERIFY(m_desk->outbox().entries().valueOr({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestForward)
#include "tst_forward.moc"
