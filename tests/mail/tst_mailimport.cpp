#include "../common/TestDatabase.h"
#include "core/Clock.h"
#include "mail/MailIngestor.h"
#include "mail/import/MailImport.h"
#include "store/TransactionGuard.h"
#include "tickets/StoredText.h"
#include "tickets/TicketDesk.h"

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
    QVERIFY(messages->at(4).undelivered);
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

    auto sender = db.exec(u"sender"_s, u"SELECT from_address, body_text, raw_source FROM messages "
                                       "WHERE message_id = 'long-from@acme'"_s);
    QVERIFY(sender.ok());
    QVERIFY(sender.value().next());
    QCOMPARE(sender->value(0).toString(), QString());
    QVERIFY(sender->value(1).toString().contains(u"254"_s));
    QVERIFY(sender->value(2).toByteArray().contains(longAddress));
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
    QVERIFY2(timer.elapsed() < 5000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(reply->ticketId, root->ticketId);
}

QTEST_GUILESS_MAIN(TestMailImport)
#include "tst_mailimport.moc"
