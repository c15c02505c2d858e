#pragma once

// The desk the reply editor tests work on (tst_reply, tst_replyattachments): 佐藤 and 田中,
// the support address and From name set, and 渡辺 一郎's request for an invoice.
#include "../common/TestDatabase.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/outbox/TicketReplies.h"
#include "reply/ReplyEditor.h"
#include "reply/SendConfirmationDialog.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace Madoguchi::Testing::ReplyFixture {

using namespace Qt::Literals::StringLiterals;

inline QDateTime jst(int day, int hour, int minute = 0)
{
    return Jst::at(QDate(2026, 11, day), QTime(hour, minute));
}

struct Fixture
{
    Testing::TestDatabase db;
    FixedClock clock{jst(24, 16, 30)};
    std::unique_ptr<TicketDesk> desk;
    StaffUser sato, tanaka;
    qint64 ticket = 0;

    Fixture()
    {
        desk = std::make_unique<TicketDesk>(db.db(), clock);
        TicketFixtureBuilder build(*desk);
        sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        tanaka = build.staff(u"tanaka"_s, u"田中"_s).valueOr({});
        DeskAddresses addresses;
        addresses.supportAddresses = {u"support@desk.example.co.jp"_s};
        QVERIFY(MailIngestor::saveAddresses(*desk, addresses).ok());
        QVERIFY(desk->settings()
                    .setValue(StaffUser::system(), QString::fromLatin1(TicketReplies::fromNameSetting),
                              u"株式会社サンプル サポート窓口"_s)
                    .ok());
        TicketMessage m;
        m.kind = MessageKind::CustomerMessage;
        m.messageId = u"q1@osaka-kogyo.example.jp"_s;
        m.fromAddress = u"watanabe@osaka-kogyo.example.jp"_s;
        m.fromName = u"渡辺 一郎"_s;
        m.to = {u"support@desk.example.co.jp"_s};
        m.subject = u"請求書の再発行"_s;
        m.received = jst(21, 23, 40);
        m.bodyText = u"いつもお世話になっております。\n㈱大阪工業の渡辺です。\n10月分の請求書を再発行していただけますか。\n"_s;
        m.rawSource = "Subject: x\r\n\r\nx\r\n";
        auto stored = desk->mail().addMessage(m);
        QVERIFY(stored.ok());
        ticket = stored->ticketId;
    }
};

inline QAction *actionNamed(QWidget *window, const QString &name)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

// Sends as a person does: Send opens the confirmation (誤送信防止), every line is ticked and
// its Send clicked. True when the reply went into the outbox (the editor closes).
inline bool sendConfirmed(ReplyEditor *editor)
{
    SendConfirmationDialog *dialog = editor->confirmSend();
    if (!dialog)
        return false;
    for (QCheckBox *box : dialog->checkBoxes())
        box->setChecked(true);
    if (!dialog->sendButton()->isEnabled())
        return false;
    dialog->sendButton()->click();
    return !editor->isActive();
}

// For a screenshot test run (its path set): the Japanese translation from MADOGUCHI_QM_DIR
// (madoguchi_ja.qm, as tests/ui/screenshot.sh builds it), for as long as this lives.
class JapaneseForScreenshot
{
public:
    explicit JapaneseForScreenshot(const QString &shotPath)
    {
        if (!shotPath.isEmpty() && m_translator.load(u"madoguchi_ja"_s, qEnvironmentVariable("MADOGUCHI_QM_DIR")))
            QCoreApplication::installTranslator(&m_translator);
    }
    ~JapaneseForScreenshot() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

} // namespace Madoguchi::Testing::ReplyFixture
