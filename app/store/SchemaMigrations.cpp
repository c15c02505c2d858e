#include "store/SchemaMigrations.h"

#include "store/Database.h"
#include "store/DatabaseRoles.h"
#include "store/SearchGrams.h"
#include "store/TransactionGuard.h"

#include <QCoreApplication>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

struct Migration
{
    int version;
    const char *description;
    std::function<Result<void>(Database &)> apply;
};

Result<void> runAll(Database &database, int version, const QStringList &statements)
{
    for (const QString &statement : statements) {
        auto done = database.exec(u"Upgrading the database schema to version %1"_s.arg(version),
                                  database.dialect().schema(statement));
        if (!done)
            return done.error();
    }
    return {};
}

// Version 1: what the desk is about — tickets, their messages, the people behind them.
const QStringList version1 = {
    u"CREATE TABLE organisations (id {id}, domain TEXT NOT NULL UNIQUE, name TEXT NOT NULL DEFAULT '')"_s,
    u"CREATE TABLE customers (id {id}, address TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL DEFAULT '', "
    "organisation_id BIGINT REFERENCES organisations(id))"_s,
    u"CREATE TABLE staff_users (id {id}, login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, "
    "email TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT 'staff', active INTEGER NOT NULL DEFAULT 1)"_s,
    u"CREATE TABLE tickets (id {id}, subject TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'new', "
    "priority TEXT NOT NULL DEFAULT 'normal', assignee_id BIGINT REFERENCES staff_users(id), "
    "customer_id BIGINT REFERENCES customers(id), organisation_id BIGINT REFERENCES organisations(id), "
    "created_ms BIGINT NOT NULL, updated_ms BIGINT NOT NULL, version BIGINT NOT NULL DEFAULT 1, "
    "merged_into_id BIGINT REFERENCES tickets(id), due_ms BIGINT, reply_undelivered INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE INDEX tickets_due ON tickets (due_ms)"_s,
    u"CREATE INDEX tickets_status ON tickets (status)"_s,
    u"CREATE TABLE ticket_tags (ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE, "
    "tag TEXT NOT NULL, PRIMARY KEY (ticket_id, tag))"_s,
    u"CREATE TABLE messages (id {id}, ticket_id BIGINT NOT NULL REFERENCES tickets(id), kind TEXT NOT NULL, "
    "message_id TEXT NOT NULL DEFAULT '', in_reply_to TEXT NOT NULL DEFAULT '', "
    "references_header TEXT NOT NULL DEFAULT '', from_address TEXT NOT NULL DEFAULT '', "
    "from_name TEXT NOT NULL DEFAULT '', to_addresses TEXT NOT NULL DEFAULT '', "
    "cc_addresses TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL DEFAULT '', received_ms BIGINT NOT NULL, "
    "received_claimed INTEGER NOT NULL DEFAULT 0, body_text TEXT NOT NULL DEFAULT '', "
    "body_html TEXT NOT NULL DEFAULT '', raw_source {blob}, content_hash TEXT NOT NULL DEFAULT '', "
    "author_id BIGINT REFERENCES staff_users(id), delivery TEXT NOT NULL DEFAULT 'ok', "
    "bounce_of_id BIGINT REFERENCES messages(id))"_s,
    u"CREATE INDEX messages_ticket ON messages (ticket_id, received_ms)"_s,
    u"CREATE INDEX messages_message_id ON messages (message_id)"_s,
    u"CREATE TABLE attachments (id {id}, message_id BIGINT NOT NULL REFERENCES messages(id) ON DELETE CASCADE, "
    "file_name TEXT NOT NULL, mime_type TEXT NOT NULL, size_bytes BIGINT NOT NULL, sha256 TEXT NOT NULL, "
    "content {blob})"_s,
    u"CREATE INDEX attachments_message ON attachments (message_id)"_s,
};

