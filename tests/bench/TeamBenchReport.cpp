#include "TeamBenchReport.h"

#include "store/Database.h"
#include "tickets/TicketDesk.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi::TeamBench {

namespace {

struct Quantiles
{
    double median = 0, p99 = 0, max = 0; // milliseconds
    qsizetype count = 0;
};

Quantiles quantiles(QList<qint64> nanos)
{
    Quantiles q;
    q.count = nanos.size();
    if (nanos.isEmpty())
        return q;
    std::sort(nanos.begin(), nanos.end());
    const auto at = [&](double f) { return double(nanos.at(std::min(nanos.size() - 1, qsizetype(f * double(nanos.size()))))) / 1e6; };
    q.median = at(0.5);
    q.p99 = at(0.99);
    q.max = double(nanos.last()) / 1e6;
    return q;
}

void printQuantiles(const char *label, const Quantiles &q, const char *unit)
{
    std::printf("  %-44s median %8.1f ms   p99 %8.1f ms   max %8.1f ms   (%lld %s)\n", label, q.median, q.p99, q.max,
                qlonglong(q.count), unit);
}

// /proc/PID/stat: utime, stime, cutime, cstime (fields 14–17) and the parent (field 4).
struct ProcStat
{
    qint64 parent = 0;
    double own = 0, children = 0; // seconds
    bool read = false;
};

ProcStat procStat(qint64 pid)
{
    ProcStat stat;
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return stat;
    const QByteArray text = file.readAll();
    const qsizetype close = text.lastIndexOf(')'); // the command may contain spaces
    if (close < 0)
        return stat;
    const QList<QByteArray> fields = text.mid(close + 2).split(' '); // from field 3 (state)
    if (fields.size() < 15)
        return stat;
    const double tick = double(sysconf(_SC_CLK_TCK));
    stat.parent = fields.at(1).toLongLong();
    stat.own = double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / tick;
    stat.children = double(fields.at(13).toLongLong() + fields.at(14).toLongLong()) / tick;
    stat.read = true;
    return stat;
}

QString expectedAudit(const AcceptedEdit &edit)
{
    switch (edit.kind) {
    case EditKind::Status:
        return u"%1|status|%2|%3"_s.arg(edit.actorId).arg(edit.oldValue, edit.newValue);
    case EditKind::Assign:
        return u"%1|assign|%2|%3"_s.arg(edit.actorId).arg(edit.oldValue, edit.newValue);
    case EditKind::AddTag:
        return u"%1|tag||%2"_s.arg(edit.actorId).arg(edit.newValue);
    case EditKind::RemoveTag:
        return u"%1|tag|%2|"_s.arg(edit.actorId).arg(edit.oldValue);
    }
    return {};
}

// Every accepted edit of one ticket against its audit rows and its final row; returns the
// problems found (each one a lost or unexplained update).
QStringList checkTicket(TicketDesk &desk, const Ticket &start, QList<AcceptedEdit> edits, qint64 lastAuditId)
{
    QStringList problems;
    std::sort(edits.begin(), edits.end(), [](const auto &a, const auto &b) { return a.baseVersion < b.baseVersion; });
    for (qsizetype i = 1; i < edits.size(); ++i) {
        if (edits.at(i).baseVersion == edits.at(i - 1).baseVersion) {
            problems.append(u"#%1: two edits accepted on version %2"_s.arg(start.id).arg(edits.at(i).baseVersion));
        }
    }
    auto audit = desk.audit().forTicket(start.id);
    auto final = desk.tickets().ticket(start.id);
    if (!audit || !final || !final->has_value())
        return {u"#%1: cannot read it back"_s.arg(start.id)};
    QStringList written;
    for (const AuditEntry &entry : std::as_const(*audit)) {
        if (entry.id > lastAuditId && (entry.action == u"status"_s || entry.action == u"assign"_s || entry.action == u"tag"_s))
            written.append(u"%1|%2|%3|%4"_s.arg(entry.actorId).arg(entry.action, entry.oldValue, entry.newValue));
    }
    Ticket expected = start;
    for (const AcceptedEdit &edit : std::as_const(edits)) {
        if (!written.removeOne(expectedAudit(edit)))
            problems.append(u"#%1: accepted edit on version %2 (%3) missing from the audit log"_s.arg(start.id).arg(edit.baseVersion).arg(expectedAudit(edit)));
        switch (edit.kind) {
        case EditKind::Status:
            expected.status = *statusFromKey(edit.newValue);
            break;
        case EditKind::Assign:
            expected.assigneeId = edit.assigneeId;
            break;
        case EditKind::AddTag:
            expected.tags.append(edit.newValue);
            break;
        case EditKind::RemoveTag:
            expected.tags.removeAll(edit.oldValue);
            break;
        }
    }
    for (const QString &extra : std::as_const(written))
        problems.append(u"#%1: audit row without an accepted edit (%2)"_s.arg(start.id).arg(extra));
    const Ticket &now = **final;
    QStringList expectedTags = expected.tags, finalTags = now.tags;
    expectedTags.sort();
    finalTags.sort();
    if (now.version != start.version + edits.size())
        problems.append(u"#%1: version %2, expected %3"_s.arg(start.id).arg(now.version).arg(start.version + edits.size()));
    if (now.status != expected.status)
        problems.append(u"#%1: status %2, expected %3"_s.arg(start.id).arg(statusKey(now.status), statusKey(expected.status)));
    if (now.assigneeId != expected.assigneeId)
        problems.append(u"#%1: assignee %2, expected %3"_s.arg(start.id).arg(now.assigneeId).arg(expected.assigneeId));
    if (finalTags != expectedTags)
        problems.append(u"#%1: tags %2, expected %3"_s.arg(start.id).arg(finalTags.join(u','), expectedTags.join(u',')));
    return problems;
}

} // namespace

