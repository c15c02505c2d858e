#pragma once

// What the SMTP tests read back: the mail files the test server (tests/scripts/with-smtp.sh)
// wrote, Python's email package's reading of one (tests/scripts/parse-mail.py, independent of
// our parser), and one pass of an OutboxSender over everything due.
#include "../common/TestSmtpServer.h"
#include "ReplyTestDesk.h" // sinkDir, sinkFiles, pythonParse

#include "mail/outbox/OutboxSender.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

namespace Madoguchi::Testing {

inline QByteArray readMailFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One sender pass over what is due on `desk`'s clock: how many went out (-1: it never
// became idle).
inline int sendDueOnce(TicketDesk &desk)
{
    OutboxSenderOptions options;
    options.pollMs = 3'600'000; // nothing wakes it but this pass
    options.timeouts.connectMs = 10'000;
    OutboxSender sender(desk, testSmtpServer(QStringLiteral("starttls")),
                        qEnvironmentVariable("MADOGUCHI_TEST_SMTP_PASSWORD"), options);
    QSignalSpy idle(&sender, &OutboxSender::idle);
    QSignalSpy sent(&sender, &OutboxSender::replySent);
    sender.start();
    if (!idle.wait(15000))
        return -1;
    return int(sent.count());
}

} // namespace Madoguchi::Testing
