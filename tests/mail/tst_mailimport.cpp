#include "../common/TestDatabase.h"
#include "core/Clock.h"
#include "mail/MailIngestor.h"
#include "mail/import/MailImport.h"
#include "calendar/ResponseDeadline.h"
#include "store/StoredBytes.h"
#include "store/TransactionGuard.h"
#include "tickets/StoredText.h"
#include "tickets/KeywordUrgency.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"
#include "core/Jst.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

// The whole path from files on disk to tickets: counts line, idempotence, threading and
// the promise (obligations answered, reopened by a bounce), receipt times, unreadable mail.
class TestMailImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusImportsOnceWithCounts();
    void conversationInMbox();
    void receiptTimes_data();
    void receiptTimes();
    void ingestInsideCallersTransaction();
    void freeMailFormsNoOrganisation();
    void cliCountsLine();
    void oversizedTextsDoNotBlockTheBatch();
    void refusedMailKeptRawAndFlagged();
    void crOnlyFilesKeptWhole();
    void hundredThousandReferences();
    void keywordRulesAtIntake_data();
    void keywordRulesAtIntake();
    void cliImportAppliesKeywordRules();
    void changedRulesApplyToTheNextMail();
};

namespace {

DeskAddresses deskAddresses()
{
    DeskAddresses addresses;
    addresses.supportAddresses = { u"support@desk.example.co.jp"_s };
    addresses.staffAddresses = { u"sato@desk.example.co.jp"_s };
    return addresses;
}

QString corpusDir()
{
    return QStringLiteral(MADOGUCHI_TEST_DATA) + u"/mail"_s;
}

int expectedRows(const QString &column6Kind, const QString &flag = {})
{
    QFile table(corpusDir() + u"/expected.tsv"_s);
    if (!table.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    int count = 0;
    while (!table.atEnd()) {
        const QStringList c = QString::fromUtf8(table.readLine()).chopped(1).split(u'\t');
        if (c.size() != 8 || c[0].startsWith(u'#'))
            continue;
        if ((!column6Kind.isEmpty() && c[6] == column6Kind) || (!flag.isEmpty() && c[7].split(u',').contains(flag)))
            ++count;
    }
    return count;
}

const QDateTime kNow = QDateTime(QDate(2025, 6, 20), QTime(3, 0), Qt::UTC);

// A fresh store with the desk and the ingestor wired as the program does.
struct Fixture
{
    TestDatabase store;
    FixedClock clock { kNow };
    TicketDesk desk { store.db(), clock };
    MailIngestor ingestor { desk, deskAddresses() };
};

// Two ordinary mails around a problem one.
const QByteArray kGoodFirst = "From: a@acme.co.jp\r\nSubject: first\r\nMessage-ID: <good-1@acme>\r\n\r\nfirst\r\n";
const QByteArray kGoodLast = "From: d@acme.co.jp\r\nSubject: last\r\nMessage-ID: <good-2@acme>\r\n\r\nlast\r\n";

// Text a btree cannot compress: PostgreSQL refuses index rows over 2,704 bytes.
QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray text;
    quint32 x = seed;
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    while (text.size() < size) {
        x = x * 1103515245u + 12345u;
        text.append(letters[(x >> 16) % 36]);
    }
    return text;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A second import of the same folder stores nothing: every mail is a real duplicate.
void verifyAllDuplicates(MailImport &import, const QString &folder, int count)
{
    auto again = import.run({ folder });
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE(again->messages, 0);
    QCOMPARE(again->duplicates, count);
}

// A customer's mail with a UTF-8 subject (RFC 2047) and body.
QByteArray customerMail(const QByteArray &messageId, const QString &subject, const QString &body,
                        const QByteArray &inReplyTo = {})
{
    QByteArray raw = "From: Yamada <yamada@acme.co.jp>\r\nTo: support@desk.example.co.jp\r\nMessage-ID: <" + messageId
        + ">\r\nSubject: =?UTF-8?B?" + subject.toUtf8().toBase64() + "?=\r\n";
    if (!inReplyTo.isEmpty())
        raw += "In-Reply-To: <" + inReplyTo + ">\r\n";
    return raw + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                 "Content-Transfer-Encoding: 8bit\r\n\r\n" + body.toUtf8() + "\r\n";
}

QByteArray mboxMessage(const QByteArray &fromLine, const QByteArray &headers, const QByteArray &body)
{
    return "From " + fromLine + "\n" + headers + "\n\n" + body + "\n\n";
}

} // namespace

void TestMailImport::corpusImportsOnceWithCounts()
{
    Fixture f;
    QVERIFY(f.store.isValid());
    TestDatabase &store = f.store;
    MailIngestor &ingestor = f.ingestor;
    MailImport import(ingestor, 7);

    qsizetype lastDone = 0;
    qsizetype lastTotal = 0;
    auto first = import.run({ corpusDir() }, [&](qsizetype done, qsizetype total) {
        QCOMPARE(done, lastDone + 1);
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    const int files = int(QDir(corpusDir()).entryList({ u"*.eml"_s }, QDir::Files).size());
    QCOMPARE(lastTotal, qsizetype(files));
    QCOMPARE(first->messages, files);
    QCOMPARE(first->duplicates, 0);
    QCOMPARE(first->bounces, expectedRows(u"bounce"_s));
    QCOMPARE(first->autoReplies, expectedRows(u"auto-reply"_s));
    QCOMPARE(first->unreadable, expectedRows({}, u"unreadable"_s));
    QVERIFY(first->newTickets > 0 && first->newTickets <= first->tickets && first->tickets <= first->messages);

    auto second = import.run({ corpusDir() });
    QVERIFY(second.ok());
    QCOMPARE(second->line(), u"imported 0 messages into 0 tickets (0 new), 0 auto-replies, 0 bounces, 0 unreadable"_s);
    QCOMPARE(second->duplicates, files);

    // The unreadable mail is a ticket, flagged, with its raw source kept.
    auto search
        = store.db().scalar(u"find unreadable"_s, u"SELECT COUNT(*) FROM ticket_tags WHERE tag = 'unreadable-mail'"_s);
    QVERIFY(search.ok());
    QCOMPARE(search->toInt(), expectedRows({}, u"unreadable"_s));
}

void TestMailImport::conversationInMbox()
{
    Fixture f;
    QVERIFY(f.store.isValid());
    TicketDesk &desk = f.desk;
    MailIngestor &ingestor = f.ingestor;

    QTemporaryDir dir;
    const QString mbox = dir.filePath(u"support.mbox"_s);
    QFile file(mbox);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Tue 10 Jun 2025 10:00 JST customer; 11:00 JST support answers; Wed the customer asks
    // again with the tag; an out-of-office arrives; then the answer to the second mail bounces.
    file.write(
        mboxMessage("yamada@acme.co.jp Tue Jun 10 01:00:00 2025",
                    "From: Yamada <yamada@acme.co.jp>\nSubject: =?UTF-8?B?6KuL5rGC5pu4?=\nMessage-ID: <c1@acme>\n"
                    "Date: Tue, 10 Jun 2025 10:00:00 +0900",
                    "請求書を送ってください。"));
    file.write(mboxMessage("support@desk.example.co.jp Tue Jun 10 02:00:00 2025",
                           "From: support@desk.example.co.jp\nTo: yamada@acme.co.jp\nSubject: Re: [#1] x\n"
                           "Message-ID: <s1@desk>\nIn-Reply-To: <c1@acme>",
                           "お送りします。\n>From the archive"));
    file.write(mboxMessage(
        "yamada@acme.co.jp Wed Jun 11 01:00:00 2025",
        "From: Yamada <yamada@acme.co.jp>\nSubject: =?UTF-8?B?6L+U5L+hOiBbIzFdIHg=?=\nMessage-ID: <c2@acme>",
        "届いていません。"));
    file.write(mboxMessage("yamada@acme.co.jp Wed Jun 11 01:05:00 2025",
                           "From: yamada@acme.co.jp\nSubject: Out of Office: Re: [#1] x\nMessage-ID: <o1@acme>\n"
                           "Auto-Submitted: auto-replied",
                           "不在です。"));
    file.write(mboxMessage("support@desk.example.co.jp Wed Jun 11 02:00:00 2025",
                           "From: support@desk.example.co.jp\nTo: yamada@acme.co.jp\nSubject: Re: [#1] x\n"
                           "Message-ID: <s2@desk>\nIn-Reply-To: <c2@acme>",
                           "再送します。"));
    file.write(
        mboxMessage("MAILER-DAEMON Wed Jun 11 02:01:00 2025",
                    "From: MAILER-DAEMON@mx.acme.co.jp\nSubject: Undelivered Mail Returned to Sender\n"
                    "Message-ID: <d1@mx>\nMIME-Version: 1.0\n"
                    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"",
                    "--b\nContent-Type: text/plain\n\nMailbox full\n--b\nContent-Type: message/delivery-status\n\n"
                    "Final-Recipient: rfc822; yamada@acme.co.jp\nAction: failed\nStatus: 5.2.2\n\n--b\n"
                    "Content-Type: text/rfc822-headers\n\nMessage-ID: <s2@desk>\nSubject: Re: [#1] x\n--b--"));
    file.close();

    auto summary = MailImport(ingestor).run({ mbox });
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->line(), u"imported 6 messages into 1 tickets (1 new), 1 auto-replies, 1 bounces, 0 unreadable"_s);

    auto ticket = desk.tickets().findByNumber(1);
    QVERIFY(ticket.ok() && ticket->has_value());
    QVERIFY((*ticket)->replyUndelivered);
    auto messages = desk.tickets().messages(1, true);
    QVERIFY(messages.ok());
    QCOMPARE(messages->size(), 6);
    QStringList kinds;
    for (const TicketMessage &m : *messages)
        kinds.append(messageKindKey(m.kind));
    QCOMPARE(kinds,
             (QStringList { u"customer"_s, u"reply"_s, u"customer"_s, u"auto-reply"_s, u"reply"_s, u"bounce"_s }));
    QVERIFY(messages->at(1).bodyText.contains(u"From the archive"_s));
    QVERIFY(messages->at(4).undelivered());
    QCOMPARE(messages->at(0).received, QDateTime(QDate(2025, 6, 10), QTime(1, 0), Qt::UTC));
    QVERIFY(!messages->at(0).receivedClaimed);

    // The second customer mail is open again because its answer bounced; the first is answered.
    auto obligations = desk.tickets().obligations(1);
    QVERIFY(obligations.ok());
    QCOMPARE(obligations->size(), 2);
    int open = 0;
    for (const Obligation &o : *obligations)
        open += o.isOpen() ? 1 : 0;
    QCOMPARE(open, 1);

    auto again = MailImport(ingestor).run({ mbox });
    QVERIFY(again.ok());
    QCOMPARE(again->messages, 0);
    QCOMPARE(again->duplicates, 6);
}

void TestMailImport::receiptTimes_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QDateTime>("given");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<bool>("claimed");
    const QDateTime internal(QDate(2025, 6, 10), QTime(5, 0), Qt::UTC);
    const QByteArray dated = "From: a@acme.co.jp\r\nSubject: x\r\nDate: Tue, 10 Jun 2025 10:15:00 +0900\r\n\r\nx\r\n";
    QTest::newRow("internal date wins") << dated << internal << internal << false;
    QTest::newRow("date header, claimed")
        << dated << QDateTime() << QDateTime(QDate(2025, 6, 10), QTime(1, 15), Qt::UTC) << true;
    QTest::newRow("no date at all: now, claimed")
        << QByteArray("From: a@acme.co.jp\r\nSubject: y\r\n\r\ny\r\n") << QDateTime() << kNow << true;
}

void TestMailImport::receiptTimes()
{
    QFETCH(QByteArray, raw);
    QFETCH(QDateTime, given);
    QFETCH(QDateTime, expected);
    QFETCH(bool, claimed);
    Fixture f;
    QVERIFY(f.store.isValid());
    TicketDesk &desk = f.desk;
    MailIngestor &ingestor = f.ingestor;
    auto result
        = ingestor.ingest(raw, given.isValid() ? std::optional<QDateTime>(given) : std::nullopt, MailOrigin::Imap);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->receivedClaimed, claimed);
    auto message = desk.tickets().message(result->messageRowId);
    QVERIFY(message.ok() && message->has_value());
    QCOMPARE((*message)->received, expected);
    QCOMPARE((*message)->receivedClaimed, claimed);
}