// Version 2: the promise and its bookkeeping — obligations, audit log, outbox, the IMAP
// watermark, and the calendar the administrator keeps.
const QStringList version2 = {
    u"CREATE TABLE obligations (id {id}, message_id BIGINT NOT NULL UNIQUE REFERENCES messages(id) ON DELETE CASCADE, "
    "ticket_id BIGINT NOT NULL REFERENCES tickets(id), received_ms BIGINT NOT NULL, deadline_ms BIGINT NOT NULL, "
    "urgent INTEGER NOT NULL DEFAULT 0, answered_by_id BIGINT REFERENCES messages(id), closed_ms BIGINT, "
    "closed_reason TEXT NOT NULL DEFAULT '')"_s,
    u"CREATE INDEX obligations_ticket ON obligations (ticket_id, closed_ms)"_s,
    u"CREATE INDEX obligations_answered_by ON obligations (answered_by_id)"_s,
    u"CREATE INDEX messages_content_hash ON messages (content_hash)"_s,
    u"CREATE TABLE audit_log (id {id}, at_ms BIGINT NOT NULL, actor_id BIGINT REFERENCES staff_users(id), "
    "actor_name TEXT NOT NULL, ticket_id BIGINT REFERENCES tickets(id), action TEXT NOT NULL, "
    "old_value TEXT NOT NULL DEFAULT '', new_value TEXT NOT NULL DEFAULT '')"_s,
    u"CREATE INDEX audit_ticket ON audit_log (ticket_id, id)"_s,
    u"CREATE TABLE outbox (id {id}, message_id BIGINT NOT NULL UNIQUE REFERENCES messages(id), "
    "state TEXT NOT NULL DEFAULT 'queued', attempts INTEGER NOT NULL DEFAULT 0, next_attempt_ms BIGINT, "
    "last_error TEXT NOT NULL DEFAULT '', created_ms BIGINT NOT NULL, sent_ms BIGINT)"_s,
    u"CREATE TABLE mailbox_sync (account TEXT NOT NULL, mailbox TEXT NOT NULL, uid_validity BIGINT NOT NULL, "
    "last_uid BIGINT NOT NULL, updated_ms BIGINT NOT NULL, PRIMARY KEY (account, mailbox))"_s,
    u"CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    u"CREATE TABLE company_holidays (day TEXT PRIMARY KEY, name TEXT NOT NULL)"_s,
};

Result<void> addSearchIndex(Database &database)
{
    const SqlDialect &dialect = database.dialect();
    if (dialect.isPostgres()) {
        // pg_trgm is a trusted extension, but a locked-down server may still refuse it. The
        // search then falls back to a plain ILIKE scan (SearchIndex says which is in use).
        TransactionGuard extension(database);
        if (!extension.ok())
            return extension.error();
        if (!database.exec(u"Enabling pg_trgm"_s, dialect.trigramExtensionStatement()))
            return {};
        if (auto done = extension.commit(); !done)
            return done;
    }
    return runAll(database, 3, dialect.searchIndexStatements());
}

// Reports select obligations by receipt time and probe each ticket's earliest one; without
// these the monthly report and the 12-month trend scan every obligation.
const QStringList version4 = {
    u"CREATE INDEX obligations_received ON obligations (received_ms)"_s,
    u"CREATE INDEX obligations_ticket_received ON obligations (ticket_id, received_ms)"_s,
};

// The desk list on 100,000 tickets: its deadline order as one index the database walks
// page by page (TicketListQuery writes ORDER BY exactly so), the "Mine" queue, the other
// sort columns; and the search index rebuilt for short Japanese queries.
const QStringList version5 = {
    u"CREATE INDEX tickets_deadline_order ON tickets ((due_ms IS NULL), due_ms, id DESC) "
    "WHERE merged_into_id IS NULL"_s,
    u"CREATE INDEX tickets_live_status ON tickets (status) WHERE merged_into_id IS NULL"_s,
    u"CREATE INDEX tickets_assignee ON tickets (assignee_id, status)"_s,
    u"CREATE INDEX tickets_customer ON tickets (customer_id)"_s,
    u"CREATE INDEX tickets_created ON tickets (created_ms)"_s,
    u"CREATE INDEX tickets_subject ON tickets (subject)"_s,
};

