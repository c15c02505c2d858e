// Importing mail from the desk's File menu (issue 13): File ▸ Import mail files… asks for the
// files and says what the import did through the prompts (ui/ModalPrompts), so this test
// answers in advance instead of fighting a nested event loop. An mbox of three messages, one
// of them malformed (a Content-Type with 150 parameters): the count is shown, the malformed
// one is stored raw in a ticket of its own, flagged, with the reason; importing again stores
// nothing; a file that is not there gets one clear warning. Runs under with-pending-ja.sh.

#include "../common/TestDatabase.h"
#include "DeskLayoutChecks.h"
#include "ScriptedPrompts.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "desk/MainWindow.h"
#include "desk/TicketListModel.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QAction>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::ScriptedPrompts;
using Madoguchi::Testing::TestDatabase;

namespace {

QByteArray mailboxWithOneMalformedMessage()
{
    QByteArray parameters;
    for (int i = 0; i < 150; ++i)
        parameters += "; p" + QByteArray::number(i) + "=" + QByteArray::number(i);
    return "From yamada@acme.example.co.jp Tue Nov 24 09:00:00 2026\n"
           "From: Yamada Taro <yamada@acme.example.co.jp>\n"
           "Subject: Login fails\n"
           "Message-ID: <import-1@acme.example.co.jp>\n"
           "Date: Tue, 24 Nov 2026 09:00:00 +0900\n"
           "\n"
           "I cannot log in.\n"
           "\n"
           "From ito@minato.example.co.jp Tue Nov 24 09:05:00 2026\n"
           "From: Ito Hanako <ito@minato.example.co.jp>\n"
           "Subject: CSV is garbled\n"
           "Message-ID: <import-2@minato.example.co.jp>\n"
           "Date: Tue, 24 Nov 2026 09:05:00 +0900\n"
           "\n"
           "The CSV is garbled in Excel.\n"
           "\n"
           "From kato@sapporo.example.jp Tue Nov 24 09:10:00 2026\n"
           "From: Kato Ichiro <kato@sapporo.example.jp>\n"
           "Subject: Parameters\n"
           "Message-ID: <import-3@sapporo.example.jp>\n"
           "Date: Tue, 24 Nov 2026 09:10:00 +0900\n"
           "Content-Type: text/plain"
           + parameters
           + "\n"
             "\n"
             "A malformed mail.\n";
}

} // namespace

class TestDeskImport : public QObject
{
    Q_OBJECT

    QTranslator m_japanese;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY(Madoguchi::Testing::loadJapanese(m_japanese));
        QCoreApplication::installTranslator(&m_japanese);
    }

    void importMboxFromTheFileMenu()
    {
        TestDatabase db;
        QVERIFY(db.isValid());
        FixedClock clock(Jst::at(QDate(2026, 11, 24), QTime(16, 30)));
        TicketDesk desk(db.db(), clock);
        auto sato = TicketFixtureBuilder(desk).staff(u"sato"_s, u"佐藤"_s);
        QVERIFY(sato.ok());
        QTemporaryDir dir;
        const QString mbox = dir.filePath(u"inbox.mbox"_s);
        QFile file(mbox);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(mailboxWithOneMalformedMessage()) > 0);
        file.close();

        ScriptedPrompts prompts;
        MainWindow window(desk, sato.value());
        window.setPrompts(prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *import = window.findChild<QAction *>(u"importMailAction"_s);
        QVERIFY(import);
        prompts.fileLists = {{mbox}};
        import->trigger();
        QCOMPARE(prompts.warnings, QStringList());
        QCOMPARE(prompts.informations.size(), 1);
        const QString outcome = prompts.informations.first();
        QVERIFY2(outcome.startsWith(u"3 件のメッセージを 3 件のチケットに取り込みました（うち新規 3 件）。"_s),
                 qPrintable(outcome));
        QVERIFY2(outcome.contains(u"1 件のメッセージは読み取れませんでした"_s) && outcome.contains(u"unreadable-mail"_s),
                 qPrintable(outcome));
        QTRY_COMPARE(window.listModel()->totalCount(), 3); // the list shows them at once

        // The malformed one: a ticket of its own, flagged, its original bytes kept, the reason
        // above its text.
        qint64 flagged = 0;
        for (int row = 0; row < window.listModel()->rowCount(); ++row) {
            const qint64 id = window.listModel()->ticketIdAt(row);
            const auto ticket = desk.tickets().ticket(id).valueOr(std::nullopt);
            QVERIFY(ticket.has_value());
            if (ticket->tags.contains(u"unreadable-mail"_s)) {
                QCOMPARE(flagged, 0);
                flagged = id;
            }
        }
        QVERIFY(flagged > 0);
        const auto messages = desk.tickets().messages(flagged, true);
        QVERIFY(messages.ok());
        QCOMPARE(messages->size(), 1);
        QVERIFY(messages->first().rawSource.contains("Message-ID: <import-3@sapporo.example.jp>"));
        QVERIFY(messages->first().rawSource.contains("p149=149"));
        QVERIFY2(messages->first().bodyText.contains(u"Content-Type"_s) && messages->first().bodyText.contains(u"100"_s),
                 qPrintable(messages->first().bodyText));

        // Again: nothing new, and it says so.
        prompts.fileLists = {{mbox}};
        import->trigger();
        QCOMPARE(prompts.informations.size(), 2);
        QVERIFY2(prompts.informations.last().startsWith(u"0 件のメッセージを 0 件のチケットに取り込みました"_s)
                     && prompts.informations.last().contains(u"3 件は取り込み済みのため飛ばしました。"_s),
                 qPrintable(prompts.informations.last()));
        QCOMPARE(window.listModel()->totalCount(), 3);

        // Cancelled: nothing asked, nothing said.
        import->trigger();
        QCOMPARE(prompts.informations.size(), 2);
        QCOMPARE(prompts.warnings.size(), 0);

        // A file that is not there: one clear warning, nothing stored.
        prompts.fileLists = {{dir.filePath(u"missing.mbox"_s)}};
        import->trigger();
        QCOMPARE(prompts.informations.size(), 2);
        QCOMPARE(prompts.warnings.size(), 1);
        QVERIFY2(prompts.warnings.first().contains(u"missing.mbox"_s), qPrintable(prompts.warnings.first()));
        QCOMPARE(window.listModel()->totalCount(), 3);
    }
};

QTEST_MAIN(TestDeskImport)
#include "tst_deskimport.moc"
