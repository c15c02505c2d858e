// Drafting a reply from a ticket (OutboxTestFixture.h): the prefilled draft and quote header,
// signatures, templates (定型文, and `madoguchi-cli template`), the sample desk's draft; on
// SQLite or PostgreSQL. Sending is tst_outboxsender.

#include "OutboxTestFixture.h"

#include "mail/outbox/ReplySignatures.h"
#include "mail/outbox/ReplyTemplates.h"
#include "store/Database.h"
#include "store/DatabaseAddress.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::jst;
using Madoguchi::Testing::sinkFiles;

class TestReplyDrafts : public Testing::OutboxTestFixture
{
    Q_OBJECT

private Q_SLOTS:
    void draftIsPrefilled()
    {
        // Reply: to the sender only.
        auto toSender = TicketReplies(*m_desk).draft(m_ticket);
        VERIFY_OK(toSender);
        QCOMPARE(toSender->to.size(), 1);
        QCOMPARE(toSender->to.at(0).address, u"yamada@example.jp"_s);
        QVERIFY(toSender->cc.isEmpty());
        // Reply all (issue 12): the others on the customer's mail in Cc.
        auto draft = TicketReplies(*m_desk).draft(m_ticket, ReplyScope::All);
        VERIFY_OK(draft);
        QCOMPARE(draft->answeringRowId, m_customerRow);
        QCOMPARE(draft->from.address, u"support@desk.example.co.jp"_s);
        QCOMPARE(draft->from.name, u"サポート窓口"_s);
        QCOMPARE(draft->to.size(), 1);
        QCOMPARE(draft->to.at(0).address, u"yamada@example.jp"_s);
        // Cc keeps the customer's colleague, never the desk's own address.
        QCOMPARE(draft->cc.size(), 1);
        QCOMPARE(draft->cc.at(0).address, u"suzuki@example.jp"_s);
        QCOMPARE(draft->subject, u"Re: [#%1] 請求書の再発行について"_s.arg(m_ticket));
        // The quote header as Japanese business mail writes it (issue 12), never 「さんは書きました」.
        QVERIFY2(draft->body.contains(u"\n2026年6月10日(水) 09:30 山田 太郎様 <yamada@example.jp> からのメール:\n"
                                      "> 請求書を再発行してください。\n>> 前回の件\n"_s),
                 qPrintable(draft->body));
        // A header the desk chose.
        VERIFY_OK(m_desk->settings().setValue(StaffUser::system(), QString::fromLatin1(TicketReplies::quoteHeaderSetting),
                                              u"--- {from} ({date} {time}) ---"_s));
        auto custom = TicketReplies(*m_desk).draft(m_ticket);
        VERIFY_OK(custom);
        QVERIFY2(custom->body.contains(u"--- 山田 太郎様 <yamada@example.jp> (2026年6月10日(水) 09:30) ---\n> "_s),
                 qPrintable(custom->body));
    }

    // Issue 12: the author's own signature, else the team's, between the place to write and the quote.
    void signatureGoesBetweenTheBodyAndTheQuote()
    {
        const StaffUser manager = m_build->staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        const StaffUser suzuki = m_build->staff(u"suzuki"_s, u"鈴木"_s).valueOr({});
        QVERIFY(manager.isManager() && !suzuki.isManager());
        ReplySignatures signatures(*m_desk);
        QVERIFY(!signatures.setTeam(suzuki, u"チーム"_s).ok()); // a manager's setting
        VERIFY_OK(signatures.setTeam(manager, u"――\r\n株式会社サンプル サポート窓口\n\n"_s));
        auto draft = TicketReplies(*m_desk).draft(m_ticket, ReplyScope::Sender, suzuki.id);
        VERIFY_OK(draft);
        QVERIFY2(draft->body.startsWith(u"\n\n――\n株式会社サンプル サポート窓口\n\n2026年6月10日(水) 09:30 "_s),
                 qPrintable(draft->body));
        VERIFY_OK(signatures.setOwn(suzuki, u"鈴木 花子\nTEL 03-1234-5678"_s)); // staff keep their own
        draft = TicketReplies(*m_desk).draft(m_ticket, ReplyScope::Sender, suzuki.id);
        QVERIFY2(draft->body.startsWith(u"\n\n鈴木 花子\nTEL 03-1234-5678\n\n2026年6月10日(水)"_s),
                 qPrintable(draft->body));
        // Someone without their own gets the team's.
        draft = TicketReplies(*m_desk).draft(m_ticket, ReplyScope::Sender, manager.id);
        QVERIFY(draft->body.contains(u"株式会社サンプル サポート窓口"_s));
    }

