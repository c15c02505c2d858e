// madoguchi-bench-mime [COUNT]: parse rate of MimeParser (GMime structure + ICU charsets)
// and of the classifier over a generated mix of Japanese mail. Prints figures; asserts nothing.
#include "mail/MailClassifier.h"
#include "mail/mime/MimeParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

QByteArray encoded(const QString &text, const char *charset)
{
    QStringEncoder encoder(charset);
    return encoder.encode(text);
}

// BENCH_SHAPE=0..3 measures one shape alone.
int shape(int i)
{
    return qEnvironmentVariableIsSet("BENCH_SHAPE") ? qEnvironmentVariableIntValue("BENCH_SHAPE") : i % 4;
}

// Four shapes in turn: ISO-2022-JP plain, Shift_JIS (CP932) plain, UTF-8 alternative with
// HTML, and UTF-8 with a 100 KB PDF attachment named in RFC 2231.
QByteArray generatedMail(int i)
{
    const QString body
        = u"お世話になっております。株式会社アクメの山田です。①請求書の件でご連絡いたしました。\n"_s.repeated(8
                                                                                                              + i % 20);
    const QByteArray head = "From: =?UTF-8?B?" + u"山田 太郎"_s.toUtf8().toBase64() + "?= <yamada"
        + QByteArray::number(i % 300) + "@acme.co.jp>\r\nTo: support@desk.example.co.jp\r\nSubject: =?ISO-2022-JP?B?"
        + encoded(u"請求書について その"_s + QString::number(i), "ISO-2022-JP").toBase64()
        + "?=\r\nDate: Tue, 10 Jun 2025 10:15:00 +0900\r\nMessage-ID: <bench-" + QByteArray::number(i)
        + "@acme.co.jp>\r\nMIME-Version: 1.0\r\n";
    switch (shape(i)) {
    case 0:
        return head + "Content-Type: text/plain; charset=ISO-2022-JP\r\n\r\n" + encoded(body, "ISO-2022-JP");
    case 1:
        return head + "Content-Type: text/plain; charset=Shift_JIS\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + encoded(body, "windows-31j");
    case 2:
        return head
            + "Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; "
              "charset=UTF-8\r\n"
              "Content-Transfer-Encoding: base64\r\n\r\n"
            + body.toUtf8().toBase64()
            + "\r\n--b\r\nContent-Type: text/html; "
              "charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + (u"<p>"_s + body + u"</p>"_s).toUtf8().toBase64() + "\r\n--b--\r\n";
    default:
        return head
            + "Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n--m\r\nContent-Type: text/plain; "
              "charset=UTF-8\r\n\r\n"
            + body.toUtf8()
            + "\r\n--m\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
              "filename*=UTF-8''%E8%AB%8B%E6%B1%82%E6%9B%B8.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + QByteArray(100 * 1024, 'P').toBase64() + "\r\n--m--\r\n";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;

    QList<QByteArray> mails;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        mails.append(generatedMail(i));
        bytes += mails.last().size();
    }
    DeskAddresses desk;
    desk.supportAddresses = { u"support@desk.example.co.jp"_s };
    const MailClassifier classifier(desk);
    const MimeParser parser;

    QElapsedTimer timer;
    timer.start();
    int customers = 0;
    qsizetype characters = 0;
    for (const QByteArray &raw : std::as_const(mails)) {
        const MailMessage message = parser.parse(raw);
        characters += message.textBody.size();
        customers += classifier.classify(message).kind == MailKind::CustomerMessage ? 1 : 0;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    out << "parsed " << count << " mails (" << QString::number(bytes / 1048576.0, 'f', 1) << " MiB) in "
        << QString::number(seconds, 'f', 2) << " s: " << QString::number(count / seconds, 'f', 0) << " mails/s, "
        << QString::number(bytes / 1048576.0 / seconds, 'f', 1) << " MiB/s; " << customers << " customer messages, "
        << characters << " body characters" << Qt::endl;
    timer.restart();
    for (const QByteArray &raw : std::as_const(mails))
        characters += MimeParser::contentHash(raw).size();
    out << "of which content hashing: " << QString::number(timer.nsecsElapsed() / 1e9, 'f', 2) << " s" << Qt::endl;
    return 0;
}
