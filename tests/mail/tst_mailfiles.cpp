#include "mail/import/MailFileScanner.h"
#include "mail/import/MboxFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

// Finding mail on disk for the import: .eml, maildir (cur/new, sub-folders), mbox.
class TestMailFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromLine_data();
    void fromLine();
    void unquote_data();
    void unquote();
    void mboxSplit();
    void mboxCrlf();
    void maildirAndEml();
    void maildirTime_data();
    void maildirTime();
    void missingPath();
    void orderByReceipt();
    void crOnlyFileIsNoMbox();
};

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void TestMailFiles::fromLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("utc"); // empty: no time
    QTest::newRow("postfix") << QByteArray("From yamada@acme.co.jp  Tue Jun 10 01:15:00 2025\n")
                             << u"2025-06-10T01:15:00Z"_s;
    QTest::newRow("single-digit day") << QByteArray("From a@b Mon Jun  2 09:05:07 2025") << u"2025-06-02T09:05:07Z"_s;
    QTest::newRow("thunderbird placeholder")
        << QByteArray("From - Tue Jun 10 01:15:00 2025") << u"2025-06-10T01:15:00Z"_s;
    QTest::newRow("with zone") << QByteArray("From a@b Tue Jun 10 10:15:00 2025 +0900") << u"2025-06-10T01:15:00Z"_s;
    QTest::newRow("gmail takeout") << QByteArray("From 1769000000000000000@xxx Thu Jun 12 03:00:00 +0000 2025")
                                   << u"2025-06-12T03:00:00Z"_s;
    QTest::newRow("no date") << QByteArray("From here on we talk") << QString();
    QTest::newRow("bad day") << QByteArray("From a@b Tue Feb 30 01:15:00 2025") << QString();
}

void TestMailFiles::fromLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, utc);
    const auto moment = MboxFile::parseFromLine(line);
    QCOMPARE(moment ? moment->toString(Qt::ISODate) : QString(), utc);
}

void TestMailFiles::unquote_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("quoted From") << QByteArray("a\n>From me\nb\n") << QByteArray("a\nFrom me\nb\n");
    QTest::newRow("mboxrd double") << QByteArray(">>From x\n") << QByteArray(">From x\n");
    QTest::newRow("quote not From") << QByteArray("> From x\n>Fromage\n") << QByteArray("> From x\n>Fromage\n");
    QTest::newRow("crlf") << QByteArray("a\r\n>From b\r\n") << QByteArray("a\r\nFrom b\r\n");
    QTest::newRow("nothing") << QByteArray("plain") << QByteArray("plain");
}

void TestMailFiles::unquote()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(MboxFile::unquote(in), out);
}

void TestMailFiles::mboxSplit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"inbox"_s);
    QVERIFY(writeFile(path,
                      "From a@acme.co.jp Tue Jun 10 01:15:00 2025\n"
                      "From: a@acme.co.jp\nSubject: one\n\nfirst body\n>From the quoted line\n\n"
                      "From b@acme.co.jp Tue Jun 10 02:00:00 2025\n"
                      "From: b@acme.co.jp\nSubject: two\n\nFrom here on, not a separator\n\n"
                      "From here on, no date either\n\n"
                      "From c@acme.co.jp Wed Jun 11 03:00:00 2025\n"
                      "From: c@acme.co.jp\nSubject: three\n\nlast\n"));
    QVERIFY(MboxFile::looksLikeMbox(path));
    const auto entries = MailFileScanner::scan({ path });
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 3);
    const QByteArray first = *MailFileScanner::read(entries->at(0));
    QCOMPARE(first, QByteArray("From: a@acme.co.jp\nSubject: one\n\nfirst body\nFrom the quoted line\n"));
    const QByteArray second = *MailFileScanner::read(entries->at(1));
    QVERIFY(second.contains("From here on, no date either"));
    QCOMPARE(entries->at(1).receivedAt->toString(Qt::ISODate), u"2025-06-10T02:00:00Z"_s);
    QCOMPARE(*MailFileScanner::read(entries->at(2)), QByteArray("From: c@acme.co.jp\nSubject: three\n\nlast\n"));
}

void TestMailFiles::mboxCrlf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crlf.mbox"_s);
    QVERIFY(writeFile(path,
                      "From a Tue Jun 10 01:15:00 2025\r\nSubject: one\r\n\r\nx\r\n\r\n"
                      "From b Tue Jun 10 01:16:00 2025\r\nSubject: two\r\n\r\ny\r\n"));
    const auto entries = MailFileScanner::scan({ path });
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(*MailFileScanner::read(entries->at(0)), QByteArray("Subject: one\r\n\r\nx\r\n"));
}

