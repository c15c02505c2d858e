#include "mail/MailClassifier.h"
#include "mail/mime/MimeParser.h"

#include <QFile>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

// The problem-mail corpus: one row per file in tests/data/mail/expected.tsv, plus the
// huge and deeply nested mails that are generated here rather than committed.
class TestMimeParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void corpusHasEnoughFiles();
    void rawSourceAndHashKept();
    void hashIgnoresLineEndings();
    void megabyteHeaderLine();
    void tenThousandNestedParts();
    void tenThousandSiblingParts();
    void limitsAreConfigurable();
    void emptyInput();
    void headerBombsKeptRaw_data();
    void headerBombsKeptRaw();
    void datesAndIds_data();
    void datesAndIds();
};

namespace {

QString corpusDir()
{
    return QStringLiteral(MADOGUCHI_TEST_DATA) + u"/mail/"_s;
}

DeskAddresses desk()
{
    DeskAddresses addresses;
    addresses.supportAddresses = { u"support@desk.example.co.jp"_s };
    addresses.staffAddresses = { u"sato@desk.example.co.jp"_s };
    return addresses;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool hasReplacementCharacter(const QString &text)
{
    return text.contains(QChar(0xFFFD));
}

} // namespace

void TestMimeParser::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("excerpt");
    QTest::addColumn<QString>("attachments");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("flags");

    QFile table(corpusDir() + u"expected.tsv"_s);
    QVERIFY2(table.open(QIODevice::ReadOnly | QIODevice::Text), "expected.tsv missing");
    while (!table.atEnd()) {
        const QString line = QString::fromUtf8(table.readLine()).chopped(1);
        if (line.startsWith(u'#') || line.isEmpty())
            continue;
        QStringList c = line.split(u'\t');
        QCOMPARE(c.size(), 8);
        for (QString &cell : c)
            cell.replace(u"\\n"_s, u"\n"_s);
        QTest::newRow(qPrintable(c[0])) << c[0] << c[1] << c[2] << c[3] << c[4] << c[5] << c[6]
                                        << (c[7].isEmpty() ? QStringList() : c[7].split(u','));
    }
}

void TestMimeParser::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, subject);
    QFETCH(QString, from);
    QFETCH(QString, fromName);
    QFETCH(QString, excerpt);
    QFETCH(QString, attachments);
    QFETCH(QString, kind);
    QFETCH(QStringList, flags);

    const QByteArray raw = readFile(corpusDir() + file);
    QVERIFY(!raw.isEmpty());
    const MailMessage message = MimeParser().parse(raw);

    QCOMPARE(message.rawSource, raw);
    QCOMPARE(message.subject, subject);
    QCOMPARE(message.from.address, from);
    QCOMPARE(message.from.name, fromName);
    QVERIFY2(message.textBody.contains(excerpt), qPrintable(u"body was: "_s + message.textBody.left(300)));
    QCOMPARE(message.attachmentNames().join(u'|'), attachments);
    QCOMPARE(mailKindName(MailClassifier(desk()).classify(message).kind), kind);
    QCOMPARE(message.charsetGuessed, flags.contains(u"guessed"_s));
    QCOMPARE(message.unreadable, flags.contains(u"unreadable"_s));
    QVERIFY2(message.parseErrors.isEmpty() != flags.contains(u"errors"_s),
             qPrintable(message.parseErrors.join(u" / "_s)));
    if (!message.unreadable) {
        QVERIFY2(!hasReplacementCharacter(message.subject), qPrintable(message.subject));
        QVERIFY2(!hasReplacementCharacter(message.textBody), qPrintable(message.textBody));
        for (const MailAttachment &a : message.attachments) {
            QVERIFY(!a.fileName.contains(u'/'));
            QVERIFY(!a.data.isEmpty());
        }
    }
}

void TestMimeParser::corpusHasEnoughFiles()
{
    const QStringList files = QDir(corpusDir()).entryList({ u"*.eml"_s }, QDir::Files);
    QVERIFY2(files.size() >= 40, qPrintable(QString::number(files.size())));
    const QString table = QString::fromUtf8(readFile(corpusDir() + u"expected.tsv"_s));
    for (const QString &file : files)
        QVERIFY2(table.contains(u"\n"_s + file + u"\t"_s), qPrintable(file + u" has no expected row"_s));
}

