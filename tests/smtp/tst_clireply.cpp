// madoguchi-cli reply (issue 12): a reply queued from a script, sent by `outbox send` through a
// real SMTP server (tests/scripts/with-smtp.sh), and what the server received read back by two
// parsers — Python's email package (policy.default, Debian's python3, independent of ours)
// and our MimeParser.

#include "../common/TestDatabase.h"
#include "../common/TestSmtpServer.h"
#include "../common/VerifyOk.h"
#include "ReplyTestDesk.h"
#include "SentMail.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/OutgoingMail.h"
#include "mail/mime/MimeParser.h"
#include "mail/outbox/ReplySignatures.h"
#include "mail/outbox/ReplyTemplates.h"
#include "mail/outbox/TicketReplies.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

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

} // namespace

class TestCliReply : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketDesk> m_desk;
    StaffUser m_sato;
    qint64 m_ticket = 0;
    QTemporaryDir m_files;
    QString m_passwordFile;

    // madoguchi-cli on this test's SQLite file at the test clock: status, stdout, stderr.
    std::tuple<int, QString, QString> runCli(const QStringList &args)
    {
        return Testing::runCliAt(m_t->address().filePath, m_clock->now(), args);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

    int outboxCount()
    {
        return int(m_desk->outbox().entries().valueOr({}).size());
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
        m_clock = std::make_unique<FixedClock>(jst(u"2026-06-10T12:00"_s));
        m_desk = std::make_unique<TicketDesk>(m_t->db(), *m_clock);
        TicketFixtureBuilder build(*m_desk);
        m_sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        QVERIFY(m_sato.id > 0);
        Testing::prepareSendingDesk(*m_desk);
        if (QTest::currentTestFailed())
            return;

        const TicketMessage customer = Testing::invoiceQuestion();
        auto stored = m_desk->mail().addMessage(customer);
        VERIFY_OK(stored);
        m_ticket = stored->ticketId;
    }

    void cleanup()
    {
        m_desk.reset();
        m_t.reset();
    }

    // Queued by the CLI with a template and a signature, sent by `outbox send`, read back.
    void queuedSentAndReadBack_data()
    {
        QTest::addColumn<QString>("charset");
        QTest::addColumn<bool>("all");
        QTest::newRow("utf-8, reply") << u"utf-8"_s << false;
        QTest::newRow("iso-2022-jp, reply all") << u"iso-2022-jp"_s << true;
    }

    void queuedSentAndReadBack()
    {
        QFETCH(QString, charset);
        QFETCH(bool, all);
        ReplyTemplate thanks;
        thanks.name = u"お礼"_s;
        thanks.subject = u"請求書再発行のご案内"_s;
        thanks.body = u"{{customer.name}}様\n\nいつもお世話になっております。\n"_s;
        VERIFY_OK(ReplyTemplates(*m_desk).add(StaffUser::system(), thanks));
        VERIFY_OK(ReplySignatures(*m_desk).setOwn(m_sato, u"--\n佐藤 花子"_s));
        const QString body = writeFile(u"body.txt"_s, u"再発行した請求書を本日お送りしました。\n"_s.toUtf8());
        QStringList args{u"reply"_s, QString::number(m_ticket), u"--body-file"_s, body, u"--template"_s, u"お礼"_s,
                         u"--as"_s, u"sato"_s, u"--charset"_s, charset};
        if (all)
            args.append(u"--all"_s);
        const auto [code, out, err] = runCli(args);
        QVERIFY2(code == 0, qPrintable(err));
        bool isNumber = false;
        const qint64 outboxId = out.trimmed().toLongLong(&isNumber);
        QVERIFY2(isNumber && out.endsWith(u'\n') && err.isEmpty(), qPrintable(out + err));
        auto entry = m_desk->outbox().entry(outboxId);
        VERIFY_OK(entry);
        QVERIFY(entry->has_value());
        QCOMPARE((*entry)->state, OutboxState::Queued);
        QCOMPARE((*entry)->ticketId, m_ticket);
        auto reply = m_desk->tickets().message((*entry)->messageRowId, true);
        VERIFY_OK(reply);
        QCOMPARE((*reply)->authorId, m_sato.id);
        QCOMPARE((*reply)->delivery, ReplyDelivery::Pending);

        const QStringList before = sinkFiles();
        const auto [sendCode, sendOut, sendErr] = runCli({u"outbox"_s, u"send"_s, u"--smtp-password-file"_s,
                                                          m_passwordFile});
        QVERIFY2(sendCode == 0, qPrintable(sendOut + sendErr));
        QVERIFY2(sendOut.contains(u"sent %1 (#%2)"_s.arg(outboxId).arg(m_ticket)), qPrintable(sendOut));
        const QStringList after = sinkFiles();
        QCOMPARE(after.size(), before.size() + 1);
        const QString file = sinkDir() + u'/' + after.last();
        const QByteArray raw = Testing::readFile(file);
        QCOMPARE(raw, (*reply)->rawSource); // what was stored is what was sent

        const QString subject = u"Re: [#%1] 請求書再発行のご案内"_s.arg(m_ticket);
        const QString text = u"山田 太郎様\n\nいつもお世話になっております。\n再発行した請求書を本日お送りしました。\n\n"
                             "--\n佐藤 花子\n\n2026年6月10日(水) 09:30 山田 太郎様 <yamada@example.jp> からのメール:\n"
                             "> 請求書を再発行してください。\n>> 前回の件\n"_s;
        const QString pythonCharset = charset == u"utf-8"_s ? u"utf-8"_s : u"iso-2022-jp"_s;
        const QByteArray encodedWord = charset == u"utf-8"_s ? "=?UTF-8?B?" : "=?ISO-2022-JP?B?";

        // Python's reading.
        const QJsonObject py = pythonParse(file);
        QVERIFY2(!py.isEmpty(), "parse-mail.py failed");
        const QJsonObject headers = py.value(u"headers"_s).toObject();
        QCOMPARE(py.value(u"defects"_s).toArray().size(), 0);
        const QJsonObject addresses = py.value(u"addresses"_s).toObject();
        QCOMPARE(addresses.value(u"From"_s).toArray().toVariantList(),
                 QVariantList{u"株式会社サンプル サポート窓口 <support@desk.example.co.jp>"_s});
        QCOMPARE(addresses.value(u"To"_s).toArray().toVariantList(), QVariantList{u"山田 太郎 <yamada@example.jp>"_s});
        QCOMPARE(addresses.value(u"Cc"_s).toArray().toVariantList(),
                 all ? QVariantList{u"suzuki@example.jp"_s} : QVariantList());
        QVERIFY(headers.value(u"From"_s).toString().endsWith(u" <support@desk.example.co.jp>"_s));
        QCOMPARE(headers.value(u"Subject"_s).toString(), subject);
        QCOMPARE(headers.value(u"Message-ID"_s).toString(), u'<' + (*reply)->messageId + u'>');
        QCOMPARE(headers.value(u"In-Reply-To"_s).toString(), u"<q1@example.jp>"_s);
        QCOMPARE(headers.value(u"References"_s).toString(), u"<q0@example.jp> <q1@example.jp>"_s);
        QCOMPARE(headers.value(u"Date"_s).toString(), u"Wed, 10 Jun 2026 12:00:00 +0900"_s);
        QCOMPARE(py.value(u"content_type"_s).toString(), u"text/plain"_s);
        QCOMPARE(py.value(u"text_charset"_s).toString(), pythonCharset);
        QString pyText = py.value(u"text"_s).toString();
        pyText.replace(u"\r\n"_s, u"\n"_s);
        QCOMPARE(pyText, text);
        const QJsonObject rawHeaders = py.value(u"raw_headers"_s).toObject();
        QVERIFY2(rawHeaders.value(u"Subject"_s).toString().startsWith(u"Re: [#%1] "_s.arg(m_ticket)
                                                                        + QString::fromLatin1(encodedWord)),
                 qPrintable(rawHeaders.value(u"Subject"_s).toString()));
        QVERIFY(rawHeaders.value(u"From"_s).toString().startsWith(QString::fromLatin1(encodedWord)));
        for (const QChar c : QString::fromLatin1(raw))
            QVERIFY2(c.unicode() < 0x80 || charset == u"utf-8"_s, "ISO-2022-JP mail is 7-bit");

        // Ours.
        const MailMessage ours = MimeParser().parse(raw);
        QVERIFY(!ours.unreadable);
        QCOMPARE(ours.subject, subject);
        QCOMPARE(ours.from.name, u"株式会社サンプル サポート窓口"_s);
        QCOMPARE(ours.to.value(0).name, u"山田 太郎"_s);
        QCOMPARE(ours.cc.size(), all ? 1 : 0);
        QCOMPARE(ours.inReplyTo, QByteArray("q1@example.jp"));
        QCOMPARE(ours.references, (QList<QByteArray>{"q0@example.jp", "q1@example.jp"}));
        QString ourText = ours.textBody;
        ourText.replace(u"\r\n"_s, u"\n"_s);
        QCOMPARE(ourText, text);

        // The reply answered once the server accepted it.
        auto obligations = m_desk->tickets().obligations(m_ticket);
        VERIFY_OK(obligations);
        QCOMPARE(obligations->size(), 1);
        QVERIFY(!obligations->at(0).isOpen());
        QCOMPARE(obligations->at(0).closedReason, u"reply"_s);
    }

    // Attachments (issue 12): a Japanese name as RFC 2231 (with continuations) and RFC 2047 in
    // the name parameter, the bytes unchanged, read back by both parsers.
    void attachmentsGoOutByteForByte_data()
    {
        QTest::addColumn<QString>("charset");
        QTest::newRow("utf-8") << u"utf-8"_s;
        QTest::newRow("iso-2022-jp") << u"iso-2022-jp"_s;
    }

    void attachmentsGoOutByteForByte()
    {
        QFETCH(QString, charset);
        QByteArray pdf = "%PDF-1.4\n";
        for (int i = 0; i < 40000; ++i)
            pdf += char((i * 7 + i / 256) % 256); // every byte value, CR and LF and NUL among them
        const QString longName = u"株式会社サンプル御中_請求書再発行のご案内_2026年6月分_最終版.pdf"_s;
        QDir(m_files.path()).mkpath(charset);
        const QString pdfPath = writeFile(charset + u'/' + longName, pdf);
        const QString txtPath = writeFile(charset + u"/readme.txt"_s, "plain text\r\nline 2\n");
        const QString body = writeFile(u"body.txt"_s, u"請求書を添付いたします。\n"_s.toUtf8());
        const auto [code, out, err] = runCli({u"reply"_s, QString::number(m_ticket), u"--body-file"_s, body,
                                              u"--attach"_s, pdfPath, u"--attach"_s, txtPath, u"--charset"_s, charset});
        QVERIFY2(code == 0, qPrintable(err));
        const QStringList before = sinkFiles();
        const auto [sendCode, sendOut, sendErr] = runCli({u"outbox"_s, u"send"_s, u"--smtp-password-file"_s,
                                                          m_passwordFile});
        QVERIFY2(sendCode == 0, qPrintable(sendOut + sendErr));
        const QStringList after = sinkFiles();
        QCOMPARE(after.size(), before.size() + 1);
        const QString file = sinkDir() + u'/' + after.last();
        const QByteArray raw = Testing::readFile(file);
        const QByteArray label = charset == u"utf-8"_s ? "UTF-8" : "ISO-2022-JP";
        QVERIFY2(raw.contains(QByteArray("filename*0*=" + label + "''")), raw.left(3000).constData());
        QVERIFY2(raw.contains(QByteArray("name=\"=?" + label + "?B?")), raw.left(3000).constData());
        for (const QByteArray &line : raw.split('\n')) {
            if (line.contains("name")) // the attachment's header lines fold within 78 characters
                QVERIFY2(line.size() <= 78, line.constData());
        }

        const QJsonObject py = pythonParse(file);
        QVERIFY2(!py.isEmpty(), "parse-mail.py failed");
        QCOMPARE(py.value(u"defects"_s).toArray().size(), 0);
        QCOMPARE(py.value(u"content_type"_s).toString(), u"multipart/mixed"_s);
        QCOMPARE(py.value(u"text"_s).toString().section(u'\n', 0, 0).trimmed(), u"請求書を添付いたします。"_s);
        const QJsonArray files = py.value(u"attachments"_s).toArray();
        QCOMPARE(files.size(), 2);
        const QJsonObject first = files.at(0).toObject();
        QCOMPARE(first.value(u"filename"_s).toString(), longName);
        QCOMPARE(first.value(u"content_type"_s).toString(), u"application/pdf"_s);
        QCOMPARE(first.value(u"size"_s).toInt(), int(pdf.size()));
        QCOMPARE(first.value(u"sha256"_s).toString().toLatin1(),
                 QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        const QJsonObject second = files.at(1).toObject();
        QCOMPARE(second.value(u"filename"_s).toString(), u"readme.txt"_s);
        QCOMPARE(second.value(u"content_type"_s).toString(), u"text/plain"_s);
        QCOMPARE(second.value(u"sha256"_s).toString().toLatin1(),
                 QCryptographicHash::hash("plain text\r\nline 2\n", QCryptographicHash::Sha256).toHex());

        const MailMessage ours = MimeParser().parse(raw);
        QVERIFY(!ours.unreadable);
        QCOMPARE(ours.attachments.size(), 2);
        QCOMPARE(ours.attachments.at(0).originalFileName, longName);
        QCOMPARE(ours.attachments.at(0).data, pdf);
        QCOMPARE(ours.attachments.at(1).originalFileName, u"readme.txt"_s);
        QVERIFY(ours.textBody.startsWith(u"請求書を添付いたします。"_s));
    }

    // Over the administrator's limit: refused with both sizes, nothing queued.
    void attachmentsOverTheLimitAreRefused()
    {
        VERIFY_OK(m_desk->settings().setValue(StaffUser::system(),
                                              QString::fromLatin1(TicketReplies::attachmentLimitSetting), u"1000"_s));
        const QString body = writeFile(u"body.txt"_s, "ok\n");
        const QString big = writeFile(u"big.bin"_s, QByteArray(1001, 'x'));
        const QString small = writeFile(u"small.bin"_s, QByteArray(1000, 'x'));
        const auto [code, out, err] = runCli({u"reply"_s, QString::number(m_ticket), u"--body-file"_s, body,
                                              u"--attach"_s, big});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(u"a reply may carry at most"_s) && err.count(u'\n') == 1, qPrintable(err));
        QCOMPARE(outboxCount(), 0);
        QCOMPARE(std::get<0>(runCli({u"reply"_s, QString::number(m_ticket), u"--body-file"_s, body, u"--attach"_s,
                                     small})),
                 0);
        QCOMPARE(outboxCount(), 1);
    }

    // The send-cancel window (誤送信防止, default 30 s): `outbox send` leaves a reply alone
    // until its window has passed on the program's clock (--now moves it), and the obligation
    // stays open meanwhile.
    void outboxSendWaitsForTheCancelWindow()
    {
        VERIFY_OK(m_desk->settings().setValue(StaffUser::system(),
                                              QString::fromLatin1(TicketReplies::sendCancelSetting), QString()));
        QCOMPARE(TicketReplies(*m_desk).sendCancelSecs().valueOr(-1), TicketReplies::defaultSendCancelSecs);
        const QString body = writeFile(u"body.txt"_s, u"お待たせしました。\n"_s.toUtf8());
        const auto [code, out, err] = runCli({u"reply"_s, QString::number(m_ticket), u"--body-file"_s, body});
        QVERIFY2(code == 0, qPrintable(err));
        const qint64 outboxId = out.trimmed().toLongLong();
        const QStringList before = sinkFiles();
        for (int secs : {0, 29}) {
            m_clock->set(jst(u"2026-06-10T12:00"_s).addSecs(secs));
            const auto [sendCode, sendOut, sendErr] = runCli({u"outbox"_s, u"send"_s, u"--smtp-password-file"_s,
                                                              m_passwordFile});
            QVERIFY2(sendCode == 0 && sendOut.isEmpty(), qPrintable(sendOut + sendErr));
            QCOMPARE(sinkFiles().size(), before.size());
            QVERIFY(m_desk->tickets().obligations(m_ticket)->at(0).isOpen());
            QVERIFY(TicketReplies(*m_desk).withdrawable(m_ticket)->has_value());
        }
        m_clock->set(jst(u"2026-06-10T12:00"_s).addSecs(30));
        QVERIFY(!TicketReplies(*m_desk).withdrawable(m_ticket)->has_value());
        const auto [sendCode, sendOut, sendErr] = runCli({u"outbox"_s, u"send"_s, u"--smtp-password-file"_s,
                                                          m_passwordFile});
        QVERIFY2(sendCode == 0 && sendOut.contains(u"sent %1"_s.arg(outboxId)), qPrintable(sendOut + sendErr));
        QCOMPARE(sinkFiles().size(), before.size() + 1);
        QVERIFY(!m_desk->tickets().obligations(m_ticket)->at(0).isOpen());
    }

    // 取り消し: within the window the reply comes back as it was (names, subject, text,
    // charset, files) and never reaches the server; after the window it cannot be withdrawn.
    void withdrawnWithinTheWindowNeverLeaves()
    {
        VERIFY_OK(m_desk->settings().setValue(StaffUser::system(),
                                              QString::fromLatin1(TicketReplies::sendCancelSetting), u"30"_s));
        TicketReplies replies(*m_desk);
        auto draft = replies.draft(m_ticket, ReplyScope::All);
        VERIFY_OK(draft);
        ReplyDraft d = *draft;
        d.body = u"確認いたします。\n"_s + d.body;
        d.charset = OutgoingCharset::Iso2022Jp;
        d.attachments = {{u"見積書.pdf"_s, "application/pdf", QByteArray("%PDF-1.4\n\x00\xff", 11)}};
        auto queued = replies.queue(m_sato, d);
        VERIFY_OK(queued);
        m_clock->advanceSecs(20);
        auto entry = replies.withdrawable(m_ticket);
        VERIFY_OK(entry);
        QVERIFY(entry->has_value());
        QCOMPARE((*entry)->id, queued->outboxId);
        auto back = replies.withdraw(m_sato, queued->outboxId);
        VERIFY_OK(back);
        QCOMPARE(back->ticketId, m_ticket);
        QCOMPARE(back->to, d.to);
        QCOMPARE(back->cc, d.cc);
        QCOMPARE(back->subject, d.subject);
        QCOMPARE(back->body, d.body);
        QCOMPARE(back->charset, OutgoingCharset::Iso2022Jp);
        QCOMPARE(back->attachments.size(), 1);
        QCOMPARE(back->attachments.at(0).fileName, u"見積書.pdf"_s);
        QCOMPARE(back->attachments.at(0).data, d.attachments.at(0).data);
        QCOMPARE(back->answeringRowId, d.answeringRowId);
        QCOMPARE(m_desk->tickets().message(queued->messageRowId)->value().delivery, ReplyDelivery::Discarded);
        QVERIFY(m_desk->tickets().obligations(m_ticket)->at(0).isOpen());
        const QStringList before = sinkFiles();
        m_clock->advanceSecs(60);
        const auto [sendCode, sendOut, sendErr] = runCli({u"outbox"_s, u"send"_s, u"--smtp-password-file"_s,
                                                          m_passwordFile});
        QVERIFY2(sendCode == 0 && sendOut.isEmpty(), qPrintable(sendOut + sendErr));
        QCOMPARE(sinkFiles().size(), before.size());

        // Queued again and left alone: past its window it is no longer the writer's to take back.
        auto again = replies.queue(m_sato, *back);
        VERIFY_OK(again);
        m_clock->advanceSecs(30);
        auto late = replies.withdraw(m_sato, again->outboxId);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, u"input"_s);
        QCOMPARE(m_desk->outbox().entry(again->outboxId)->value().state, OutboxState::Queued);
    }

    // Bcc (issue 12): the server is asked to deliver to the Bcc addresses (RCPT TO), but they
    // are nowhere in what it received, for any recipient to see; 取り消し brings them back.
    void bccGoesToTheEnvelopeOnly()
    {
        TicketReplies replies(*m_desk);
        auto draft = replies.draft(m_ticket, ReplyScope::Sender, m_sato.id);
        VERIFY_OK(draft);
        ReplyDraft d = *draft;
        d.body = u"承知しました。\n"_s + d.body;
        d.bcc = *OutgoingMail::parseAddresses(u"上司 太郎 <boss@desk.example.co.jp>, audit@partner.example.com"_s);
        auto queued = replies.queue(m_sato, d);
        VERIFY_OK(queued);
        auto stored = m_desk->tickets().message(queued->messageRowId, true);
        VERIFY_OK(stored);
        QCOMPARE((*stored)->bcc, (QStringList{u"boss@desk.example.co.jp"_s, u"audit@partner.example.com"_s}));
        const QStringList before = sinkFiles();
        const auto [code, out, err] = runCli({u"outbox"_s, u"send"_s, u"--smtp-password-file"_s, m_passwordFile});
        QVERIFY2(code == 0, qPrintable(out + err));
        const QStringList after = sinkFiles();
        QCOMPARE(after.size(), before.size() + 1);
        const QString file = sinkDir() + u'/' + after.last();
        const QJsonObject envelope = QJsonDocument::fromJson(readFile(file.chopped(4) + u".json"_s)).object();
        QCOMPARE(envelope.value(u"rcpt_tos"_s).toArray().toVariantList(),
                 (QVariantList{u"yamada@example.jp"_s, u"boss@desk.example.co.jp"_s, u"audit@partner.example.com"_s}));
        const QByteArray raw = readFile(file);
        QCOMPARE(raw, (*stored)->rawSource);
        QVERIFY(!raw.toLower().contains("bcc"));
        QVERIFY(!raw.contains("boss@") && !raw.contains("audit@"));
        const QJsonObject py = pythonParse(file);
        QVERIFY(!py.value(u"raw_headers"_s).toObject().contains(u"Bcc"_s));
        QCOMPARE(py.value(u"addresses"_s).toObject().value(u"To"_s).toArray().toVariantList(),
                 QVariantList{u"山田 太郎 <yamada@example.jp>"_s});

        VERIFY_OK(m_desk->settings().setValue(StaffUser::system(),
                                              QString::fromLatin1(TicketReplies::sendCancelSetting), u"30"_s));
        auto again = replies.queue(m_sato, d);
        VERIFY_OK(again);
        auto back = replies.withdraw(m_sato, again->outboxId);
        VERIFY_OK(back);
        QCOMPARE(MailAddress::addressesOf(back->bcc), (*stored)->bcc);
    }

    // 二重返信防止 on the command line, as the editor: while a reply to the ticket waits to be
    // sent, a second one is refused (one line naming it) unless --force; once the first has
    // gone, a new reply needs nothing.
    void secondReplyNeedsForce()
    {
        const QString body = writeFile(u"body.txt"_s, u"承知しました。\n"_s.toUtf8());
        const QStringList reply{u"reply"_s, QString::number(m_ticket), u"--body-file"_s, body, u"--as"_s, u"sato"_s};
        const auto [code, out, err] = runCli(reply);
        QVERIFY2(code == 0, qPrintable(err));
        const QString first = out.trimmed();
        const auto [again, againOut, againErr] = runCli(reply);
        QCOMPARE(again, 2);
        QVERIFY(againOut.isEmpty());
        QCOMPARE(againErr, u"madoguchi-cli: reply: another reply to ticket #%1 is waiting to be sent (outbox %2, by 佐藤); "
                           "--force queues this one too\n"_s.arg(m_ticket).arg(first));
        QCOMPARE(outboxCount(), 1);
        const auto [forced, forcedOut, forcedErr] = runCli(reply + QStringList{u"--force"_s});
        QVERIFY2(forced == 0 && forcedErr.isEmpty(), qPrintable(forcedErr));
        QCOMPARE(outboxCount(), 2);
        const auto [sent, sentOut, sentErr] = runCli({u"outbox"_s, u"send"_s, u"--smtp-password-file"_s, m_passwordFile});
        QVERIFY2(sent == 0, qPrintable(sentOut + sentErr));
        const auto [after, afterOut, afterErr] = runCli(reply);
        QVERIFY2(after == 0, qPrintable(afterErr));
        QCOMPARE(outboxCount(), 3);
    }

    // Bad input: one line on stderr, status 2, nothing queued.
    void badInputIsOneLineAndNothingQueued_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no such ticket") << QStringList{u"reply"_s, u"999"_s, u"--body-file"_s, u"@body"_s}
                                        << u"#999 does not exist"_s;
        QTest::newRow("not a number") << QStringList{u"reply"_s, u"abc"_s, u"--body-file"_s, u"@body"_s}
                                      << u"not a ticket number"_s;
        QTest::newRow("no body file") << QStringList{u"reply"_s, u"@ticket"_s} << u"--body-file FILE is needed"_s;
        QTest::newRow("unreadable file") << QStringList{u"reply"_s, u"@ticket"_s, u"--body-file"_s, u"@missing"_s}
                                         << u"cannot read"_s;
        QTest::newRow("not utf-8") << QStringList{u"reply"_s, u"@ticket"_s, u"--body-file"_s, u"@sjis"_s}
                                   << u"is not UTF-8 text"_s;
        QTest::newRow("empty body") << QStringList{u"reply"_s, u"@ticket"_s, u"--body-file"_s, u"@empty"_s}
                                    << u"no text of its own"_s;
        QTest::newRow("unknown template")
            << QStringList{u"reply"_s, u"@ticket"_s, u"--body-file"_s, u"@body"_s, u"--template"_s, u"なし"_s}
            << u"no template 「なし」"_s;
        QTest::newRow("unknown login") << QStringList{u"reply"_s, u"@ticket"_s, u"--body-file"_s, u"@body"_s,
                                                      u"--as"_s, u"nobody"_s}
                                       << u"no staff member with the login \"nobody\""_s;
        QTest::newRow("unknown charset") << QStringList{u"reply"_s, u"@ticket"_s, u"--body-file"_s, u"@body"_s,
                                                        u"--charset"_s, u"shift_jis"_s}
                                         << u"--charset is utf-8 or iso-2022-jp"_s;
        QTest::newRow("iso-2022-jp cannot carry it")
            << QStringList{u"reply"_s, u"@ticket"_s, u"--body-file"_s, u"@emoji"_s, u"--charset"_s, u"iso-2022-jp"_s}
            << u"ISO-2022-JP"_s;
        QTest::newRow("unknown option") << QStringList{u"reply"_s, u"@ticket"_s, u"--frob"_s} << u"frob"_s;
        QTest::newRow("missing attachment") << QStringList{u"reply"_s, u"@ticket"_s, u"--body-file"_s, u"@body"_s,
                                                           u"--attach"_s, u"@missing"_s}
                                            << u"Cannot read"_s;
        QTest::newRow("attachment is a folder") << QStringList{u"reply"_s, u"@ticket"_s, u"--body-file"_s, u"@body"_s,
                                                               u"--attach"_s, u"@folder"_s}
                                                << u"it is a folder"_s;
    }

    void badInputIsOneLineAndNothingQueued()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const QHash<QString, QString> values{
            {u"@ticket"_s, QString::number(m_ticket)},
            {u"@body"_s, writeFile(u"ok.txt"_s, "ok\n")},
            {u"@missing"_s, m_files.filePath(u"missing.txt"_s)},
            {u"@folder"_s, m_files.path()},
            {u"@sjis"_s, writeFile(u"sjis.txt"_s, "\x82\xa0\x82\xa2\n")},
            {u"@empty"_s, writeFile(u"empty.txt"_s, "\n\n")},
            {u"@emoji"_s, writeFile(u"emoji.txt"_s, u"ありがとうございます😀\n"_s.toUtf8())},
        };
        for (QString &arg : args)
            arg = values.value(arg, arg);
        const int queuedBefore = outboxCount();
        const auto [code, out, err] = runCli(args);
        QCOMPARE(code, 2);
        QVERIFY2(out.isEmpty(), qPrintable(out));
        QVERIFY2(err.startsWith(u"madoguchi-cli: "_s) && err.count(u'\n') == 1 && err.contains(says), qPrintable(err));
        QCOMPARE(outboxCount(), queuedBefore);
    }
};

QTEST_GUILESS_MAIN(TestCliReply)
#include "tst_clireply.moc"
