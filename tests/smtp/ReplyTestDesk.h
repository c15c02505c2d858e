#pragma once

// What the reply tests share: the customer's question they answer, and madoguchi-cli run on
// the test's database at the test's clock.
#include "../common/TestSmtpServer.h"
#include "../common/VerifyOk.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/outbox/TicketReplies.h"
#include "store/Database.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketMessage.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <tuple>

namespace Madoguchi::Testing {

// 山田 太郎 asks support@desk.example.co.jp (Cc suzuki@ and the desk again) for a new invoice
// at 09:30 JST on 10 June 2026, in a thread that began with q0@example.jp.
inline TicketMessage invoiceQuestion()
{
    using namespace Qt::Literals::StringLiterals;
    TicketMessage customer;
    customer.kind = MessageKind::CustomerMessage;
    customer.messageId = u"q1@example.jp"_s;
    customer.references = {u"q0@example.jp"_s};
    customer.fromAddress = u"yamada@example.jp"_s;
    customer.fromName = u"山田 太郎"_s;
    customer.to = {u"support@desk.example.co.jp"_s};
    customer.cc = {u"suzuki@example.jp"_s, u"Support@Desk.Example.co.jp"_s};
    customer.subject = u"RE: 請求書の再発行について"_s;
    customer.received = *Jst::parseIso(u"2026-06-10T09:30:00+09:00"_s);
    customer.bodyText = u"請求書を再発行してください。\n> 前回の件\n"_s;
    customer.rawSource = "Subject: x\r\n\r\nx\r\n";
    return customer;
}

// madoguchi-cli (MADOGUCHI_CLI) on the SQLite file at `now`: status, stdout, stderr.
inline std::tuple<int, QString, QString> runCliAt(const QString &databaseFile, const QDateTime &now,
                                                  const QStringList &args)
{
    using namespace Qt::Literals::StringLiterals;
    QProcess process;
    process.start(QStringLiteral(MADOGUCHI_CLI),
                  QStringList{u"--database"_s, databaseFile, u"--now"_s, Jst::format(now)} + args);
    process.waitForFinished(60000);
    return std::make_tuple(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                           QString::fromUtf8(process.readAllStandardError()));
}

// The test's STARTTLS server saved as the desk's mail account (what `outbox send` reads).
// Check QTest::currentTestFailed() after.
inline void saveSendingAccount(Database &database)
{
    using namespace Qt::Literals::StringLiterals;
    MailAccountSettings account;
    account.imap.host = u"127.0.0.1"_s;
    account.imap.user = u"agent"_s;
    account.imap.caFile = qEnvironmentVariable("MADOGUCHI_TEST_SMTP_CA_FILE");
    account.smtpUrl = testSmtpServer(u"starttls"_s).toUrl();
    VERIFY_OK(account.save(database));
}

// What prepareSendingDesk sets; the defaults are the whole sending desk.
struct SendingDeskSetup
{
    QString fromName = QStringLiteral("株式会社サンプル サポート窓口");
    StaffUser setBy = StaffUser::system(); // who saves the From name (the audit log names them)
    bool sendAtOnce = true;                // false: the desk's own send-cancel window (30 s by default)
    bool account = true;                   // false: no mail account (the test gives senders the server)
};

// The desk the SMTP tests send from: support@desk.example.co.jp as 「株式会社サンプル サポート窓口」,
// the test's STARTTLS server as its account, and — unless a test opens it itself — no
// send-cancel window, so `outbox send` sends at once; `setup` leaves out what a test does not
// want. Check QTest::currentTestFailed() after.
inline void prepareSendingDesk(TicketDesk &desk, const SendingDeskSetup &setup = {})
{
    using namespace Qt::Literals::StringLiterals;
    DeskAddresses addresses;
    addresses.supportAddresses = {u"support@desk.example.co.jp"_s};
    VERIFY_OK(MailIngestor::saveAddresses(desk, addresses));
    VERIFY_OK(desk.settings().setValue(setup.setBy, QString::fromLatin1(TicketReplies::fromNameSetting),
                                       setup.fromName));
    if (setup.sendAtOnce) {
        VERIFY_OK(desk.settings().setValue(StaffUser::system(), QString::fromLatin1(TicketReplies::sendCancelSetting),
                                           u"0"_s));
    }
    if (setup.account)
        saveSendingAccount(desk.database());
}

// The test SMTP server's password in `path` (with the newline an editor leaves when
// `withNewline`), readable by its owner only (as `--smtp-password-file` requires); false when
// it could not be written.
inline bool writeSmtpPasswordFile(const QString &path, bool withNewline = false)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(qEnvironmentVariable("MADOGUCHI_TEST_SMTP_PASSWORD").toUtf8() + (withNewline ? "\n" : ""));
    file.close();
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// What the STARTTLS test server accepted: NNNNNN.eml (the bytes) and NNNNNN.json (the envelope).
inline QString sinkDir()
{
    return testSmtpDir(QStringLiteral("starttls"));
}

inline QStringList sinkFiles()
{
    return QDir(sinkDir()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Python's reading of a mail file (tests/scripts/parse-mail.py); empty when it failed.
inline QJsonObject pythonParse(const QString &path)
{
    using namespace Qt::Literals::StringLiterals;
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {QStringLiteral(MADOGUCHI_SOURCE_DIR) + u"/tests/scripts/parse-mail.py"_s, path});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning().noquote() << QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace Madoguchi::Testing
