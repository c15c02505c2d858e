// Response forms of RFC 3501 the client relies on, malformed lines, and the helpers that
// sit next to the parser (INTERNALDATE, UID sets, mailbox names, settings URLs, backoff).
#include "mail/imap/ImapCommand.h"
#include "mail/imap/ImapFetchedMessage.h"
#include "mail/imap/ImapParser.h"
#include "mail/imap/ImapServerSettings.h"
#include "mail/imap/ReconnectBackoff.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

QByteArray describe(const QList<ImapValue> &values);

QByteArray describe(const ImapValue &value)
{
    switch (value.kind) {
    case ImapValue::Kind::Atom:
        return value.text;
    case ImapValue::Kind::Number:
        return '#' + QByteArray::number(value.number);
    case ImapValue::Kind::String:
        return '"' + value.text + '"';
    case ImapValue::Kind::Nil:
        return "NIL";
    case ImapValue::Kind::List:
        return '(' + describe(value.items) + ')';
    }
    return {};
}

QByteArray describe(const QList<ImapValue> &values)
{
    QByteArray result;
    for (const ImapValue &value : values) {
        if (!result.isEmpty())
            result += ' ';
        result += describe(value);
    }
    return result;
}

// QVERIFY2 evaluates its message even when the check passes.
template<typename T>
QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

QList<ImapParser::Item> feedAll(ImapParser &parser, const QByteArray &data)
{
    return parser.feed(data);
}

} // namespace

class TestImapParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void responseForms_data();
    void responseForms();
    void malformed_data();
    void malformed();
    void literalSplitAtEveryPosition();
    void literalByteByByte();
    void largeLiteralIsStreamed();
    void parserContinuesAfterMalformedLine();
    void overlongLineIsRefused();
    void oversizedLiteralIsRefused();
    void internalDate_data();
    void internalDate();
    void fetchedMessage_data();
    void fetchedMessage();
    void uidSet_data();
    void uidSet();
    void mailboxName_data();
    void mailboxName();
    void commandQuoting_data();
    void commandQuoting();
    void settingsUrl_data();
    void settingsUrl();
    void backoff();
};