void TestMailImport::ingestInsideCallersTransaction()
{
    Fixture f;
    QVERIFY(f.store.isValid());
    TestDatabase &store = f.store;
    TicketDesk &desk = f.desk;
    MailIngestor &ingestor = f.ingestor;
    const QByteArray raw = "From: a@acme.co.jp\r\nSubject: x\r\nMessage-ID: <t1@acme>\r\n\r\nx\r\n";
    {
        // The IMAP sync's shape: messages and the UID watermark in one transaction. Rolled back here.
        TransactionGuard transaction(store.db());
        QVERIFY(transaction.ok());
        auto first = ingestor.ingest(raw, kNow, MailOrigin::Imap);
        QVERIFY(first.ok());
        QVERIFY(first->newTicket);
        QVERIFY(desk.mail().setSyncState(u"acct"_s, u"INBOX"_s, 7, 42).ok());
    }
    auto state = desk.mail().syncState(u"acct"_s, u"INBOX"_s);
    QVERIFY(state.ok());
    QVERIFY(!state->has_value());
    auto again = ingestor.ingest(raw, kNow, MailOrigin::Imap);
    QVERIFY(again.ok());
    QVERIFY(!again->duplicate); // the rolled-back copy never existed
    auto third = ingestor.ingest(raw, kNow, MailOrigin::Imap);
    QVERIFY(third.ok());
    QVERIFY(third->duplicate);
}

