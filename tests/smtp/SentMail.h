#pragma once

// What the SMTP tests read back: the mail files the test server (tests/scripts/with-smtp.sh)
// wrote, Python's email package's reading of one (tests/scripts/parse-mail.py, independent of
// our parser), and one pass of an OutboxSender over everything due.
#include "../common/TestSmtpServer.h"

#include "mail/outbox/OutboxSender.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

namespace Madoguchi::Testing {

inline QString sinkDir()
{
    return testSmtpDir(QStringLiteral("starttls"));
}

inline QStringList sinkFiles()
{
    return QDir(sinkDir()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

inline QByteArray readMailFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Python's reading of a mail file; empty when it failed (its complaint is printed).
inline QJsonObject pythonParse(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(MADOGUCHI_SOURCE_DIR) + QStringLiteral("/tests/scripts/parse-mail.py"), path});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning().noquote() << QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
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
