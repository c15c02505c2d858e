// OutgoingMail: every composed reply is parsed back with the project's own MimeParser, the
// same one that reads the customers' mail, so what we send is what a Japanese mailer reads.

#include "core/Jst.h"
#include "mail/Iso2022JpText.h"
#include "mail/OutgoingMail.h"
#include "mail/DeskIdentity.h"
#include "mail/outbox/SendChecklist.h"
#include "mail/mime/MimeParser.h"

#include <QRegularExpression>
#include <QTest>

using namespace Madoguchi;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Madoguchi::OutgoingCharset)

namespace {

OutgoingMail sample()
{
    OutgoingMail mail;
    mail.from = {u"株式会社サンプル サポート窓口"_s, u"support@desk.example.co.jp"_s};
    mail.to = {{u"山田 太郎"_s, u"yamada@example.jp"_s}};
    mail.subject = u"Re: [#1234] ログインできません"_s;
    mail.body = u"山田様\n\nお問い合わせありがとうございます。\n"_s;
    mail.inReplyTo = u"abc123@example.jp"_s;
    mail.references = {u"first@example.jp"_s};
    mail.date = QDateTime(QDate(2026, 11, 26), QTime(3, 40, 51), Qt::UTC);
    mail.messageId = u"madoguchi.test.1@desk.example.co.jp"_s;
    return mail;
}

} // namespace

class TestOutgoingMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<OutgoingCharset>("charset");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("toName");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("transfer");

        const auto utf8 = OutgoingCharset::Utf8;
        const auto jis = OutgoingCharset::Iso2022Jp;
        const QByteArray utf8Type = "text/plain; charset=UTF-8";
        const QByteArray jisType = "text/plain; charset=ISO-2022-JP";
        QTest::newRow("utf-8 japanese") << utf8 << u"Re: [#1234] ログインできません"_s
                                        << u"山田様\n\nお問い合わせありがとうございます。\n"_s << u"山田 太郎"_s
                                        << utf8Type << QByteArray("base64");
        QTest::newRow("utf-8 ascii stays 7bit") << utf8 << u"Re: [#7] Login fails"_s << u"Hello,\n\nThanks.\n"_s
                                                << u"Taro Yamada"_s << utf8Type << QByteArray("7bit");
        QTest::newRow("utf-8 NEC and emoji") << utf8 << u"Re: [#9] ①㈱ 髙橋様 😀"_s << u"① ㈱ 髙 😀 ｶﾀｶﾅ\n"_s
                                             << u"髙橋"_s << utf8Type << QByteArray("base64");
        QTest::newRow("utf-8 long subject") << utf8
                                            << u"Re: [#1234] "_s + QString(40, u'長') + u" 請求書の再発行について"_s
                                            << u"本文\n"_s << u"山田"_s << utf8Type << QByteArray("base64");
        QTest::newRow("utf-8 dot line") << utf8 << u"Re: [#1] x"_s << u".\n.start\n"_s << u"A"_s << utf8Type
                                        << QByteArray("7bit");
        QTest::newRow("iso-2022-jp") << jis << u"Re: [#1234] ログインできません"_s
                                     << u"山田様\n\nお問い合わせありがとうございます。\n"_s << u"山田 太郎"_s
                                     << jisType << QByteArray("7bit");
        QTest::newRow("iso-2022-jp long subject") << jis << u"Re: [#1234] "_s + QString(40, u'長') + u"について"_s
                                                  << u"本文\n"_s << u"山田"_s << jisType << QByteArray("7bit");
        QTest::newRow("iso-2022-jp mixed lines") << jis << u"Re: [#5] 請求書 (PDF) の件"_s
                                                 << u"ABC 日本語 def\n全角ＡＢＣ\n\nend ¥100\n"_s << u"Yamada 太郎"_s
                                                 << jisType << QByteArray("7bit");
        QTest::newRow("iso-2022-jp ascii only") << jis << u"Re: [#5] hello"_s << u"plain\n"_s << u"A B"_s << jisType
                                                << QByteArray("7bit");
    }
    void roundTrip()
    {
        QFETCH(OutgoingCharset, charset);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QString, toName);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, transfer);

        OutgoingMail mail = sample();
        mail.charset = charset;
        mail.subject = subject;
        mail.body = body;
        mail.to = {{toName, u"yamada@example.jp"_s}};
        mail.cc = {{u"佐藤"_s, u"sato@example.jp"_s}};
        auto bytes = mail.compose();
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : qPrintable(bytes.error().message));

        // On the wire: CRLF only, header lines within 78 characters, 7-bit everywhere.
        const QByteArray raw = *bytes;
        QVERIFY(!raw.contains("\r\r"));
        QCOMPARE(raw.count('\n'), raw.count("\r\n"));
        const QByteArray head = raw.left(raw.indexOf("\r\n\r\n"));
        for (const QByteArray &line : head.split('\n'))
            QVERIFY2(line.size() <= 79, line.constData());
        for (char c : raw)
            QVERIFY(uchar(c) < 0x80);

        const MailMessage parsed = MimeParser().parse(raw);
        QVERIFY(!parsed.unreadable);
        QCOMPARE(parsed.subject, subject);
        QString expectedBody = charset == OutgoingCharset::Iso2022Jp ? Iso2022JpText::prepared(body) : body;
        QCOMPARE(parsed.textBody.trimmed(), expectedBody.trimmed());
        QCOMPARE(parsed.from.address, u"support@desk.example.co.jp"_s);
        QCOMPARE(parsed.from.name, u"株式会社サンプル サポート窓口"_s);
        QCOMPARE(parsed.to.size(), 1);
        QCOMPARE(parsed.to.at(0).name, toName);
        QCOMPARE(parsed.cc.at(0).name, u"佐藤"_s);
        QCOMPARE(parsed.messageId, QByteArray("madoguchi.test.1@desk.example.co.jp"));
        QCOMPARE(parsed.inReplyTo, QByteArray("abc123@example.jp"));
        QCOMPARE(parsed.references, (QList<QByteArray>{"first@example.jp", "abc123@example.jp"}));
        QCOMPARE(parsed.date, mail.date);
        QVERIFY(head.contains(QByteArray("\r\nContent-Type: " + contentType + "\r\n")));
        QVERIFY(head.contains(QByteArray("\r\nContent-Transfer-Encoding: " + transfer + "\r\n")));
        QVERIFY(head.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY(raw.contains("Date: Thu, 26 Nov 2026 12:40:51 +0900\r\n"));
        if (charset == OutgoingCharset::Iso2022Jp) {
            // RFC 1468: every line of the body ends in ASCII.
            const QByteArray text = raw.mid(raw.indexOf("\r\n\r\n") + 4);
            for (const QByteArray &line : text.split('\n')) {
                const qsizetype escape = line.lastIndexOf('\x1b');
                if (escape >= 0)
                    QVERIFY2(line.mid(escape, 3) == "\x1b(B", line.constData());
            }
        }
    }

    void iso2022JpRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named");
        QTest::newRow("circled digit (NEC row 13)") << u"手順①を"_s << u"①"_s;
        QTest::newRow("㈱") << u"㈱サンプル"_s << u"㈱"_s;
        QTest::newRow("roman numeral Ⅰ") << u"第Ⅰ期"_s << u"Ⅰ"_s;
        QTest::newRow("髙 (IBM extension)") << u"髙橋様"_s << u"髙"_s;
        QTest::newRow("emoji") << u"よろしく😀"_s << u"😀"_s;
        QTest::newRow("two named once each") << u"①②①"_s << u"① ②"_s;
    }
    void iso2022JpRefuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, named);
        OutgoingMail mail = sample();
        mail.charset = OutgoingCharset::Iso2022Jp;
        mail.body = text;
        auto bytes = mail.compose();
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().code, u"charset"_s);
        QVERIFY2(bytes.error().message.contains(named), qPrintable(bytes.error().message));
        QVERIFY(bytes.error().message.contains(u"UTF-8"_s));
        // In the subject too.
        mail.body = u"本文"_s;
        mail.subject = text;
        QVERIFY(!mail.compose().ok());
        // UTF-8 carries them all.
        mail.charset = OutgoingCharset::Utf8;
        mail.body = text;
        auto utf8 = mail.compose();
        QVERIFY(utf8.ok());
        QCOMPARE(MimeParser().parse(*utf8).textBody.trimmed(), text);
    }

    // Attachment names (issue 12): ASCII stays a plain quoted name; Japanese goes out as RFC
    // 2231 (continued on whole characters) and RFC 2047 in the name parameter; a name
    // ISO-2022-JP cannot carry is refused like the text.
    void attachmentNames_data()
    {
        QTest::addColumn<int>("charset");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ascii") << int(OutgoingCharset::Utf8) << u"readme.txt"_s << QByteArray("filename=\"readme.txt\"");
        QTest::newRow("short utf-8") << int(OutgoingCharset::Utf8) << u"見積書.pdf"_s
                                     << QByteArray("filename*=UTF-8''%E8%A6%8B%E7%A9%8D%E6%9B%B8.pdf");
        QTest::newRow("short iso-2022-jp") << int(OutgoingCharset::Iso2022Jp) << u"見積書.pdf"_s
                                           << QByteArray("filename*=ISO-2022-JP''%1B$B8+%40Q%3Dq%1B%28B.pdf");
        QTest::newRow("long utf-8") << int(OutgoingCharset::Utf8) << u"あいうえおかきくけこさしすせそ.txt"_s
                                    << QByteArray("filename*0*=UTF-8''");
    }
    void attachmentNames()
    {
        QFETCH(int, charset);
        QFETCH(QString, name);
        QFETCH(QByteArray, expected);
        OutgoingMail mail = sample();
        mail.charset = OutgoingCharset(charset);
        mail.attachments = {{name, "application/pdf", QByteArray("\x00\x01\r\n\xff", 5)}};
        auto bytes = mail.compose();
        QVERIFY(bytes.ok());
        QVERIFY2(bytes->contains(expected), bytes->constData());
        const MailMessage parsed = MimeParser().parse(*bytes);
        QCOMPARE(parsed.attachments.size(), 1);
        QCOMPARE(parsed.attachments.at(0).originalFileName, name);
        QCOMPARE(parsed.attachments.at(0).data, QByteArray("\x00\x01\r\n\xff", 5));
        QCOMPARE(parsed.textBody.trimmed(), mail.body.trimmed());
    }
    void attachmentNameIso2022JpRefuses()
    {
        OutgoingMail mail = sample();
        mail.charset = OutgoingCharset::Iso2022Jp;
        mail.attachments = {{u"手順①.pdf"_s, "application/pdf", "x"}};
        auto bytes = mail.compose();
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().code, u"charset"_s);
        QVERIFY(bytes.error().message.contains(u"①"_s));
        QCOMPARE(OutgoingAttachment::cleanName(u"C:\\Users\\x\\\"見積\"\t.pdf"_s), u"見積.pdf"_s);
    }

    // Warning words (issue 12): in the subject or the written text, never in quoted lines.
    void warningWordsFound_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("found");
        const QString quote = u"\n\n2026年11月29日(日) 14:10 中村様 からのメール:\n> 社外秘の資料です\n> パスワード: x\n"_s;
        QTest::newRow("none") << u"Re: [#1] ご連絡"_s << u"承知しました。"_s + quote << QStringList();
        QTest::newRow("only in the quote") << u"Re: [#1] ご連絡"_s << u"ありがとうございます。"_s + quote
                                           << QStringList();
        QTest::newRow("in the text") << u"Re: [#1] ご連絡"_s << u"新しいパスワードをお送りします。"_s + quote
                                     << QStringList{u"パスワード"_s};
        QTest::newRow("in the subject") << u"Re: [#1] 【社外秘】資料"_s << u"ご確認ください。"_s
                                        << QStringList{u"社外秘"_s};
        QTest::newRow("both, case-insensitive") << u"Confidential"_s << u"パスワードは別便で"_s
                                                << QStringList{u"confidential"_s, u"パスワード"_s};
        QTest::newRow("full-width quote mark") << u"件名"_s << u"＞パスワード"_s << QStringList();
    }
    void warningWordsFound()
    {
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QStringList, found);
        const QStringList words = SendChecklist::parseWords(u"confidential, パスワード、社外秘\n社外秘"_s);
        QCOMPARE(words, (QStringList{u"confidential"_s, u"パスワード"_s, u"社外秘"_s}));
        QStringList got = SendChecklist::wordsFound(words, subject, body);
        QCOMPARE(got, found);
    }

    void iso2022JpFolds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("received");
        QTest::newRow("half-width kana") << u"ｶﾀｶﾅ ｶﾞｲﾄﾞ"_s << u"カタカナ ガイド"_s;
        QTest::newRow("wave dash") << u"10〜12時"_s << u"10～12時"_s;
        QTest::newRow("minus sign") << u"−5"_s << u"－5"_s;
        QTest::newRow("cent pound not") << u"¢£¬"_s << u"￠￡￢"_s;
        QTest::newRow("yen stays") << u"¥1,000"_s << u"¥1,000"_s;
    }
    void iso2022JpFolds()
    {
        QFETCH(QString, text);
        QFETCH(QString, received);
        OutgoingMail mail = sample();
        mail.charset = OutgoingCharset::Iso2022Jp;
        mail.body = text;
        auto bytes = mail.compose();
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : qPrintable(bytes.error().message));
        QCOMPARE(MimeParser().parse(*bytes).textBody.trimmed(), received);
    }

    void replySubject_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"ログインできません"_s << u"#"_s << u"Re: [#1234] ログインできません"_s;
        QTest::newRow("re once") << u"Re: ログインできません"_s << u"#"_s << u"Re: [#1234] ログインできません"_s;
        QTest::newRow("stacked prefixes") << u"RE: Re: 返信: FW: 件名"_s << u"#"_s << u"Re: [#1234] 件名"_s;
        QTest::newRow("tag already there") << u"Re: [#1234] 件名"_s << u"#"_s << u"Re: [#1234] 件名"_s;
        QTest::newRow("own prefix") << u"Re: [MDG-1234] 件名"_s << u"MDG-"_s << u"Re: [MDG-1234] 件名"_s;
        QTest::newRow("empty") << QString() << u"#"_s << u"Re: [#1234]"_s;
    }
    void replySubject()
    {
        QFETCH(QString, original);
        QFETCH(QString, prefix);
        QFETCH(QString, expected);
        QCOMPARE(OutgoingMail::replySubject(original, 1234, prefix), expected);
    }

    void rfc5322Date_data()
    {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("after midnight JST") << QDateTime(QDate(2026, 12, 31), QTime(15, 0), Qt::UTC)
                                            << QByteArray("Fri, 1 Jan 2027 00:00:00 +0900");
        QTest::newRow("sunday") << QDateTime(QDate(2026, 3, 1), QTime(1, 2, 3), Qt::UTC)
                                << QByteArray("Sun, 1 Mar 2026 10:02:03 +0900");
    }
    void rfc5322Date()
    {
        QFETCH(QDateTime, utc);
        QFETCH(QByteArray, expected);
        QCOMPARE(OutgoingMail::rfc5322Date(utc), expected);
    }

    void messageIdsAreUniqueOnTheDesksDomain()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString id = OutgoingMail::newMessageId(u"Desk.Example.co.jp"_s, now);
            QVERIFY(id.endsWith(u"@desk.example.co.jp"_s));
            QVERIFY(!id.contains(u'<'));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 200);
    }

    void refusesWithoutAddresses()
    {
        OutgoingMail mail = sample();
        mail.to.clear();
        QCOMPARE(mail.compose().error().code, u"input"_s);
        mail = sample();
        mail.from = {};
        QCOMPARE(mail.compose().error().code, u"input"_s);
    }

    void parseAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("addresses");
        QTest::newRow("bare") << u"yamada@example.jp"_s << QStringList{QString()}
                              << QStringList{u"yamada@example.jp"_s};
        QTest::newRow("named") << u"山田 太郎 <yamada@example.jp>"_s << QStringList{u"山田 太郎"_s}
                               << QStringList{u"yamada@example.jp"_s};
        QTest::newRow("two, comma") << u"a@x.jp, 鈴木 <suzuki@x.jp>"_s << QStringList{QString(), u"鈴木"_s}
                                    << QStringList{u"a@x.jp"_s, u"suzuki@x.jp"_s};
        QTest::newRow("semicolon and 、") << u"a@x.jp; b@x.jp、c@x.jp"_s
                                           << QStringList{QString(), QString(), QString()}
                                           << QStringList{u"a@x.jp"_s, u"b@x.jp"_s, u"c@x.jp"_s};
        QTest::newRow("quoted comma") << u"\"Yamada, Taro\" <t@x.jp>"_s << QStringList{u"Yamada, Taro"_s}
                                      << QStringList{u"t@x.jp"_s};
        QTest::newRow("empty pieces") << u" , a@x.jp ,"_s << QStringList{QString()} << QStringList{u"a@x.jp"_s};
        QTest::newRow("empty") << QString() << QStringList() << QStringList();
    }
    void parseAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QFETCH(QStringList, addresses);
        auto parsed = OutgoingMail::parseAddresses(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), addresses.size());
        for (qsizetype i = 0; i < addresses.size(); ++i) {
            QCOMPARE(parsed->at(i).name, names.at(i));
            QCOMPARE(parsed->at(i).address, addresses.at(i));
        }
        // Formatting and parsing again gives the same list.
        auto again = OutgoingMail::parseAddresses(OutgoingMail::formatAddresses(*parsed));
        QVERIFY(again.ok());
        QCOMPARE(*again, *parsed);
    }

    void parseAddressesRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no at") << u"yamada"_s;
        QTest::newRow("one bad of two") << u"a@x.jp, yamada"_s;
        QTest::newRow("at at the end") << u"yamada@"_s;
        QTest::newRow("space inside") << u"<ya mada@x.jp>"_s;
    }
    void parseAddressesRefuses()
    {
        QFETCH(QString, text);
        auto parsed = OutgoingMail::parseAddresses(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"input"_s);
    }

    void recipientsOnce()
    {
        OutgoingMail mail = sample();
        mail.cc = {{QString(), u"YAMADA@example.jp"_s}, {QString(), u"sato@example.jp"_s}};
        QCOMPARE(mail.recipients(), (QStringList{u"yamada@example.jp"_s, u"sato@example.jp"_s}));
    }

    // 誤送信防止 (issue 12): which recipients the confirmation highlights. The customer is
    // yamada@kabushiki.example.jp unless the row says otherwise; the desk is desk.example.co.jp.
    void sendChecklistMarksOutsideAddresses_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("outside");
        const QString customer = u"yamada@kabushiki.example.jp"_s;
        QTest::newRow("the customer") << customer << u"yamada@kabushiki.example.jp"_s << false;
        QTest::newRow("a colleague of the customer") << customer << u"Suzuki@Kabushiki.Example.jp"_s << false;
        QTest::newRow("the desk's own domain") << customer << u"tanaka@desk.example.co.jp"_s << false;
        QTest::newRow("another company") << customer << u"taro@partner.example.com"_s << true;
        QTest::newRow("a subdomain is another domain") << customer << u"a@sales.kabushiki.example.jp"_s << true;
        QTest::newRow("free mail customer: herself") << u"hanako@gmail.com"_s << u"hanako@gmail.com"_s << false;
        QTest::newRow("free mail customer: a stranger on the same service")
            << u"hanako@gmail.com"_s << u"someone@gmail.com"_s << true;
    }
    void sendChecklistMarksOutsideAddresses()
    {
        QFETCH(QString, customer);
        QFETCH(QString, address);
        QFETCH(bool, outside);
        ReplyDraft draft;
        draft.to = {{u"山田"_s, customer}};
        draft.cc = {{QString(), address}};
        DeskAddresses desk;
        desk.supportAddresses = {u"support@desk.example.co.jp"_s};
        SendChecklist list = SendChecklist::forReply(draft, customer, desk);
        list.addAttachment(u"見積書.pdf"_s, 2048);
        QCOMPARE(list.items.size(), 3);
        QCOMPARE(list.items.at(0).kind, SendChecklist::Kind::To);
        QVERIFY(!list.items.at(0).outside);
        QCOMPARE(list.items.at(0).text, u"山田 <%1>"_s.arg(customer));
        QCOMPARE(list.items.at(1).kind, SendChecklist::Kind::Cc);
        QCOMPARE(list.items.at(1).outside, outside);
        QCOMPARE(list.items.at(2).kind, SendChecklist::Kind::Attachment);
        QCOMPARE(list.items.at(2).sizeBytes, qint64(2048));
        QCOMPARE(list.outsideCount(), outside ? 1 : 0);
    }

    // Settings → Mailbox: several support addresses, each checked; a bad one is named.
    void deskSupportAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QString>("refused");
        QTest::newRow("one") << u"support@example.co.jp"_s << QStringList{u"support@example.co.jp"_s} << QString();
        QTest::newRow("several, commas and spaces")
            << u" support@example.co.jp, info@example.co.jp ;help@example.co.jp"_s
            << QStringList{u"support@example.co.jp"_s, u"info@example.co.jp"_s, u"help@example.co.jp"_s} << QString();
        QTest::newRow("twice is once") << u"a@example.jp, A@example.jp"_s << QStringList{u"a@example.jp"_s}
                                       << QString();
        QTest::newRow("empty") << u"  "_s << QStringList{} << QString();
        QTest::newRow("not an address") << u"support@example.co.jp, support"_s << QStringList{} << u"support"_s;
        QTest::newRow("no domain dot") << u"support@localhost"_s << QStringList{} << u"support@localhost"_s;
    }
    void deskSupportAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, addresses);
        QFETCH(QString, refused);
        auto parsed = DeskIdentity::parseAddresses(text);
        if (refused.isEmpty()) {
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, addresses);
        } else {
            QVERIFY(!parsed.ok());
            QVERIFY2(parsed.error().message.contains(u"「%1」"_s.arg(refused)), qPrintable(parsed.error().message));
        }
    }

    // The line above a quoted customer mail (issue 12): Japanese business style by default,
    // whatever the screen's language; the desk may choose its own with {date} {time} {from}.
    void quoteHeader_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default") << u"中村 一郎"_s << QString()
                                 << u"2026年11月29日(日) 14:10 中村 一郎様 <nakamura@example.jp> からのメール:"_s;
        QTest::newRow("no display name") << QString() << QString()
                                         << u"2026年11月29日(日) 14:10 nakamura@example.jp 様 からのメール:"_s;
        QTest::newRow("the desk's own") << u"中村 一郎"_s << u"{from} wrote on {date}:"_s
                                        << u"中村 一郎様 <nakamura@example.jp> wrote on 2026年11月29日(日):"_s;
        QTest::newRow("a name that looks like a placeholder stays") << u"{time}"_s << QString()
                                       << u"2026年11月29日(日) 14:10 {time}様 <nakamura@example.jp> からのメール:"_s;
    }
    void quoteHeader()
    {
        QFETCH(QString, name);
        QFETCH(QString, header);
        QFETCH(QString, expected);
        TicketMessage original;
        original.fromName = name;
        original.fromAddress = u"nakamura@example.jp"_s;
        original.received = *Jst::parseIso(u"2026-11-29T14:10:00+09:00"_s);
        original.bodyText = u"よろしくお願いします。\r\n"_s;
        QCOMPARE(TicketReplies::quoted(original, header), expected + u"\n> よろしくお願いします。\n"_s);
        QVERIFY(!TicketReplies::quoted(original, header).contains(u"書きました"_s));
    }

    void quoteHeaderPlaceholders()
    {
        QVERIFY(TicketReplies::unknownQuotePlaceholders(TicketReplies::defaultQuoteHeader()).isEmpty());
        QCOMPARE(TicketReplies::unknownQuotePlaceholders(u"{date} {name} {customer.name} {name}"_s),
                 (QStringList{u"name"_s, u"customer.name"_s}));
    }
};

QTEST_GUILESS_MAIN(TestOutgoingMail)
#include "tst_outgoingmail.moc"