void TestMailImport::freeMailFormsNoOrganisation()
{
    Fixture f;
    QVERIFY(f.store.isValid());
    TestDatabase &store = f.store;
    MailIngestor &ingestor = f.ingestor;
    QVERIFY(
        ingestor
            .ingest("From: a@gmail.com\r\nSubject: x\r\nMessage-ID: <g1@gmail>\r\n\r\nx\r\n", kNow, MailOrigin::Imap)
            .ok());
    QVERIFY(
        ingestor
            .ingest("From: b@acme.co.jp\r\nSubject: y\r\nMessage-ID: <a1@acme>\r\n\r\ny\r\n", kNow, MailOrigin::Imap)
            .ok());
    auto domains = store.db().exec(u"organisations"_s, u"SELECT domain FROM organisations ORDER BY domain"_s);
    QVERIFY(domains.ok());
    QSqlQuery query = std::move(domains).value();
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    QCOMPARE(names, QStringList { u"acme.co.jp"_s });
}

void TestMailImport::cliCountsLine()
{
    if (Testing::usingPostgres())
        QSKIP("the CLI run uses its own SQLite file; covered on the SQLite run");
    QTemporaryDir dir;
    const QString database = dir.filePath(u"cli.sqlite"_s);
    auto run = [&]() {
        QProcess cli;
        cli.start(QStringLiteral(MADOGUCHI_CLI),
                  { u"--database"_s, database, u"--now"_s, u"2025-06-20T12:00:00+09:00"_s, u"import"_s,
                    u"--support-address"_s, u"support@desk.example.co.jp"_s, corpusDir() });
        cli.waitForFinished(120000);
        return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()));
    };
    const auto [firstCode, firstOut] = run();
    QCOMPARE(firstCode, 0);
    static const QRegularExpression line(
        u"^imported (\\d+) messages into (\\d+) tickets \\((\\d+) new\\), (\\d+) auto-replies, (\\d+) bounces, (\\d+) unreadable\\n$"_s);
    const auto match = line.match(firstOut);
    QVERIFY2(match.hasMatch(), qPrintable(firstOut));
    QCOMPARE(match.captured(1).toInt(), int(QDir(corpusDir()).entryList({ u"*.eml"_s }, QDir::Files).size()));
    QCOMPARE(match.captured(5).toInt(), expectedRows(u"bounce"_s));
    const auto [secondCode, secondOut] = run();
    QCOMPARE(secondCode, 0);
    QCOMPARE(secondOut, u"imported 0 messages into 0 tickets (0 new), 0 auto-replies, 0 bounces, 0 unreadable\n"_s);
}