void TestImapParser::responseForms_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind"); // 0 tagged, 1 untagged, 2 continuation
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("codeArguments");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<qulonglong>("number");
    QTest::addColumn<QByteArray>("values");

    auto row = [](const char *name, const QByteArray &input, int kind, const QByteArray &tag, const QByteArray &status,
                  const QByteArray &code, const QByteArray &codeArguments, const QString &text,
                  const QByteArray &dataName, qulonglong number, const QByteArray &values) {
        QTest::newRow(name) << input << kind << tag << status << code << codeArguments << text << dataName << number
                            << values;
    };
    row("greeting", "* OK IMAP4rev1 Service Ready\r\n", 1, "", "OK", "", "", u"IMAP4rev1 Service Ready"_s, "", 0, "");
    row("greeting with capability", "* OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR STARTTLS AUTH=PLAIN] Dovecot ready.\r\n",
        1, "", "OK", "CAPABILITY", "IMAP4rev1 LITERAL+ SASL-IR STARTTLS AUTH=PLAIN", u"Dovecot ready."_s, "", 0, "");
    row("preauth", "* PREAUTH [CAPABILITY IMAP4rev1] logged in\r\n", 1, "", "PREAUTH", "CAPABILITY", "IMAP4rev1",
        u"logged in"_s, "", 0, "");
    row("bye", "* BYE Server shutting down\r\n", 1, "", "BYE", "", "", u"Server shutting down"_s, "", 0, "");
    row("bye without text", "* BYE\r\n", 1, "", "BYE", "", "", QString(), "", 0, "");
    row("tagged ok", "a1 OK LOGIN completed\r\n", 0, "a1", "OK", "", "", u"LOGIN completed"_s, "", 0, "");
    row("tagged ok lower case", "a7 ok done\r\n", 0, "a7", "OK", "", "", u"done"_s, "", 0, "");
    row("tagged ok bare", "a2 OK\r\n", 0, "a2", "OK", "", "", QString(), "", 0, "");
    row("tagged no", "a3 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n", 0, "a3", "NO", "AUTHENTICATIONFAILED",
        "", u"Authentication failed."_s, "", 0, "");
    row("tagged no privacy", "a3 NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.\r\n",
        0, "a3", "NO", "PRIVACYREQUIRED", "", u"Plaintext authentication disallowed on non-secure (SSL/TLS) connections."_s,
        "", 0, "");
    row("tagged bad", "a4 BAD Error in IMAP command: Unknown command.\r\n", 0, "a4", "BAD", "", "",
        u"Error in IMAP command: Unknown command."_s, "", 0, "");
    row("tagged ok with capability code", "a2 OK [CAPABILITY IMAP4rev1 IDLE MOVE UIDPLUS] Logged in\r\n", 0, "a2", "OK",
        "CAPABILITY", "IMAP4rev1 IDLE MOVE UIDPLUS", u"Logged in"_s, "", 0, "");
    row("read-write code", "a5 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\r\n", 0, "a5", "OK",
        "READ-WRITE", "", u"Select completed (0.001 + 0.000 secs)."_s, "", 0, "");
    row("code without text", "a5 OK [READ-ONLY]\r\n", 0, "a5", "OK", "READ-ONLY", "", QString(), "", 0, "");
    row("uidvalidity", "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n", 1, "", "OK", "UIDVALIDITY", "3857529045",
        u"UIDs valid"_s, "", 0, "");
    row("uidnext", "* OK [UIDNEXT 4392] Predicted next UID\r\n", 1, "", "OK", "UIDNEXT", "4392",
        u"Predicted next UID"_s, "", 0, "");
    row("permanentflags", "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n", 1, "", "OK", "PERMANENTFLAGS",
        "(\\Deleted \\Seen \\*)", u"Limited"_s, "", 0, "");
    row("alert", "* OK [ALERT] System shutdown in 10 minutes\r\n", 1, "", "OK", "ALERT", "",
        u"System shutdown in 10 minutes"_s, "", 0, "");
    row("no with code", "* NO [ALERT] Mailbox is over quota\r\n", 1, "", "NO", "ALERT", "",
        u"Mailbox is over quota"_s, "", 0, "");
    row("japanese text", "* OK 準備完了\r\n", 1, "", "OK", "", "", u"準備完了"_s, "", 0, "");
    row("exists", "* 172 EXISTS\r\n", 1, "", "", "", "", QString(), "EXISTS", 172, "");
    row("recent", "* 1 RECENT\r\n", 1, "", "", "", "", QString(), "RECENT", 1, "");
    row("expunge", "* 44 EXPUNGE\r\n", 1, "", "", "", "", QString(), "EXPUNGE", 44, "");
    row("capability", "* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED IDLE\r\n", 1, "", "", "", "", QString(),
        "CAPABILITY", 0, "IMAP4rev1 STARTTLS LOGINDISABLED IDLE");
    row("flags", "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n", 1, "", "", "", "", QString(), "FLAGS", 0,
        "(\\Answered \\Flagged \\Deleted \\Seen \\Draft)");
    row("search", "* SEARCH 2 84 882\r\n", 1, "", "", "", "", QString(), "SEARCH", 0, "#2 #84 #882");
    row("search empty", "* SEARCH\r\n", 1, "", "", "", "", QString(), "SEARCH", 0, "");
    row("list", "* LIST (\\HasNoChildren) \".\" \"INBOX\"\r\n", 1, "", "", "", "", QString(), "LIST", 0,
        "(\\HasNoChildren) \".\" \"INBOX\"");
    row("list nil delimiter", "* LIST (\\Noselect) NIL \"\"\r\n", 1, "", "", "", "", QString(), "LIST", 0,
        "(\\Noselect) NIL \"\"");
    row("status", "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n", 1, "", "", "", "", QString(), "STATUS", 0,
        "blurdybloop (MESSAGES #231 UIDNEXT #44292)");
    row("fetch flags", "* 12 FETCH (FLAGS (\\Seen) UID 4827313)\r\n", 1, "", "", "", "", QString(), "FETCH", 12,
        "(FLAGS (\\Seen) UID #4827313)");
    row("fetch full", "* 1 FETCH (UID 7 RFC822.SIZE 5 INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" BODY[] {5}\r\nHello)\r\n",
        1, "", "", "", "", QString(), "FETCH", 1,
        "(UID #7 RFC822.SIZE #5 INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" BODY[] \"Hello\")");
    row("fetch literal with CRLF inside", "* 2 FETCH (BODY[] {12}\r\nA: b\r\n\r\nbody UID 9)\r\n", 1, "", "", "", "",
        QString(), "FETCH", 2, "(BODY[] \"A: b\r\n\r\nbody\" UID #9)");
    row("fetch two literals", "* 3 FETCH (BODY[HEADER] {3}\r\nabc BODY[TEXT] {0}\r\n)\r\n", 1, "", "", "", "", QString(),
        "FETCH", 3, "(BODY[HEADER] \"abc\" BODY[TEXT] \"\")");
    row("fetch section with spaces", "* 4 FETCH (BODY[HEADER.FIELDS (SUBJECT DATE)] {2}\r\nab)\r\n", 1, "", "", "", "",
        QString(), "FETCH", 4, "(BODY[HEADER.FIELDS (SUBJECT DATE)] \"ab\")");
    row("fetch partial origin", "* 5 FETCH (BODY[]<0> {1}\r\nx)\r\n", 1, "", "", "", "", QString(), "FETCH", 5,
        "(BODY[]<0> \"x\")");
    row("fetch nil body", "* 6 FETCH (UID 10 BODY[] NIL)\r\n", 1, "", "", "", "", QString(), "FETCH", 6,
        "(UID #10 BODY[] NIL)");
    row("fetch quoted escapes", "* 7 FETCH (X-NOTE \"a \\\"b\\\" \\\\c\")\r\n", 1, "", "", "", "", QString(), "FETCH", 7,
        "(X-NOTE \"a \"b\" \\c\")");
    row("fetch modseq", "* 8 FETCH (UID 3 MODSEQ (624140003))\r\n", 1, "", "", "", "", QString(), "FETCH", 8,
        "(UID #3 MODSEQ (#624140003))");
    row("fetch empty list", "* 9 FETCH ()\r\n", 1, "", "", "", "", QString(), "FETCH", 9, "()");
    row("lf only line end", "* 3 EXISTS\n", 1, "", "", "", "", QString(), "EXISTS", 3, "");
    row("continuation", "+ idling\r\n", 2, "", "", "", "", u"idling"_s, "", 0, "");
    row("continuation ready", "+ Ready for literal data\r\n", 2, "", "", "", "", u"Ready for literal data"_s, "", 0, "");
    row("continuation bare", "+\r\n", 2, "", "", "", "", QString(), "", 0, "");
    row("continuation empty", "+ \r\n", 2, "", "", "", "", QString(), "", 0, "");
    row("continuation base64", "+ dGVzdA==\r\n", 2, "", "", "", "", u"dGVzdA=="_s, "", 0, "");
    row("enabled", "* ENABLED CONDSTORE\r\n", 1, "", "", "", "", QString(), "ENABLED", 0, "CONDSTORE");
    row("id nil", "* ID NIL\r\n", 1, "", "", "", "", QString(), "ID", 0, "NIL");
    row("namespace", "* NAMESPACE ((\"\" \".\")) NIL NIL\r\n", 1, "", "", "", "", QString(), "NAMESPACE", 0,
        "((\"\" \".\")) NIL NIL");
}

