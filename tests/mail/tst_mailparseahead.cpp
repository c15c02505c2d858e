#include "mail/mime/MailParseAhead.h"

#include <QCryptographicHash>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

// The parsing thread of import (MailParseAhead: files by index, in order) and of sync
// (MailParseQueue: messages as they arrive, taken in UID order whatever order the server
// answered in). Every message comes back parsed and prepared for storing (packed source,
// attachment hashes), in the order asked for, whatever the windows; nothing hangs when
// messages are taken out of order or left untaken.
class TestMailParseAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aheadGivesEveryMessageInOrder_data();
    void aheadGivesEveryMessageInOrder();
    void queueGivesEachMessageItsOwnParse_data();
    void queueGivesEachMessageItsOwnParse();
    void queueTakesAMessageOnce();
    void queueStopsWithMessagesNotTaken();
};

namespace {

QByteArray attachmentBytes(int n)
{
    return QByteArray("請求書 ") + QByteArray::number(n) + QByteArray(300, char('a' + n % 26));
}

// Message n: its subject says n, with one attachment whose bytes depend on n.
QByteArray mail(int n)
{
    return "From: tanaka@acme.co.jp\r\nTo: support@desk.example.co.jp\r\nSubject: =?UTF-8?B?"
         + (u"問い合わせ%1"_s.arg(n)).toUtf8().toBase64() + "?=\r\nMessage-ID: <ahead-" + QByteArray::number(n)
         + "@acme>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
           "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
         + QByteArray("本文です。\r\n").repeated(n + 1)
         + "--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment; filename=\"f.bin\"\r\n\r\n"
         + attachmentBytes(n).toBase64() + "\r\n--b--\r\n";
}

// Empty when `parsed` is message n prepared for storing, else what is wrong.
QString checkParsed(const Result<MailMessage> &parsed, int n)
{
    if (!parsed)
        return u"message %1 failed: %2"_s.arg(n).arg(parsed.error().message);
    const MailMessage &m = parsed.value();
    if (m.subject != u"問い合わせ%1"_s.arg(n))
        return u"message %1 came back as “%2”"_s.arg(n).arg(m.subject);
    if (!m.packedSource || m.rawSource != mail(n))
        return u"message %1: source not kept or not packed"_s.arg(n);
    if (m.attachments.size() != 1)
        return u"message %1: %2 attachments"_s.arg(n).arg(m.attachments.size());
    const QByteArray sha = QCryptographicHash::hash(attachmentBytes(n), QCryptographicHash::Sha256).toHex();
    if (m.attachments.first().data != attachmentBytes(n) || m.attachments.first().sha256 != sha)
        return u"message %1: attachment or its hash wrong"_s.arg(n);
    return QString();
}

} // namespace

void TestMailParseAhead::aheadGivesEveryMessageInOrder_data()
{
    QTest::addColumn<qsizetype>("window");
    QTest::addColumn<qsizetype>("byteWindow");
    QTest::newRow("one at a time") << qsizetype(1) << MailParseAhead::kByteWindow;
    QTest::newRow("one byte: still one message at a time") << MailParseAhead::kWindow << qsizetype(1);
    QTest::newRow("a few") << qsizetype(3) << qsizetype(4096);
    QTest::newRow("the defaults") << MailParseAhead::kWindow << MailParseAhead::kByteWindow;
}

void TestMailParseAhead::aheadGivesEveryMessageInOrder()
{
    QFETCH(qsizetype, window);
    QFETCH(qsizetype, byteWindow);
    const int count = 40;
    MailParseAhead ahead(
        MimeParser(), count,
        [](qsizetype i) -> Result<QByteArray> {
            if (i == 7)
                return makeError(u"io"_s, u"message 7 could not be read"_s);
            return mail(int(i));
        },
        window, byteWindow);
    for (int n = 0; n < count; ++n) {
        const Result<MailMessage> parsed = ahead.takeNext();
        if (n == 7) {
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().message, u"message 7 could not be read"_s);
            continue;
        }
        const QString wrong = checkParsed(parsed, n);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }
    QVERIFY(!ahead.takeNext()); // all taken
}

void TestMailParseAhead::queueGivesEachMessageItsOwnParse_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<qsizetype>("window");
    QTest::newRow("as pushed, one at a time") << u"forward"_s << qsizetype(1);
    QTest::newRow("reversed, one at a time") << u"reverse"_s << qsizetype(1);
    QTest::newRow("reversed, window 2") << u"reverse"_s << qsizetype(2);
    QTest::newRow("odd ones first, window 3") << u"odd-first"_s << qsizetype(3);
    QTest::newRow("reversed, default window") << u"reverse"_s << MailParseAhead::kWindow;
    QTest::newRow("as pushed, default window") << u"forward"_s << MailParseAhead::kWindow;
}

void TestMailParseAhead::queueGivesEachMessageItsOwnParse()
{
    QFETCH(QString, order);
    QFETCH(qsizetype, window);
    const int count = 30;
    MailParseQueue queue(MimeParser(), window);
    QList<MailParseQueue::Handle> handles;
    for (int n = 0; n < count; ++n)
        handles.append(queue.push(mail(n)));
    QList<int> taking(count);
    std::iota(taking.begin(), taking.end(), 0);
    if (order == u"reverse"_s)
        std::reverse(taking.begin(), taking.end());
    else if (order == u"odd-first"_s)
        std::stable_partition(taking.begin(), taking.end(), [](int n) { return n % 2 == 1; });
    for (const int n : std::as_const(taking)) {
        const QString wrong = checkParsed(queue.take(handles.at(n)), n);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }
}

void TestMailParseAhead::queueTakesAMessageOnce()
{
    MailParseQueue queue{MimeParser()};
    const MailParseQueue::Handle handle = queue.push(mail(1));
    QVERIFY(checkParsed(queue.take(handle), 1).isEmpty());
    const Result<MailMessage> again = queue.take(handle);
    QVERIFY(!again);
    QCOMPARE(again.error().code, u"internal"_s);
    QVERIFY(!queue.take(nullptr));
    // Bytes that are not mail at all still come back as a parse (stored raw and flagged later).
    const Result<MailMessage> garbage = queue.take(queue.push(QByteArray("\x00\xff no headers", 14)));
    QVERIFY(garbage.ok());
}

// A failed sync pass drops its queue with messages parsed, being parsed and not started.
void TestMailParseAhead::queueStopsWithMessagesNotTaken()
{
    QList<MailParseQueue::Handle> handles;
    {
        MailParseQueue queue(MimeParser(), 2);
        for (int n = 0; n < 50; ++n)
            handles.append(queue.push(mail(n)));
        QVERIFY(checkParsed(queue.take(handles.at(0)), 0).isEmpty());
    } // joins its thread here
    QCOMPARE(handles.size(), 50);
    QVERIFY(handles.constLast().use_count() >= 1); // the handles outlive the queue
}

QTEST_GUILESS_MAIN(TestMailParseAhead)
#include "tst_mailparseahead.moc"