// Issue 17.1: a 4,000-character subject, a 4,000-character Message-ID and a 100 KB sender
// address stopped the whole import batch on PostgreSQL (btree index rows), the good mail
// beside them included. Every stored text is bounded or in an index that cannot refuse it.
void TestMailImport::oversizedTextsDoNotBlockTheBatch()
{
    Fixture f;
    QVERIFY(f.store.isValid());
    QTemporaryDir dir;
    const QByteArray longSubject = noise(4000, 1);
    const QByteArray longId = noise(4000, 2) + "@acme.co.jp";
    const QByteArray longAddress = noise(100000, 3) + "@acme.co.jp";
    QVERIFY(writeFile(dir.filePath(u"1-good.eml"_s), kGoodFirst));
    QVERIFY(writeFile(dir.filePath(u"2-subject.eml"_s), "From: b@acme.co.jp\r\nSubject: " + longSubject
                                                            + "\r\nMessage-ID: <long-subject@acme>\r\n\r\nx\r\n"));
    QVERIFY(writeFile(dir.filePath(u"3-id.eml"_s),
                      "From: c@acme.co.jp\r\nSubject: long id\r\nMessage-ID: <" + longId + ">\r\n\r\ny\r\n"));
    QVERIFY(writeFile(dir.filePath(u"4-from.eml"_s), "From: " + longAddress
                                                         + "\r\nSubject: long from\r\nMessage-ID: <long-from@acme>\r\n\r\nz\r\n"));
    QVERIFY(writeFile(dir.filePath(u"5-reply.eml"_s), "From: c@acme.co.jp\r\nSubject: Re: long id\r\nMessage-ID: "
                                                          "<reply@acme>\r\nIn-Reply-To: <" + longId + ">\r\n\r\nr\r\n"));
    QVERIFY(writeFile(dir.filePath(u"6-good.eml"_s), kGoodLast));

    MailImport import(f.ingestor, 100);
    auto first = import.run({ dir.path() });
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QCOMPARE(first->messages, 6);
    QCOMPARE(first->tickets, 5); // the reply found the long Message-ID
    QCOMPARE(first->unreadable, 0);

    Database &db = f.store.db();
    auto subjects = db.exec(u"subjects"_s, u"SELECT m.subject, t.subject FROM messages m JOIN tickets t ON "
                                           "t.id = m.ticket_id WHERE m.message_id = 'long-subject@acme'"_s);
    QVERIFY(subjects.ok());
    QVERIFY(subjects.value().next());
    QCOMPARE(subjects->value(0).toString(), QString::fromLatin1(longSubject)); // the message keeps it all
    QCOMPARE(subjects->value(1).toString().size(), StoredText::kTicketSubjectChars);
    QVERIFY(subjects->value(1).toString().endsWith(QChar(0x2026)));
    subjects.value().finish();

    auto sender = db.exec(u"sender"_s, u"SELECT from_address, body_text, raw_source, raw_codec FROM messages "
                                       "WHERE message_id = 'long-from@acme'"_s);
    QVERIFY(sender.ok());
    QVERIFY(sender.value().next());
    QCOMPARE(sender->value(0).toString(), QString());
    QVERIFY(sender->value(1).toString().contains(u"254"_s));
    const auto source = StoredBytes::unpack(sender->value(2).toByteArray(), sender->value(3).toString());
    QVERIFY(source.ok() && source->contains(longAddress));
    sender.value().finish();

    verifyAllDuplicates(import, dir.path(), 6);
}