void TestImapParser::responseForms()
{
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    QFETCH(QByteArray, tag);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, codeArguments);
    QFETCH(QString, text);
    QFETCH(QByteArray, name);
    QFETCH(qulonglong, number);
    QFETCH(QByteArray, values);

    ImapParser parser;
    const QList<ImapParser::Item> items = feedAll(parser, input);
    QCOMPARE(items.size(), 1);
    QVERIFY2(items.first().response.ok(), why(items.first().response).constData());
    const ImapResponse &response = items.first().response.value();
    QCOMPARE(int(response.kind), kind);
    QCOMPARE(response.tag, tag);
    QCOMPARE(QByteArray(ImapResponse::statusName(response.status)), status);
    QCOMPARE(response.code, code);
    QCOMPARE(response.codeArguments, codeArguments);
    QCOMPARE(response.text, text);
    QCOMPARE(response.name, name);
    QCOMPARE(response.number, number);
    QCOMPARE(describe(response.values), values);
    QCOMPARE(response.lineNumber, 1);
    QVERIFY(!parser.hasPartialResponse());
}

void TestImapParser::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("problem");

    QTest::newRow("empty line") << QByteArray("\r\n") << 0 << u"empty line"_s;
    QTest::newRow("star alone") << QByteArray("*\r\n") << 1 << u"expected ' ' but the line ended"_s;
    QTest::newRow("star space") << QByteArray("* \r\n") << 2 << u"expected a word but the line ended"_s;
    QTest::newRow("tag alone") << QByteArray("a1\r\n") << 2 << u"expected ' ' but the line ended"_s;
    QTest::newRow("unknown status") << QByteArray("a1 MAYBE fine\r\n") << 8 << u"'MAYBE' at offset 3"_s;
    QTest::newRow("tagged bye") << QByteArray("a1 BYE now\r\n") << 6 << u"not a completion status"_s;
    QTest::newRow("starts with paren") << QByteArray("(foo)\r\n") << 0 << u"expected a word but found '('"_s;
    QTest::newRow("unterminated quote") << QByteArray("* LIST () \".\" \"INBOX\r\n") << 20 << u"quoted string not closed"_s;
    QTest::newRow("bad escape") << QByteArray("* LIST () \".\" \"IN\\BOX\"\r\n") << 18 << u"'\\B'"_s;
    QTest::newRow("unclosed list") << QByteArray("* 1 FETCH (UID 5\r\n") << 16 << u"list not closed"_s;
    QTest::newRow("list missing space") << QByteArray("* 1 FETCH (UID 5(X))\r\n") << 16 << u"expected ' ' but found '('"_s;
    QTest::newRow("fetch without list") << QByteArray("* 1 FETCH UID 5\r\n") << 10 << u"parenthesised list"_s;
    QTest::newRow("fetch without data") << QByteArray("* 1 FETCH\r\n") << 9 << u"expected ' ' but the line ended"_s;
    QTest::newRow("exists without name") << QByteArray("* 23\r\n") << 4 << u"expected ' ' but the line ended"_s;
    QTest::newRow("huge number") << QByteArray("* 1 FETCH (UID 99999999999999999999999)\r\n") << 38 << u"too large"_s;
    QTest::newRow("literal size not a number") << QByteArray("* 1 FETCH (BODY[] {x})\r\n") << 19 << u"literal size"_s;
    QTest::newRow("literal marker mid line") << QByteArray("* 1 FETCH (BODY[] {3} abc)\r\n") << 21 << u"expected '\n'"_s;
    QTest::newRow("unclosed code bracket") << QByteArray("* OK [ALERT text\r\n") << 16 << u"expected ']' but the line ended"_s;
    QTest::newRow("code without closing bracket") << QByteArray("* OK [UIDNEXT 5 text\r\n") << 20
                                                  << u"expected ']' but the line ended"_s;
    QTest::newRow("section without bracket") << QByteArray("* 1 FETCH (BODY[HEADER {3}\r\nabc)\r\n") << 15 << u"closing ']'"_s;
    QTest::newRow("status without space") << QByteArray("a1 OK[ALERT] x\r\n") << 12 << u"'OK[ALERT]' at offset 3 is not a completion status"_s;
    QTest::newRow("percent in status word")
        << QByteArray("a1 OK%1%2 x\r\n") << 9 << u"'OK%1%2' at offset 3 is not a completion status"_s;
    QTest::newRow("control char in atom") << QByteArray("* \x01OK\r\n") << 2 << u"expected a word"_s;
}