Result<void> speedUpDesk(Database &database)
{
    if (auto done = runAll(database, 5, version5); !done)
        return done;
    bool trigram = false;
    if (database.dialect().isPostgres()) {
        auto extension = database.scalar(u"Checking for pg_trgm"_s,
                                         u"SELECT COUNT(*) FROM pg_extension WHERE extname = 'pg_trgm'"_s);
        if (!extension)
            return extension.error();
        trigram = extension->toInt() > 0;
    }
    return runAll(database, 5, database.dialect().searchIndexV5Statements(trigram));
}

// Version 6: one index that holds every obligation column the
// reports read, in receipt order, so the 12-month trend over 100,000 messages reads the index
// alone instead of looking up each obligation row. It starts with received_ms, so it replaces
// obligations_received. The probe for a ticket's first message compares (received_ms, id):
// with id in the index PostgreSQL answers it from the index alone (SQLite's indexes carry
// the row id anyway). A staff member's trend picks their rows by the replies they wrote and
// the tickets they hold (tickets(assignee_id, status) from version 5 serves the latter).
const QStringList version6 = {
    u"CREATE INDEX obligations_report ON obligations (received_ms, ticket_id, deadline_ms, urgent, closed_ms, "
    "closed_reason, answered_by_id, id)"_s,
    u"DROP INDEX obligations_received"_s,
    u"CREATE INDEX obligations_ticket_first ON obligations (ticket_id, received_ms, id)"_s,
    u"DROP INDEX obligations_ticket_received"_s,
    u"CREATE INDEX messages_author ON messages (author_id)"_s,
};

// Version 7: 二重返信防止 — who has a reply editor open on which ticket, so every desktop
// can show "Sato is writing a reply" and a Send can warn about a colleague's reply. A row
// whose heartbeat stopped (a crashed desktop) is ignored after a while and cleaned up.
const QStringList version7 = {
    u"CREATE TABLE reply_editors (id {id}, ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE, "
    "staff_id BIGINT NOT NULL REFERENCES staff_users(id), staff_name TEXT NOT NULL, opened_ms BIGINT NOT NULL, "
    "heartbeat_ms BIGINT NOT NULL)"_s,
    u"CREATE INDEX reply_editors_ticket ON reply_editors (ticket_id, heartbeat_ms)"_s,
};

// Version 10: replies stored before their parents wait for them (OrphanTickets).
Result<void> addAwaitedParents(Database &database)
{
    return runAll(database, 10,
                  {u"CREATE TABLE awaited_parents (message_id TEXT NOT NULL, "
                   "ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE)"_s,
                   database.dialect().anyLengthTextIndex(u"awaited_parents_message_id"_s, u"awaited_parents"_s,
                                                         u"message_id"_s),
                   u"CREATE INDEX awaited_parents_ticket ON awaited_parents (ticket_id)"_s});
}

// Version 11: a reply answers when the SMTP server accepted it, not when it was queued. Replies
// still in the outbox become 'pending' and give back what they answered (to a later sent reply
// if there is one, else open with the original deadline); the tickets' due times follow.
const QStringList version11 = {
    u"UPDATE messages SET delivery = 'pending' WHERE kind = 'reply' AND delivery = 'ok' "
    "AND id IN (SELECT message_id FROM outbox WHERE state IN ('queued', 'sending'))"_s,
    u"UPDATE obligations SET closed_reason = 'reopening' WHERE answered_by_id IN "
    "(SELECT id FROM messages WHERE delivery = 'pending')"_s,
    u"UPDATE obligations SET answered_by_id = (SELECT m.id FROM messages m WHERE m.ticket_id = obligations.ticket_id "
    "AND m.kind = 'reply' AND m.delivery = 'ok' AND m.received_ms > obligations.received_ms "
    "ORDER BY m.received_ms, m.id LIMIT 1) WHERE closed_reason = 'reopening'"_s,
    u"UPDATE obligations SET closed_ms = (SELECT m.received_ms FROM messages m WHERE m.id = obligations.answered_by_id), "
    "closed_reason = CASE WHEN answered_by_id IS NULL THEN '' ELSE 'reply' END WHERE closed_reason = 'reopening'"_s,
    u"UPDATE tickets SET due_ms = (SELECT MIN(o.deadline_ms) FROM obligations o WHERE o.ticket_id = tickets.id "
    "AND o.closed_ms IS NULL) WHERE id IN (SELECT ticket_id FROM messages WHERE delivery = 'pending')"_s,
};