void TestMailFiles::maildirAndEml()
{
    QTemporaryDir dir;
    const QString maildir = dir.filePath(u"Maildir"_s);
    QVERIFY(writeFile(maildir + u"/cur/1718000000.M1P1.host:2,S"_s, "Subject: cur\r\n\r\nx\r\n"));
    QVERIFY(writeFile(maildir + u"/new/1718000100.M2P2.host"_s, "Subject: new\r\n\r\nx\r\n"));
    QVERIFY(writeFile(maildir + u"/tmp/1718000200.M3P3.host"_s, "Subject: tmp, being delivered\r\n\r\nx\r\n"));
    QVERIFY(writeFile(maildir + u"/.Sent/cur/1718000300.M4P4.host:2,S"_s, "Subject: sent\r\n\r\nx\r\n"));
    QVERIFY(writeFile(maildir + u"/dovecot-uidlist"_s, "3 V1 N4\n"));
    const QString eml = dir.filePath(u"single.eml"_s);
    QVERIFY(writeFile(eml, "Subject: eml\r\n\r\nx\r\n"));

    const auto entries = MailFileScanner::scan({ maildir, eml });
    QVERIFY(entries.ok());
    QStringList subjects;
    for (const MailFileEntry &entry : *entries)
        subjects.append(QString::fromLatin1(MailFileScanner::read(entry)->split('\r').first()));
    QCOMPARE(subjects, (QStringList { u"Subject: cur"_s, u"Subject: new"_s, u"Subject: sent"_s, u"Subject: eml"_s }));
    QCOMPARE(entries->at(0).receivedAt->toSecsSinceEpoch(), 1718000000);
    QCOMPARE(entries->at(1).kind, MailFileEntry::Kind::MaildirFile);
    QVERIFY(!entries->at(3).receivedAt.has_value()); // an .eml has only its Date header
}

void TestMailFiles::maildirTime_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("seconds"); // -1: none
    QTest::newRow("standard") << u"1718000000.M1P1.host:2,S"_s << qint64(1718000000);
    QTest::newRow("no flags") << u"1718000000.M1P1.host"_s << qint64(1718000000);
    QTest::newRow("not a time") << u"12.eml"_s << qint64(-1);
    QTest::newRow("no dot") << u"1718000000"_s << qint64(-1);
    QTest::newRow("text") << u"msg.1"_s << qint64(-1);
}

void TestMailFiles::maildirTime()
{
    QFETCH(QString, name);
    QFETCH(qint64, seconds);
    const auto moment = MailFileScanner::maildirDeliveryTime(name);
    QCOMPARE(moment ? moment->toSecsSinceEpoch() : qint64(-1), seconds);
}

void TestMailFiles::missingPath()
{
    const auto entries = MailFileScanner::scan({ u"/nonexistent/mail.mbox"_s });
    QVERIFY(!entries.ok());
    QVERIFY(entries.error().message.contains(u"/nonexistent/mail.mbox"_s));
}

// Issue 17.14: import in the order the mail arrived, cur/ and new/ together: delivery time,
// the microseconds of one second, mbox order on equal From_ lines, the Date header of an
// .eml, and mail without any time last as found.
void TestMailFiles::orderByReceipt()
{
    QTemporaryDir dir;
    const QString maildir = dir.filePath(u"Maildir"_s);
    QVERIFY(writeFile(maildir + u"/cur/1718000300.M5P1.host:2,S"_s, "Subject: 4 read reply\r\n\r\nx\r\n"));
    QVERIFY(writeFile(maildir + u"/cur/1718000100.M20P1.host:2,S"_s, "Subject: 2 same second, later\r\n\r\nx\r\n"));
    QVERIFY(writeFile(maildir + u"/new/1718000100.M3P1.host"_s, "Subject: 1 same second, first\r\n\r\nx\r\n"));
    QVERIFY(writeFile(dir.filePath(u"a-dated.eml"_s),
                      "Subject: 3 dated\r\nDate: Mon, 10 Jun 2024 15:16:40 +0900\r\n\r\nx\r\n")); // 1718000200
    QVERIFY(writeFile(dir.filePath(u"b-undated.eml"_s), "Subject: 7 no time\r\n\r\nx\r\n"));
    QVERIFY(writeFile(dir.filePath(u"c.mbox"_s),
                      "From a Mon Jun 10 06:20:00 2024\nSubject: 5 mbox\n\nx\n\n"
                      "From a Mon Jun 10 06:20:00 2024\nSubject: 6 mbox, same time\n\nx\n"));
    auto entries = MailFileScanner::scan({ dir.path() });
    QVERIFY(entries.ok());
    MailFileScanner::orderByReceipt(entries.value());
    QStringList subjects;
    for (const MailFileEntry &entry : *entries)
        subjects.append(QString::fromLatin1(MailFileScanner::read(entry)->split('\r').first().split('\n').first()));
    QCOMPARE(subjects, (QStringList { u"Subject: 1 same second, first"_s, u"Subject: 2 same second, later"_s,
                                      u"Subject: 3 dated"_s, u"Subject: 4 read reply"_s, u"Subject: 5 mbox"_s,
                                      u"Subject: 6 mbox, same time"_s, u"Subject: 7 no time"_s }));
}

// Issue 17.9: "From " at the start of a file with CR-only line ends is not an mbox.
void TestMailFiles::crOnlyFileIsNoMbox()
{
    QTemporaryDir dir;
    const QString cr = dir.filePath(u"mac.eml"_s);
    const QByteArray bytes = "From someone Tue Jun 10 01:15:00 2025\rSubject: mac\r\rbody\r";
    QVERIFY(writeFile(cr, bytes));
    QVERIFY(!MboxFile::looksLikeMbox(cr));
    const auto entries = MailFileScanner::scan({ cr });
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().kind, MailFileEntry::Kind::EmlFile);
    QCOMPARE(*MailFileScanner::read(entries->first()), bytes);
    const QString crlf = dir.filePath(u"crlf.mbox"_s);
    QVERIFY(writeFile(crlf, "From someone Tue Jun 10 01:15:00 2025\r\nSubject: crlf\r\n\r\nbody\r\n"));
    QVERIFY(MboxFile::looksLikeMbox(crlf));
}

QTEST_GUILESS_MAIN(TestMailFiles)
#include "tst_mailfiles.moc"