    // Issue 12: templates (定型文) — shared ones are a manager's, personal ones their owner's;
    // unknown placeholders are refused when saved; the known ones are filled for the ticket.
    void templatesAreCheckedWhenSavedAndFilledWhenUsed()
    {
        const StaffUser manager = m_build->staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        const StaffUser suzuki = m_build->staff(u"suzuki"_s, u"鈴木"_s).valueOr({});
        VERIFY_OK(m_desk->team().renameOrganisation(manager, ticket().organisationId, u"株式会社サンプル商事"_s));
        ReplyTemplates templates(*m_desk);
        ReplyTemplate shared;
        shared.name = u"請求書の再発行"_s;
        shared.category = u"請求"_s;
        shared.body = u"{{customer.name}}様（{{customer.organization}}）\n#{{ticket.number}} 担当 {{staff.name}}\n"
                      "{{ deadline }}までにご回答いたします。\n{{today}}"_s;
        QVERIFY(!templates.add(suzuki, shared).ok()); // the team's list is a manager's
        VERIFY_OK(templates.add(manager, shared));
        QVERIFY(!templates.add(manager, shared).ok()); // the same name twice
        ReplyTemplate typo = shared;
        typo.name = u"誤字"_s;
        typo.body = u"{{customer.nmae}}様"_s;
        auto refused = templates.add(manager, typo);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"{{customer.nmae}}"_s), qPrintable(refused.error().message));
        ReplyTemplate mine;
        mine.name = u"私の挨拶"_s;
        mine.body = u"お世話になっております。"_s;
        mine.ownerId = suzuki.id;
        VERIFY_OK(templates.add(suzuki, mine));
        QCOMPARE(templates.visibleTo(suzuki.id)->size(), 2);
        QCOMPARE(templates.visibleTo(manager.id)->size(), 1);
        QCOMPARE(templates.visibleTo(suzuki.id, u"請求"_s)->size(), 1);
        QCOMPARE(templates.visibleTo(suzuki.id, u"挨拶"_s)->at(0).name, u"私の挨拶"_s);

        auto filled = templates.fill(shared.body, m_ticket, suzuki);
        VERIFY_OK(filled);
        QCOMPARE(*filled, u"山田 太郎様（株式会社サンプル商事）\n#%1 担当 鈴木\n6月11日(木) 18:00までにご回答いたします。\n"
                          "2026年6月10日(水)"_s.arg(m_ticket));
        QVERIFY(!templates.remove(suzuki, templates.visibleTo(0)->at(0).id).ok());
        VERIFY_OK(templates.remove(manager, templates.visibleTo(0)->at(0).id));
        QVERIFY(templates.visibleTo(0)->isEmpty());
    }

    void cliTemplates()
    {
        if (Testing::usingPostgres())
            QSKIP("the CLI run opens the SQLite file; covered on the SQLite run");
        QTemporaryDir dir;
        const QString body = dir.filePath(u"body.txt"_s);
        QFile file(body);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"{{customer.name}}様\nご連絡ありがとうございます。\n"_s.toUtf8());
        file.close();
        QCOMPARE(std::get<0>(runCli({u"template"_s, u"add"_s, u"お礼"_s, u"--body-file"_s, body})), 0);
        const auto [code, out, err] = runCli({u"template"_s, u"list"_s});
        QCOMPARE(code, 0);
        QVERIFY2(out.startsWith(u"お礼\t"_s), qPrintable(out + err));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{{unknown}}");
        file.close();
        const auto [badCode, badOut, badErr] = runCli({u"template"_s, u"add"_s, u"bad"_s, u"--body-file"_s, body});
        QCOMPARE(badCode, 2);
        QVERIFY2(badErr.contains(u"{{unknown}}"_s) && badErr.count(u'\n') == 1, qPrintable(badErr));
        QCOMPARE(std::get<0>(runCli({u"template"_s, u"add"_s, u"x"_s, u"--body-file"_s, dir.filePath(u"none"_s)})), 2);
        QCOMPARE(std::get<0>(runCli({u"template"_s, u"remove"_s, u"お礼"_s})), 0);
        QVERIFY(std::get<1>(runCli({u"template"_s})).isEmpty());
    }

    // Issue 12: the sample desk can reply at once (support address, From name, tag prefix set).
    void sampleDeskCanReply()
    {
        if (Testing::usingPostgres())
            QSKIP("the CLI run opens a SQLite file; covered on the SQLite run");
        QTemporaryDir dir;
        const QString file = dir.filePath(u"sample.sqlite"_s);
        QProcess process;
        process.start(QStringLiteral(MADOGUCHI_CLI), {u"--database"_s, file, u"--now"_s,
                                                      Jst::format(m_clock->now()), u"sample-data"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        auto address = DatabaseAddress::parse(file);
        VERIFY_OK(address);
        auto database = Database::open(*address);
        VERIFY_OK(database);
        TicketDesk desk(**database, *m_clock);
        auto tickets = desk.queue().list(QueueFilter::All, m_clock->now());
        VERIFY_OK(tickets);
        QVERIFY(!tickets->isEmpty());
        auto draft = TicketReplies(desk).draft(tickets->at(0).ticket.id);
        VERIFY_OK(draft);
        QCOMPARE(draft->from.address, u"support@madoguchi.example"_s);
        QCOMPARE(draft->from.name, u"株式会社サンプル サポート窓口"_s);
        QVERIFY2(draft->subject.contains(u"[#%1]"_s.arg(tickets->at(0).ticket.id)), qPrintable(draft->subject));
    }
};

QTEST_GUILESS_MAIN(TestReplyDrafts)
#include "tst_replydrafts.moc"