// Version 12: reply templates (定型文): shared ones (owner_id NULL) kept by managers, personal
// ones by each staff member.
const QStringList version12 = {
    u"CREATE TABLE reply_templates (id {id}, name TEXT NOT NULL, category TEXT NOT NULL DEFAULT '', "
    "subject TEXT NOT NULL DEFAULT '', body TEXT NOT NULL, owner_id BIGINT REFERENCES staff_users(id), "
    "updated_ms BIGINT NOT NULL)"_s,
    u"CREATE INDEX reply_templates_owner ON reply_templates (owner_id, name)"_s,
};

// Version 14: saved views (issue 13) — a person's named queue, filters and search, shown to
// the whole team once a manager shares it (shared = 1).
const QStringList version14 = {
    u"CREATE TABLE saved_views (id {id}, name TEXT NOT NULL, owner_id BIGINT NOT NULL REFERENCES staff_users(id), "
    "shared INTEGER NOT NULL DEFAULT 0, definition TEXT NOT NULL)"_s,
    u"CREATE INDEX saved_views_owner ON saved_views (owner_id, name)"_s,
};

// Version 15: the agreement's other promises (chapters 2 and 4): incidents per function, with
// why the function was down, and maintenance plans with their announcement and real end.
const QStringList version15 = {
    u"CREATE TABLE incidents (id {id}, function TEXT NOT NULL, started_ms BIGINT NOT NULL, ended_ms BIGINT, "
    "cause TEXT NOT NULL, announced_ms BIGINT, note TEXT NOT NULL DEFAULT '', created_ms BIGINT NOT NULL)"_s,
    u"CREATE INDEX incidents_started ON incidents (started_ms)"_s,
    u"CREATE TABLE incident_tickets (incident_id BIGINT NOT NULL REFERENCES incidents(id), "
    "ticket_id BIGINT NOT NULL REFERENCES tickets(id), PRIMARY KEY (incident_id, ticket_id))"_s,
    u"CREATE TABLE maintenance_plans (id {id}, announced_ms BIGINT, starts_ms BIGINT NOT NULL, "
    "ends_ms BIGINT NOT NULL, functions TEXT NOT NULL, emergency INTEGER NOT NULL DEFAULT 0, actual_end_ms BIGINT, "
    "note TEXT NOT NULL DEFAULT '', created_ms BIGINT NOT NULL)"_s,
};

// Version 16: the people at each customer organisation, above all its registered system
// administrators, to whom outage and maintenance notices go (agreement chapter 2).
const QStringList version16 = {
    u"CREATE TABLE organisation_contacts (id {id}, organisation_id BIGINT NOT NULL REFERENCES organisations(id), "
    "name TEXT NOT NULL DEFAULT '', address TEXT NOT NULL, role TEXT NOT NULL DEFAULT 'other', "
    "UNIQUE (organisation_id, address))"_s,
};

// Version 17: which outage or maintenance notice (連絡体制, agreement chapter 2) went to which
// organisation's administrators, in which ticket and message, and when the server accepted it.
const QStringList version17 = {
    u"CREATE TABLE notices (id {id}, kind TEXT NOT NULL, incident_id BIGINT REFERENCES incidents(id), "
    "plan_id BIGINT REFERENCES maintenance_plans(id), organisation_id BIGINT NOT NULL REFERENCES organisations(id), "
    "ticket_id BIGINT NOT NULL REFERENCES tickets(id), message_row_id BIGINT NOT NULL REFERENCES messages(id), "
    "addresses TEXT NOT NULL, language TEXT NOT NULL DEFAULT 'ja', author_id BIGINT REFERENCES staff_users(id), "
    "queued_ms BIGINT NOT NULL, accepted_ms BIGINT)"_s,
    u"CREATE INDEX notices_incident ON notices (incident_id)"_s,
    u"CREATE INDEX notices_plan ON notices (plan_id)"_s,
    u"CREATE INDEX notices_message ON notices (message_row_id)"_s,
};