void TestImapParser::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(int, offset);
    QFETCH(QString, problem);

    ImapParser parser;
    const QList<ImapParser::Item> items = parser.feed(input);
    QCOMPARE(items.size(), 1);
    QVERIFY(!items.first().response.ok());
    const Error &error = items.first().response.error();
    QCOMPARE(error.code, u"imap-parse"_s);
    QVERIFY2(error.message.contains(u"line 1, offset %1"_s.arg(offset)), qPrintable(error.message));
    QVERIFY2(error.message.contains(problem), qPrintable(error.message));
}

void TestImapParser::literalSplitAtEveryPosition()
{
    const QByteArray input = "* 1 FETCH (UID 42 RFC822.SIZE 20 BODY[] {20}\r\nSubject: x\r\n\r\nbody\r\n)\r\n"
                             "a3 OK Fetch completed.\r\n";
    for (qsizetype split = 0; split <= input.size(); ++split) {
        ImapParser parser;
        QList<ImapParser::Item> items = parser.feed(QByteArrayView(input).first(split));
        items.append(parser.feed(QByteArrayView(input).sliced(split)));
        QVERIFY2(items.size() == 2, QByteArray::number(split).constData());
        QVERIFY(items.at(0).response.ok());
        const auto message = ImapFetchedMessage::fromResponse(items.at(0).response.value());
        QVERIFY(message.ok());
        QCOMPARE(message->uid, 42u);
        QCOMPARE(message->source, QByteArray("Subject: x\r\n\r\nbody\r\n"));
        QCOMPARE(items.at(1).response->tag, QByteArray("a3"));
        QCOMPARE(items.at(1).response->lineNumber, 2);
        QCOMPARE(items.at(0).logLine, QByteArray("* 1 FETCH (UID 42 RFC822.SIZE 20 BODY[] {20} )"));
    }
}

