#include "mail/mime/HtmlSanitizer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data();
    void sanitize();
    void neverLeaksDangerousMarkup_data();
    void neverLeaksDangerousMarkup();
    void plainText_data();
    void plainText();
    void entities_data();
    void entities();
};

void TestHtmlSanitizer::sanitize_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain formatting kept")
        << u"<p>お世話に<b>なって</b>おります</p>"_s << u"<p>お世話に<b>なって</b>おります</p>"_s;
    QTest::newRow("script dropped with content") << u"a<script>alert(1)</script>b"_s << u"ab"_s;
    QTest::newRow("script upper case") << u"a<SCRIPT type=x>alert(1)</SCRIPT>b"_s << u"ab"_s;
    QTest::newRow("style element dropped") << u"<style>p{background:url(http://x/y)}</style>text"_s << u"text"_s;
    QTest::newRow("iframe dropped") << u"<iframe src=\"https://evil.example\">x</iframe>ok"_s << u"ok"_s;
    QTest::newRow("object and embed") << u"<object data=x>fallback</object><embed src=y>z"_s << u"z"_s;
    QTest::newRow("form controls dropped, text kept")
        << u"<form action=\"https://evil\"><input name=p><button>送信</button></form>"_s << u"送信"_s;
    QTest::newRow("textarea content dropped") << u"<textarea>secret</textarea>after"_s << u"after"_s;
    QTest::newRow("event handler removed")
        << u"<p onclick=\"steal()\" align=\"center\">x</p>"_s << u"<p align=\"center\">x</p>"_s;
    QTest::newRow("onerror on img removed with remote src")
        << u"<img src=\"https://t.example/p.gif\" onerror=\"x()\" alt=\"ロゴ\">"_s
        << u"<span class=\"blocked-image\">[ロゴ]</span>"_s;
    QTest::newRow("remote image without alt")
        << u"<img src=http://t.example/p.gif>"_s << u"<span class=\"blocked-image\">[image]</span>"_s;
    QTest::newRow("protocol-relative image blocked")
        << u"<img src=\"//t.example/p.gif\" alt=a>"_s << u"<span class=\"blocked-image\">[a]</span>"_s;
    QTest::newRow("cid image kept") << u"<img src=\"cid:logo@acme\" width=\"10\" onload=\"x()\">"_s
                                    << u"<img src=\"cid:logo@acme\" width=\"10\">"_s;
    QTest::newRow("css url removed, colour kept")
        << u"<div style=\"color: red; background-image: url('https://t.example/x.png')\">x</div>"_s
        << u"<div style=\"color: red\">x</div>"_s;
    QTest::newRow("css expression removed")
        << u"<span style=\"width: expression(alert(1))\">x</span>"_s << u"<span>x</span>"_s;
    QTest::newRow("css escape trick removed")
        << u"<span style=\"background: \\75rl(http://x)\">x</span>"_s << u"<span>x</span>"_s;
    QTest::newRow("link shows differing target")
        << u"<a href=\"https://evil.example/login\">https://bank.example</a>"_s
        << u"<a href=\"https://evil.example/login\" title=\"https://evil.example/login\">https://bank.example</a> "
           "<span class=\"link-target\">(https://evil.example/login)</span>"_s;
    QTest::newRow("link equal to its text shown once")
        << u"<a href=\"https://acme.example/\">https://acme.example</a>"_s
        << u"<a href=\"https://acme.example/\" title=\"https://acme.example/\">https://acme.example</a>"_s;
    QTest::newRow("mailto link equal to text") << u"<a href=\"mailto:a@b.jp\">a@b.jp</a>"_s
                                               << u"<a href=\"mailto:a@b.jp\" title=\"mailto:a@b.jp\">a@b.jp</a>"_s;
    QTest::newRow("javascript link neutralised") << u"<a href=\"javascript:alert(1)\">click</a>"_s << u"<a>click</a>"_s;
    QTest::newRow("entity-hidden javascript link") << u"<a href=\"&#106;avascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("whitespace-hidden javascript link") << u"<a href=\"java\tscript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("data link neutralised") << u"<a href=\"data:text/html,<script>\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("unclosed link closed")
        << u"<a href=\"https://a.example\">x"_s << u"<a href=\"https://a.example\" title=\"https://a.example\">x</a>"_s;
    QTest::newRow("comments removed") << u"a<!-- <script>x</script> -->b"_s << u"ab"_s;
    QTest::newRow("conditional comment removed") << u"<!--[if mso]><v:shape/><![endif]-->ok"_s << u"ok"_s;
    QTest::newRow("html head body unwrapped")
        << u"<html><head><title>t</title><meta charset=x></head><body>本文</body></html>"_s << u"本文"_s;
    QTest::newRow("stray less-than escaped") << u"1 < 2"_s << u"1 &lt; 2"_s;
    QTest::newRow("text entities re-escaped") << u"&lt;b&gt; &amp;"_s << u"&lt;b&gt; &amp;"_s;
    QTest::newRow("attribute quotes escaped") << u"<p title='a\"b'>x</p>"_s << u"<p title=\"a&quot;b\">x</p>"_s;
    QTest::newRow("id and class dropped") << u"<table id=t class=c border=1><tr><td colspan=2>x</td></tr></table>"_s
                                          << u"<table border=\"1\"><tr><td colspan=\"2\">x</td></tr></table>"_s;
    QTest::newRow("nested dropped elements") << u"<script><script>x</script>y</script>z"_s << u"z"_s;
    QTest::newRow("svg dropped") << u"<svg onload=alert(1)><circle/></svg>ok"_s << u"ok"_s;
    QTest::newRow("base and link tags dropped")
        << u"<base href=\"https://evil/\"><link rel=stylesheet href=x>ok"_s << u"ok"_s;
}