void TestMimeParser::rawSourceAndHashKept()
{
    const QByteArray raw = readFile(corpusDir() + u"gmail-utf8-html-alternative.eml"_s);
    const MailMessage message = MimeParser().parse(raw);
    QCOMPARE(message.contentHash, MimeParser::contentHash(raw));
    QCOMPARE(message.contentHash.size(), 64);
    QVERIFY(message.htmlBody.contains(u"<b>出力</b>"_s));
    QVERIFY(!message.textFromHtml);
}

void TestMimeParser::hashIgnoresLineEndings()
{
    const QByteArray crlf = "From: a@b.jp\r\nSubject: x\r\n\r\nbody\r\n";
    QByteArray lf = crlf;
    lf.replace("\r\n", "\n");
    QCOMPARE(MimeParser::contentHash(crlf), MimeParser::contentHash(lf));
    QCOMPARE(MimeParser::contentHash(crlf), MimeParser::contentHash(crlf + "\r\n"));
    QVERIFY(MimeParser::contentHash(crlf) != MimeParser::contentHash(crlf + "x"));
}

void TestMimeParser::megabyteHeaderLine()
{
    QByteArray raw = "From: big@acme.co.jp\r\nSubject: ";
    raw += QByteArray(1 << 20, 'x');
    raw += "\r\nX-Long: " + QByteArray(1 << 20, 'y')
        + "\r\nMessage-ID: <big-1@acme.co.jp>\r\n\r\nbody after a huge header\r\n";
    const MailMessage message = MimeParser().parse(raw);
    QVERIFY(!message.unreadable);
    QCOMPARE(message.from.address, u"big@acme.co.jp"_s);
    QCOMPARE(message.messageId, QByteArray("big-1@acme.co.jp"));
    QVERIFY(message.textBody.contains(u"body after a huge header"_s));
    QVERIFY(message.subject.size() <= MimeParser::Limits().maxHeaderValueChars);
    QVERIFY(!message.parseErrors.isEmpty());
    QCOMPARE(message.rawSource.size(), raw.size());
}

void TestMimeParser::tenThousandNestedParts()
{
    QByteArray raw = "From: nest@acme.co.jp\r\nSubject: deep\r\nMIME-Version: 1.0\r\n";
    for (int i = 0; i < 10000; ++i)
        raw += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\r\n\r\n--b"
            + QByteArray::number(i) + "\r\n";
    raw += "Content-Type: text/plain\r\n\r\nhidden\r\n";
    for (int i = 9999; i >= 0; --i)
        raw += "--b" + QByteArray::number(i) + "--\r\n";
    const MailMessage message = MimeParser().parse(raw);
    QVERIFY(message.unreadable);
    QCOMPARE(message.subject, u"deep"_s);
    QCOMPARE(message.rawSource, raw);
    QVERIFY(!message.parseErrors.isEmpty());
}

void TestMimeParser::tenThousandSiblingParts()
{
    QByteArray raw = "From: many@acme.co.jp\r\nSubject: many\r\nMIME-Version: 1.0\r\n"
                     "Content-Type: multipart/mixed; boundary=\"s\"\r\n\r\n";
    for (int i = 0; i < 10000; ++i)
        raw += "--s\r\nContent-Type: application/octet-stream\r\n\r\n" + QByteArray::number(i) + "\r\n";
    raw += "--s--\r\n";
    const MailMessage message = MimeParser().parse(raw);
    QVERIFY(message.unreadable);
    QVERIFY(message.attachments.size() < MimeParser::Limits().maxParts);
    QVERIFY(message.parseErrors.join(u' ').contains(u"2000"_s));
}

void TestMimeParser::limitsAreConfigurable()
{
    const QByteArray raw = readFile(corpusDir() + u"nested-multipart-ten-levels.eml"_s);
    MimeParser::Limits tight;
    tight.maxDepth = 5;
    QVERIFY(MimeParser(tight).parse(raw).unreadable);
    QVERIFY(!MimeParser().parse(raw).unreadable);
    tight = {};
    tight.maxMessageBytes = 100;
    const MailMessage big = MimeParser(tight).parse(raw);
    QVERIFY(big.unreadable);
    QCOMPARE(big.rawSource, raw);
}