// Issue 17.1: whatever the store refuses (here a trigger, on either backend) is kept as its
// raw source in a ticket of its own, flagged with the reason; the mail after it is stored.
void TestMailImport::refusedMailKeptRawAndFlagged()
{
    Fixture f;
    QVERIFY(f.store.isValid());
    Database &db = f.store.db();
    const QStringList trigger = db.dialect().isPostgres()
        ? QStringList { u"CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        "IF NEW.from_address = 'poison@acme.co.jp' THEN RAISE EXCEPTION 'poison refused'; END IF; "
                        "RETURN NEW; END $$"_s,
                        u"CREATE TRIGGER refuse_poison BEFORE INSERT ON messages FOR EACH ROW "
                        "EXECUTE FUNCTION refuse_poison()"_s }
        : QStringList { u"CREATE TRIGGER refuse_poison BEFORE INSERT ON messages "
                        "WHEN NEW.from_address = 'poison@acme.co.jp' BEGIN SELECT RAISE(ABORT, 'poison refused'); END"_s };
    for (const QString &statement : trigger)
        QVERIFY(db.exec(u"trigger"_s, statement).ok());

    QTemporaryDir dir;
    const QByteArray poison
        = "From: Poison <poison@acme.co.jp>\r\nSubject: refused\r\nMessage-ID: <poison@acme>\r\n\r\nbad\r\n";
    QVERIFY(writeFile(dir.filePath(u"1.eml"_s), kGoodFirst));
    QVERIFY(writeFile(dir.filePath(u"2.eml"_s), poison));
    QVERIFY(writeFile(dir.filePath(u"3.eml"_s), kGoodLast));
    MailImport import(f.ingestor, 100);
    auto first = import.run({ dir.path() });
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QCOMPARE(first->messages, 3);
    QCOMPARE(first->unreadable, 1);

    auto kept = db.exec(u"kept"_s, u"SELECT m.raw_source, m.body_text, m.subject, "
                                   "(SELECT COUNT(*) FROM ticket_tags g WHERE g.ticket_id = m.ticket_id "
                                   "AND g.tag = 'unreadable-mail') FROM messages m WHERE m.message_id = 'poison@acme'"_s);
    QVERIFY(kept.ok());
    QVERIFY(kept.value().next());
    QCOMPARE(kept->value(0).toByteArray(), poison);
    QVERIFY2(kept->value(1).toString().contains(u"poison refused"_s), qPrintable(kept->value(1).toString()));
    QCOMPARE(kept->value(2).toString(), u"refused"_s);
    QCOMPARE(kept->value(3).toInt(), 1);
    kept.value().finish();
    auto last = db.scalar(u"last"_s, u"SELECT COUNT(*) FROM messages WHERE message_id = 'good-2@acme'"_s);
    QVERIFY(last.ok());
    QCOMPARE(last->toInt(), 1);

    verifyAllDuplicates(import, dir.path(), 3);
}