void TestImapParser::literalByteByByte()
{
    const QByteArray input = "* 3 FETCH (BODY[] {7}\r\n{5}\r\nab UID 3)\r\n";
    ImapParser parser;
    QList<ImapParser::Item> items;
    for (const char c : input)
        items.append(parser.feed(QByteArrayView(&c, 1)));
    QCOMPARE(items.size(), 1);
    QVERIFY(items.first().response.ok());
    QCOMPARE(describe(items.first().response->values), QByteArray("(BODY[] \"{5}\r\nab\" UID #3)"));
}

void TestImapParser::largeLiteralIsStreamed()
{
    // 30 MB arrives in 16 KiB reads; the parser reports progress and ends with one buffer.
    const qsizetype size = 30 * 1024 * 1024;
    ImapParser parser;
    QVERIFY(parser.feed(QByteArray("* 1 FETCH (UID 1 BODY[] {" + QByteArray::number(size) + "}\r\n")).isEmpty());
    QCOMPARE(parser.literalBytesExpected(), size);
    const QByteArray chunk(16 * 1024, 'x');
    qsizetype sent = 0;
    while (sent < size) {
        QVERIFY(parser.feed(chunk).isEmpty());
        sent += chunk.size();
        QCOMPARE(parser.literalBytesReceived(), sent < size ? sent : 0);
    }
    const QList<ImapParser::Item> items = parser.feed(")\r\n");
    QCOMPARE(items.size(), 1);
    const auto message = ImapFetchedMessage::fromResponse(items.first().response.value());
    QVERIFY(message.ok());
    QCOMPARE(message->source.size(), size);
    QCOMPARE(message->source.count('x'), size);
    QVERIFY(items.first().logLine.size() < 100); // the log never holds message contents
}

void TestImapParser::parserContinuesAfterMalformedLine()
{
    ImapParser parser;
    const QList<ImapParser::Item> items = parser.feed("* 1 FETCH (oops\r\n* 2 EXISTS\r\na1 OK done\r\n");
    QCOMPARE(items.size(), 3);
    QVERIFY(!items.at(0).response.ok());
    QVERIFY(items.at(0).response.error().message.contains(u"line 1"_s));
    QCOMPARE(items.at(1).response->name, QByteArray("EXISTS"));
    QCOMPARE(items.at(1).response->lineNumber, 2);
    QCOMPARE(items.at(2).response->tag, QByteArray("a1"));
}

void TestImapParser::overlongLineIsRefused()
{
    ImapParser parser(64);
    QList<ImapParser::Item> items = parser.feed(QByteArray("* OK " + QByteArray(100, 'y')));
    QCOMPARE(items.size(), 1);
    QVERIFY(!items.first().response.ok());
    QVERIFY(items.first().response.error().message.contains(u"longer than 64"_s));
    items = parser.feed(QByteArray(QByteArray(100, 'y') + "\r\n* 5 EXISTS\r\n"));
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().response->number, 5u);
}