// Issue 17.7: a Content-Type with 50,000 parameters took 24 s inside GMime. Header bombs are
// found before GMime sees the mail: kept raw, flagged unreadable, with the reason.
void TestMimeParser::headerBombsKeptRaw_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("reason"); // empty: within the bounds, read as usual

    auto parameters = [](int count) {
        QByteArray list;
        for (int i = 0; i < count; ++i)
            list += ";\r\n p" + QByteArray::number(i) + "=\"v;" + QByteArray::number(i) + "\"";
        return list;
    };
    const QByteArray head = "From: bomb@acme.co.jp\r\nSubject: bomb\r\nMessage-ID: <bomb@acme>\r\nMIME-Version: 1.0\r\n";
    QTest::newRow("50,000 Content-Type parameters")
        << head + "Content-Type: text/plain; charset=utf-8" + parameters(50000) + "\r\n\r\nbody\r\n"
        << u"A Content-Type header has more than 100 parameters"_s;
    QTest::newRow("50,000 parameters in an inner part's Content-Disposition")
        << head + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
                  "--b\r\nContent-Type: application/pdf\r\ncontent-disposition: attachment" + parameters(50000)
            + "\r\n\r\n%PDF\r\n--b--\r\n"
        << u"A Content-Disposition header has more than 100 parameters"_s;
    QTest::newRow("5 MB header section")
        << head + "X-Filler: " + QByteArray(5 << 20, 'x') + "\r\n\r\nbody\r\n"
        << u"The header section is larger than 4 MB"_s;
    QTest::newRow("100 parameters, quoted semicolons not counted")
        << head + "Content-Type: text/plain; charset=utf-8" + parameters(99) + "\r\n\r\nbody\r\n" << QString();
}

void TestMimeParser::headerBombsKeptRaw()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, reason);
    QElapsedTimer timer;
    timer.start();
    const MailMessage message = MimeParser().parse(raw);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(message.rawSource, raw);
    QCOMPARE(message.unreadable, !reason.isEmpty());
    if (reason.isEmpty()) {
        QVERIFY(message.textBody.contains(u"body"_s));
    } else {
        QVERIFY2(message.parseErrors.join(u' ').contains(reason), qPrintable(message.parseErrors.join(u' ')));
    }
}

void TestMimeParser::emptyInput()
{
    const MailMessage message = MimeParser().parse({});
    QVERIFY(message.unreadable);
    QVERIFY(!message.parseErrors.isEmpty());
}

void TestMimeParser::datesAndIds_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("dateUtc");
    QTest::addColumn<QByteArray>("messageId");
    QTest::addColumn<QByteArray>("inReplyTo");
    QTest::addColumn<QByteArrayList>("references");

    QTest::newRow("jst date") << QByteArray("Date: Tue, 10 Jun 2025 10:15:00 +0900\r\nMessage-ID: <a@b>\r\n")
                              << u"2025-06-10T01:15:00Z"_s << QByteArray("a@b") << QByteArray() << QByteArrayList {};
    QTest::newRow("no weekday, JST zone name")
        << QByteArray("Date: 10 Jun 2025 10:15:00 JST\r\n") << u"2025-06-10T01:15:00Z"_s << QByteArray() << QByteArray()
        << QByteArrayList {};
    QTest::newRow("bad date") << QByteArray("Date: yesterday\r\n") << QString() << QByteArray() << QByteArray()
                              << QByteArrayList {};
    QTest::newRow("reply ids") << QByteArray("In-Reply-To: <x@y> (comment)\r\nReferences: <r1@y>\r\n <r2@y> <x@y>\r\n")
                               << QString() << QByteArray() << QByteArray("x@y")
                               << QByteArrayList { "r1@y", "r2@y", "x@y" };
    QTest::newRow("id without brackets") << QByteArray("Message-ID: plain@id\r\n") << QString()
                                         << QByteArray("plain@id") << QByteArray() << QByteArrayList {};
}

void TestMimeParser::datesAndIds()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, dateUtc);
    QFETCH(QByteArray, messageId);
    QFETCH(QByteArray, inReplyTo);
    QFETCH(QByteArrayList, references);
    const MailMessage message = MimeParser().parse("From: a@b.jp\r\n" + headers + "Subject: s\r\n\r\nbody\r\n");
    QCOMPARE(message.date.isValid() ? message.date.toString(Qt::ISODate) : QString(), dateUtc);
    QCOMPARE(message.messageId, messageId);
    QCOMPARE(message.inReplyTo, inReplyTo);
    QCOMPARE(message.references, references);
}

QTEST_GUILESS_MAIN(TestMimeParser)
#include "tst_mimeparser.moc"
