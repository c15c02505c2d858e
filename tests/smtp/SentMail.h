#pragma once

// What the SMTP tests read back: the mail files the test server (tests/scripts/with-smtp.sh)
// wrote, Python's email package's reading of one (tests/scripts/parse-mail.py, independent of
// our parser), a sender to the test server, and one pass of it over everything due.
#include "../common/TestSmtpServer.h"
#include "ReplyTestDesk.h" // sinkDir, sinkFiles, readFile, pythonParse

#include "mail/outbox/OutboxSender.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include <memory>

namespace Madoguchi::Testing {

// A sender the tests wake themselves: it polls once an hour and gives a connection 10 s.
inline OutboxSenderOptions quickSenderOptions()
{
    OutboxSenderOptions options;
    options.pollMs = 3'600'000;
    options.timeouts.connectMs = 10'000;
    return options;
}

// A sender on `desk` to the STARTTLS test server with its password.
inline std::unique_ptr<OutboxSender> testSender(TicketDesk &desk,
                                                const OutboxSenderOptions &options = quickSenderOptions())
{
    return std::make_unique<OutboxSender>(desk, testSmtpServer(QStringLiteral("starttls")),
                                          qEnvironmentVariable("MADOGUCHI_TEST_SMTP_PASSWORD"), options);
}

// One sender pass over what is due on `desk`'s clock: how many went out (-1: it never
// became idle).
inline int sendDueOnce(TicketDesk &desk)
{
    const auto sender = testSender(desk);
    QSignalSpy idle(sender.get(), &OutboxSender::idle);
    QSignalSpy sent(sender.get(), &OutboxSender::replySent);
    sender->start();
    if (!idle.wait(15000))
        return -1;
    return int(sent.count());
}

} // namespace Madoguchi::Testing
