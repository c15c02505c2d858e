#pragma once

// madoguchi-bench-team's figures: the PostgreSQL server watched from outside (connections in
// pg_stat_activity, CPU from /proc), and the report with the lost-update check.

#include "TeamBenchClient.h"

#include "core/Result.h"
#include "tickets/Ticket.h"

#include <QHash>

namespace Madoguchi {
class Database;
class TicketDesk;
}

namespace Madoguchi::TeamBench {

struct Before
{
    QHash<qint64, Ticket> tickets;
    qint64 lastAuditId = 0;
};

Result<Before> snapshot(TicketDesk &desk, const QList<qint64> &ticketIds);

class ServerMonitor
{
public:
    explicit ServerMonitor(Database &database) : m_database(database) {}

    Result<void> start(); // finds the postmaster, reads max_connections and the CPU so far
    void sample();        // connections now; the CPU at the last sample

    int peakDeskConnections() const { return m_peakDesk; }
    int peakClientBackends() const { return m_peakAll; }
    int maxConnections() const { return m_maxConnections; }
    // CPU seconds of the postmaster and its children between start() and the last sample;
    // negative when /proc could not be read.
    double cpuSeconds() const { return m_cpuStart < 0 || m_cpuLast < 0 ? -1 : m_cpuLast - m_cpuStart; }
    QString problem() const { return m_problem; }

private:
    double cpuNow() const;

    Database &m_database;
    qint64 m_postmaster = 0;
    int m_peakDesk = 0;
    int m_peakAll = 0;
    int m_maxConnections = 0;
    double m_cpuStart = -1;
    double m_cpuLast = -1;
    QString m_problem;
};

// Prints every figure; returns the exit status (1: a lost update, a client failed, or a
// change some client never re-read).
int report(TicketDesk &desk, const QList<ClientRecord> &clients, const ServeRecord &serve, const Before &before,
           const ServerMonitor &monitor, double wallSeconds);

} // namespace Madoguchi::TeamBench
