#pragma once

// The parts of madoguchi-bench-team that run on their own threads: one headless desk per
// client (its own connections, opened as the desktop opens them) and the ingesting "serve".
// Each runs its own event loop on its own thread; what it records is read by the main
// thread only after that thread has finished.

#include "store/DatabaseAddress.h"
#include "tickets/StaffUser.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>

namespace Madoguchi::TeamBench {

// Nanoseconds since the benchmark's start (one steady clock shared by every thread).
class Stopwatch
{
public:
    void start() { m_start = std::chrono::steady_clock::now(); }
    qint64 nanos() const
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - m_start).count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

enum class EditKind { Status, Assign, AddTag, RemoveTag };

// One scripted edit: the person selects the ticket 2 s before (the panel loads it and
// follows notifications about it, as TicketPanel does), then edits with the version shown.
struct ScriptedEdit
{
    qint64 atMs = 0;
    qint64 ticketId = 0;
    EditKind kind = EditKind::Status;
    bool collision = false;  // another client edits the same ticket at the same moment
    bool openEditor = false; // also opens a reply editor on the ticket (heartbeats, then closes)
};

// An edit the database accepted, with what the person meant to change.
struct AcceptedEdit
{
    qint64 ticketId = 0;
    qint64 baseVersion = 0;
    qint64 actorId = 0;
    EditKind kind = EditKind::Status;
    QString oldValue; // as the audit log should read it
    QString newValue;
    qint64 assigneeId = 0; // EditKind::Assign
    qint64 committedNs = 0;
};

// A commit every desk should re-read.
// A commit every desk should re-read. The commit itself happens somewhere between the two
// times: figures are measured from `beganNs`, so they include the commit's own time.
struct Commit
{
    qint64 ticketId = 0;
    qint64 beganNs = 0;    // the edit or the storing of the mail began
    qint64 returnedNs = 0; // it had been committed
    bool mail = false;     // stored by the serve side (else an edit)
};

struct Read
{
    qint64 startNs = 0;
    qint64 endNs = 0;
    QList<qint64> notified; // the tickets whose notifications led to this re-read
};

struct Shared
{
    DatabaseAddress address;
    QString password;
    QString mailbox;          // the account whose sync lock the serve side holds
    Stopwatch clock;
    std::atomic<bool> go{false};
    qint64 editUntilMs = 0;   // no new edits or mail after this
    qint64 stopAtMs = 0;      // every thread stops (after the last notifications drained)
    QList<qint64> staffIds;   // every client's staff user, for assignments
    QStringList staffNames;
    QStringList tags;
    // The checker's own test: edits without the version check (as a desk that overwrote
    // whatever was there would do), so lost updates happen and must be found.
    bool withoutVersionCheck = false;
};

struct ClientRecord
{
    StaffUser me;
    QList<ScriptedEdit> script;
    bool syncConnection = true; // the desktop's second connection (the mailbox sync's thread)
    quint64 seed = 0;
    // Filled by the client's thread.
    QList<Read> reads;
    QList<AcceptedEdit> accepted;
    QList<Commit> commits;
    int conflicts = 0;
    int notifications = 0;
    int heartbeats = 0;
    int editorsOpened = 0;
    int lockTries = 0;
    QString failure; // empty when everything worked
};

struct ServeRecord
{
    int mailPerMinute = 60;
    quint64 seed = 0;
    QList<Commit> commits;
    int newTickets = 0;
    QString failure;
};

// Runs on the calling thread until shared.stopAtMs; `ready` is called once the
// connections are open (or failed: then record.failure says why).
void runClient(Shared &shared, ClientRecord &record, const std::function<void()> &ready);
void runServe(Shared &shared, ServeRecord &record, const std::function<void()> &ready);

} // namespace Madoguchi::TeamBench
