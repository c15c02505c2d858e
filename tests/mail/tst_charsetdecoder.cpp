#include "mail/mime/AttachmentFileName.h"
#include "mail/mime/CharsetDecoder.h"
#include "mail/mime/HeaderTextDecoder.h"
#include "mail/mime/MimeParameters.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

// The charset layer under the MIME parser: body decoding and detection, RFC 2047 words,
// RFC 2231 parameters and attachment file names.
class TestCharsetDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void canonicalName_data();
    void canonicalName();
    void headerWords_data();
    void headerWords();
    void structuredHeader_data();
    void structuredHeader();
    void parameters_data();
    void parameters();
    void fileNames_data();
    void fileNames();
};

namespace {

// ISO-2022-JP bytes written out, so the test does not depend on an encoder.
const QByteArray kJisNihongo = "\x1b$BF|K\\8l\x1b(B"; // 日本語
const QByteArray kJisMaru = "\x1b$B-!\x1b(B"; // ① (NEC row 13)
const QByteArray kJisHalfKana = "\x1b(I;=\x1b(B"; // ｻｽ (ESC ( I)
// 「ｱｶｳﾝﾄ」 as CP50221 writes it: JIS X 0208 brackets around JIS X 0201 katakana.
const QByteArray kJisBracketedKana = "\x1b$B!V\x1b(I163]D\x1b$B!W\x1b(B";
const QByteArray kSjisMaruKabu = "\x87\x40\x87\x8a"; // ①㈱ in CP932
const QByteArray kSjisTakahashi = "\xfb\xfc\x8b\xb4"; // 髙橋 (IBM extension)
const QByteArray kEucNihongo = "\xc6\xfc\xcb\xdc\xb8\xec"; // 日本語
const QByteArray kUtf8Nihongo = "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"; // 日本語

} // namespace

void TestCharsetDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("guessed");

    QTest::newRow("ascii unlabelled") << QByteArray("hello") << QByteArray() << u"hello"_s << false;
    QTest::newRow("iso-2022-jp") << kJisNihongo << QByteArray("ISO-2022-JP") << u"日本語"_s << false;
    QTest::newRow("iso-2022-jp NEC row 13") << kJisMaru << QByteArray("iso-2022-jp") << u"①"_s << false;
    QTest::newRow("iso-2022-jp half-width kana") << kJisHalfKana << QByteArray("ISO-2022-JP") << u"ｻｽ"_s << false;
    QTest::newRow("iso-2022-jp kana between kanji") << kJisBracketedKana << QByteArray("ISO-2022-JP")
                                                    << u"「ｱｶｳﾝﾄ」"_s << false;
    QTest::newRow("iso-2022-jp-ms kana between kanji") << kJisBracketedKana << QByteArray("ISO-2022-JP-MS")
                                                       << u"「ｱｶｳﾝﾄ」"_s << false;
    QTest::newRow("cp50221 kana between kanji") << kJisBracketedKana << QByteArray("CP50221") << u"「ｱｶｳﾝﾄ」"_s << false;
    QTest::newRow("cp50222 kana between kanji") << kJisBracketedKana << QByteArray("cp50222") << u"「ｱｶｳﾝﾄ」"_s << false;
    QTest::newRow("iso-2022-jp kana at the end") << QByteArray("\x1b(I163]D\x1b(B") << QByteArray("ISO-2022-JP")
                                                 << u"ｱｶｳﾝﾄ"_s << false;
    QTest::newRow("iso-2022-jp kana then line end") << QByteArray("\x1b(I163]D\x1b(B\r\nok")
                                                    << QByteArray("ISO-2022-JP") << u"ｱｶｳﾝﾄ\r\nok"_s << false;
    QTest::newRow("iso-2022-jp kana then ascii") << QByteArray("x\x1b(I163]D\x1b(Bx") << QByteArray("ISO-2022-JP")
                                                 << u"xｱｶｳﾝﾄx"_s << false;
    // Issue 17.16: the forms that left a U+FFFD after (or before) the katakana.
    QTest::newRow("iso-2022-jp ascii before every switch")
        << QByteArray("\x1b$B!V\x1b(B\x1b(I163]D\x1b(B\x1b$B!W\x1b(B") << QByteArray("ISO-2022-JP") << u"「ｱｶｳﾝﾄ」"_s
        << false;
    QTest::newRow("iso-2022-jp-ms kana run over two words")
        << QByteArray("\x1b(I16\x1b(B\x1b(I3]D\x1b(B") << QByteArray("ISO-2022-JP-MS") << u"ｱｶｳﾝﾄ"_s << false;
    QTest::newRow("cp50221 empty kana switch at the end")
        << QByteArray("\x1b(I163]D\x1b(B\x1b(I\x1b(B") << QByteArray("CP50221") << u"ｱｶｳﾝﾄ"_s << false;
    QTest::newRow("cp50222 shift out and in") << QByteArray("\x1b(J\x0e" "163]D" "\x0fok") << QByteArray("CP50222")
                                              << u"ｱｶｳﾝﾄok"_s << false;
    QTest::newRow("iso-2022-jp space inside kana") << QByteArray("\x1b(I16 3]D\x1b(B") << QByteArray("ISO-2022-JP")
                                                   << u"ｱｶ ｳﾝﾄ"_s << false;
    QTest::newRow("cp50220 label") << kJisMaru << QByteArray("CP50220") << u"①"_s << false;
    QTest::newRow("iso-2022-jp unlabelled") << kJisNihongo << QByteArray() << u"日本語"_s << true;
    QTest::newRow("iso-2022-jp labelled us-ascii") << kJisNihongo << QByteArray("us-ascii") << u"日本語"_s << true;
    QTest::newRow("iso-2022-jp labelled shift_jis") << kJisNihongo << QByteArray("Shift_JIS") << u"日本語"_s << true;
    QTest::newRow("cp932 labelled shift_jis") << kSjisMaruKabu << QByteArray("Shift_JIS") << u"①㈱"_s << false;
    QTest::newRow("ibm extension labelled x-sjis") << kSjisTakahashi << QByteArray("x-sjis") << u"髙橋"_s << false;
    QTest::newRow("windows-31j label") << kSjisMaruKabu << QByteArray("windows-31j") << u"①㈱"_s << false;
    QTest::newRow("quoted upper-case label") << kSjisMaruKabu << QByteArray("\"SHIFT_JIS\"") << u"①㈱"_s << false;
    QTest::newRow("euc-jp") << kEucNihongo << QByteArray("EUC-JP") << u"日本語"_s << false;
    QTest::newRow("x-euc-jp") << kEucNihongo << QByteArray("x-euc-jp") << u"日本語"_s << false;
    QTest::newRow("utf-8") << kUtf8Nihongo << QByteArray("utf-8") << u"日本語"_s << false;
    QTest::newRow("utf-8 unlabelled") << kUtf8Nihongo << QByteArray() << u"日本語"_s << true;
    QTest::newRow("utf-8 labelled us-ascii") << kUtf8Nihongo << QByteArray("us-ascii") << u"日本語"_s << true;
    QTest::newRow("utf-8 labelled iso-8859-1") << kUtf8Nihongo << QByteArray("iso-8859-1") << u"日本語"_s << true;
    QTest::newRow("utf-8 labelled shift_jis") << kUtf8Nihongo << QByteArray("shift_jis") << u"日本語"_s << true;
    QTest::newRow("shift_jis unlabelled")
        << QByteArray("\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd") << QByteArray() << u"こんにちは"_s << true;
    QTest::newRow("euc-jp unlabelled") << QByteArray("\xa4\xb3\xa4\xf3\xa4\xcb\xa4\xc1\xa4\xcf") << QByteArray()
                                       << u"こんにちは"_s << true;
    QTest::newRow("euc-jp labelled shift_jis")
        << QByteArray("\xa4\xb3\xa4\xf3\xa4\xcb\xa4\xc1\xa4\xcf\xc6\xfc\xcb\xdc\xb8\xec") << QByteArray("shift_jis")
        << u"こんにちは日本語"_s << true;
    QTest::newRow("shift_jis labelled euc-jp")
        << QByteArray("\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd") << QByteArray("euc-jp") << u"こんにちは"_s << true;
    QTest::newRow("latin-1") << QByteArray("caf\xe9") << QByteArray("iso-8859-1") << u"café"_s << false;
    QTest::newRow("windows-1252 quotes as latin-1")
        << QByteArray("\x93hi\x94") << QByteArray("iso-8859-1") << u"“hi”"_s << false;
    QTest::newRow("unknown label detects") << kUtf8Nihongo << QByteArray("x-no-such-charset") << u"日本語"_s << true;
    QTest::newRow("unknown-8bit") << kEucNihongo << QByteArray("unknown-8bit") << u"日本語"_s << true;
    QTest::newRow("koi8-r through ICU") << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4") << QByteArray("koi8-r") << u"Привет"_s
                                        << false;
}

void TestCharsetDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, label);
    QFETCH(QString, text);
    QFETCH(bool, guessed);
    const DecodedText decoded = CharsetDecoder::decode(bytes, label);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.guessed, guessed);
}

void TestCharsetDecoder::canonicalName_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("Shift_JIS") << QByteArray("Shift_JIS") << QByteArray("windows-31j");
    QTest::newRow("MS_Kanji") << QByteArray("MS_Kanji") << QByteArray("windows-31j");
    QTest::newRow("cp932") << QByteArray("CP932") << QByteArray("windows-31j");
    QTest::newRow("ISO-2022-JP") << QByteArray("ISO-2022-JP") << QByteArray("ISO-2022-JP");
    QTest::newRow("CP50221") << QByteArray("cp50221") << QByteArray("ISO-2022-JP");
    QTest::newRow("EUC-JP") << QByteArray("eucJP") << QByteArray("EUC-JP");
    QTest::newRow("latin1") << QByteArray("ISO-8859-1") << QByteArray("windows-1252");
    QTest::newRow("utf8") << QByteArray("utf8") << QByteArray("UTF-8");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestCharsetDecoder::canonicalName()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, name);
    QCOMPARE(CharsetDecoder::canonicalName(label), name);
}

void TestCharsetDecoder::headerWords_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("guessed");

    QTest::newRow("plain") << QByteArray("Hello world") << u"Hello world"_s << false;
    QTest::newRow("b word") << QByteArray("=?ISO-2022-JP?B?GyRCJEokcyQrJDckaSEhGyhC?=") << u"なんかしら　"_s << false;
    QTest::newRow("q word") << QByteArray("=?UTF-8?Q?caf=C3=A9_au_lait?=") << u"café au lait"_s << false;
    QTest::newRow("lower-case encoding") << QByteArray("=?utf-8?b?5pel5pys6Kqe?=") << u"日本語"_s << false;
    QTest::newRow("space between words dropped")
        << QByteArray("=?UTF-8?B?5pel?= =?UTF-8?B?5pys?=\r\n =?UTF-8?B?6Kqe?=") << u"日本語"_s << false;
    QTest::newRow("text around words kept")
        << QByteArray("Re: =?UTF-8?B?5pel5pys6Kqe?= (2)") << u"Re: 日本語 (2)"_s << false;
    QTest::newRow("utf-8 split mid-character") << QByteArray("=?UTF-8?B?5pel5p"
                                                             "w==?= =?UTF-8?B?rOiqng==?=")
                                               << u"日本語"_s << false;
    QTest::newRow("iso-2022-jp split mid-character")
        << QByteArray("=?ISO-2022-JP?B?GyRCRnxL?= =?ISO-2022-JP?B?XDhsGyhC?=") << u"日本語"_s << false;
    QTest::newRow("shift_jis q split mid-character")
        << QByteArray("=?Shift_JIS?Q?=82=B1=82?= =?Shift_JIS?Q?=F1?=") << u"こん"_s << false;
    QTest::newRow("wrong label: utf-8 in iso-8859-1 word")
        << QByteArray("=?ISO-8859-1?B?5pel5pys6Kqe?=") << u"日本語"_s << true;
    QTest::newRow("wrong label: jis in us-ascii word")
        << QByteArray("=?us-ascii?B?GyRCRnxLXDhsGyhC?=") << u"日本語"_s << true;
    QTest::newRow("nec row 13 in jis word") << QByteArray("=?ISO-2022-JP?B?GyRCLSEbKEI=?=") << u"①"_s << false;
    QTest::newRow("raw 8-bit utf-8") << QByteArray(kUtf8Nihongo) << u"日本語"_s << false;
    QTest::newRow("raw 8-bit shift_jis") << QByteArray("\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd") << u"こんにちは"_s
                                         << true;
    QTest::newRow("raw iso-2022-jp escapes") << kJisNihongo << u"日本語"_s << true;
    QTest::newRow("missing base64 padding") << QByteArray("=?UTF-8?B?5pel5pys6Kqe5pel?=") << u"日本語日"_s << false;
    QTest::newRow("not an encoded word") << QByteArray("a =? b ?= c") << u"a =? b ?= c"_s << false;
    QTest::newRow("word glued to text") << QByteArray("Re:=?UTF-8?B?5pel?=") << u"Re:日"_s << false;
    QTest::newRow("rfc 2231 language suffix") << QByteArray("=?UTF-8*ja?B?5pel?=") << u"日"_s << false;
    QTest::newRow("folded plain text") << QByteArray("a\r\n b") << u"a b"_s << false;
}

