// Staff operations, the mail side's API, the queue, search and team behaviour — the same
// code on SQLite (tst_tickets) and PostgreSQL (tst_tickets_pg).

#include "../common/TestDatabase.h"
#include "../common/VerifyOk.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "store/TransactionGuard.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

namespace {

QDateTime jst(const QString &text)
{
    return *Jst::parseIso(text + u":00+09:00"_s);
}

Ticket ticketOf(TicketDesk &desk, qint64 id)
{
    return desk.tickets().ticket(id).valueOr(std::nullopt).value_or(Ticket{});
}

} // namespace

class TestTickets : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketDesk> m_desk;
    std::unique_ptr<TicketFixtureBuilder> m_build;
    StaffUser m_sato, m_tanaka;

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        QVERIFY(m_t->isValid());
        m_clock = std::make_unique<FixedClock>(jst(u"2026-06-10T12:00"_s));
        m_desk = std::make_unique<TicketDesk>(m_t->db(), *m_clock);
        m_build = std::make_unique<TicketFixtureBuilder>(*m_desk);
        m_tanaka = m_build->staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        m_sato = m_build->staff(u"sato"_s, u"佐藤"_s).valueOr({});
        QVERIFY(m_tanaka.id > 0 && m_sato.id > 0);
    }

    void cleanup()
    {
        m_build.reset();
        m_desk.reset();
        m_t.reset();
    }

    void statusLabelsAreInTheDesksWords_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("english");
        QTest::newRow("new") << u"new"_s << u"New"_s;
        QTest::newRow("open") << u"open"_s << u"Open"_s;
        QTest::newRow("waiting") << u"waiting"_s << u"Waiting on customer"_s;
        QTest::newRow("resolved") << u"resolved"_s << u"Resolved"_s;
        QTest::newRow("closed") << u"closed"_s << u"Closed"_s;
    }

    void statusLabelsAreInTheDesksWords()
    {
        QFETCH(QString, key);
        QFETCH(QString, english);
        const auto status = statusFromKey(key);
        QVERIFY(status.has_value());
        QCOMPARE(statusKey(*status), key);
        QCOMPARE(statusLabel(*status), english);
        QVERIFY(!statusFromKey(key + u"x"_s).has_value());
    }

    void newTicketFromCustomerMail()
    {
        auto stored = m_build->customerMail(u"Yamada@Kabushiki.example.JP"_s, u"請求書の再発行"_s, u"お願いします①㈱"_s,
                                            jst(u"2026-06-10T11:00"_s));
        VERIFY_OK(stored);
        QVERIFY(stored->newTicket);
        const Ticket t = ticketOf(*m_desk, stored->ticketId);
        QCOMPARE(t.subject, u"請求書の再発行"_s);
        QCOMPARE(t.status, TicketStatus::New);
        QCOMPARE(t.customerAddress, u"yamada@kabushiki.example.jp"_s);
        QCOMPARE(t.organisationName, u"kabushiki.example.jp"_s);
        QCOMPARE(t.created, jst(u"2026-06-10T11:00"_s));
        auto thread = m_desk->tickets().messages(t.id, true);
        VERIFY_OK(thread);
        QCOMPARE(thread->size(), 1);
        const TicketMessage &m = thread->first();
        QCOMPARE(m.bodyText, u"お願いします①㈱"_s);
        QVERIFY(m.rawSource.startsWith("Message-ID: <"));
        QCOMPARE(m.contentHash.size(), 64);
        QCOMPARE(m.kind, MessageKind::CustomerMessage);
    }

    void attachmentsAndClaimedTimesRoundTrip()
    {
        TicketMessage m;
        m.messageId = u"<a1@example.jp>"_s;
        m.fromAddress = u"a@example.jp"_s;
        m.subject = u"添付"_s;
        m.received = jst(u"2026-06-10T11:00"_s);
        m.receivedClaimed = true;
        m.references = {u"r1@example.jp"_s, u"r2@example.jp"_s};
        m.to = {u"support@desk.example"_s, u"other@desk.example"_s};
        m.rawSource = QByteArray("raw\r\n\x1b$B$\"\x1b(B\r\n");
        m.attachments.append({0, u"請求書.pdf"_s, u"application/pdf"_s, 0, {}, QByteArray("%PDF-1.4 \x00\x01\xff", 12)});
        auto stored = m_desk->mail().addMessage(m);
        VERIFY_OK(stored);
        auto back = m_desk->tickets().message(stored->messageRowId, true);
        VERIFY_OK(back);
        QVERIFY(back->has_value());
        const TicketMessage &b = **back;
        QCOMPARE(b.messageId, u"a1@example.jp"_s);
        QVERIFY(b.receivedClaimed);
        QCOMPARE(b.references, m.references);
        QCOMPARE(b.to, m.to);
        QCOMPARE(b.rawSource, m.rawSource);
        QCOMPARE(b.attachments.size(), 1);
        QCOMPARE(b.attachments.first().fileName, u"請求書.pdf"_s);
        QCOMPARE(b.attachments.first().content, m.attachments.first().content);
        QCOMPARE(b.attachments.first().size, 12);
        QCOMPARE(b.attachments.first().sha256.size(), 64);
    }

    void mailSideFindsTicketsAndDuplicates()
    {
        TicketMessage m;
        m.messageId = u"<first@example.jp>"_s;
        m.fromAddress = u"a@example.jp"_s;
        m.received = jst(u"2026-06-10T11:00"_s);
        m.rawSource = "one";
        auto stored = m_desk->mail().addMessage(m);
        VERIFY_OK(stored);
        QCOMPARE(m_desk->tickets().findTicketByMessageIds({u"<nothing@x>"_s, u"<first@example.jp>"_s}).valueOr(0),
                 stored->ticketId);
        QCOMPARE(m_desk->tickets().findTicketByMessageIds({u"first@example.jp"_s}).valueOr(0), stored->ticketId);
        QCOMPARE(m_desk->tickets().findTicketByMessageIds({u"<other@example.jp>"_s}).valueOr(-1), 0);
        QCOMPARE(m_desk->tickets().findTicketByMessageIds({}).valueOr(-1), 0);
        const QByteArray hash = QCryptographicHash::hash("one", QCryptographicHash::Sha256).toHex();
        QCOMPARE(m_desk->tickets().hasMessage(u"<first@example.jp>"_s, hash).valueOr(false), true);
        QCOMPARE(m_desk->tickets().hasMessage(u"first@example.jp"_s, hash).valueOr(false), true);
        QCOMPARE(m_desk->tickets().hasMessage(QString(), hash).valueOr(false), true);
        QCOMPARE(m_desk->tickets().hasMessage(u"first@example.jp"_s, "00").valueOr(true), false);
        QCOMPARE(m_desk->tickets().hasMessage(u"second@example.jp"_s, hash).valueOr(true), false);
        QCOMPARE(m_desk->tickets().findByNumber(stored->ticketId)->value().id, stored->ticketId);
        QVERIFY(!m_desk->tickets().findByNumber(99999)->has_value());
        QCOMPARE(m_desk->mail().addMessage(m, 99999).error().code, u"not-found"_s);
    }

    void syncStateCommitsWithTheMessages()
    {
        auto &mail = m_desk->mail();
        QVERIFY(!mail.syncState(u"support"_s, u"INBOX"_s)->has_value());
        {
            // The IMAP sync's pattern: messages and watermark in one caller transaction.
            TransactionGuard batch(m_t->db());
            QVERIFY(batch.ok());
            VERIFY_OK(m_build->customerMail(u"a@example.jp"_s, u"1"_s, u"x"_s, jst(u"2026-06-10T11:00"_s)));
            VERIFY_OK(m_build->customerMail(u"b@example.jp"_s, u"2"_s, u"x"_s, jst(u"2026-06-10T11:05"_s)));
            VERIFY_OK(mail.setSyncState(u"support"_s, u"INBOX"_s, 1234, 2));
            // no commit: a crash before the commit loses both together
        }
        QVERIFY(!mail.syncState(u"support"_s, u"INBOX"_s)->has_value());
        QCOMPARE(m_desk->queue().list(QueueFilter::All, m_clock->now())->size(), 0);
        {
            TransactionGuard batch(m_t->db());
            VERIFY_OK(m_build->customerMail(u"a@example.jp"_s, u"1"_s, u"x"_s, jst(u"2026-06-10T11:00"_s)));
            VERIFY_OK(mail.setSyncState(u"support"_s, u"INBOX"_s, 1234, 1));
            VERIFY_OK(batch.commit());
        }
        VERIFY_OK(mail.setSyncState(u"support"_s, u"INBOX"_s, 1234, 7));
        const auto state = mail.syncState(u"support"_s, u"INBOX"_s);
        QVERIFY(state.ok() && state->has_value());
        QCOMPARE((*state)->uidValidity, 1234);
        QCOMPARE((*state)->lastUid, 7);
        QCOMPARE(m_desk->queue().list(QueueFilter::All, m_clock->now())->size(), 1);
    }

    void everyOperationIsAudited()
    {
        auto stored = m_build->customerMail(u"a@example.jp"_s, u"件名"_s, u"x"_s, jst(u"2026-06-10T11:00"_s));
        VERIFY_OK(stored);
        const qint64 id = stored->ticketId;
        auto &ops = m_desk->operations();
        auto t = ops.assign(m_sato, id, ticketOf(*m_desk, id).version, m_sato.id);
        VERIFY_OK(t);
        QCOMPARE(t->assigneeName, u"佐藤"_s);
        t = ops.setStatus(m_sato, id, t->version, TicketStatus::Open);
        VERIFY_OK(t);
        t = ops.setPriority(m_sato, id, t->version, TicketPriority::High);
        VERIFY_OK(t);
        t = ops.addTag(m_sato, id, t->version, u"請求"_s);
        VERIFY_OK(t);
        t = ops.addTag(m_sato, id, t->version, u"VIP"_s);
        VERIFY_OK(t);
        QCOMPARE(t->tags, (QStringList{u"VIP"_s, u"請求"_s}));
        t = ops.removeTag(m_sato, id, t->version, u"VIP"_s);
        VERIFY_OK(t);
        QCOMPARE(t->tags, QStringList{u"請求"_s});
        t = ops.addInternalNote(m_sato, id, t->version, u"経理に確認"_s);
        VERIFY_OK(t);
        QCOMPARE(ops.addTag(m_sato, id, t->version, u"a,b"_s).error().code, u"input"_s);
        QCOMPARE(ops.addTag(m_sato, id, t->version, QString(3000, u'x')).error().code, u"input"_s); // issue 17.1
        const auto log = m_desk->audit().forTicket(id);
        VERIFY_OK(log);
        QStringList actions;
        for (const AuditEntry &e : *log) {
            actions << e.action + u':' + e.oldValue + u'>' + e.newValue;
            QCOMPARE(e.actorName, u"佐藤"_s);
            QCOMPARE(e.at, m_clock->now());
        }
        QCOMPARE(actions, (QStringList{u"assign:>佐藤"_s, u"status:new>open"_s, u"priority:normal>high"_s,
                                       u"tag:>請求"_s, u"tag:>VIP"_s, u"tag:VIP>"_s, u"note:>経理に確認"_s}));
        const auto thread = m_desk->tickets().messages(id);
        QCOMPARE(thread->last().kind, MessageKind::InternalNote);
        QCOMPARE(thread->last().authorId, m_sato.id);
    }

    void staleEditIsRefusedNamingWhoChangedWhat()
    {
        auto stored = m_build->customerMail(u"a@example.jp"_s, u"件名"_s, u"x"_s, jst(u"2026-06-10T11:00"_s));
        VERIFY_OK(stored);
        const qint64 id = stored->ticketId;
        // Two desktops, two connections, both looking at the same version.
        Database &otherConnection = m_t->another();
        TicketDesk otherDesk(otherConnection, *m_clock);
        const qint64 seen = ticketOf(*m_desk, id).version;
        QCOMPARE(ticketOf(otherDesk, id).version, seen);
        VERIFY_OK(otherDesk.operations().setStatus(m_tanaka, id, seen, TicketStatus::Waiting));
        const auto refused = m_desk->operations().assign(m_sato, id, seen, m_sato.id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"conflict"_s);
        QVERIFY2(refused.error().message.contains(u"田中"_s), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"status: new → waiting"_s), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"#%1"_s.arg(id)));
        // Nothing was overwritten, and a reload lets the edit through.
        const Ticket now = ticketOf(*m_desk, id);
        QCOMPARE(now.assigneeId, 0);
        QCOMPARE(now.status, TicketStatus::Waiting);
        VERIFY_OK(m_desk->operations().assign(m_sato, id, now.version, m_sato.id));
        QCOMPARE(m_desk->operations().assign(m_sato, 424242, 1, m_sato.id).error().code, u"not-found"_s);
    }

    void mergeMovesEverythingAndRedirects()
    {
        auto later = m_build->customerMail(u"a@example.jp"_s, u"後の問い合わせ"_s, u"x"_s, jst(u"2026-06-12T17:00"_s));
        auto earlier = m_build->customerMail(u"a@example.jp"_s, u"先の問い合わせ"_s, u"x"_s, jst(u"2026-06-10T11:00"_s));
        VERIFY_OK(later);
        VERIFY_OK(earlier);
        VERIFY_OK(m_desk->operations().addTag(m_sato, earlier->ticketId, ticketOf(*m_desk, earlier->ticketId).version,
                                              u"請求"_s));
        QCOMPARE(Jst::format(ticketOf(*m_desk, later->ticketId).due).left(16), u"2026-06-15T18:00"_s);
        auto merged = m_desk->operations().merge(m_sato, earlier->ticketId,
                                                 ticketOf(*m_desk, earlier->ticketId).version, later->ticketId,
                                                 ticketOf(*m_desk, later->ticketId).version);
        VERIFY_OK(merged);
        QCOMPARE(merged->id, later->ticketId);
        QCOMPARE(Jst::format(merged->due).left(16), u"2026-06-11T18:00"_s); // the earliest deadline is kept
        QCOMPARE(merged->tags, QStringList{u"請求"_s});
        QCOMPARE(m_desk->tickets().messages(later->ticketId)->size(), 2);
        QCOMPARE(m_desk->obligations().openCount(later->ticketId).valueOr(0), 2);
        // The old number redirects, for staff and for mail threading.
        QCOMPARE(m_desk->tickets().findByNumber(earlier->ticketId)->value().id, later->ticketId);
        auto reply = m_build->customerMail(u"a@example.jp"_s, u"Re: [#1]"_s, u"x"_s, jst(u"2026-06-10T13:00"_s),
                                           earlier->ticketId);
        VERIFY_OK(reply);
        QCOMPARE(reply->ticketId, later->ticketId);
        const auto queue = m_desk->queue().list(QueueFilter::All, m_clock->now());
        QCOMPARE(queue->size(), 1);
        QCOMPARE(m_desk->audit().lastForTicket(earlier->ticketId)->value().action, u"merge"_s);
        QCOMPARE(m_desk->operations()
                     .merge(m_sato, later->ticketId, merged->version, later->ticketId, merged->version)
                     .error()
                     .code,
                 u"input"_s);
    }

    void splitMovesOneMessageToANewTicket()
    {
        auto first = m_build->customerMail(u"a@example.jp"_s, u"ログインできません"_s, u"x"_s, jst(u"2026-06-10T11:00"_s));
        VERIFY_OK(first);
        auto second = m_build->customerMail(u"a@example.jp"_s, u"別件: 請求書"_s, u"y"_s, jst(u"2026-06-12T17:00"_s),
                                            first->ticketId);
        VERIFY_OK(second);
        VERIFY_OK(m_build->staffReply(first->ticketId, m_sato, u"確認します"_s, jst(u"2026-06-10T12:00"_s)));
        auto split = m_desk->operations().split(m_sato, first->ticketId, ticketOf(*m_desk, first->ticketId).version,
                                                second->messageRowId);
        VERIFY_OK(split);
        QVERIFY(split->id != first->ticketId);
        QCOMPARE(split->subject, u"別件: 請求書"_s);
        QCOMPARE(split->customerAddress, u"a@example.jp"_s);
        QCOMPARE(Jst::format(split->due).left(16), u"2026-06-15T18:00"_s);
        QVERIFY(!ticketOf(*m_desk, first->ticketId).due.isValid());
        QCOMPARE(m_desk->tickets().messages(split->id)->size(), 1);
        QCOMPARE(m_desk->tickets().messages(first->ticketId)->size(), 2);
        QCOMPARE(m_desk->audit().lastForTicket(split->id)->value().action, u"split"_s);
        QCOMPARE(m_desk->operations().split(m_sato, first->ticketId, ticketOf(*m_desk, first->ticketId).version,
                                            second->messageRowId).error().code,
                 u"input"_s);
    }

    void onlyManagersAdministerTheTeam()
    {
        StaffUser newcomer;
        newcomer.login = u"kato"_s;
        newcomer.displayName = u"加藤"_s;
        QCOMPARE(m_desk->team().addUser(m_sato, newcomer).error().code, u"permission"_s);
        StaffUser longLogin = newcomer; // issue 17.1: a bound, not the index's refusal
        longLogin.login = QString(3000, u'k');
        QCOMPARE(m_desk->team().addUser(m_tanaka, longLogin).error().code, u"input"_s);
        auto added = m_desk->team().addUser(m_tanaka, newcomer);
        VERIFY_OK(added);
        QCOMPARE(added->role, StaffRole::Staff);
        QCOMPARE(m_desk->team().setRole(m_sato, added->id, StaffRole::Manager).error().code, u"permission"_s);
        VERIFY_OK(m_desk->team().setRole(m_tanaka, added->id, StaffRole::Manager));
        QVERIFY(m_desk->team().user(added->id)->value().isManager());
        QCOMPARE(m_desk->team().users()->size(), 3);
        QVERIFY(m_desk->team().isStaffAddress(u"SATO@madoguchi.example"_s).valueOr(false));
        QVERIFY(!m_desk->team().isStaffAddress(u"customer@example.jp"_s).valueOr(true));
        QCOMPARE(m_desk->audit().recent(1, u"role"_s)->first().actorName, u"田中"_s);
    }

    void onlyManagersChangeSharedSettings()
    {
        auto &settings = m_desk->settings();
        QCOMPARE(settings.value(u"subject-tag-prefix"_s, u"#"_s).valueOr(QString()), u"#"_s);
        QCOMPARE(settings.setValue(m_sato, u"subject-tag-prefix"_s, u"MDG-"_s).error().code, u"permission"_s);
        VERIFY_OK(settings.setValue(m_tanaka, u"subject-tag-prefix"_s, u"MDG-"_s));
        VERIFY_OK(settings.setValue(m_tanaka, u"subject-tag-prefix"_s, u"SUP-"_s));
        QCOMPARE(settings.value(u"subject-tag-prefix"_s).valueOr(QString()), u"SUP-"_s);
        const auto last = m_desk->audit().recent(1);
        QCOMPARE(last->first().action, u"setting subject-tag-prefix"_s);
        QCOMPARE(last->first().oldValue, u"MDG-"_s);
        QCOMPARE(last->first().newValue, u"SUP-"_s);
        QCOMPARE(settings.setValue(m_tanaka, u"calendar"_s, u"{}"_s).error().code, u"input"_s);
    }

    void outboxSendsEachReplyOnce()
    {
        auto ticket = m_build->customerMail(u"a@example.jp"_s, u"件名"_s, u"x"_s, jst(u"2026-06-10T11:00"_s));
        VERIFY_OK(ticket);
        auto reply = m_build->staffReply(ticket->ticketId, m_sato, u"回答"_s, jst(u"2026-06-10T11:30"_s));
        VERIFY_OK(reply);
        Outbox &outbox = m_desk->outbox();
        const QDateTime t0 = jst(u"2026-06-10T11:30"_s);
        auto id = outbox.enqueue(reply->messageRowId, t0);
        VERIFY_OK(id);
        auto first = outbox.claimNext(t0);
        VERIFY_OK(first);
        QVERIFY(first->has_value());
        QCOMPARE((*first)->messageRowId, reply->messageRowId);
        QCOMPARE((*first)->attempts, 1);
        // A second sender (another desktop) finds nothing to send while it is claimed.
        TicketDesk other(m_t->another(), *m_clock);
        QVERIFY(!other.outbox().claimNext(t0.addSecs(5))->has_value());
        VERIFY_OK(outbox.markTemporaryFailure(*id, u"451 4.7.1 try again later"_s, t0.addSecs(300)));
        QVERIFY(!outbox.claimNext(t0.addSecs(60))->has_value());
        auto retry = other.outbox().claimNext(t0.addSecs(301));
        VERIFY_OK(retry);
        QVERIFY(retry->has_value());
        QCOMPARE((*retry)->attempts, 2);
        QCOMPARE((*retry)->lastError, u"451 4.7.1 try again later"_s);
        VERIFY_OK(other.outbox().markSent(*id, t0.addSecs(302)));
        QVERIFY(!outbox.claimNext(t0.addSecs(10000))->has_value());
        const auto all = outbox.entries();
        QCOMPARE(all->first().state, OutboxState::Sent);
        QCOMPARE(all->first().sent, t0.addSecs(302));
        // A sender that crashed while sending: the claim goes stale and the reply is offered again.
        auto second = m_build->staffReply(ticket->ticketId, m_sato, u"追記"_s, jst(u"2026-06-10T12:00"_s));
        auto id2 = outbox.enqueue(second->messageRowId, t0);
        VERIFY_OK(id2);
        QVERIFY(outbox.claimNext(t0, 600)->has_value());
        QVERIFY(!outbox.claimNext(t0.addSecs(599), 600)->has_value());
        QVERIFY(outbox.claimNext(t0.addSecs(601), 600)->has_value());
        VERIFY_OK(outbox.markPermanentFailure(*id2, u"550 5.1.1 no such user"_s));
        QCOMPARE(outbox.entries()->first().state, OutboxState::Failed);
        QVERIFY(!outbox.claimNext(t0.addSecs(100000))->has_value());
    }

    void firstUserOfAnEmptyDeskIsAManager()
    {
        TestDatabase fresh;
        QVERIFY(fresh.isValid());
        TicketDesk desk(fresh.db(), *m_clock);
        StaffUser first;
        first.login = u"admin"_s;
        first.displayName = u"管理者"_s;
        auto added = desk.team().addUser(first, first);
        VERIFY_OK(added);
        QVERIFY(added->isManager());
    }

    void queueOrdersByDeadlineWithLiveFlags_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QStringList>("subjects");
        QTest::newRow("all, earliest due first")
            << u"2026-06-11T10:00"_s << u"all"_s << QStringList{u"A"_s, u"B"_s, u"D"_s, u"C"_s}; // then newest first
        QTest::newRow("nothing overdue yet") << u"2026-06-11T10:00"_s << u"overdue"_s << QStringList{};
        QTest::newRow("due soon at 16:00") << u"2026-06-11T16:00"_s << u"due-soon"_s << QStringList{u"A"_s};
        QTest::newRow("at the deadline is not overdue") << u"2026-06-11T18:00"_s << u"overdue"_s << QStringList{};
        QTest::newRow("overdue after 18:00") << u"2026-06-11T18:01"_s << u"overdue"_s << QStringList{u"A"_s};
        QTest::newRow("due soon next morning") << u"2026-06-12T16:30"_s << u"due-soon"_s << QStringList{u"B"_s};
        QTest::newRow("waiting") << u"2026-06-11T10:00"_s << u"waiting"_s << QStringList{u"D"_s};
        QTest::newRow("new") << u"2026-06-11T10:00"_s << u"new"_s << QStringList{u"A"_s, u"B"_s};
        QTest::newRow("open") << u"2026-06-11T10:00"_s << u"open"_s << QStringList{u"C"_s};
    }

    void queueOrdersByDeadlineWithLiveFlags()
    {
        QFETCH(QString, now);
        QFETCH(QString, queue);
        QFETCH(QStringList, subjects);
        VERIFY_OK(m_build->customerMail(u"b@example.jp"_s, u"B"_s, u"x"_s, jst(u"2026-06-11T09:00"_s)));
        VERIFY_OK(m_build->customerMail(u"a@example.jp"_s, u"A"_s, u"x"_s, jst(u"2026-06-10T11:00"_s)));
        auto c = m_build->customerMail(u"c@example.jp"_s, u"C"_s, u"x"_s, jst(u"2026-06-10T09:00"_s));
        auto d = m_build->customerMail(u"d@example.jp"_s, u"D"_s, u"x"_s, jst(u"2026-06-10T09:00"_s));
        VERIFY_OK(c);
        VERIFY_OK(d);
        VERIFY_OK(m_build->staffReply(c->ticketId, m_sato, u"r"_s, jst(u"2026-06-10T10:00"_s)));
        VERIFY_OK(m_desk->operations().setStatus(m_sato, d->ticketId, ticketOf(*m_desk, d->ticketId).version,
                                                 TicketStatus::Waiting));
        const auto entries = m_desk->queue().list(*queueFilterFromKey(queue), jst(now));
        VERIFY_OK(entries);
        QStringList got;
        for (const QueueEntry &e : *entries)
            got << e.ticket.subject;
        QCOMPARE(got, subjects);
        for (const QueueEntry &e : *entries) {
            if (queue == u"overdue"_s)
                QCOMPARE(e.flag, DeadlineFlag::Overdue);
            if (queue == u"due-soon"_s) {
                QCOMPARE(e.flag, DeadlineFlag::DueSoon);
                QVERIFY(e.remainingMinutes <= 120 && e.remainingMinutes >= 0);
            }
        }
    }

    void sampleDeskShowsEveryStateWhateverTheClock_data()
    {
        QTest::addColumn<QString>("now");
        QTest::newRow("Wed 16:00, last business hours") << u"2026-06-10T16:00"_s;
        QTest::newRow("Mon 10:00, a day's start") << u"2026-06-08T10:00"_s;
        QTest::newRow("Tue 12:30, lunch") << u"2026-06-09T12:30"_s;
        QTest::newRow("Thu 18:00, at closing") << u"2026-06-11T18:00"_s;
        QTest::newRow("Fri 23:59") << u"2026-06-12T23:59"_s;
        QTest::newRow("Sat noon") << u"2026-06-13T12:00"_s;
        QTest::newRow("Golden Week") << u"2026-05-04T11:00"_s;
        QTest::newRow("year-end break") << u"2027-01-03T09:00"_s;
        QTest::newRow("first business day after the year end") << u"2027-01-05T10:00"_s;
    }

    // Issue 20 item 10: `sample-data` shows every state — overdue, due soon, on time, urgent,
    // waiting, resolved — whatever the clock says, not only in the last business hours of a day.
    void sampleDeskShowsEveryStateWhateverTheClock()
    {
        QFETCH(QString, now);
        const QDateTime at = jst(now);
        VERIFY_OK(m_build->sampleDesk(at));
        const auto all = m_desk->queue().list(QueueFilter::All, at, 1000);
        VERIFY_OK(all);
        QSet<QString> states;
        for (const QueueEntry &e : *all) {
            if (e.ticket.isUrgent())
                states.insert(u"urgent"_s);
            if (e.ticket.status == TicketStatus::Waiting)
                states.insert(u"waiting"_s);
            if (e.ticket.status == TicketStatus::Resolved || e.ticket.status == TicketStatus::Closed)
                states.insert(u"resolved"_s);
            if (!e.ticket.due.isValid())
                continue;
            states.insert(e.flag == DeadlineFlag::Overdue ? u"overdue"_s
                          : e.flag == DeadlineFlag::DueSoon ? u"due soon"_s
                                                            : u"on time"_s);
        }
        const auto counts = m_desk->queue().counts(at);
        VERIFY_OK(counts);
        QVERIFY(counts->overdue >= 3);
        QVERIFY(counts->dueSoon >= 1);
        const QStringList wanted{u"overdue"_s, u"due soon"_s, u"on time"_s, u"urgent"_s, u"waiting"_s, u"resolved"_s};
        for (const QString &state : wanted)
            QVERIFY2(states.contains(state), qPrintable(state + u" missing at "_s + now));
    }

    void queueCountsForTheHeader()
    {
        VERIFY_OK(m_build->sampleDesk(jst(u"2026-06-10T16:00"_s)));
        const auto counts = m_desk->queue().counts(jst(u"2026-06-10T16:00"_s));
        VERIFY_OK(counts);
        QVERIFY(counts->overdue >= 3);
        QVERIFY(counts->newTickets >= 1);
        const auto overdue = m_desk->queue().list(QueueFilter::Overdue, jst(u"2026-06-10T16:00"_s));
        QCOMPARE(int(overdue->size()), counts->overdue);
        bool undelivered = false;
        for (const QueueEntry &e : *overdue)
            undelivered = undelivered || e.ticket.replyUndelivered;
        QVERIFY(undelivered);
    }

    void searchFindsJapaneseByTwoCharacters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("subjects");
        QTest::newRow("2 chars, subject") << u"請求"_s << QStringList{u"請求書の再発行"_s};
        QTest::newRow("3 chars, subject") << u"請求書"_s << QStringList{u"請求書の再発行"_s};
        QTest::newRow("1 char") << u"杯"_s << QStringList{u"ログインできません"_s};
        QTest::newRow("body, 2 chars") << u"配信"_s << QStringList{u"メール停止"_s};
        QTest::newRow("body, long") << u"メール配信が止まって"_s << QStringList{u"メール停止"_s};
        QTest::newRow("address") << u"kobayashi@"_s << QStringList{u"ログインできません"_s};
        QTest::newRow("ASCII case-insensitive") << u"csv"_s << QStringList{u"CSV export"_s};
        QTest::newRow("wildcards are literal") << u"100%"_s << QStringList{u"CSV export"_s};
        QTest::newRow("underscore literal") << u"a_b"_s << QStringList{};
        QTest::newRow("quote in query") << u"\"請求"_s << QStringList{};
        QTest::newRow("nothing") << u"存在しない語"_s << QStringList{};
        QTest::newRow("blank") << u"  "_s << QStringList{};
        // Schema 5 answers short queries from the trigram index: occurrences at the very end
        // of a column, and columns shorter than a trigram, must still be found.
        QTest::newRow("2 chars, the whole subject") << u"解約"_s << QStringList{u"解約"_s};
        QTest::newRow("1 char, end of a 2-char subject") << u"約"_s << QStringList{u"解約"_s};
        QTest::newRow("1 char, in two messages") << u"請"_s << QStringList{u"解約"_s, u"請求書の再発行"_s};
        QTest::newRow("2 chars, end of body") << u"い。"_s << QStringList{u"解約"_s};
        QTest::newRow("2 ASCII chars, end of body, case") << u"qx"_s << QStringList{u"解約"_s};
        QTest::newRow("1 ASCII char, upper case") << u"Z"_s << QStringList{u"解約"_s};
        QTest::newRow("mixed Japanese and ASCII") << u"ID番号"_s << QStringList{u"解約"_s};
        QTest::newRow("mixed, 3 chars, other case") << u"id番"_s << QStringList{u"解約"_s};
        QTest::newRow("2 chars, Japanese then ASCII") << u"号A"_s << QStringList{u"解約"_s};
        QTest::newRow("2 chars, not there") << u"存在"_s << QStringList{};
        QTest::newRow("1 char, not there") << u"鬱"_s << QStringList{};
    }

    void searchFindsJapaneseByTwoCharacters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, subjects);
        VERIFY_OK(m_build->customerMail(u"yamada@example.jp"_s, u"請求書の再発行"_s, u"先月分をお願いします"_s,
                                        jst(u"2026-06-10T11:00"_s)));
        VERIFY_OK(m_build->customerMail(u"kobayashi@tokyo.example.jp"_s, u"ログインできません"_s,
                                        u"パスワードを何杯試しても駄目です"_s, jst(u"2026-06-10T11:10"_s)));
        VERIFY_OK(m_build->customerMail(u"ito@example.jp"_s, u"メール停止"_s, u"メール配信が止まっています"_s,
                                        jst(u"2026-06-10T11:20"_s)));
        VERIFY_OK(m_build->customerMail(u"abc@example.jp"_s, u"CSV export"_s, u"The Csv file is 100% broken"_s,
                                        jst(u"2026-06-10T11:30"_s)));
        VERIFY_OK(m_build->customerMail(u"tanaka@example.jp"_s, u"解約"_s,
                                        u"ID番号AZ-7の解約を請け負ってください。\nQX"_s, jst(u"2026-06-10T11:40"_s)));
        const auto hits = m_desk->search().search(query);
        VERIFY_OK(hits);
        QStringList got;
        for (const SearchHit &hit : *hits)
            got << hit.subject;
        QCOMPARE(got, subjects);
        for (const SearchHit &hit : *hits)
            QVERIFY(hit.ticketId > 0 && hit.received.isValid());
        QVERIFY(!m_desk->search().method(query)->isEmpty());
    }

    // A word in many mails stops at the limit with the most recently stored ones (on
    // PostgreSQL: found among the newest messages, without the short-query index).
    void searchStopsAtTheLimitNewestFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("1 char") << u"請"_s;
        QTest::newRow("2 chars") << u"請求"_s;
        QTest::newRow("3 chars") << u"請求書"_s;
    }

    void searchStopsAtTheLimitNewestFirst()
    {
        QFETCH(QString, query);
        for (int i = 0; i < 5; ++i) {
            VERIFY_OK(m_build->customerMail(u"c%1@example.jp"_s.arg(i), u"請求書 %1"_s.arg(i), u"本文"_s,
                                            jst(u"2026-06-10T11:00"_s).addSecs(60 * i)));
        }
        const auto hits = m_desk->search().search(query, 3);
        VERIFY_OK(hits);
        QStringList got;
        for (const SearchHit &hit : *hits)
            got << hit.subject;
        QCOMPARE(got, (QStringList{u"請求書 4"_s, u"請求書 3"_s, u"請求書 2"_s}));
    }

    // A message another program (or an older desktop) wrote straight into the database is
    // found by short queries too: the index is kept by triggers, not by the desk's code.
    void shortSearchFindsAMessageWrittenBehindTheDesksBack_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("found");
        QTest::newRow("1 char") << u"鰻"_s << 1;
        QTest::newRow("2 chars") << u"田中"_s << 1;
        QTest::newRow("2 chars, edited away") << u"佐藤"_s << 0;
        QTest::newRow("2 chars, edited in") << u"鈴木"_s << 1;
    }

    void shortSearchFindsAMessageWrittenBehindTheDesksBack()
    {
        QFETCH(QString, query);
        QFETCH(int, found);
        auto stored = m_build->customerMail(u"x@example.jp"_s, u"件名"_s, u"佐藤です"_s, jst(u"2026-06-10T11:00"_s));
        VERIFY_OK(stored);
        VERIFY_OK(m_desk->search().search(u"佐藤"_s)); // the desk has indexed what it had
        VERIFY_OK(m_t->db().exec(u"test"_s,
                                 u"INSERT INTO messages (ticket_id, kind, subject, body_text, received_ms) "
                                 "VALUES (?, 'customer', '鰻の件', '田中より', 0)"_s,
                                 {stored->ticketId}));
        VERIFY_OK(m_t->db().exec(u"test"_s, u"UPDATE messages SET body_text = '鈴木です' WHERE body_text = '佐藤です'"_s));
        const auto hits = m_desk->search().search(query);
        VERIFY_OK(hits);
        QCOMPARE(int(hits->size()), found);
    }

    void otherDesktopSeesAStaffChange()
    {
        auto stored = m_build->customerMail(u"a@example.jp"_s, u"件名"_s, u"x"_s, jst(u"2026-06-10T11:00"_s));
        VERIFY_OK(stored);
        Database &otherDesktop = m_t->another();
        VERIFY_OK(otherDesktop.watchForChanges(200));
        QSignalSpy seen(&otherDesktop, &Database::ticketsChanged);
        VERIFY_OK(m_desk->operations().assign(m_sato, stored->ticketId, ticketOf(*m_desk, stored->ticketId).version,
                                              m_sato.id));
        QVERIFY(seen.wait(5000));
        if (m_t->db().dialect().isPostgres())
            QVERIFY(seen.first().first().value<QList<qint64>>().contains(stored->ticketId));
    }
};

QTEST_GUILESS_MAIN(TestTickets)
#include "tst_tickets.moc"