// Issue 17.9: a file with CR-only line ends that starts with "From " was read as an mbox of
// one empty message (no raw source), and a second such file counted as its duplicate.
void TestMailImport::crOnlyFilesKeptWhole()
{
    Fixture f;
    QVERIFY(f.store.isValid());
    QTemporaryDir dir;
    const QByteArray one = "From yamada@acme.co.jp Tue Jun 10 01:15:00 2025\rFrom: yamada@acme.co.jp\rSubject: first "
                           "mac mail\rMessage-ID: <mac-1@acme>\r\rThe first one.\r";
    const QByteArray two = "From suzuki@beta.co.jp Tue Jun 10 02:15:00 2025\rFrom: suzuki@beta.co.jp\rSubject: second "
                           "mac mail\r\rThe second one.\r";
    QVERIFY(writeFile(dir.filePath(u"one.eml"_s), one));
    QVERIFY(writeFile(dir.filePath(u"two.eml"_s), two));
    MailImport import(f.ingestor, 100);
    auto first = import.run({ dir.path() });
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QCOMPARE(first->messages, 2);
    QCOMPARE(first->duplicates, 0);
    QCOMPARE(first->unreadable, 0);

    auto stored = f.store.db().exec(u"stored"_s, u"SELECT raw_source, subject, body_text FROM messages ORDER BY id"_s);
    QVERIFY(stored.ok());
    QVERIFY(stored.value().next());
    QCOMPARE(stored->value(0).toByteArray(), one);
    QCOMPARE(stored->value(1).toString(), u"first mac mail"_s);
    QVERIFY2(stored->value(2).toString().contains(u"The first one."_s), qPrintable(stored->value(2).toString()));
    QVERIFY(stored.value().next());
    QCOMPARE(stored->value(0).toByteArray(), two);
    QCOMPARE(stored->value(1).toString(), u"second mac mail"_s);
    stored.value().finish();

    verifyAllDuplicates(import, dir.path(), 2);
}

// Issue 17.6: one mail with 100,000 References took 92 s (SQLite; PostgreSQL refused the
// 100,000 parameters outright) and stalled the sync. It threads onto its root in moments now.
void TestMailImport::hundredThousandReferences()
{
#if defined(__SANITIZE_ADDRESS__)
#define MADOGUCHI_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MADOGUCHI_ASAN 1
#endif
#endif
#ifdef MADOGUCHI_ASAN
    // GMime grows its buffer for this 3.7 MB header line by line, and under ASan every
    // realloc copies: 90 s here against milliseconds in the normal build, where it runs.
    QSKIP("a 3.7 MB header is a speed test; it runs in the normal build");
#endif
    Fixture f;
    QVERIFY(f.store.isValid());
    auto root = f.ingestor.ingest("From: a@acme.co.jp\r\nSubject: root\r\nMessage-ID: <root@acme>\r\n\r\nx\r\n", kNow,
                                  MailOrigin::Imap);
    QVERIFY(root.ok());
    QByteArray raw = "From: b@acme.co.jp\r\nSubject: Re: root\r\nMessage-ID: <long-chain@acme>\r\nReferences: <root@acme>";
    for (int i = 0; i < 100000; ++i)
        raw += "\r\n <chain-" + QByteArray::number(i) + "@acme.example.com>";
    raw += "\r\n\r\nreply\r\n";
    QElapsedTimer timer;
    timer.start();
    auto reply = f.ingestor.ingest(raw, kNow, MailOrigin::Imap);
    QVERIFY2(reply.ok(), reply.ok() ? "" : qPrintable(reply.error().message));
    // No time limit here (a timed assertion failed at 5.4 s on a machine at load 20, issue 19):
    // PostgreSQL refuses the mail outright without the fix, and tst_mailthreading's
    // longReferenceChainReadAtBothEnds pins the bounded lookup. The figure is only printed.
    qInfo("100,000 References ingested in %lld ms", qint64(timer.elapsed()));
    QCOMPARE(reply->ticketId, root->ticketId);
}

