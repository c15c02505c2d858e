// madoguchi-cli outbox (OutboxTestFixture.h): list, send through a real SMTP server
// (tests/scripts/with-smtp.sh), retry and discard; the TSV list escapes control characters.
// On the SQLite run (the CLI opens the SQLite file). The sender itself is tst_outboxsender.

#include "OutboxTestFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::jst;
using Madoguchi::Testing::sinkFiles;

class TestOutboxCli : public Testing::OutboxTestFixture
{
    Q_OBJECT

private Q_SLOTS:
    // madoguchi-cli outbox: what a server without a desktop (or a person at a terminal) uses.
    void cliListsSendsRetriesAndDiscards()
    {
        if (Testing::usingPostgres())
            QSKIP("the CLI run opens the SQLite file; covered on the SQLite run");
        Testing::saveSendingAccount(m_t->db());
        if (QTest::currentTestFailed())
            return;
        const QueuedReply good = queueTo(u"yamada@example.jp"_s);
        const QueuedReply bad = queueTo(u"reject@example.jp"_s);
        QTemporaryDir dir;
        const QString passwordFile = dir.filePath(u"smtp-password"_s);
        QVERIFY(Testing::writeSmtpPasswordFile(passwordFile, true)); // the newline an editor leaves
        auto cli = [&](const QStringList &args) { return runCli(args); };
        const QStringList before = sinkFiles();
        const auto [sendCode, sendOut, sendErr] = cli({u"outbox"_s, u"send"_s, u"--smtp-password-file"_s, passwordFile});
        QCOMPARE(sendCode, 1); // one was refused
        QVERIFY2(sendOut.contains(u"sent %1 (#%2)"_s.arg(good.outboxId).arg(m_ticket)), qPrintable(sendOut + sendErr));
        QVERIFY2(sendOut.contains(u"refused %1"_s.arg(bad.outboxId)) && sendOut.contains(u"550"_s), qPrintable(sendOut));
        QCOMPARE(sinkFiles().size(), before.size() + 1);

        const auto [listCode, listOut, listErr] = cli({u"outbox"_s});
        QCOMPARE(listCode, 0);
        const QStringList lines = listOut.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(u"%1\tfailed\t#%2"_s.arg(bad.outboxId).arg(m_ticket)));
        QVERIFY(lines.at(0).contains(u"User unknown"_s));
        QVERIFY(lines.at(1).startsWith(u"%1\tsent\t#%2"_s.arg(good.outboxId).arg(m_ticket)));

        QCOMPARE(std::get<0>(cli({u"outbox"_s, u"retry"_s, QString::number(bad.outboxId)})), 0);
        QCOMPARE(entry(bad.outboxId).state, OutboxState::Queued);
        QCOMPARE(std::get<0>(cli({u"outbox"_s, u"discard"_s, QString::number(bad.outboxId)})), 0);
        QCOMPARE(entry(bad.outboxId).state, OutboxState::Failed);
        // Listed as discarded, not as failed (issue 12).
        QVERIFY2(std::get<1>(cli({u"outbox"_s})).startsWith(u"%1\tdiscarded\t"_s.arg(bad.outboxId)),
                 qPrintable(std::get<1>(cli({u"outbox"_s}))));
        // A sent reply can be neither retried nor discarded.
        QCOMPARE(std::get<0>(cli({u"outbox"_s, u"discard"_s, QString::number(good.outboxId)})), 1);
        QCOMPARE(std::get<0>(cli({u"outbox"_s, u"frobnicate"_s})), 2);
    }

    // `outbox` is TSV: a subject with tab, ESC or BEL (taken from the customer's mail) is
    // escaped, never printed as it is (issue 17 item 10).
    void cliOutboxListEscapesControlCharacters()
    {
        if (Testing::usingPostgres())
            QSKIP("the CLI run opens the SQLite file; covered on the SQLite run");
        auto draft = TicketReplies(*m_desk).draft(m_ticket);
        VERIFY_OK(draft);
        ReplyDraft d = *draft;
        d.to = {{u"山田 太郎"_s, u"yamada@example.jp"_s}};
        d.subject = u"Re: tab\there \x1b]0;title\x07 end"_s;
        auto queued = TicketReplies(*m_desk).queue(m_sato, d);
        VERIFY_OK(queued);
        const auto [code, out, err] = runCli({u"outbox"_s});
        QCOMPARE(code, 0);
        bool found = false;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            QCOMPARE(line.split(u'\t').size(), 7);
            for (const QChar c : line)
                QVERIFY2(c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F), qPrintable(line));
            if (line.startsWith(QString::number(queued->outboxId) + u'\t')) {
                found = true;
                QVERIFY2(line.contains(u"tab\\there ␛]0;title␇ end"_s), qPrintable(line));
            }
        }
        QVERIFY2(found, qPrintable(out + err));
        VERIFY_OK(m_desk->outbox().discard(queued->outboxId, u"test done"_s));
    }
};

QTEST_GUILESS_MAIN(TestOutboxCli)
#include "tst_outboxcli.moc"