void TestCharsetDecoder::headerWords()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, text);
    QFETCH(bool, guessed);
    const DecodedText decoded = HeaderTextDecoder::decodeUnstructured(raw);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.guessed, guessed);
}

void TestCharsetDecoder::structuredHeader_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("utf8");
    QTest::newRow("word becomes quoted string")
        << QByteArray("=?UTF-8?B?5bGx55SwLCDlpKrpg44=?= <a@b.jp>") << QByteArray("\"山田, 太郎\" <a@b.jp>");
    QTest::newRow("word inside quotes not re-quoted")
        << QByteArray("\"=?UTF-8?B?5bGx55Sw?=\" <a@b.jp>") << QByteArray("\"山田\" <a@b.jp>");
    QTest::newRow("quote in decoded text escaped")
        << QByteArray("=?UTF-8?Q?a=22b?= <a@b.jp>") << QByteArray("\"a\\\"b\" <a@b.jp>");
    QTest::newRow("raw shift_jis name") << QByteArray("\x8e\x52\x93\x63 <a@b.jp>") << QByteArray("山田 <a@b.jp>");
}

void TestCharsetDecoder::structuredHeader()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, utf8);
    QCOMPARE(HeaderTextDecoder::toUtf8Structured(raw), utf8);
}

void TestCharsetDecoder::parameters_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("filename");

    QTest::newRow("plain") << QByteArray(" attachment; filename=report.pdf") << u"report.pdf"_s;
    QTest::newRow("quoted with semicolon") << QByteArray(" attachment; filename=\"a;b.pdf\"; size=3") << u"a;b.pdf"_s;
    QTest::newRow("quoted with escaped quote") << QByteArray(" attachment; filename=\"a\\\"b.pdf\"") << u"a\"b.pdf"_s;
    QTest::newRow("rfc2231 utf-8") << QByteArray(" attachment; filename*=utf-8''%E6%97%A5%E6%9C%AC.pdf")
                                   << u"日本.pdf"_s;
    QTest::newRow("rfc2231 with language")
        << QByteArray(" attachment; filename*=UTF-8'ja'%E6%97%A5.txt") << u"日.txt"_s;
    QTest::newRow("rfc2231 continuations out of order")
        << QByteArray(" attachment;\r\n filename*1*=%9C%AC.pdf;\r\n filename*0*=UTF-8''%E6%97%A5%E6") << u"日本.pdf"_s;
    QTest::newRow("rfc2231 mixed plain continuation")
        << QByteArray(" attachment; filename*0*=UTF-8''%E6%97%A5; filename*1=.pdf") << u"日.pdf"_s;
    QTest::newRow("rfc2231 shift_jis cp932 chars")
        << QByteArray(" attachment; filename*=Shift_JIS''%87%40%87%8A.pdf") << u"①㈱.pdf"_s;
    QTest::newRow("rfc2231 iso-2022-jp split in continuation")
        << QByteArray(" attachment; filename*0*=ISO-2022-JP''%1B%24BF%7CK; filename*1*=%5C8l%1B%28B.txt")
        << u"日本語.txt"_s;
    QTest::newRow("extended wins over plain")
        << QByteArray(" attachment; filename=\"fallback.pdf\"; filename*=UTF-8''%E6%97%A5.pdf") << u"日.pdf"_s;
    QTest::newRow("rfc2047 in quotes") << QByteArray(" attachment; filename=\"=?UTF-8?B?5pel5pys6Kqe?=.pdf\"")
                                       << u"日本語.pdf"_s;
    QTest::newRow("rfc2047 split words in quotes")
        << QByteArray(" attachment;\r\n filename=\"=?ISO-2022-JP?B?GyRCRnxL?=\r\n =?ISO-2022-JP?B?XDhsGyhC?=.txt\"")
        << u"日本語.txt"_s;
    QTest::newRow("raw 8-bit shift_jis") << QByteArray(" attachment; filename=\"\x8e\x52\x93\x63.csv\"")
                                         << u"山田.csv"_s;
    QTest::newRow("absent") << QByteArray(" inline") << QString();
    QTest::newRow("other parameter only") << QByteArray(" attachment; name=x.pdf") << QString();
}