void TestHtmlSanitizer::sanitize()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitize(html), expected);
}

void TestHtmlSanitizer::neverLeaksDangerousMarkup_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("broken quotes") << u"<img src=\"x\" onerror=alert(1)//\">"_s;
    QTest::newRow("unterminated tag") << u"<a href=\"javascript:x"_s;
    QTest::newRow("meta refresh") << u"<meta http-equiv=refresh content=\"0;url=https://evil\">"_s;
    QTest::newRow("tag soup") << u"<<script>script>alert(1)<</script>/script>"_s;
    QTest::newRow("background attribute") << u"<body background=\"https://t.example/bg.png\"><td background=x>"_s;
    QTest::newRow("srcset") << u"<img srcset=\"https://t.example/a.png 1x\" src=\"cid:x\">"_s;
    QTest::newRow("style import") << u"<p style=\"@import 'https://t.example/x.css'\">x</p>"_s;
}

void TestHtmlSanitizer::neverLeaksDangerousMarkup()
{
    QFETCH(QString, html);
    const QString out = HtmlSanitizer::sanitize(html).toLower();
    QVERIFY2(!out.contains(u"<script"_s), qPrintable(out));
    QVERIFY2(!out.contains(u"javascript:"_s), qPrintable(out));
    QVERIFY2(!out.contains(u"onerror"_s), qPrintable(out));
    QVERIFY2(!out.contains(u"https://t.example"_s), qPrintable(out));
    QVERIFY2(!out.contains(u"<meta"_s), qPrintable(out));
    QVERIFY2(!out.contains(u"@import"_s), qPrintable(out));
}

void TestHtmlSanitizer::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("paragraphs") << u"<p>一行目</p><p>二行目</p>"_s << u"一行目\n二行目"_s;
    QTest::newRow("br and entities") << u"A&amp;B<br>C&nbsp;D"_s << u"A&B\nC D"_s;
    QTest::newRow("script and style skipped") << u"<style>x</style>見える<script>y</script>"_s << u"見える"_s;
    QTest::newRow("whitespace collapsed") << u"<div>  a \n  b  </div>"_s << u"a b"_s;
    QTest::newRow("table rows") << u"<table><tr><td>a</td></tr><tr><td>b</td></tr></table>"_s << u"a\nb"_s;
}

void TestHtmlSanitizer::plainText()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::toPlainText(html), expected);
}

void TestHtmlSanitizer::entities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("named") << u"&lt;&gt;&amp;&quot;&apos;"_s << u"<>&\"'"_s;
    QTest::newRow("decimal") << u"&#12354;"_s << u"あ"_s;
    QTest::newRow("hex") << u"&#x3042;&#X3044;"_s << u"あい"_s;
    QTest::newRow("missing semicolon") << u"&amp b"_s << u"& b"_s;
    QTest::newRow("unknown kept") << u"&bogus;"_s << u"&bogus;"_s;
    QTest::newRow("out of range kept") << u"&#x110000;"_s << u"&#x110000;"_s;
    QTest::newRow("yen") << u"&yen;100"_s << u"¥100"_s;
}

void TestHtmlSanitizer::entities()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::decodeEntities(text), expected);
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
