// Notices to the customers' registered administrators (issue 15, 連絡体制): one mail per
// organisation, To its administrators only, sent through the outbox to a real SMTP server
// (tests/scripts/with-smtp.sh) and read back by Python's email package
// (tests/scripts/parse-mail.py); recorded; never an answer to a customer. On SQLite, and on
// PostgreSQL through with-postgres.sh (tst_notices_pg); the CLI rows on SQLite only.

#include "../common/TestDatabase.h"
#include "../common/TestSmtpServer.h"
#include "../common/VerifyOk.h"
#include "../smtp/ReplyTestDesk.h"
#include "../smtp/SentMail.h"

#include "availability/MaintenanceCheck.h"
#include "availability/OutageStore.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/outbox/OutboxSender.h"
#include "mail/outbox/TicketReplies.h"
#include "notices/AnnouncementReminder.h"
#include "notices/NoticeBook.h"
#include "notices/NoticeTemplates.h"
#include "tickets/OrganisationContacts.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;
using Madoguchi::Testing::pythonParse;
using Madoguchi::Testing::readFile;
using Madoguchi::Testing::sinkDir;
using Madoguchi::Testing::sinkFiles;

namespace {

QDateTime jst(const QString &text)
{
    return *Jst::parseIso(text + u":00+09:00"_s);
}

// What the server received in one mail: the envelope and Python's reading of the bytes.
struct Received
{
    QStringList envelope;
    QStringList to; // "name <address>" as Python decodes them
    QString subject;
    QString text;
    QString charset;
    int defects = 0;
};

QList<Received> receivedSince(const QStringList &before)
{
    QList<Received> list;
    for (const QString &name : sinkFiles()) {
        if (before.contains(name))
            continue;
        const QString base = sinkDir() + u'/' + name.chopped(4);
        Received r;
        const QJsonObject envelope = QJsonDocument::fromJson(readFile(base + u".json"_s)).object();
        for (const QJsonValue &v : envelope.value(u"rcpt_tos"_s).toArray())
            r.envelope.append(v.toString());
        const QJsonObject py = pythonParse(base + u".eml"_s);
        for (const QJsonValue &v : py.value(u"addresses"_s).toObject().value(u"To"_s).toArray())
            r.to.append(v.toString());
        r.subject = py.value(u"headers"_s).toObject().value(u"Subject"_s).toString();
        r.text = py.value(u"text"_s).toString();
        r.text.replace(u"\r\n"_s, u"\n"_s);
        r.charset = py.value(u"text_charset"_s).toString();
        r.defects = int(py.value(u"defects"_s).toArray().size());
        list.append(r);
    }
    return list;
}

const QString midoriFirstNotice = u"株式会社みどり\nシステムご担当者様\n\n"
                                  "いつも弊社サービスをご利用いただき、誠にありがとうございます。\n\n"
                                  "下記のとおり障害が発生しております。\n"
                                  "ご迷惑をおかけしており、誠に申し訳ございません。\n\n"
                                  "■ 対象機能：クライアント機能\n"
                                  "■ 発生日時：12月2日(水) 18:00\n"
                                  "■ 原因：弊社システムの障害\n"
                                  "■ 状況：ログインできない状態です\n\n"
                                  "詳細が分かり次第、改めてご連絡いたします。\n"_s;

} // namespace