void TestImapParser::oversizedLiteralIsRefused()
{
    ImapParser parser(ImapParser::defaultMaxLineLength, 1000);
    const QList<ImapParser::Item> items = parser.feed("* 1 FETCH (BODY[] {5000}\r\n");
    QCOMPARE(items.size(), 1);
    QVERIFY(!items.first().response.ok());
    QVERIFY(items.first().response.error().message.contains(u"5000"_s));
}

void TestImapParser::internalDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("utc"); // empty: invalid
    QTest::newRow("rfc example") << QByteArray("17-Jul-1996 02:44:25 -0700") << u"1996-07-17T09:44:25Z"_s;
    QTest::newRow("jst") << QByteArray("25-Nov-2026 09:00:00 +0900") << u"2026-11-25T00:00:00Z"_s;
    QTest::newRow("utc") << QByteArray("01-Jan-2025 00:00:00 +0000") << u"2025-01-01T00:00:00Z"_s;
    QTest::newRow("space padded day") << QByteArray(" 5-Feb-2025 23:59:59 +0900") << u"2025-02-05T14:59:59Z"_s;
    QTest::newRow("one digit day") << QByteArray("5-Feb-2025 23:59:59 +0900") << u"2025-02-05T14:59:59Z"_s;
    QTest::newRow("lower case month") << QByteArray("05-feb-2025 10:00:00 +0000") << u"2025-02-05T10:00:00Z"_s;
    QTest::newRow("half hour zone") << QByteArray("10-Mar-2025 12:00:00 +0530") << u"2025-03-10T06:30:00Z"_s;
    QTest::newRow("crosses date line") << QByteArray("31-Dec-2025 23:30:00 -1000") << u"2026-01-01T09:30:00Z"_s;
    QTest::newRow("leap day") << QByteArray("29-Feb-2024 12:00:00 +0900") << u"2024-02-29T03:00:00Z"_s;
    QTest::newRow("not leap") << QByteArray("29-Feb-2025 12:00:00 +0900") << QString();
    QTest::newRow("bad month") << QByteArray("01-Foo-2025 12:00:00 +0900") << QString();
    QTest::newRow("bad time") << QByteArray("01-Jan-2025 25:00:00 +0900") << QString();
    QTest::newRow("no zone") << QByteArray("01-Jan-2025 12:00:00") << QString();
    QTest::newRow("bad zone") << QByteArray("01-Jan-2025 12:00:00 0900") << QString();
    QTest::newRow("bad zone minutes") << QByteArray("01-Jan-2025 12:00:00 +0975") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestImapParser::internalDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, utc);
    const auto parsed = ImapFetchedMessage::parseInternalDate(text);
    if (utc.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().message.contains(u"INTERNALDATE"_s));
        return;
    }
    QVERIFY2(parsed.ok(), why(parsed).constData());
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
    QCOMPARE(parsed->toString(Qt::ISODate), utc);
}

