// Roles enforced by PostgreSQL, not only by the program (issue 17): a realistic owner (not a
// superuser, with CREATEROLE) creates the desk and one login per person with DatabaseRoles;
// then each forbidden statement is tried directly in SQL as staff (and the audit log's
// UPDATE/DELETE as manager and owner too), each expecting PostgreSQL's refusal; and the
// program's own operations run through the core as staff and as manager.
// The audit log's append-only trigger is checked on SQLite as well. madoguchi-cli under a
// person's own login acts as that person; an upgrade re-applies the grants to new tables.

#include "../common/TestDatabase.h"
#include "../common/VerifyOk.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/outbox/ReplyApprovals.h"
#include "mail/outbox/ReplySignatures.h"
#include "mail/outbox/ReplyTemplates.h"
#include "mail/outbox/TicketReplies.h"
#include "store/Database.h"
#include "store/DatabaseRoles.h"
#include "store/SchemaMigrations.h"
#include "store/StoreOpener.h"
#include "tickets/ReplyEditors.h"
#include "tickets/TicketDesk.h"
#include "tickets/UrgencyRules.h"

#include <QProcess>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

namespace {

// Every login of the test gets the cluster's password, so StoreOpener finds it in PGPASSWORD
// as it would for a person.
QString password()
{
    return qEnvironmentVariable("PGPASSWORD");
}

// PostgreSQL's "insufficient_privilege": "permission denied for table …", "new row violates
// row-level security policy …", and the audit log's trigger.
bool refusedForPrivilege(const Error &error)
{
    return error.message.contains(u"permission denied"_s) || error.message.contains(u"row-level security"_s)
           || error.message.contains(u"42501"_s);
}

} // namespace

class TestDatabaseRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_super;   // the test cluster's superuser
    std::unique_ptr<Database> m_owner;   // the desk's owner: CREATEROLE, not a superuser
    std::unique_ptr<Database> m_staff;   // suzuki's own login
    std::unique_ptr<Database> m_manager; // tanaka's own login
    DatabaseAddress m_address;
    QString m_suffix;
    FixedClock m_clock{*Jst::parseIso(u"2026-06-10T12:00:00+09:00"_s)};
    qint64 m_ticket = 0;
    qint64 m_sharedTemplate = 0;
    QTemporaryDir m_dir;

    QString login(const QString &who) const { return who + u'_' + m_suffix; }
    QString upgradedName() const { return u"roles_up_"_s + m_suffix; }

    struct Run
    {
        int status = -1;
        QString out, err;
    };
    // madoguchi-cli with the database address naming `who`'s login (the password from
    // PGPASSWORD, as a person's would come from ~/.pgpass).
    Run cliAs(const QString &who, const QStringList &args)
    {
        DatabaseAddress address = m_address;
        address.user = login(who);
        QProcess process;
        process.start(QStringLiteral(MADOGUCHI_CLI), QStringList{u"--database"_s, address.toString()} + args);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    std::unique_ptr<Database> connectAs(const QString &user)
    {
        DatabaseAddress address = m_address;
        address.user = user;
        // Through StoreOpener, as the program opens it: an up-to-date schema needs no DDL.
        auto opened = StoreOpener::open(address, nullptr);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return nullptr;
        }
        return std::move(opened.value().database);
    }

    static QStringList tablesOf(Database &db)
    {
        QStringList tables;
        auto rows = db.exec(u"test"_s, u"SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"_s);
        while (rows && rows.value().next())
            tables.append(rows.value().value(0).toString());
        return tables;
    }

    // What `who` may do to `table`, as PostgreSQL answers it ("SELECT,INSERT,...").
    static QString rightsOf(Database &db, const QString &who, const QString &table)
    {
        QStringList rights;
        for (const QString &right : {u"SELECT"_s, u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
            auto has = db.scalar(u"test"_s, u"SELECT has_table_privilege(CAST(? AS NAME), CAST(? AS TEXT), CAST(? AS TEXT))"_s,
                                 {who, QString(u"public."_s + table), right});
            if (has && has->toBool())
                rights.append(right);
        }
        return table + u": "_s + rights.join(u',');
    }

    StaffUser userFor(TicketDesk &desk, const QString &who)
    {
        return desk.team().userByLogin(login(who)).valueOr(std::nullopt).value_or(StaffUser{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!Testing::usingPostgres())
            return;
        auto server = DatabaseAddress::parse(qEnvironmentVariable("MADOGUCHI_TEST_PG_URL"));
        VERIFY_OK(server);
        m_super = TestDatabase::openOrFail(*server);
        QVERIFY(m_super);
        m_suffix = QString::number(QCoreApplication::applicationPid());
        const QString owner = login(u"owner"_s);
        VERIFY_OK(m_super->exec(u"test"_s, u"CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'"_s.arg(owner, password())));
        m_address = *server;
        m_address.databaseName = u"roles_"_s + m_suffix;
        VERIFY_OK(m_super->exec(u"test"_s, u"CREATE DATABASE %1 OWNER %2"_s.arg(m_address.databaseName, owner)));
        m_address.user = owner;
        auto opened = Database::open(m_address, password());
        VERIFY_OK(opened);
        m_owner = std::move(opened.value());
        VERIFY_OK(SchemaMigrations::migrate(*m_owner));

        // The owner sets the desk up: a first manager (the program's administrator), a
        // ticket, a shared template; then one login per person with the CLI's core calls.
        TicketDesk desk(*m_owner, m_clock);
        StaffUser admin;
        admin.login = u"admin"_s;
        admin.displayName = u"管理者"_s;
        VERIFY_OK(desk.team().addUser(StaffUser::system(), admin));
        for (const auto &[who, role, name] : {std::tuple{u"suzuki"_s, StaffRole::Staff, u"鈴木"_s},
                                              std::tuple{u"tanaka"_s, StaffRole::Manager, u"田中"_s},
                                              std::tuple{u"sato"_s, StaffRole::Staff, u"佐藤"_s}}) {
            StaffUser user;
            user.login = login(who);
            user.displayName = name;
            user.role = role;
            VERIFY_OK(desk.team().addUser(StaffUser::system(), user));
            VERIFY_OK(DatabaseRoles::addLogin(*m_owner, login(who), role == StaffRole::Manager ? DatabaseRole::Manager
                                                                                               : DatabaseRole::Staff,
                                              password()));
        }
        DeskAddresses addresses;
        addresses.supportAddresses = {u"support@desk.example.co.jp"_s};
        VERIFY_OK(MailIngestor::saveAddresses(desk, addresses));
        TicketMessage customer;
        customer.kind = MessageKind::CustomerMessage;
        customer.messageId = u"roles-q1@example.jp"_s;
        customer.fromAddress = u"yamada@example.jp"_s;
        customer.to = {u"support@desk.example.co.jp"_s};
        customer.subject = u"請求書の再発行について"_s;
        customer.received = m_clock.now().addSecs(-3600);
        customer.bodyText = u"請求書を再発行してください。\n"_s;
        customer.rawSource = "Subject: x\r\n\r\nx\r\n";
        auto stored = desk.mail().addMessage(customer);
        VERIFY_OK(stored);
        m_ticket = stored->ticketId;
        ReplyTemplate shared;
        shared.name = u"お礼"_s;
        shared.body = u"ありがとうございます。"_s;
        auto added = ReplyTemplates(desk).add(StaffUser::system(), shared);
        VERIFY_OK(added);
        m_sharedTemplate = *added;
        VERIFY_OK(UrgencyRules::load(*m_owner)->save(*m_owner, desk.audit(), StaffUser::system()));

        // A login in the staff group that is not one of the desk's users.
        VERIFY_OK(DatabaseRoles::addLogin(*m_owner, login(u"ghost"_s), DatabaseRole::Staff, password()));
        QFile body(m_dir.filePath(u"body.txt"_s));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write("確認いたします。\n");
        body.close();

        m_staff = connectAs(login(u"suzuki"_s));
        m_manager = connectAs(login(u"tanaka"_s));
        QVERIFY(m_staff && m_manager);
    }

    void cleanupTestCase()
    {
        m_staff.reset();
        m_manager.reset();
        m_owner.reset();
        if (m_super) {
            (void)m_super->exec(u"test"_s, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_address.databaseName));
            (void)m_super->exec(u"test"_s, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(upgradedName()));
            for (const QString &group : {u"_staff"_s, u"_manager"_s})
                (void)m_super->exec(u"test"_s, u"DROP ROLE IF EXISTS %1"_s.arg(upgradedName() + group));
            for (const QString &role : {u"suzuki"_s, u"tanaka"_s, u"sato"_s, u"ghost"_s, u"kato"_s, u"ito"_s,
                                        u"owner"_s})
                (void)m_super->exec(u"test"_s, u"DROP ROLE IF EXISTS %1"_s.arg(login(role)));
            for (const QString &group : {u"_staff"_s, u"_manager"_s})
                (void)m_super->exec(u"test"_s, u"DROP ROLE IF EXISTS %1"_s.arg(m_address.databaseName + group));
        }
    }

    // On both backends: no UPDATE or DELETE of the audit log gets through, whoever asks.
    void auditLogIsAppendOnlyOnEveryBackend()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        TicketDesk desk(t.db(), m_clock);
        VERIFY_OK(desk.audit().record(StaffUser::system(), 0, u"test"_s, QString(), u"x"_s));
        for (const QString &sql : {u"UPDATE audit_log SET new_value = 'forged'"_s, u"DELETE FROM audit_log"_s}) {
            auto refused = t.db().exec(u"test"_s, sql);
            QVERIFY2(!refused.ok(), qPrintable(sql));
            QVERIFY2(refused.error().message.contains(u"append-only"_s), qPrintable(refused.error().message));
        }
        QCOMPARE(t.db().scalar(u"test"_s, u"SELECT COUNT(*) FROM audit_log WHERE new_value = 'x'"_s)->toInt(), 1);
    }

    void forbiddenStatements_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("sql");
        const auto row = [](const char *name, const QString &who, const QString &sql) {
            QTest::newRow(name) << who << sql;
        };
        const QString staff = u"staff"_s;
        // The calendar: company holidays and the calendar settings (hours, rule, official list).
        row("staff: add a company holiday", staff, u"INSERT INTO company_holidays (day, name) VALUES ('2026-06-15', 'x')"_s);
        row("staff: change a company holiday", staff, u"UPDATE company_holidays SET name = 'x'"_s);
        row("staff: delete company holidays", staff, u"DELETE FROM company_holidays"_s);
        row("staff: change the calendar settings", staff,
            u"INSERT INTO settings (name, value) VALUES ('calendar', '{}') ON CONFLICT (name) DO UPDATE SET value = '{}'"_s);
        row("staff: import official holidays", staff,
            u"INSERT INTO settings (name, value) VALUES ('calendar.official-holidays', '2026-06-15')"_s);
        // Users.
        row("staff: add a user", staff, u"INSERT INTO staff_users (login, display_name) VALUES ('mallory', 'm')"_s);
        row("staff: make themself a manager", staff, u"UPDATE staff_users SET role = 'manager'"_s);
        row("staff: delete users", staff, u"DELETE FROM staff_users"_s);
        // Team settings and urgency rules (rows of settings).
        row("staff: change a team setting", staff, u"UPDATE settings SET value = 'x' WHERE name = 'urgency.rules'"_s);
        row("staff: add a team setting", staff, u"INSERT INTO settings (name, value) VALUES ('mail.from_name', 'x')"_s);
        row("staff: delete settings", staff, u"DELETE FROM settings"_s);
        row("staff: change the urgency rules", staff,
            u"INSERT INTO settings (name, value) VALUES ('urgency.rules', '{}') ON CONFLICT (name) DO UPDATE "
            "SET value = '{}'"_s);
        row("staff: write someone else's signature", staff,
            u"INSERT INTO settings (name, value) SELECT 'mail.signature.staff.' || id, 'x' FROM staff_users "
            "WHERE login LIKE 'sato%'"_s);
        row("staff: change a shared template", staff, u"UPDATE reply_templates SET body = 'x'"_s);
        row("staff: add a shared template", staff,
            u"INSERT INTO reply_templates (name, body, updated_ms) VALUES ('x', 'x', 0)"_s);
        // The audit log: no changes, and no rows in someone else's name.
        row("staff: update the audit log", staff, u"UPDATE audit_log SET new_value = 'forged'"_s);
        row("staff: delete the audit log", staff, u"DELETE FROM audit_log"_s);
        row("staff: truncate the audit log", staff, u"TRUNCATE audit_log"_s);
        row("staff: log as someone else", staff,
            u"INSERT INTO audit_log (at_ms, actor_id, actor_name, action) SELECT 0, id, display_name, 'x' "
            "FROM staff_users WHERE login LIKE 'tanaka%'"_s);
        row("staff: disable the audit trigger", staff, u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"_s);
        row("staff: create a table", staff, u"CREATE TABLE mine (x INT)"_s);
        row("manager: update the audit log", u"manager"_s, u"UPDATE audit_log SET new_value = 'forged'"_s);
        row("manager: delete the audit log", u"manager"_s, u"DELETE FROM audit_log"_s);
        row("manager: truncate the audit log", u"manager"_s, u"TRUNCATE audit_log"_s);
        row("owner: update the audit log", u"owner"_s, u"UPDATE audit_log SET new_value = 'forged'"_s);
        row("owner: delete the audit log", u"owner"_s, u"DELETE FROM audit_log"_s);
        row("owner: truncate the audit log", u"owner"_s, u"TRUNCATE audit_log"_s);
    }

    void forbiddenStatements()
    {
        if (!Testing::usingPostgres())
            QSKIP("roles are PostgreSQL's (tests/scripts/with-postgres.sh)");
        QFETCH(QString, who);
        QFETCH(QString, sql);
        Database &db = who == u"staff"_s ? *m_staff : who == u"manager"_s ? *m_manager : *m_owner;
        const qint64 auditRows = m_owner->scalar(u"test"_s, u"SELECT COUNT(*) FROM audit_log"_s)->toLongLong();
        auto refused = db.exec(u"test"_s, sql);
        QVERIFY2(!refused.ok(), "the statement was allowed");
        QVERIFY2(refusedForPrivilege(refused.error()), qPrintable(refused.error().message));
        QCOMPARE(m_owner->scalar(u"test"_s, u"SELECT COUNT(*) FROM audit_log"_s)->toLongLong(), auditRows);
    }

    // What the desk does as staff still works through the core, and lands in their name.
    void staffWorkStillWorks()
    {
        if (!Testing::usingPostgres())
            QSKIP("roles are PostgreSQL's (tests/scripts/with-postgres.sh)");
        auto personal = DatabaseRoles::personalLogin(*m_staff);
        VERIFY_OK(personal);
        QCOMPARE(*personal, login(u"suzuki"_s)); // the desk maps the login to this staff user
        QCOMPARE(*DatabaseRoles::personalLogin(*m_owner), QString());
        TicketDesk desk(*m_staff, m_clock);
        const StaffUser me = userFor(desk, u"suzuki"_s);
        QVERIFY(me.id > 0 && !me.isManager());
        auto ticket = desk.tickets().ticket(m_ticket);
        VERIFY_OK(ticket);
        auto assigned = desk.operations().assign(me, m_ticket, (*ticket)->version, me.id);
        VERIFY_OK(assigned);
        auto noted = desk.operations().addInternalNote(me, m_ticket, assigned->version, u"確認中"_s);
        VERIFY_OK(noted);
        auto tagged = desk.operations().addTag(me, m_ticket, noted->version, u"請求"_s);
        VERIFY_OK(tagged);
        auto status = desk.operations().setStatus(me, m_ticket, tagged->version, TicketStatus::Open);
        VERIFY_OK(status);
        // A reply: queued, claimed, accepted, sent (the outbox's own path).
        ReplyEditors editors(*m_staff, m_clock);
        auto editor = editors.open(me, m_ticket);
        VERIFY_OK(editor);
        auto draft = TicketReplies(desk).draft(m_ticket);
        VERIFY_OK(draft);
        auto queued = TicketReplies(desk).queue(me, *draft);
        VERIFY_OK(queued);
        VERIFY_OK(editors.close(editor->id));
        // Due once the send-cancel window (issue 12; a team setting staff cannot change) passed.
        auto claimed = desk.outbox().claimNext(m_clock.now().addSecs(TicketReplies::defaultSendCancelSecs));
        VERIFY_OK(claimed);
        QVERIFY(claimed->has_value());
        VERIFY_OK(desk.outbox().markAccepted(queued->outboxId, m_clock.now()));
        VERIFY_OK(desk.outbox().markSent(queued->outboxId, m_clock.now()));
        VERIFY_OK(desk.mail().markSent(queued->messageRowId, m_clock.now()));
        // New mail (sync and import store it as whoever runs the desk).
        TicketMessage follow;
        follow.kind = MessageKind::CustomerMessage;
        follow.messageId = u"roles-q2@example.jp"_s;
        follow.inReplyTo = u"roles-q1@example.jp"_s;
        follow.fromAddress = u"yamada@example.jp"_s;
        follow.to = {u"support@desk.example.co.jp"_s};
        follow.subject = u"Re: 請求書の再発行について"_s;
        follow.received = m_clock.now().addSecs(60);
        follow.bodyText = u"ありがとうございました。\n"_s;
        follow.rawSource = "Subject: y\r\n\r\ny\r\n";
        VERIFY_OK(desk.mail().addMessage(follow));
        // Their own signature and personal template; not the team's.
        VERIFY_OK(ReplySignatures(desk).setOwn(me, u"鈴木"_s));
        ReplyTemplate mine;
        mine.name = u"自分用"_s;
        mine.body = u"x"_s;
        mine.ownerId = me.id;
        auto template_ = ReplyTemplates(desk).add(me, mine);
        VERIFY_OK(template_);
        VERIFY_OK(ReplyTemplates(desk).remove(me, *template_));
        // Even when the program is told it is a manager (the CLI's system actor), the
        // database refuses the manager's things.
        QVERIFY(!ReplySignatures(desk).setTeam(StaffUser::system(), u"チーム"_s).ok());
        QVERIFY(!desk.settings().setValue(StaffUser::system(), u"mail.from_name"_s, u"x"_s).ok());
        // A shared template cannot be removed by staff: the row is not theirs (nothing happens).
        VERIFY_OK(m_staff->exec(u"test"_s, u"DELETE FROM reply_templates WHERE id = ?"_s, {m_sharedTemplate}));
        QCOMPARE(m_owner->scalar(u"test"_s, u"SELECT COUNT(*) FROM reply_templates WHERE id = ?"_s, {m_sharedTemplate})
                     ->toInt(),
                 1);
        // Every audit row this login wrote names it, whatever actor the program gave.
        auto logins = m_owner->scalar(u"test"_s, u"SELECT string_agg(DISTINCT db_login, ',') FROM audit_log "
                                                 "WHERE actor_id = ? OR db_login = ?"_s,
                                      {me.id, login(u"suzuki"_s)});
        VERIFY_OK(logins);
        QCOMPARE(logins->toString(), login(u"suzuki"_s));
    }

    void managerThingsWork()
    {
        if (!Testing::usingPostgres())
            QSKIP("roles are PostgreSQL's (tests/scripts/with-postgres.sh)");
        TicketDesk desk(*m_manager, m_clock);
        const StaffUser me = userFor(desk, u"tanaka"_s);
        QVERIFY(me.isManager());
        QCOMPARE(*DatabaseRoles::personalLogin(*m_manager), login(u"tanaka"_s));
        VERIFY_OK(ReplySignatures(desk).setTeam(me, u"株式会社サンプル サポート窓口"_s));
        VERIFY_OK(desk.settings().setValue(me, u"mail.from_name"_s, u"サポート窓口"_s));
        auto rules = UrgencyRules::load(*m_manager);
        VERIFY_OK(rules);
        VERIFY_OK(rules->save(*m_manager, desk.audit(), me));
        auto calendar = desk.calendar().load();
        VERIFY_OK(calendar);
        CalendarSettings changed = *calendar;
        changed.companyHolidays.append({QDate(2026, 6, 15), u"創立記念日"_s});
        VERIFY_OK(desk.calendar().save(me, changed, desk.obligations()));
        const StaffUser sato = userFor(desk, u"sato"_s);
        VERIFY_OK(desk.team().setRole(me, sato.id, StaffRole::Manager));
        VERIFY_OK(desk.team().setRole(me, sato.id, StaffRole::Staff));
        VERIFY_OK(m_manager->exec(u"test"_s, u"UPDATE reply_templates SET body = 'どうも' WHERE id = ?"_s,
                                  {m_sharedTemplate}));
    }

    // madoguchi-cli under a person's own login acts as that person (the audit log names them)
    // and refuses, with the program's own words, what their role may not do; the owner's
    // login acts as the program.
    void cliActsAsTheLoginsStaffMember_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("refusal");     // in stderr when status != 0
        QTest::addColumn<QString>("auditAction"); // the row written when status == 0
        QTest::addColumn<QString>("actor");       // whose name it carries ("" = the program)
        const QString body = m_dir.filePath(u"body.txt"_s);
        const QString ticket = QString::number(m_ticket);
        const QString staffOnly = u"only a manager can do this"_s;
        const auto addContact = [](const QString &name, const QString &address) {
            return QStringList{u"org"_s, u"contact"_s, u"add"_s, u"example.jp"_s, u"--name"_s, name, u"--address"_s,
                               address};
        };
        QTest::newRow("staff adds a contact")
            << u"suzuki"_s
            << addContact(u"山田"_s, u"yamada@example.jp"_s)
            << 0 << QString() << u"contact"_s << u"suzuki"_s;
        QTest::newRow("staff replies as themselves")
            << u"suzuki"_s << QStringList{u"reply"_s, ticket, u"--body-file"_s, body} << 0 << QString() << u"reply"_s
            << u"suzuki"_s;
        QTest::newRow("manager adds a contact")
            << u"tanaka"_s
            << addContact(u"高橋"_s, u"takahashi@example.jp"_s)
            << 0 << QString() << u"contact"_s << u"tanaka"_s;
        QTest::newRow("the owner acts as the program")
            << u"owner"_s
            << addContact(u"佐々木"_s, u"sasaki@example.jp"_s)
            << 0 << QString() << u"contact"_s << QString();
        QTest::newRow("staff: a team template") << u"suzuki"_s
                                                << QStringList{u"template"_s, u"add"_s, u"挨拶"_s, u"--body-file"_s, body}
                                                << 1 << u"Only a manager can change the team's templates."_s
                                                << QString() << QString();
        QTest::newRow("staff: remove a team template") << u"suzuki"_s
                                                       << QStringList{u"template"_s, u"remove"_s, u"お礼"_s} << 1
                                                       << u"Only a manager can change the team's templates."_s
                                                       << QString() << QString();
        QTest::newRow("staff: the mailbox settings")
            << u"suzuki"_s
            << QStringList{u"account"_s, u"set"_s, u"--imap"_s, u"imaps://support@mail.example.jp:993"_s} << 1
            << u"account set: "_s + staffOnly << QString() << QString();
        QTest::newRow("staff: the sample desk") << u"suzuki"_s << QStringList{u"sample-data"_s, u"--force"_s} << 1
                                                << u"sample-data: "_s + staffOnly << QString() << QString();
        QTest::newRow("staff: a login for someone")
            << u"suzuki"_s << QStringList{u"team"_s, u"login"_s, u"add"_s, u"mallory"_s, u"--role"_s, u"staff"_s} << 1
            << u"run this as the database's owner"_s << QString() << QString();
        QTest::newRow("manager: the grants") << u"tanaka"_s << QStringList{u"team"_s, u"grants"_s} << 1
                                             << u"run this as the database's owner"_s << QString() << QString();
        QTest::newRow("staff: a reply in another's name")
            << u"suzuki"_s << QStringList{u"reply"_s, ticket, u"--body-file"_s, body, u"--as"_s, login(u"tanaka"_s)}
            << 1 << u"it is written as "_s + login(u"suzuki"_s) << QString() << QString();
        QTest::newRow("a login that is not a user")
            << u"ghost"_s
            << addContact(u"幽霊"_s, u"ghost@example.jp"_s)
            << 1 << u"is not one of the desk's users"_s << QString() << QString();
    }

    void cliActsAsTheLoginsStaffMember()
    {
        if (!Testing::usingPostgres())
            QSKIP("logins per person are PostgreSQL's (tests/scripts/with-postgres.sh)");
        QFETCH(QString, who);
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, refusal);
        QFETCH(QString, auditAction);
        QFETCH(QString, actor);
        const auto count = [this](const QString &sql) {
            return m_owner->scalar(u"test"_s, sql).valueOr(QVariant(-1)).toLongLong();
        };
        const qint64 auditRows = count(u"SELECT COUNT(*) FROM audit_log"_s);
        const qint64 templates = count(u"SELECT COUNT(*) FROM reply_templates"_s);
        const qint64 users = count(u"SELECT COUNT(*) FROM staff_users"_s);
        const Run run = cliAs(who, args);
        QVERIFY2(run.status == status, qPrintable(u"status %1: %2%3"_s.arg(run.status).arg(run.out, run.err)));
        if (status != 0) {
            // The program's words, one line, before PostgreSQL was asked (nothing changed).
            QVERIFY2(run.err.contains(refusal), qPrintable(run.err));
            QCOMPARE(run.err.count(u'\n'), 1);
            QVERIFY2(!run.err.contains(u"permission denied"_s) && !run.err.contains(u"row-level security"_s),
                     qPrintable(run.err));
            QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log"_s), auditRows);
            QCOMPARE(count(u"SELECT COUNT(*) FROM reply_templates"_s), templates);
            QCOMPARE(count(u"SELECT COUNT(*) FROM staff_users"_s), users);
            return;
        }
        auto last = m_owner->exec(u"test"_s,
                                  u"SELECT COALESCE(u.login, ''), a.db_login FROM audit_log a LEFT JOIN staff_users u "
                                  "ON u.id = a.actor_id WHERE a.action = ? ORDER BY a.id DESC LIMIT 1"_s,
                                  {auditAction});
        VERIFY_OK(last);
        QVERIFY(last.value().next());
        QCOMPARE(last->value(0).toString(), actor.isEmpty() ? QString() : login(actor));
        QCOMPARE(last->value(1).toString(), login(who));
    }

    // After an upgrade from schema 13 (when logins per person came) run by the owner, a staff
    // and a manager login have exactly the rights docs/store.md gives them on every table,
    // the ones later versions added included, without `team grants` by hand.
    void upgradeGrantsTheNewTables()
    {
        if (!Testing::usingPostgres())
            QSKIP("grants are PostgreSQL's (tests/scripts/with-postgres.sh)");
        DatabaseAddress address = m_address;
        address.databaseName = upgradedName();
        VERIFY_OK(m_super->exec(u"test"_s, u"CREATE DATABASE %1 OWNER %2"_s.arg(upgradedName(), login(u"owner"_s))));
        QStringList before;
        {
            auto opened = Database::open(address, password());
            VERIFY_OK(opened);
            Database &owner = **opened;
            VERIFY_OK(SchemaMigrations::migrate(owner, 13));
            VERIFY_OK(DatabaseRoles::addLogin(owner, login(u"kato"_s), DatabaseRole::Staff, password()));
            VERIFY_OK(DatabaseRoles::addLogin(owner, login(u"ito"_s), DatabaseRole::Manager, password()));
            before = tablesOf(owner);
            VERIFY_OK(SchemaMigrations::migrate(owner)); // the owner opens it with the new program
        }
        auto opened = Database::open(address, password());
        VERIFY_OK(opened);
        Database &owner = **opened;
        const QStringList after = tablesOf(owner);
        QStringList added;
        for (const QString &table : after) {
            if (!before.contains(table))
                added.append(table);
        }
        QVERIFY2(!added.isEmpty(), "no version after 13 adds a table: nothing to check");
        // docs/store.md's table: the manager's tables, the audit log (append only) and the
        // schema are narrowed; everything else is the daily work both roles do.
        const QHash<QString, std::pair<QString, QString>> narrowed = {
            {u"staff_users"_s, {u"SELECT"_s, u"SELECT,INSERT,UPDATE,DELETE"_s}},
            {u"company_holidays"_s, {u"SELECT"_s, u"SELECT,INSERT,UPDATE,DELETE"_s}},
            {u"settings"_s, {u"SELECT,INSERT,UPDATE"_s, u"SELECT,INSERT,UPDATE,DELETE"_s}}, // staff: own signature row
            {u"reply_templates"_s, {u"SELECT,INSERT,UPDATE,DELETE"_s, u"SELECT,INSERT,UPDATE,DELETE"_s}}, // own rows
            {u"audit_log"_s, {u"SELECT,INSERT"_s, u"SELECT,INSERT"_s}},
            {u"schema_version"_s, {u"SELECT"_s, u"SELECT"_s}},
        };
        const QString all = u"SELECT,INSERT,UPDATE,DELETE"_s;
        for (const QString &table : after) {
            const auto expected = narrowed.value(table, {all, all});
            QCOMPARE(rightsOf(owner, login(u"kato"_s), table), table + u": "_s + expected.first);
            QCOMPARE(rightsOf(owner, login(u"ito"_s), table), table + u": "_s + expected.second);
        }
        auto sequences = owner.scalar(u"test"_s,
                                      u"SELECT COUNT(*) FROM pg_sequences WHERE NOT has_sequence_privilege(CAST(? AS NAME), "
                                      "format('%I.%I', schemaname, sequencename), 'USAGE')"_s,
                                      {login(u"kato"_s)});
        VERIFY_OK(sequences);
        QCOMPARE(sequences->toInt(), 0);
        // And as the staff login itself: every table reads, and the new ones take its work.
        DatabaseAddress asKato = address;
        asKato.user = login(u"kato"_s);
        auto kato = Database::open(asKato, password());
        VERIFY_OK(kato);
        for (const QString &table : after)
            VERIFY_OK((*kato)->exec(u"test"_s, u"SELECT * FROM %1 LIMIT 1"_s.arg(table)));
        VERIFY_OK((*kato)->exec(u"test"_s, u"INSERT INTO organisations (domain, name) VALUES ('up.example.jp', 'x')"_s));
        VERIFY_OK((*kato)->exec(u"test"_s, u"INSERT INTO organisation_contacts (organisation_id, name, address, role) "
                                           "SELECT id, 'x', 'x@up.example.jp', 'admin' FROM organisations "
                                           "WHERE domain = 'up.example.jp'"_s)); // schema 16
        kato.value().reset();
        opened.value().reset();
        VERIFY_OK(m_super->exec(u"test"_s, u"DROP DATABASE %1 WITH (FORCE)"_s.arg(upgradedName())));
    }

    // 承認 (issue 12): staff whose replies need approval cannot send them on through SQL —
    // not by approving the row, not by queuing the held reply or a fresh one, not by pointing
    // an outbox row at it — and the core's approval works under each person's own login.
    void approvingStaysWithManagers()
    {
        if (!Testing::usingPostgres())
            QSKIP("roles are PostgreSQL's (tests/scripts/with-postgres.sh)");
        TicketDesk ownerDesk(*m_owner, m_clock);
        TicketDesk staffDesk(*m_staff, m_clock);
        TicketDesk managerDesk(*m_manager, m_clock);
        const StaffUser suzuki = userFor(staffDesk, u"suzuki"_s);
        const StaffUser tanaka = userFor(managerDesk, u"tanaka"_s);
        VERIFY_OK(ownerDesk.team().setNeedsApproval(StaffUser::system(), suzuki.id, true));
        const auto count = [&](const QString &sql, const QVariantList &values = {}) {
            return m_owner->scalar(u"test"_s, sql, values)->toLongLong();
        };
        const auto queueAsSuzuki = [&]() {
            auto draft = TicketReplies(staffDesk).draft(m_ticket);
            return draft ? TicketReplies(staffDesk).queue(suzuki, *draft).valueOr({}) : QueuedReply{};
        };
        const QueuedReply held = queueAsSuzuki();
        QVERIFY(held.approvalId > 0);
        QCOMPARE(held.outboxId, 0);
        const qint64 outboxRows = count(u"SELECT COUNT(*) FROM outbox"_s);

        // Unmarking themself: staff_users is the managers'.
        auto unmark = m_staff->exec(u"test"_s, u"UPDATE staff_users SET needs_approval = 0"_s);
        QVERIFY(!unmark.ok());
        QVERIFY2(refusedForPrivilege(unmark.error()), qPrintable(unmark.error().message));
        // Approving or removing the row: the policies leave staff no row to change.
        VERIFY_OK(m_staff->exec(u"test"_s, u"UPDATE reply_approvals SET state = 'approved' WHERE id = ?"_s,
                                {held.approvalId}));
        VERIFY_OK(m_staff->exec(u"test"_s, u"DELETE FROM reply_approvals WHERE id = ?"_s, {held.approvalId}));
        QCOMPARE(count(u"SELECT COUNT(*) FROM reply_approvals WHERE id = ? AND state = 'waiting'"_s, {held.approvalId}),
                 1);
        // Holding a reply in someone else's name, or as approved already.
        for (const QString &sql :
             {u"INSERT INTO reply_approvals (message_id, ticket_id, author_id, state, requested_ms) "
              "SELECT %1, %2, id, 'waiting', 0 FROM staff_users WHERE login LIKE 'sato%'"_s,
              u"INSERT INTO reply_approvals (message_id, ticket_id, author_id, state, requested_ms) "
              "SELECT %1, %2, id, 'approved', 0 FROM staff_users WHERE login LIKE 'suzuki%'"_s}) {
            auto refused = m_staff->exec(u"test"_s, sql.arg(held.messageRowId).arg(m_ticket));
            QVERIFY2(!refused.ok(), qPrintable(sql));
            QVERIFY2(refusedForPrivilege(refused.error()), qPrintable(refused.error().message));
        }
        // Queuing the held reply, or a reply written straight into the table.
        auto direct = m_staff->insert(u"test"_s,
                                      u"INSERT INTO messages (ticket_id, kind, received_ms, author_id, delivery) "
                                      "VALUES (?, 'reply', 0, ?, 'pending')"_s,
                                      {m_ticket, suzuki.id});
        VERIFY_OK(direct);
        for (const qint64 row : {held.messageRowId, *direct}) {
            auto refused = m_staff->exec(u"test"_s,
                                         u"INSERT INTO outbox (message_id, state, created_ms) VALUES (?, 'queued', 0)"_s,
                                         {row});
            QVERIFY(!refused.ok());
            QVERIFY2(refusedForPrivilege(refused.error()), qPrintable(refused.error().message));
        }
        // Pointing an existing outbox row at the held reply.
        auto moved = m_staff->exec(u"test"_s, u"UPDATE outbox SET message_id = ?, state = 'queued' "
                                              "WHERE id = (SELECT MIN(id) FROM outbox)"_s,
                                   {held.messageRowId});
        QVERIFY(!moved.ok());
        QVERIFY2(refusedForPrivilege(moved.error()), qPrintable(moved.error().message));
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox"_s), outboxRows);
        // The core refuses staff too.
        QCOMPARE(ReplyApprovals(staffDesk).approve(suzuki, held.approvalId).error().code, u"permission"_s);

        // The manager approves under their own login; a second reply is sent back, and its
        // author takes it into the editor again under theirs.
        auto outboxId = ReplyApprovals(managerDesk).approve(tanaka, held.approvalId);
        VERIFY_OK(outboxId);
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE message_id = ?"_s, {held.messageRowId}), 1);
        const QueuedReply second = queueAsSuzuki();
        QVERIFY(second.approvalId > 0);
        VERIFY_OK(ReplyApprovals(managerDesk).sendBack(tanaka, second.approvalId, u"宛先を確認して"_s));
        VERIFY_OK(ReplyApprovals(staffDesk).reopen(suzuki, second.approvalId));
        VERIFY_OK(ownerDesk.team().setNeedsApproval(StaffUser::system(), suzuki.id, false));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseRoles)
#include "tst_databaseroles.moc"