Result<Before> snapshot(TicketDesk &desk, const QList<qint64> &ticketIds)
{
    Before before;
    for (qint64 id : ticketIds) {
        auto ticket = desk.tickets().ticket(id);
        if (!ticket)
            return ticket.error();
        before.tickets.insert(id, ticket->value_or(Ticket()));
    }
    auto last = desk.database().scalar(u"Reading the audit log"_s, u"SELECT COALESCE(MAX(id), 0) FROM audit_log"_s);
    if (!last)
        return last.error();
    before.lastAuditId = last->toLongLong();
    return before;
}

Result<void> ServerMonitor::start()
{
    auto max = m_database.scalar(u"Reading max_connections"_s, u"SELECT current_setting('max_connections')::int"_s);
    if (!max)
        return max.error();
    m_maxConnections = max->toInt();
    auto directory = m_database.scalar(u"Reading the data directory"_s, u"SELECT current_setting('data_directory')"_s);
    QFile pidFile(directory ? directory->toString() + u"/postmaster.pid"_s : QString());
    if (directory && pidFile.open(QIODevice::ReadOnly))
        m_postmaster = pidFile.readLine().trimmed().toLongLong();
    if (m_postmaster <= 0 || !procStat(m_postmaster).read)
        m_problem = u"the server's processes cannot be read from /proc (another machine or user?)"_s;
    else
        m_cpuStart = m_cpuLast = cpuNow();
    return {};
}

double ServerMonitor::cpuNow() const
{
    const ProcStat postmaster = procStat(m_postmaster);
    double total = postmaster.own + postmaster.children; // children: the backends already gone
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number || pid == m_postmaster)
            continue;
        const ProcStat child = procStat(pid);
        if (child.read && child.parent == m_postmaster)
            total += child.own;
    }
    return total;
}

void ServerMonitor::sample()
{
    auto desk = m_database.scalar(u"Counting connections"_s,
                                  u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                  "AND backend_type = 'client backend' AND pid <> pg_backend_pid()"_s);
    auto all = m_database.scalar(u"Counting connections"_s,
                                 u"SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"_s);
    if (desk)
        m_peakDesk = std::max(m_peakDesk, desk->toInt());
    if (all)
        m_peakAll = std::max(m_peakAll, all->toInt());
    if (m_cpuStart >= 0)
        m_cpuLast = cpuNow();
}