void TestImapParser::fetchedMessage_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<uint>("uid");
    QTest::addColumn<qlonglong>("size");
    QTest::addColumn<QString>("internalDate");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("flags");

    QTest::newRow("all items") << QByteArray("* 1 FETCH (UID 7 RFC822.SIZE 3 INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" BODY[] {3}\r\nabc)\r\n")
                               << true << 7u << 3ll << u"1996-07-17T09:44:25Z"_s << QByteArray("abc") << QByteArray();
    QTest::newRow("any order") << QByteArray("* 9 FETCH (BODY[] {1}\r\nz INTERNALDATE \"01-Jan-2025 09:00:00 +0900\" UID 12 FLAGS (\\Seen))\r\n")
                               << true << 12u << -1ll << u"2025-01-01T00:00:00Z"_s << QByteArray("z") << QByteArray("\\Seen");
    QTest::newRow("flags only") << QByteArray("* 2 FETCH (FLAGS (\\Answered \\Seen) UID 3)\r\n") << true << 3u << -1ll
                                << QString() << QByteArray() << QByteArray("\\Answered \\Seen");
    QTest::newRow("uid zero") << QByteArray("* 2 FETCH (UID 0)\r\n") << false << 0u << 0ll << QString() << QByteArray() << QByteArray();
    QTest::newRow("uid not number") << QByteArray("* 2 FETCH (UID x)\r\n") << false << 0u << 0ll << QString() << QByteArray() << QByteArray();
    QTest::newRow("odd items") << QByteArray("* 2 FETCH (UID)\r\n") << false << 0u << 0ll << QString() << QByteArray() << QByteArray();
    QTest::newRow("bad date") << QByteArray("* 2 FETCH (UID 4 INTERNALDATE \"yesterday\")\r\n") << false << 0u << 0ll << QString() << QByteArray() << QByteArray();
    QTest::newRow("size not number") << QByteArray("* 2 FETCH (UID 4 RFC822.SIZE \"3\")\r\n") << false << 0u << 0ll << QString() << QByteArray() << QByteArray();
    QTest::newRow("body is list") << QByteArray("* 2 FETCH (UID 4 BODY[] (a))\r\n") << false << 0u << 0ll << QString() << QByteArray() << QByteArray();
}

void TestImapParser::fetchedMessage()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    ImapParser parser;
    const QList<ImapParser::Item> items = parser.feed(input);
    QCOMPARE(items.size(), 1);
    const auto message = ImapFetchedMessage::fromResponse(items.first().response.value());
    QCOMPARE(message.ok(), ok);
    if (!ok) {
        QVERIFY(message.error().message.contains(u"FETCH"_s));
        return;
    }
    QFETCH(uint, uid);
    QFETCH(qlonglong, size);
    QFETCH(QString, internalDate);
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, flags);
    QCOMPARE(message->uid, uid);
    QCOMPARE(message->size, size);
    QCOMPARE(message->internalDate.isValid() ? message->internalDate.toString(Qt::ISODate) : QString(), internalDate);
    QCOMPARE(message->source, source);
    QCOMPARE(message->flags.join(' '), flags);
}

void TestImapParser::uidSet_data()
{
    QTest::addColumn<QList<quint32>>("uids");
    QTest::addColumn<QByteArray>("set");
    QTest::newRow("empty") << QList<quint32>{} << QByteArray();
    QTest::newRow("one") << QList<quint32>{5} << QByteArray("5");
    QTest::newRow("range") << QList<quint32>{1, 2, 3} << QByteArray("1:3");
    QTest::newRow("mixed") << QList<quint32>{1, 2, 3, 5, 7, 8} << QByteArray("1:3,5,7:8");
    QTest::newRow("unsorted duplicates") << QList<quint32>{8, 3, 1, 2, 3, 7} << QByteArray("1:3,7:8");
    QTest::newRow("large") << QList<quint32>{4294967294u, 4294967295u} << QByteArray("4294967294:4294967295");
}

void TestImapParser::uidSet()
{
    QFETCH(QList<quint32>, uids);
    QFETCH(QByteArray, set);
    QCOMPARE(ImapCommand::uidSet(uids), set);
}

void TestImapParser::mailboxName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("inbox") << u"INBOX"_s << QByteArray("INBOX");
    QTest::newRow("ampersand") << u"Q&A"_s << QByteArray("Q&-A");
    QTest::newRow("rfc example") << u"~peter/mail/台北/日本語"_s << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
    QTest::newRow("japanese sent") << u"送信済み"_s << QByteArray("&kAFP4W4IMH8-");
    QTest::newRow("mixed") << u"Sent 送信"_s << QByteArray("Sent &kAFP4Q-");
}

void TestImapParser::mailboxName()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, encoded);
    QCOMPARE(ImapCommand::encodeMailboxName(name), encoded);
}