class TestNotices : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketDesk> m_desk;
    StaffUser m_sato;
    qint64 m_customerTicket = 0;
    qint64 m_incident = 0;
    qint64 m_plan = 0;
    QTemporaryDir m_files;
    QString m_passwordFile;

    std::tuple<int, QString, QString> runCli(const QStringList &args)
    {
        return Testing::runCliAt(m_t->address().filePath, m_clock->now(), args);
    }

    void addContact(const QString &domain, const QString &name, const QString &address, ContactRole role)
    {
        OrganisationContact c;
        c.domain = domain;
        c.name = name;
        c.address = address;
        c.role = role;
        VERIFY_OK(OrganisationContacts(*m_desk).addContact(StaffUser::system(), c));
    }

    // Runs a sender until `count` notices were accepted.
    bool sendAll(int count)
    {
        const auto sender = Testing::testSender(*m_desk);
        QSignalSpy sent(sender.get(), &OutboxSender::replySent);
        sender->start();
        for (int i = 0; i < 300 && sent.count() < count; ++i)
            (void)sent.wait(100);
        return sent.count() == count;
    }

    QList<Obligation> customerObligations()
    {
        return m_desk->tickets().obligations(m_customerTicket).valueOr({});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_SMTP_HOST"))
            QSKIP("run through tests/scripts/with-smtp.sh");
        QVERIFY(QFile::exists(u"/usr/bin/python3"_s));
        QVERIFY(m_files.isValid());
        m_passwordFile = m_files.filePath(u"smtp-password"_s);
        QVERIFY(Testing::writeSmtpPasswordFile(m_passwordFile));
    }

    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        QVERIFY(m_t->isValid());
        m_clock = std::make_unique<FixedClock>(jst(u"2026-12-02T18:30"_s));
        m_desk = std::make_unique<TicketDesk>(m_t->db(), *m_clock);
        TicketFixtureBuilder build(*m_desk);
        // The first user of an empty desk becomes a manager: Tanaka, so Sato is staff.
        QVERIFY(build.staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).ok());
        m_sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        QVERIFY(!m_sato.isManager());
        QVERIFY(m_sato.id > 0);
        Testing::prepareSendingDesk(*m_desk);
        if (QTest::currentTestFailed())
            return;

        // Three organisations: みどり with two administrators (and a contact who is not one),
        // あおば with one, くも with none.
        addContact(u"midori.co.jp"_s, u"山田 太郎"_s, u"yamada@midori.co.jp"_s, ContactRole::Administrator);
        addContact(u"midori.co.jp"_s, u"鈴木 花子"_s, u"suzuki@midori.co.jp"_s, ContactRole::Administrator);
        addContact(u"midori.co.jp"_s, u"経理 担当"_s, u"keiri@midori.co.jp"_s, ContactRole::Other);
        addContact(u"aoba.co.jp"_s, u"青葉 一郎"_s, u"ichiro@aoba.co.jp"_s, ContactRole::Administrator);
        addContact(u"kumo.co.jp"_s, u"雲 次郎"_s, u"jiro@kumo.co.jp"_s, ContactRole::Other);
        auto midori = OrganisationContacts(*m_desk).find(u"midori.co.jp"_s);
        VERIFY_OK(midori);
        QVERIFY(midori->has_value());
        VERIFY_OK(m_desk->team().renameOrganisation(StaffUser::system(), (*midori)->id, u"株式会社みどり"_s));

        // みどり's customer asked something this morning: an open obligation.
        TicketMessage question;
        question.kind = MessageKind::CustomerMessage;
        question.messageId = u"q1@midori.co.jp"_s;
        question.fromAddress = u"tanaka@midori.co.jp"_s;
        question.fromName = u"田中 一郎"_s;
        question.to = {u"support@desk.example.co.jp"_s};
        question.subject = u"ログインできません"_s;
        question.received = jst(u"2026-12-02T10:00"_s);
        question.bodyText = u"ログインできません。\n"_s;
        question.rawSource = "Subject: x\r\n\r\nx\r\n";
        auto stored = m_desk->mail().addMessage(question);
        VERIFY_OK(stored);
        m_customerTicket = stored->ticketId;

        OutageStore outages(m_t->db(), *m_clock);
        Incident incident;
        incident.function = ServiceFunction::Client;
        incident.start = jst(u"2026-12-02T18:00"_s);
        incident.cause = OutageCause::Internal;
        incident.note = u"ログインできない状態です"_s;
        auto added = outages.addIncident(incident);
        VERIFY_OK(added);
        m_incident = *added;
        MaintenancePlan plan;
        plan.start = jst(u"2026-12-12T00:00"_s); // a Saturday, ten days ahead: not announced yet
        plan.end = jst(u"2026-12-12T03:00"_s);
        plan.functions = {ServiceFunction::Client, ServiceFunction::WebForm};
        plan.note = u"データベースの更新"_s;
        auto planned = outages.addPlan(plan);
        VERIFY_OK(planned);
        m_plan = *planned;
    }

    void cleanup()
    {
        m_desk.reset();
        m_t.reset();
    }

    void firstNoticeGoesToEachOrganisationsAdministratorsOnly_data()
    {
        QTest::addColumn<QString>("pythonCharset");
        QTest::newRow("utf-8") << u"utf-8"_s;
        QTest::newRow("iso-2022-jp") << u"iso-2022-jp"_s;
    }

    void firstNoticeGoesToEachOrganisationsAdministratorsOnly()
    {
        QFETCH(QString, pythonCharset);
        const OutgoingCharset charset = pythonCharset == u"utf-8"_s ? OutgoingCharset::Utf8 : OutgoingCharset::Iso2022Jp;
        NoticeBook book(*m_desk);
        auto draft = book.prepare(NoticeTopic::incident(m_incident), NoticeKind::First);
        VERIFY_OK(draft);
        QCOMPARE(draft->text.subject, u"【障害発生のお知らせ】クライアント機能"_s);
        QCOMPARE(draft->recipients.size(), 2);
        QCOMPARE(draft->notNotified.size(), 1);
        QCOMPARE(draft->notNotified.at(0).domain, u"kumo.co.jp"_s);
        NoticeDraft notice = draft.value();
        notice.charset = charset;

        const QStringList before = sinkFiles();
        auto sent = book.send(m_sato, notice);
        VERIFY_OK(sent);
        QCOMPARE(sent->mails, 2);
        QCOMPARE(sent->organisations, 2);
        QCOMPARE(sent->notNotified.size(), 1);
        // Queued, not yet accepted: recorded without an acceptance time.
        auto queued = book.records(NoticeTopic::incident(m_incident));
        VERIFY_OK(queued);
        QCOMPARE(queued->size(), 2);
        for (const NoticeRecord &n : std::as_const(*queued)) {
            QVERIFY(!n.accepted.isValid());
            QCOMPARE(n.delivery, ReplyDelivery::Pending);
        }

        m_clock->set(jst(u"2026-12-02T18:31"_s));
        QVERIFY(sendAll(2));
        const QList<Received> mails = receivedSince(before);
        QCOMPARE(mails.size(), 2);

        auto records = book.records(NoticeTopic::incident(m_incident));
        VERIFY_OK(records);
        QCOMPARE(records->size(), 2);
        for (const NoticeRecord &n : std::as_const(*records)) {
            QCOMPARE(n.kind, NoticeKind::First);
            QCOMPARE(n.accepted, jst(u"2026-12-02T18:31"_s));
            QCOMPARE(n.delivery, ReplyDelivery::Delivered);
            const bool midori = n.domain == u"midori.co.jp"_s;
            const QStringList addresses = midori ? QStringList{u"suzuki@midori.co.jp"_s, u"yamada@midori.co.jp"_s}
                                                 : QStringList{u"ichiro@aoba.co.jp"_s};
            QCOMPARE(n.addresses, addresses);
            const auto mail = std::find_if(mails.cbegin(), mails.cend(), [&](const Received &r) {
                return r.envelope.contains(n.addresses.first());
            });
            QVERIFY2(mail != mails.cend(), qPrintable(n.domain));
            // Only this organisation's administrators, in the envelope and in To.
            QCOMPARE(mail->envelope, n.addresses);
            const QStringList to = midori ? QStringList{u"鈴木 花子 <suzuki@midori.co.jp>"_s,
                                                        u"山田 太郎 <yamada@midori.co.jp>"_s}
                                          : QStringList{u"青葉 一郎 <ichiro@aoba.co.jp>"_s};
            QCOMPARE(mail->to, to);
            QCOMPARE(mail->subject, u"[#%1] 【障害発生のお知らせ】クライアント機能"_s.arg(n.ticketId));
            QCOMPARE(mail->charset, pythonCharset);
            QCOMPARE(mail->defects, 0);
            if (midori)
                QCOMPARE(mail->text, midoriFirstNotice);
            else
                QVERIFY(mail->text.startsWith(u"aoba.co.jp\nシステムご担当者様\n"_s));

            // The notice lives in the organisation's own ticket, answering nothing.
            auto ticket = m_desk->tickets().ticket(n.ticketId);
            VERIFY_OK(ticket);
            QCOMPARE((*ticket)->status, TicketStatus::Resolved);
            QCOMPARE((*ticket)->organisationId, n.organisationId);
            auto message = m_desk->tickets().message(n.messageRowId);
            VERIFY_OK(message);
            QCOMPARE((*message)->kind, MessageKind::Notice);
            QCOMPARE((*message)->received, jst(u"2026-12-02T18:31"_s));
        }
        for (const Received &r : mails) {
            QVERIFY(!r.envelope.contains(u"keiri@midori.co.jp"_s));
            QVERIFY(!r.envelope.contains(u"jiro@kumo.co.jp"_s));
        }
        // The customer's question is still owed an answer.
        const QList<Obligation> owed = customerObligations();
        QCOMPARE(owed.size(), 1);
        QVERIFY(owed.at(0).isOpen());
        auto customer = m_desk->tickets().ticket(m_customerTicket);
        VERIFY_OK(customer);
        QVERIFY((*customer)->due.isValid());
    }

    // An update goes into the same ticket per organisation, threaded after the first notice; an
    // administrator's answer threads into it and is owed an answer there.
    void updateFollowsTheFirstNoticeAndAnAnswerThreadsIn()
    {
        NoticeBook book(*m_desk);
        auto first = book.prepare(NoticeTopic::incident(m_incident), NoticeKind::First);
        VERIFY_OK(first);
        VERIFY_OK(book.send(m_sato, *first));
        m_clock->set(jst(u"2026-12-02T18:45"_s));
        auto update = book.prepare(NoticeTopic::incident(m_incident), NoticeKind::Update);
        VERIFY_OK(update);
        QVERIFY(update->text.body.contains(u"■ 復旧日時：未定"_s));
        VERIFY_OK(book.send(m_sato, *update));
        auto records = book.records(NoticeTopic::incident(m_incident));
        VERIFY_OK(records);
        QCOMPARE(records->size(), 4);
        QCOMPARE(records->at(0).ticketId, records->at(2).ticketId); // aoba's, by domain
        QCOMPARE(records->at(1).ticketId, records->at(3).ticketId);
        QVERIFY(records->at(0).ticketId != records->at(1).ticketId);
        auto notices = m_desk->tickets().messages(records->at(0).ticketId);
        VERIFY_OK(notices);
        QCOMPARE(notices->size(), 2);
        QCOMPARE(notices->at(1).inReplyTo, notices->at(0).messageId);

        TicketMessage answer;
        answer.kind = MessageKind::CustomerMessage;
        answer.messageId = u"a1@midori.co.jp"_s;
        answer.inReplyTo = notices->at(1).messageId;
        answer.references = {notices->at(0).messageId, notices->at(1).messageId};
        answer.fromAddress = u"yamada@midori.co.jp"_s;
        answer.subject = u"Re: 障害"_s;
        answer.received = jst(u"2026-12-02T19:00"_s);
        answer.rawSource = "Subject: y\r\n\r\ny\r\n";
        auto threaded = m_desk->tickets().findTicketByMessageIds(answer.references + QStringList{answer.inReplyTo});
        VERIFY_OK(threaded);
        QCOMPARE(*threaded, records->at(0).ticketId);
        VERIFY_OK(m_desk->mail().addMessage(answer, *threaded));
        auto ticket = m_desk->tickets().ticket(*threaded);
        VERIFY_OK(ticket);
        QCOMPARE((*ticket)->status, TicketStatus::Open);
        QCOMPARE(m_desk->tickets().obligations(*threaded).valueOr({}).size(), 1);
    }

    void announcementRecordsThePlansAnnouncementTime()
    {
        OutageStore outages(m_t->db(), *m_clock);
        const auto planNow = [&]() {
            const QList<MaintenancePlan> plans = outages.plans().valueOr({});
            return plans.isEmpty() ? MaintenancePlan{} : plans.first();
        };
        const auto breaches = [&]() {
            QStringList keys;
            for (const MaintenanceFinding &f : MaintenanceCheck::check(planNow(), m_clock->now()))
                keys.append(MaintenanceCheck::breachKey(f.breach));
            return keys;
        };
        QVERIFY(breaches().contains(u"not-announced"_s));
        // The desk's reminder: once a day per plan.
        AnnouncementReminder reminder(*m_desk);
        QHash<qint64, QDate> shownOn;
        auto due = reminder.dueToday(shownOn);
        VERIFY_OK(due);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->at(0).id, m_plan);
        m_clock->set(jst(u"2026-12-02T23:59"_s));
        QCOMPARE(reminder.dueToday(shownOn).valueOr({}).size(), 0);
        m_clock->set(jst(u"2026-12-03T00:00"_s));
        QCOMPARE(reminder.dueToday(shownOn).valueOr({}).size(), 1);
        m_clock->set(jst(u"2026-12-02T18:35"_s));
        NoticeBook book(*m_desk);
        QVERIFY(!book.prepare(NoticeTopic::plan(m_plan), NoticeKind::First).ok());
        auto draft = book.prepare(NoticeTopic::plan(m_plan), NoticeKind::Announcement);
        VERIFY_OK(draft);
        QCOMPARE(draft->text.subject, u"【メンテナンスのお知らせ】12月12日(土) 00:00〜12月12日(土) 03:00"_s);
        QVERIFY2(draft->text.body.contains(u"■ 対象機能：クライアント機能、コンシューマ機能（WEBフォーム機能）\n"_s),
                 qPrintable(draft->text.body));
        VERIFY_OK(book.send(m_sato, *draft));
        // Queued is not announced: nobody has been told yet, but no reminder is needed.
        QVERIFY(!planNow().announced.isValid());
        QVERIFY(breaches().contains(u"not-announced"_s));
        QCOMPARE(reminder.unannounced().valueOr(QList<MaintenancePlan>{MaintenancePlan{}}).size(), 0);
        m_clock->set(jst(u"2026-12-02T18:40"_s));
        QVERIFY(sendAll(2));
        QCOMPARE(planNow().announced, jst(u"2026-12-02T18:40"_s));
        QVERIFY(!breaches().contains(u"not-announced"_s));
        QVERIFY(breaches().contains(u"announced-late"_s)); // ten days is still short of fourteen
        QCOMPARE(customerObligations().at(0).isOpen(), true);
    }

    // An administrator's address the server refuses for good: that organisation's notice is
    // recorded undelivered (as a refused reply is), the other one sent, and nothing answered.
    void refusedNoticeIsRecordedUndelivered()
    {
        addContact(u"aoba.co.jp"_s, u"青葉 一郎"_s, u"reject-ichiro@aoba.co.jp"_s, ContactRole::Administrator);
        VERIFY_OK(OrganisationContacts(*m_desk).removeContact(StaffUser::system(), u"aoba.co.jp"_s,
                                                              u"ichiro@aoba.co.jp"_s));
        NoticeBook book(*m_desk);
        auto draft = book.prepare(NoticeTopic::incident(m_incident), NoticeKind::First);
        VERIFY_OK(draft);
        VERIFY_OK(book.send(m_sato, *draft));
        const auto sender = Testing::testSender(*m_desk);
        QSignalSpy sent(sender.get(), &OutboxSender::replySent);
        QSignalSpy refused(sender.get(), &OutboxSender::replyRefused);
        QSignalSpy problems(sender.get(), &OutboxSender::problem);
        sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(sent.count() + refused.count() == 2, 30000);
        QCOMPARE(problems.count(), 0);
        QCOMPARE(refused.count(), 1);
        auto records = book.records(NoticeTopic::incident(m_incident));
        VERIFY_OK(records);
        QCOMPARE(records->size(), 2);
        for (const NoticeRecord &n : std::as_const(*records)) {
            const bool aoba = n.domain == u"aoba.co.jp"_s;
            QCOMPARE(n.delivery, aoba ? ReplyDelivery::Undelivered : ReplyDelivery::Delivered);
            QCOMPARE(n.accepted.isValid(), !aoba);
        }
        QVERIFY(customerObligations().at(0).isOpen());
    }

    void managersEditTheTemplates()
    {
        NoticeTemplates templates(*m_desk);
        NoticeText text{u"【障害】{{functions}}"_s, u"{{organization}} 御中\n{{start}} {{unknown}}\n"_s};
        auto refused = templates.save(StaffUser::system(), NoticeKind::First, u"ja"_s, text);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"input"_s);
        QVERIFY(refused.error().message.contains(u"{{unknown}}"_s));
        text.body = u"{{organization}} 御中\n発生：{{start}}（{{cause}}）\n"_s;
        QVERIFY(!templates.save(m_sato, NoticeKind::First, u"ja"_s, text).ok()); // staff may not
        QVERIFY(!templates.save(StaffUser::system(), NoticeKind::First, u"fr"_s, text).ok());
        VERIFY_OK(templates.save(StaffUser::system(), NoticeKind::First, u"ja"_s, text));
        auto draft = NoticeBook(*m_desk).prepare(NoticeTopic::incident(m_incident), NoticeKind::First);
        VERIFY_OK(draft);
        QCOMPARE(draft->text.subject, u"【障害】クライアント機能"_s);
        QCOMPARE(draft->textFor(draft->recipients.at(1)).body,
                 u"株式会社みどり 御中\n発生：12月2日(水) 18:00（弊社システムの障害）\n"_s);
        auto english = NoticeBook(*m_desk).prepare(NoticeTopic::incident(m_incident), NoticeKind::Recovery, u"en"_s);
        VERIFY_OK(english);
        QCOMPARE(english->text.subject, u"[Restored] client function"_s);
        QVERIFY2(english->text.body.contains(u"- Since: Wed 2 Dec 18:00 JST\n- Restored: not yet known\n"_s),
                 qPrintable(english->text.body));
    }

    void cliPreviewSendList()
    {
        if (Testing::usingPostgres())
            QSKIP("the CLI runs open a SQLite file");
        const QString id = QString::number(m_incident);
        const auto [code, out, err] = runCli({u"notice"_s, u"preview"_s, u"--incident"_s, id, u"--kind"_s, u"first"_s});
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(out.startsWith(u"Subject: 【障害発生のお知らせ】クライアント機能\n\naoba.co.jp\n"_s), qPrintable(out));
        QVERIFY2(out.contains(u"\nto aoba.co.jp: ichiro@aoba.co.jp\n"
                              "to 株式会社みどり (midori.co.jp): suzuki@midori.co.jp, yamada@midori.co.jp\n"
                              "not notified: kumo.co.jp: no administrator\n"_s),
                 qPrintable(out));
        const auto [sendCode, sendOut, sendErr] = runCli({u"notice"_s, u"send"_s, u"--incident"_s, id, u"--kind"_s,
                                                          u"first"_s, u"--as"_s, u"sato"_s});
        QVERIFY2(sendCode == 0, qPrintable(sendErr));
        QVERIFY2(sendOut.startsWith(u"queued 2 mail(s) to 2 organisation(s): outbox "_s), qPrintable(sendOut));
        QVERIFY(sendOut.endsWith(u"not notified: kumo.co.jp: no administrator\n"_s));
        const auto [outboxCode, outboxOut, outboxErr] = runCli({u"outbox"_s, u"send"_s, u"--smtp-password-file"_s,
                                                                m_passwordFile});
        QVERIFY2(outboxCode == 0, qPrintable(outboxOut + outboxErr));
        QCOMPARE(outboxOut.count(u"sent "_s), 2);
        const auto [listCode, listOut, listErr] = runCli({u"notice"_s, u"list"_s, u"--incident"_s, id});
        QVERIFY2(listCode == 0, qPrintable(listErr));
        QCOMPARE(listOut.count(u" sent "_s), 2);
        QVERIFY(listOut.contains(u"suzuki@midori.co.jp yamada@midori.co.jp"_s));
        QVERIFY(listOut.contains(u"2026-12-02 18:30:00"_s));
        QVERIFY(customerObligations().at(0).isOpen());
    }

    void cliBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no topic") << QStringList{u"preview"_s, u"--kind"_s, u"first"_s};
        QTest::newRow("both topics") << QStringList{u"preview"_s, u"--incident"_s, u"1"_s, u"--maintenance"_s,
                                                    u"1"_s, u"--kind"_s, u"first"_s};
        QTest::newRow("unknown kind") << QStringList{u"send"_s, u"--incident"_s, u"1"_s, u"--kind"_s, u"later"_s};
        QTest::newRow("announcement of an incident")
            << QStringList{u"send"_s, u"--incident"_s, u"1"_s, u"--kind"_s, u"announcement"_s};
        QTest::newRow("no such incident") << QStringList{u"send"_s, u"--incident"_s, u"99"_s, u"--kind"_s, u"first"_s};
        QTest::newRow("bad language") << QStringList{u"preview"_s, u"--incident"_s, u"1"_s, u"--kind"_s, u"first"_s,
                                                     u"--lang"_s, u"fr"_s};
        QTest::newRow("bad charset") << QStringList{u"send"_s, u"--incident"_s, u"1"_s, u"--kind"_s, u"first"_s,
                                                    u"--charset"_s, u"latin1"_s};
        QTest::newRow("no such action") << QStringList{u"mail"_s, u"--incident"_s, u"1"_s};
    }

    void cliBadInput()
    {
        if (Testing::usingPostgres())
            QSKIP("the CLI runs open a SQLite file");
        QFETCH(QStringList, args);
        const auto [code, out, err] = runCli(QStringList{u"notice"_s} + args);
        QCOMPARE(code, 2);
        QVERIFY2(out.isEmpty(), qPrintable(out));
        QCOMPARE(err.count(u'\n'), 1);
        QCOMPARE(m_desk->outbox().entries().valueOr({}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