// Version 18: Bcc of mail sent from the desk. It goes out only as RCPT TO (never in the bytes),
// so the outbox keeps it beside them.
const QStringList version18 = {
    u"ALTER TABLE messages ADD COLUMN bcc_addresses TEXT NOT NULL DEFAULT ''"_s,
};
// Version 19: 承認 (issue 12). A manager marks staff whose replies need approval; their
// confirmed replies wait in reply_approvals (not in the outbox) until a manager approves or
// sends them back. On PostgreSQL the row-level security keeps approving to managers
// (SqlDialect::approvalStatements).
Result<void> addReplyApprovals(Database &database)
{
    QStringList statements = {
        u"ALTER TABLE staff_users ADD COLUMN needs_approval INTEGER NOT NULL DEFAULT 0"_s,
        u"CREATE TABLE reply_approvals (id {id}, message_id BIGINT NOT NULL REFERENCES messages(id), "
        "ticket_id BIGINT NOT NULL REFERENCES tickets(id), author_id BIGINT NOT NULL REFERENCES staff_users(id), "
        "state TEXT NOT NULL DEFAULT 'waiting', requested_ms BIGINT NOT NULL, decided_by_id BIGINT "
        "REFERENCES staff_users(id), decided_ms BIGINT, comment TEXT NOT NULL DEFAULT '', reopened_ms BIGINT)"_s,
        u"CREATE INDEX reply_approvals_state ON reply_approvals (state, ticket_id)"_s,
        u"CREATE INDEX reply_approvals_message ON reply_approvals (message_id)"_s,
    };
    statements += database.dialect().approvalStatements();
    return runAll(database, 19, statements);
}

// Version 20: a smaller database (docs/store.md "Size"). messages.raw_codec says how
// raw_source is kept ('' as received: every older row; 'zstd' compressed, StoredBytes), and
// an attachment whose bytes are in its message's raw source keeps content NULL (TicketStore
// reads them from there). PostgreSQL must not compress the zstd frames a second time; SQLite's
// search index stops keeping its own copy of the texts (contentless FTS5, rebuilt here).
Result<void> addStoredSourceCodec(Database &database)
{
    QStringList statements = {u"ALTER TABLE messages ADD COLUMN raw_codec TEXT NOT NULL DEFAULT ''"_s};
    if (database.dialect().isPostgres())
        statements.append(u"ALTER TABLE messages ALTER COLUMN raw_source SET STORAGE EXTERNAL"_s);
    statements += database.dialect().searchIndexV20Statements();
    return runAll(database, 20, statements);
}

// Version 21: SQLite's search index filled once per bulk transaction (SqlDialect::
// searchIndexV21Statements, Database::deferSearchIndex). Nothing changes on PostgreSQL.
Result<void> addDeferredSearchIndex(Database &database)
{
    return runAll(database, 21, database.dialect().searchIndexV21Statements());
}

// Version 22: SQLite's search index merges 16 segments at a time instead of 4 (SqlDialect::
// searchIndexV22Statements). Nothing changes on PostgreSQL.
Result<void> mergeSearchIndexLess(Database &database)
{
    return runAll(database, 22, database.dialect().searchIndexV22Statements());
}