void TestImapParser::commandQuoting_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QList<QByteArray>>("parts");
    QTest::addColumn<QByteArray>("logText");
    QTest::newRow("plain") << QByteArray("secret") << QList<QByteArray>{"LOGIN \"user\" \"secret\""}
                           << QByteArray("LOGIN \"user\" ***");
    QTest::newRow("quote and backslash") << QByteArray("p\"a\\ss") << QList<QByteArray>{"LOGIN \"user\" \"p\\\"a\\\\ss\""}
                                         << QByteArray("LOGIN \"user\" ***");
    QTest::newRow("space and specials") << QByteArray("a b(c){d}%*") << QList<QByteArray>{"LOGIN \"user\" \"a b(c){d}%*\""}
                                        << QByteArray("LOGIN \"user\" ***");
    QTest::newRow("empty") << QByteArray("") << QList<QByteArray>{"LOGIN \"user\" \"\""} << QByteArray("LOGIN \"user\" ***");
    QTest::newRow("utf-8 needs literal") << QByteArray("パス") << QList<QByteArray>{"LOGIN \"user\" {6}", "パス"}
                                         << QByteArray("LOGIN \"user\" ***");
    QTest::newRow("newline needs literal") << QByteArray("a\r\nb") << QList<QByteArray>{"LOGIN \"user\" {4}", "a\r\nb"}
                                           << QByteArray("LOGIN \"user\" ***");
}

void TestImapParser::commandQuoting()
{
    QFETCH(QByteArray, value);
    QFETCH(QList<QByteArray>, parts);
    QFETCH(QByteArray, logText);
    ImapCommand command("LOGIN");
    command.string("user").string(value, true);
    QCOMPARE(command.parts(), parts);
    QCOMPARE(command.logText(), logText);
    QCOMPARE(command.name(), QByteArray("LOGIN"));
}

void TestImapParser::settingsUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<QString>("user");
    QTest::newRow("imaps default port") << u"imaps://support@mail.example.co.jp"_s << true << u"mail.example.co.jp"_s << 993 << true << u"support"_s;
    QTest::newRow("imaps port") << u"imaps://support@mail.example.co.jp:10993"_s << true << u"mail.example.co.jp"_s << 10993 << true << u"support"_s;
    QTest::newRow("imap starttls") << u"imap://support@127.0.0.1:143"_s << true << u"127.0.0.1"_s << 143 << false << u"support"_s;
    QTest::newRow("user with at sign") << u"imaps://support%40example.co.jp@imap.example.co.jp"_s << true << u"imap.example.co.jp"_s << 993 << true << u"support@example.co.jp"_s;
    QTest::newRow("no user") << u"imaps://mail.example.co.jp"_s << false << QString() << 0 << false << QString();
    QTest::newRow("password in url") << u"imaps://a:b@mail.example.co.jp"_s << false << QString() << 0 << false << QString();
    QTest::newRow("wrong scheme") << u"pop3://a@mail.example.co.jp"_s << false << QString() << 0 << false << QString();
    QTest::newRow("no host") << u"imaps://a@"_s << false << QString() << 0 << false << QString();
}

void TestImapParser::settingsUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    const auto settings = ImapServerSettings::fromUrl(url);
    QCOMPARE(settings.ok(), ok);
    if (!ok) {
        // The address is quoted back, but never a password in it.
        const QString shown = QString(url).replace(u":b@"_s, u":***@"_s);
        QVERIFY2(settings.error().message.contains(shown), qPrintable(settings.error().message));
        QVERIFY(!settings.error().message.contains(u":b@"_s));
        return;
    }
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, implicitTls);
    QFETCH(QString, user);
    QCOMPARE(settings->host, host);
    QCOMPARE(int(settings->port), port);
    QCOMPARE(settings->security == ImapServerSettings::Security::ImplicitTls, implicitTls);
    QCOMPARE(settings->user, user);
    const auto again = ImapServerSettings::fromUrl(settings->toUrl());
    QVERIFY(again.ok());
    QCOMPARE(again->user, user);
    QCOMPARE(int(again->port), port);
}

void TestImapParser::backoff()
{
    ReconnectBackoff backoff(1000, 60000);
    const QList<int> expected{1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
    for (const int delay : expected)
        QCOMPARE(backoff.nextDelayMs(), delay);
    backoff.reset();
    QCOMPARE(backoff.nextDelayMs(), 1000);
    QCOMPARE(backoff.attempts(), 1);
}

QTEST_GUILESS_MAIN(TestImapParser)
#include "tst_imapparser.moc"