void TestMailImport::keywordRulesAtIntake_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<bool>("staffSetsNormal");
    QTest::addColumn<QByteArray>("followUp");
    QTest::addColumn<bool>("urgent");
    QTest::addColumn<QString>("rule");
    const QByteArray plain = customerMail("k1@acme", u"請求書の件"_s, u"請求書を再発行してください。"_s);
    const QByteArray subjectHit = customerMail("k1@acme", u"【緊急】管理画面に入れません"_s, u"確認をお願いします。"_s);
    QTest::newRow("keyword in the subject") << subjectHit << false << QByteArray() << true << u"緊急"_s;
    QTest::newRow("keyword in the body")
        << customerMail("k1@acme", u"お問い合わせ"_s, u"本日朝からメール配信が停止しています。"_s) << false << QByteArray()
        << true << u"メール配信が停止"_s;
    QTest::newRow("regular expression rule")
        << customerMail("k1@acme", u"配信について"_s, u"夜間の配信バッチが失敗しました。"_s) << false << QByteArray()
        << true << u"配信(バッチ)?が(止ま|停止|失敗)"_s;
    QTest::newRow("no keyword") << plain << false << QByteArray() << false << QString();
    QTest::newRow("a follow-up makes the ticket urgent")
        << plain << false << customerMail("k2@acme", u"Re: 請求書の件"_s, u"至急ご確認ください。"_s, "k1@acme") << true
        << u"至急"_s;
    QTest::newRow("a follow-up without a keyword")
        << plain << false << customerMail("k2@acme", u"Re: 請求書の件"_s, u"よろしくお願いします。"_s, "k1@acme")
        << false << QString();
    QTest::newRow("staff lowered it: a quoted keyword does not overrule them")
        << subjectHit << true
        << customerMail("k2@acme", u"Re: 【緊急】管理画面に入れません"_s, u"> 【緊急】管理画面に入れません\n入れました。"_s,
                        "k1@acme")
        << false << QString();
}

// DESIGN.md rule 7: mail matching the administrator's keyword rules is urgent the moment it
// enters, whatever path it came by (every path goes through MailIngestor), and the desk says why.
void TestMailImport::keywordRulesAtIntake()
{
    QFETCH(QByteArray, first);
    QFETCH(bool, staffSetsNormal);
    QFETCH(QByteArray, followUp);
    QFETCH(bool, urgent);
    QFETCH(QString, rule);
    Fixture f;
    QVERIFY(f.store.isValid());
    TicketDesk &desk = f.desk;
    const QDateTime received = kNow.addSecs(-3600); // Fri 20 Jun 2025 11:00 JST
    auto ingested = f.ingestor.ingest(first, received, MailOrigin::Imap);
    QVERIFY2(ingested.ok(), ingested.ok() ? "" : qPrintable(ingested.error().message));
    const qint64 ticketId = ingested->ticketId;
    if (staffSetsNormal) {
        auto tanaka = TicketFixtureBuilder(desk).staff(u"tanaka"_s, u"田中"_s, StaffRole::Staff);
        QVERIFY(tanaka.ok());
        auto ticket = desk.tickets().ticket(ticketId);
        QVERIFY(ticket.ok() && ticket->has_value());
        QVERIFY((*ticket)->isUrgent());
        QVERIFY(desk.operations().setPriority(*tanaka, ticketId, (*ticket)->version, TicketPriority::Normal).ok());
    }
    if (!followUp.isEmpty()) {
        auto second = f.ingestor.ingest(followUp, received.addSecs(600), MailOrigin::Imap);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        QCOMPARE(second->ticketId, ticketId);
        QCOMPARE(second->urgencyRule, urgent ? rule : QString());
    } else {
        QCOMPARE(ingested->urgencyRule, rule);
    }

    auto ticket = desk.tickets().ticket(ticketId);
    QVERIFY(ticket.ok() && ticket->has_value());
    QCOMPARE((*ticket)->isUrgent(), urgent);
    // Every open obligation runs on the clock the ticket is on: 60 minutes around the clock.
    auto obligations = desk.tickets().obligations(ticketId);
    QVERIFY(obligations.ok() && !obligations->isEmpty());
    for (const Obligation &o : *obligations) {
        QCOMPARE(o.urgent, urgent);
        if (urgent)
            QCOMPARE(o.deadline, o.received.addSecs(60 * 60));
        else
            QCOMPARE(o.deadline, Jst::at(QDate(2025, 6, 23), QTime(18, 0)));
    }
    // The audit log names the rule, and the deadline explanation repeats it.
    auto audit = desk.audit().forTicket(ticketId);
    QVERIFY(audit.ok());
    QStringList fired;
    for (const AuditEntry &entry : *audit)
        if (entry.action == QLatin1StringView(KeywordUrgency::auditAction))
            fired.append(entry.newValue);
    QCOMPARE(fired, staffSetsNormal ? QStringList{u"緊急"_s} : (urgent ? QStringList{rule} : QStringList()));
    auto reason = KeywordUrgency(desk).reason(ticketId);
    QVERIFY(reason.ok());
    QCOMPARE(*reason, urgent ? u"the mail matched the urgent keyword rule “%1”"_s.arg(rule) : QString());
    if (urgent) {
        auto calendar = desk.calendar().calendar();
        QVERIFY(calendar.ok());
        ResponseDeadline explained = DeadlineCalculator(**calendar).compute(received, true);
        explained.urgentReason = *reason;
        QVERIFY2(explained.explanation().contains(u"Urgent because the mail matched the urgent keyword rule “%1”"_s.arg(rule)),
                 qPrintable(explained.explanation()));
    }
}

