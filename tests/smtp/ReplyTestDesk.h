#pragma once

// What the reply tests share: the customer's question they answer, and madoguchi-cli run on
// the test's database at the test's clock.
#include "core/Jst.h"
#include "tickets/TicketMessage.h"

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

} // namespace Madoguchi::Testing
