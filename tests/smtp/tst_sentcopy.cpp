// A sent reply's copy in the Sent folder: the outbox sends through a real SMTP server
// (with-smtp.sh) and APPENDs the same bytes to a real Dovecot (with-dovecot.sh).

#include "../common/TestDatabase.h"
#include "../common/TestImapServer.h"
#include "../common/TestSmtpServer.h"
#include "../common/VerifyOk.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/imap/ImapCommand.h"
#include "mail/outbox/OutboxSender.h"
#include "mail/outbox/SentFolderCopy.h"
#include "mail/outbox/TicketReplies.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

int doveadm(const QStringList &args)
{
    QProcess process;
    process.start(qEnvironmentVariable("MADOGUCHI_TEST_IMAP_DOVEADM"),
                  QStringList{u"-c"_s, qEnvironmentVariable("MADOGUCHI_TEST_IMAP_DOVECOT_CONF")} + args);
    process.waitForFinished(30000);
    return process.exitCode();
}

// The messages Dovecot keeps in the folder, as files of its maildir.
QList<QByteArray> folderMessages(const QString &folder)
{
    QList<QByteArray> messages;
    const QString root = qEnvironmentVariable("MADOGUCHI_TEST_IMAP_MAILDIR") + u"/."_s + folder;
    for (const QString &sub : {u"new"_s, u"cur"_s}) {
        const QDir dir(root + u'/' + sub);
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                messages.append(file.readAll());
        }
    }
    return messages;
}

// Dovecot names the maildir folder in modified UTF-7, as IMAP does.
QString sentFolderOnDisk()
{
    return QString::fromLatin1(ImapCommand::encodeMailboxName(u"送信済み"_s));
}

} // namespace

class TestSentCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_SMTP_HOST")
            || qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_IMAP_HOST"))
            QSKIP("run through tests/scripts/with-dovecot.sh tests/scripts/with-smtp.sh");
        QCOMPARE(doveadm({u"mailbox"_s, u"create"_s, u"-u"_s, qEnvironmentVariable("MADOGUCHI_TEST_IMAP_USER"),
                          u"送信済み"_s}),
                 0);
    }

    void sentRepliesAreCopiedToTheSentFolder()
    {
        Testing::TestDatabase t;
        FixedClock clock(Jst::at(QDate(2026, 6, 10), QTime(12, 0)));
        TicketDesk desk(t.db(), clock);
        TicketFixtureBuilder build(desk);
        const StaffUser sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        DeskAddresses addresses;
        addresses.supportAddresses = {u"support@desk.example.co.jp"_s};
        VERIFY_OK(MailIngestor::saveAddresses(desk, addresses));
        // Sent at once: the send-cancel window has its own tests (tst_clireply).
        VERIFY_OK(desk.settings().setValue(StaffUser::system(), QString::fromLatin1(TicketReplies::sendCancelSetting),
                                           u"0"_s));
        auto stored = build.customerMail(u"yamada@example.jp"_s, u"請求書の再発行"_s, u"お願いします。"_s,
                                         Jst::at(QDate(2026, 6, 10), QTime(9, 0)));
        VERIFY_OK(stored);
        QList<QByteArray> sent;
        for (const QString &text : {u"一通目"_s, u"二通目"_s}) {
            ReplyDraft draft = TicketReplies(desk).draft(stored->ticketId).valueOr({});
            draft.body = text;
            auto queued = TicketReplies(desk).queue(sato, draft);
            VERIFY_OK(queued);
            sent.append(desk.tickets().message(queued->messageRowId, true)->value().rawSource);
        }

        SentFolderCopy copy(clock, Testing::testImapServer(), qEnvironmentVariable("MADOGUCHI_TEST_IMAP_PASSWORD"),
                            u"送信済み"_s);
        OutboxSender sender(desk, Testing::testSmtpServer(u"smtps"_s), qEnvironmentVariable("MADOGUCHI_TEST_SMTP_PASSWORD"));
        sender.setSentCopy(&copy);
        QSignalSpy copied(&copy, &SentFolderCopy::stored);
        QSignalSpy failed(&copy, &SentFolderCopy::failed);
        QSignalSpy sentSpy(&sender, &OutboxSender::replySent);
        sender.start();
        QTRY_COMPARE_WITH_TIMEOUT(sentSpy.count(), 2, 20000);
        int total = 0;
        QTRY_VERIFY_WITH_TIMEOUT((total = [&] {
                                     int n = 0;
                                     for (const auto &args : std::as_const(copied))
                                         n += args.at(0).toInt();
                                     return n;
                                 }()) == 2 || !failed.isEmpty(),
                                 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(folderMessages(sentFolderOnDisk()).size(), 2, 10000);
        // The folder holds exactly the messages that were sent and kept in the thread (Dovecot
        // keeps maildir files with LF line ends; IMAP gives CRLF back).
        QList<QByteArray> inFolder = folderMessages(sentFolderOnDisk());
        for (QByteArray &message : sent)
            message.replace("\r\n", "\n");
        std::sort(inFolder.begin(), inFolder.end());
        std::sort(sent.begin(), sent.end());
        QCOMPARE(inFolder, sent);
    }

    void aMissingFolderIsReported()
    {
        FixedClock clock(Jst::at(QDate(2026, 6, 10), QTime(12, 0)));
        SentFolderCopy copy(clock, Testing::testImapServer(), qEnvironmentVariable("MADOGUCHI_TEST_IMAP_PASSWORD"),
                            u"NoSuchFolder"_s);
        QSignalSpy failed(&copy, &SentFolderCopy::failed);
        QSignalSpy copied(&copy, &SentFolderCopy::stored);
        copy.store("Subject: x\r\n\r\nx\r\n");
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.at(0).at(0).toString().contains(u"NoSuchFolder"_s), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(copied.count(), 0);
        QTRY_VERIFY(!copy.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestSentCopy)
#include "tst_sentcopy.moc"