int report(TicketDesk &desk, const QList<ClientRecord> &clients, const ServeRecord &serve, const Before &before,
           const ServerMonitor &monitor, double wallSeconds)
{
    QList<Commit> commits = serve.commits;
    QHash<qint64, QList<AcceptedEdit>> accepted;
    int conflicts = 0, collisions = 0, notifications = 0, reads = 0, heartbeats = 0, editors = 0, lockTries = 0;
    QStringList failures;
    if (!serve.failure.isEmpty())
        failures.append(u"serve: "_s + serve.failure);
    for (const ClientRecord &client : clients) {
        commits += client.commits;
        for (const AcceptedEdit &edit : client.accepted)
            accepted[edit.ticketId].append(edit);
        conflicts += client.conflicts;
        for (const ScriptedEdit &edit : client.script)
            collisions += edit.collision ? 1 : 0;
        notifications += client.notifications;
        reads += int(client.reads.size());
        heartbeats += client.heartbeats;
        editors += client.editorsOpened;
        lockTries += client.lockTries;
        if (!client.failure.isEmpty())
            failures.append(u"%1: %2"_s.arg(client.me.login, client.failure));
    }
    // A client has re-read a commit with the first read that started after the commit had
    // returned (a read started later sees the committed rows), or an earlier one that a
    // notification about that ticket started after the commit had begun (the notification is
    // sent by the commit). Measured from the commit's beginning.
    QList<qint64> everyClient, eachClient, everyClientEdit, everyClientMail;
    qsizetype neverSeen = 0;
    for (const Commit &commit : std::as_const(commits)) {
        qint64 slowest = 0;
        bool all = true;
        for (const ClientRecord &client : clients) {
            if (!client.failure.isEmpty())
                continue; // reported as a failure below; its re-reads stop where it failed
            auto read = std::lower_bound(client.reads.cbegin(), client.reads.cend(), commit.beganNs,
                                         [](const Read &r, qint64 at) { return r.startNs < at; });
            while (read != client.reads.cend() && read->startNs < commit.returnedNs
                   && !read->notified.contains(commit.ticketId))
                ++read;
            if (read == client.reads.cend()) {
                all = false;
                ++neverSeen;
                continue;
            }
            eachClient.append(read->endNs - commit.beganNs);
            slowest = std::max(slowest, read->endNs - commit.beganNs);
        }
        if (!all)
            continue;
        everyClient.append(slowest);
        (commit.mail ? everyClientMail : everyClientEdit).append(slowest);
    }
    qsizetype acceptedCount = 0;
    QStringList lost;
    for (auto it = accepted.cbegin(); it != accepted.cend(); ++it) {
        acceptedCount += it->size();
        lost += checkTicket(desk, before.tickets.value(it.key()), it.value(), before.lastAuditId);
    }
    for (auto it = before.tickets.cbegin(); it != before.tickets.cend(); ++it) {
        if (!accepted.contains(it.key()))
            lost += checkTicket(desk, it.value(), {}, before.lastAuditId); // nothing may have changed it
    }

    std::printf("change visible on every client (from the commit's beginning to the last client's re-read; %lld of %lld "
                "clients working):\n",
                qlonglong(clients.size() - std::count_if(clients.cbegin(), clients.cend(),
                                                         [](const ClientRecord &c) { return !c.failure.isEmpty(); })),
                qlonglong(clients.size()));
    printQuantiles("all commits", quantiles(everyClient), "commits");
    printQuantiles("edits", quantiles(everyClientEdit), "commits");
    printQuantiles("new mail", quantiles(everyClientMail), "commits");
    printQuantiles("each client's re-read (commit × client)", quantiles(eachClient), "pairs");
    std::printf("  commit × client pairs never re-read: %lld; notifications received %d; list re-reads %d\n",
                qlonglong(neverSeen), notifications, reads);
    std::printf("connections: peak %d on the desk's database (%lld desks + serve), peak %d client backends in all; "
                "max_connections %d\n",
                monitor.peakDeskConnections(), qlonglong(clients.size()), monitor.peakClientBackends(),
                monitor.maxConnections());
    if (monitor.cpuSeconds() >= 0)
        std::printf("PostgreSQL CPU: %.1f s over %.1f s = %.1f %% of one core (postmaster and its children)\n",
                    monitor.cpuSeconds(), wallSeconds, 100.0 * monitor.cpuSeconds() / wallSeconds);
    else
        std::printf("PostgreSQL CPU: not measured (%s)\n", qPrintable(monitor.problem()));
    std::printf("edits: %lld done, %d refused as conflicts (%d scripted collisions); %d reply editors opened, "
                "%d heartbeats; %d mailbox lock tries\n",
                qlonglong(acceptedCount), conflicts, collisions, editors, heartbeats, lockTries);
    std::printf("mail stored by serve: %lld (%d new tickets)\n", qlonglong(serve.commits.size()), serve.newTickets);
    std::printf("lost updates: %lld (every accepted edit checked against the audit log and %lld final rows)\n",
                qlonglong(lost.size()), qlonglong(before.tickets.size()));
    for (const QString &problem : std::as_const(lost))
        std::printf("  LOST: %s\n", qPrintable(problem));
    for (const QString &failure : std::as_const(failures))
        std::printf("  FAILED: %s\n", qPrintable(failure));
    if (neverSeen > 0)
        std::printf("  FAILED: %lld commit × client pairs were never re-read\n", qlonglong(neverSeen));
    std::fflush(stdout);
    return lost.isEmpty() && failures.isEmpty() && neverSeen == 0 ? 0 : 1;
}

} // namespace Madoguchi::TeamBench