// The file import path as a person runs it: `import` then `ticket N` shows the urgent clock and why.
void TestMailImport::cliImportAppliesKeywordRules()
{
    if (Testing::usingPostgres())
        QSKIP("the CLI run uses its own SQLite file; covered on the SQLite run");
    QTemporaryDir dir;
    const QString database = dir.filePath(u"cli.sqlite"_s);
    QFile mail(dir.filePath(u"urgent.eml"_s));
    QVERIFY(mail.open(QIODevice::WriteOnly));
    mail.write("Date: Fri, 20 Jun 2025 11:00:00 +0900\r\n"
               + customerMail("cli-urgent@acme", u"【緊急】メールが届きません"_s, u"朝から届きません。"_s));
    mail.close();
    auto run = [&](const QStringList &args) {
        QProcess cli;
        cli.start(QStringLiteral(MADOGUCHI_CLI),
                  QStringList{u"--database"_s, database, u"--now"_s, u"2025-06-20T11:50:00+09:00"_s} + args);
        cli.waitForFinished(60000);
        return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError()));
    };
    const auto [importCode, importOut] = run({u"import"_s, u"--support-address"_s, u"support@desk.example.co.jp"_s,
                                              mail.fileName()});
    QVERIFY2(importCode == 0, qPrintable(importOut));
    const auto [code, out] = run({u"ticket"_s, u"1"_s});
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(u"Priority: Urgent"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Due: 2025-06-20 12:00 JST  [Due soon]"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Urgent because the mail matched the urgent keyword rule “緊急”"_s), qPrintable(out));
}

// The ingestor keeps the rules it read, but a change saved in Settings meanwhile (another
// desktop, a long-running sync) applies to the very next mail.
void TestMailImport::changedRulesApplyToTheNextMail()
{
    Fixture f;
    QVERIFY(f.store.isValid());
    const QDateTime received = kNow.addSecs(-3600);
    auto before = f.ingestor.ingest(customerMail("r1@acme", u"DB障害"_s, u"つながりません"_s), received, MailOrigin::Imap);
    QVERIFY(before.ok());
    QVERIFY(before->urgencyRule.isEmpty());
    auto manager = TicketFixtureBuilder(f.desk).staff(u"kanri"_s, u"管理"_s, StaffRole::Manager);
    QVERIFY(manager.ok());
    QVERIFY(UrgencyRules({{u"障害"_s, false}}).save(f.store.db(), f.desk.audit(), *manager).ok());
    auto after = f.ingestor.ingest(customerMail("r2@acme", u"DB障害"_s, u"まだです"_s), received, MailOrigin::Imap);
    QVERIFY(after.ok());
    QVERIFY(after->newTicket);
    QCOMPARE(after->urgencyRule, u"障害"_s);
}

QTEST_GUILESS_MAIN(TestMailImport)
#include "tst_mailimport.moc"