void TestCharsetDecoder::parameters()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, filename);
    QCOMPARE(MimeParameters(raw).value("filename"), filename);
}

void TestCharsetDecoder::fileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("safe");
    QTest::newRow("ordinary") << u"請求書.pdf"_s << u"請求書.pdf"_s;
    QTest::newRow("unix path") << u"../../etc/passwd"_s << u"passwd"_s;
    QTest::newRow("windows path") << u"C:\\Users\\a\\evil.exe"_s << u"evil.exe"_s;
    QTest::newRow("dot dot only") << u".."_s << u"attachment"_s;
    QTest::newRow("hidden file") << u".bashrc"_s << u"bashrc"_s;
    QTest::newRow("trailing dots and spaces") << u"report.pdf. . "_s << u"report.pdf"_s;
    QTest::newRow("control characters") << u"a\u0001b\nc.txt"_s << u"a_b_c.txt"_s;
    QTest::newRow("bidi override") << u"invoice\u202Efdp.exe"_s << u"invoice_fdp.exe"_s;
    QTest::newRow("windows reserved characters") << u"a<b>c:d\"e|f?g*h.txt"_s << u"a_b_c_d_e_f_g_h.txt"_s;
    QTest::newRow("reserved device name") << u"CON"_s << u"_CON"_s;
    QTest::newRow("reserved device name with extension") << u"lpt1.txt"_s << u"_lpt1.txt"_s;
    QTest::newRow("reserved-looking ordinary name") << u"console.txt"_s << u"console.txt"_s;
    QTest::newRow("empty") << QString() << u"attachment"_s;
    QTest::newRow("decomposed kana composed") << u"\u30CF\u309A\u30B9.txt"_s << u"パス.txt"_s;
    QTest::newRow("long name keeps extension") << QString(300, u'あ') + u".pdf"_s << QString(65, u'あ') + u".pdf"_s;
}

void TestCharsetDecoder::fileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, safe);
    const QString result = AttachmentFileName::sanitize(name);
    QCOMPARE(result, safe);
    QVERIFY(result.toUtf8().size() <= AttachmentFileName::kMaxUtf8Bytes);
}

QTEST_GUILESS_MAIN(TestCharsetDecoder)
#include "tst_charsetdecoder.moc"