const QList<Migration> &ladder()
{
    static const QList<Migration> steps = {
        {1, "tickets, messages, customers, organisations, staff users",
         [](Database &db) { return runAll(db, 1, version1); }},
        {2, "obligations, audit log, outbox, mailbox sync state, calendar settings",
         [](Database &db) { return runAll(db, 2, version2); }},
        {3, "search index", &addSearchIndex},
        {4, "indexes for reports by receipt time", [](Database &db) { return runAll(db, 4, version4); }},
        {5, "indexes for the desk list, search index for short queries", &speedUpDesk},
        {6, "covering index for the reports", [](Database &db) { return runAll(db, 6, version6); }},
        {7, "open reply editors", [](Database &db) { return runAll(db, 7, version7); }},
        {8, "index for one- and two-character searches on PostgreSQL", &SearchGrams::install},
        {9, "Message-ID index that takes a Message-ID of any length",
         [](Database &db) { return runAll(db, 9, db.dialect().messageIdIndexStatements()); }},
        {10, "replies waiting for their parents", &addAwaitedParents},
        {11, "replies in the outbox answer once sent", [](Database &db) { return runAll(db, 11, version11); }},
        {12, "reply templates", [](Database &db) { return runAll(db, 12, version12); }},
        {13, "append-only audit log, roles enforced by PostgreSQL",
         [](Database &db) { return runAll(db, 13, db.dialect().rolesStatements()); }},
        {14, "saved views", [](Database &db) { return runAll(db, 14, version14); }},
        {15, "incidents and maintenance plans", [](Database &db) { return runAll(db, 15, version15); }},
        {16, "organisations' contacts", [](Database &db) { return runAll(db, 16, version16); }},
        {17, "outage and maintenance notices", [](Database &db) { return runAll(db, 17, version17); }},
        {18, "Bcc of outgoing mail", [](Database &db) { return runAll(db, 18, version18); }},
        {19, "replies that wait for a manager's approval", &addReplyApprovals},
        {20, "compressed raw sources, attachments read from them, search index without a copy of the texts", &addStoredSourceCodec},
        {21, "search index filled once per imported or synced batch", &addDeferredSearchIndex},
        {22, "search index merged less often as the desk grows", &mergeSearchIndexLess},
    };
    return steps;
}

} // namespace

int SchemaMigrations::latestVersion()
{
    return ladder().constLast().version;
}

QList<int> SchemaMigrations::versions()
{
    QList<int> result;
    for (const Migration &step : ladder())
        result.append(step.version);
    return result;
}

QString SchemaMigrations::describe(int version)
{
    for (const Migration &step : ladder()) {
        if (step.version == version)
            return u"%1: %2"_s.arg(version).arg(QString::fromUtf8(step.description));
    }
    return QString::number(version);
}

Result<int> SchemaMigrations::currentVersion(Database &database)
{
    const bool exists = database.connection().tables().contains(u"schema_version"_s);
    if (!exists)
        return 0;
    auto version = database.scalar(u"Reading the schema version"_s, u"SELECT MAX(version) FROM schema_version"_s);
    if (!version)
        return version.error();
    return version->isNull() ? 0 : version->toInt();
}

Result<int> SchemaMigrations::migrate(Database &database, int target)
{
    if (target < 0)
        target = latestVersion();
    // Up to date: no DDL at all, so a person's own login (DatabaseRoles), which may not
    // create tables, opens the database like the owner does.
    if (auto current = currentVersion(database); current && *current >= target && *current <= latestVersion())
        return *current;
    TransactionGuard transaction(database);
    if (!transaction.ok())
        return transaction.error();
    auto created = database.exec(u"Creating the schema version table"_s,
                                 u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
    if (!created)
        return created.error();
    auto current = currentVersion(database);
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return makeError(u"schema"_s, QCoreApplication::translate("SchemaMigrations",
                                                                  "The database has schema version %1, made by a newer "
                                                                  "Madoguchi; this program knows up to version %2.")
                                          .arg(*current)
                                          .arg(latestVersion()));
    }
    for (const Migration &step : ladder()) {
        if (step.version <= *current || step.version > target)
            continue;
        if (auto done = step.apply(database); !done)
            return done.error();
        auto recorded = database.exec(u"Recording schema version %1"_s.arg(step.version),
                                      u"INSERT INTO schema_version (version) VALUES (?)"_s, {step.version});
        if (!recorded)
            return recorded.error();
    }
    // Last: the team's grants (schema 13) over every table, the ones just added included, so a
    // person's own login works on the new version at once (PostgreSQL, when the team has them).
    if (auto granted = DatabaseRoles::reapplyGrants(database); !granted)
        return granted.error();
    if (auto done = transaction.commit(); !done)
        return done.error();
    return std::max(*current, target);
}

} // namespace Madoguchi
