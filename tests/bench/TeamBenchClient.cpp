#include "TeamBenchClient.h"

#include "core/Clock.h"
#include "mail/MailIngestor.h"
#include "store/Database.h"
#include "store/MailboxLock.h"
#include "store/SchemaMigrations.h"
#include "store/StoreOpener.h"
#include "tickets/ReplyEditors.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketListQuery.h"

#include <QEventLoop>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi::TeamBench {

namespace {

constexpr int selectAheadMs = 2000;   // the person selects the ticket, reads, then edits
constexpr int listPageSize = 200;     // TicketListModel::pageSize (ui/desk; not linked here)
constexpr int lockRetryMs = 30'000;   // MailboxSyncRunner::Setup::lockRetryMs

void waitForGo(const Shared &shared)
{
    while (!shared.go.load())
        QThread::msleep(5);
}

// Milliseconds from now until `atMs` after the start (0 when it has passed).
int msUntil(const Shared &shared, qint64 atMs)
{
    return int(std::max<qint64>(0, atMs - shared.clock.nanos() / 1'000'000));
}

// One headless desk: what MainWindow, TicketListModel, TicketPanel and ReplyEditor do with
// the database, without the widgets.
class Desk
{
public:
    Desk(Shared &shared, ClientRecord &record, Database &database, const Clock &clock)
        : m_shared(shared)
        , m_record(record)
        , m_desk(database, clock)
        , m_query(database, m_desk.calendar(), m_desk.search())
        , m_editors(database, clock)
        , m_random(record.seed)
    {
    }

    void start(QObject *context)
    {
        m_context = context;
        // MainWindow: several notifications in a burst make one refresh; the panel reloads
        // when its ticket is among them.
        QObject::connect(&m_desk.database(), &Database::ticketsChanged, context, [this](const QList<qint64> &ids) {
            ++m_record.notifications;
            for (qint64 id : ids) {
                if (!m_notified.contains(id))
                    m_notified.append(id);
            }
            m_panelStale = m_panelStale || ids.isEmpty() || ids.contains(m_panelTicket);
            if (!m_refreshQueued) {
                m_refreshQueued = true;
                QTimer::singleShot(0, m_context, [this] { refresh(); });
            }
        });
        if (auto watching = m_desk.database().watchForChanges(); !watching)
            return fail(watching.error().message);
        refresh();
        for (const ScriptedEdit &edit : std::as_const(m_record.script)) {
            QTimer::singleShot(msUntil(m_shared, edit.atMs - selectAheadMs), context, [this, edit] { select(edit.ticketId); });
            QTimer::singleShot(msUntil(m_shared, edit.atMs), context, [this, edit] { perform(edit); });
        }
    }

    void closeEditors()
    {
        for (qint64 id : std::as_const(m_openEditors))
            (void)m_editors.close(id);
        m_openEditors.clear();
    }

private:
    void fail(const QString &message)
    {
        if (m_record.failure.isEmpty())
            m_record.failure = message;
    }

    // MainWindow::refreshLive's reads, TicketListModel::refresh, and TicketPanel::reload.
    void refresh()
    {
        m_refreshQueued = false;
        Read read;
        read.startNs = m_shared.clock.nanos();
        read.notified = std::exchange(m_notified, {});
        const QDateTime now = m_desk.clock().now();
        auto counts = m_query.queueCounts(now, m_record.me.id);
        if (!counts)
            return fail(counts.error().message);
        TicketListFilter filter;
        filter.me = m_record.me.id;
        auto window = m_query.window(filter, TicketListSort::Deadline, false, now, 0, listPageSize);
        if (!window)
            return fail(window.error().message);
        if (auto flagged = m_query.flagged(now); !flagged)
            return fail(flagged.error().message);
        auto lastSync = m_desk.database().scalar(u"Reading the last mail sync"_s,
                                                 u"SELECT MAX(updated_ms) FROM mailbox_sync"_s);
        if (!lastSync)
            return fail(lastSync.error().message);
        if (m_panelStale && m_panelTicket > 0)
            loadPanel();
        read.endNs = m_shared.clock.nanos();
        m_record.reads.append(read);
    }

    void select(qint64 ticketId)
    {
        m_panelTicket = ticketId;
        loadPanel();
    }

    void loadPanel()
    {
        m_panelStale = false;
        auto ticket = m_desk.tickets().ticket(m_panelTicket);
        if (!ticket)
            return fail(ticket.error().message);
        if (!ticket->has_value())
            return fail(u"ticket #%1 is gone"_s.arg(m_panelTicket));
        m_panel = **ticket;
        if (auto editors = m_editors.onTicket(m_panelTicket, m_record.me.id); !editors)
            fail(editors.error().message);
    }

    void perform(const ScriptedEdit &edit)
    {
        if (m_panelTicket != edit.ticketId)
            select(edit.ticketId);
        const Ticket shown = m_panel;
        AcceptedEdit done;
        done.ticketId = shown.id;
        done.baseVersion = shown.version;
        done.actorId = m_record.me.id;
        done.kind = edit.kind;
        QStringList absent;
        for (const QString &tag : std::as_const(m_shared.tags)) {
            if (!shown.tags.contains(tag))
                absent.append(tag);
        }
        if (done.kind == EditKind::AddTag && absent.isEmpty())
            done.kind = EditKind::RemoveTag;
        if (done.kind == EditKind::RemoveTag && shown.tags.isEmpty())
            done.kind = EditKind::AddTag;
        Result<Ticket> result = makeError(u"bench"_s, u"no edit"_s);
        const qint64 began = m_shared.clock.nanos();
        const qint64 version = m_shared.withoutVersionCheck ? -1 : shown.version;
        TicketOperations &operations = m_desk.operations();
        switch (done.kind) {
        case EditKind::Status: {
            static const TicketStatus choices[] = {TicketStatus::Open, TicketStatus::Waiting, TicketStatus::Resolved,
                                                   TicketStatus::New};
            TicketStatus to = choices[m_random.bounded(4)];
            if (to == shown.status)
                to = shown.status == TicketStatus::Open ? TicketStatus::Waiting : TicketStatus::Open;
            done.oldValue = statusKey(shown.status);
            done.newValue = statusKey(to);
            result = operations.setStatus(m_record.me, shown.id, version, to);
            break;
        }
        case EditKind::Assign: {
            const int pick = int(m_random.bounded(m_shared.staffIds.size() + 1));
            done.assigneeId = pick < m_shared.staffIds.size() ? m_shared.staffIds.at(pick) : 0;
            done.oldValue = shown.assigneeName;
            done.newValue = pick < m_shared.staffIds.size() ? m_shared.staffNames.at(pick) : QString();
            result = operations.assign(m_record.me, shown.id, version, done.assigneeId);
            break;
        }
        case EditKind::AddTag:
            done.newValue = absent.at(m_random.bounded(absent.size()));
            result = operations.addTag(m_record.me, shown.id, version, done.newValue);
            break;
        case EditKind::RemoveTag:
            done.oldValue = shown.tags.at(m_random.bounded(shown.tags.size()));
            result = operations.removeTag(m_record.me, shown.id, version, done.oldValue);
            break;
        }
        done.committedNs = m_shared.clock.nanos();
        if (!result) {
            if (result.error().code != u"conflict"_s)
                return fail(result.error().message);
            ++m_record.conflicts; // ConflictBanner: the desk shows who changed what and reloads
            loadPanel();
            return;
        }
        m_record.accepted.append(done);
        m_record.commits.append({shown.id, began, done.committedNs, false});
        m_panel = result.value();
        if (edit.openEditor)
            openEditor(shown.id);
    }

    // ReplyEditor: open, beat every heartbeatSecs, close after a while (or at the end).
    void openEditor(qint64 ticketId)
    {
        auto opened = m_editors.open(m_record.me, ticketId);
        if (!opened)
            return fail(opened.error().message);
        ++m_record.editorsOpened;
        const qint64 id = opened->id;
        m_openEditors.append(id);
        auto *beat = new QTimer(m_context);
        beat->setInterval(ReplyEditors::heartbeatSecs * 1000);
        QObject::connect(beat, &QTimer::timeout, m_context, [this, id] {
            ++m_record.heartbeats;
            if (auto beaten = m_editors.beat(id); !beaten)
                fail(beaten.error().message);
        });
        beat->start();
        QTimer::singleShot(int(45'000 + m_random.bounded(55'000)), m_context, [this, id, beat] {
            beat->deleteLater();
            if (!m_openEditors.removeOne(id))
                return;
            if (auto closed = m_editors.close(id); !closed)
                fail(closed.error().message);
        });
    }

    Shared &m_shared;
    ClientRecord &m_record;
    TicketDesk m_desk;
    TicketListQuery m_query;
    ReplyEditors m_editors;
    QRandomGenerator m_random;
    QObject *m_context = nullptr;
    bool m_refreshQueued = false;
    bool m_panelStale = false;
    qint64 m_panelTicket = 0;
    Ticket m_panel;
    QList<qint64> m_openEditors;
    QList<qint64> m_notified;
};

QByteArray encodedWord(const QString &text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray generatedMail(int number, quint64 seed)
{
    static const QStringList subjects = {u"請求書の再発行について"_s, u"ログインできません"_s, u"納品日の確認"_s,
                                         u"契約更新のご相談"_s, u"エラーが表示されます"_s};
    const QString subject = subjects.at(number % subjects.size()) + u"（%1）"_s.arg(number);
    QByteArray raw;
    raw += "From: " + encodedWord(u"顧客%1"_s.arg(number % 97)) + " <customer" + QByteArray::number(number % 97)
           + "@example.co.jp>\r\n";
    raw += "To: support@desk.example.co.jp\r\n";
    raw += "Subject: " + encodedWord(subject) + "\r\n";
    raw += "Message-ID: <bench-team-" + QByteArray::number(seed) + "-" + QByteArray::number(number)
           + "@example.co.jp>\r\n";
    raw += "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    raw += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    raw += u"お世話になっております。\r\n%1の件でご連絡いたしました。\r\nよろしくお願いいたします。\r\n"_s.arg(subject).toUtf8();
    return raw;
}

// A program's own connection, opened as the desktop (DeskStartup) and `serve` (CliStore) open
// it: through StoreOpener. Null (and `failure` set) when it cannot be opened.
std::unique_ptr<Database> openOwnConnection(const Shared &shared, QString &failure)
{
    auto opened = StoreOpener::open(shared.address, nullptr);
    if (!opened) {
        failure = opened.error().message;
        return {};
    }
    return std::move(opened.value().database);
}

} // namespace

void runClient(Shared &shared, ClientRecord &record, const std::function<void()> &ready)
{
    SystemClock clock;
    std::unique_ptr<Database> database = openOwnConnection(shared, record.failure);
    if (!database) {
        ready();
        return;
    }
    // The mailbox sync's thread (MailboxSyncRunner::tryLock): every 30 s it opens a connection
    // (the first one migrates), tries the mailbox's lock and, since `serve` holds it, closes
    // the connection again at once. The desks' first tries are spread over the first 5 s, as
    // desktops started by people are; the last one comes before the edits end.
    const auto tryLock = [&](bool migrate) {
        // After the edits the serve thread may end first and let the lock go.
        if (shared.clock.nanos() / 1'000'000 >= shared.editUntilMs)
            return;
        ++record.lockTries;
        auto opened = Database::open(shared.address, shared.password);
        if (!opened) {
            record.failure = opened.error().message;
            return;
        }
        if (migrate) {
            if (auto migrated = SchemaMigrations::migrate(**opened); !migrated) {
                record.failure = migrated.error().message;
                return;
            }
        }
        MailboxLock lock(**opened, shared.mailbox);
        auto held = lock.tryAcquire();
        if (!held)
            record.failure = held.error().message;
        else if (held.value())
            record.failure = u"took the mailbox lock the serve side holds"_s;
        else
            (void)lock.holder(); // the status bar's "another desk is syncing" asks who
    };
    Desk desk(shared, record, *database, clock);
    ready();
    waitForGo(shared);

    QObject context;
    QEventLoop loop;
    desk.start(&context);
    QTimer lockRetry;
    if (record.syncConnection) {
        QObject::connect(&lockRetry, &QTimer::timeout, &context, [&] { tryLock(false); });
        QRandomGenerator phase(record.seed ^ 0x10c4u);
        QTimer::singleShot(phase.bounded(5000), &context, [&] {
            tryLock(true);
            lockRetry.start(lockRetryMs);
        });
    }
    QTimer::singleShot(msUntil(shared, shared.stopAtMs), &loop, &QEventLoop::quit);
    loop.exec();
    desk.closeEditors();
}

void runServe(Shared &shared, ServeRecord &record, const std::function<void()> &ready)
{
    SystemClock clock;
    // `madoguchi-cli serve`: one connection, which also holds the mailbox's lock.
    std::unique_ptr<Database> database = openOwnConnection(shared, record.failure);
    if (!database) {
        ready();
        return;
    }
    TicketDesk desk(*database, clock);
    MailboxLock lock(*database, shared.mailbox);
    auto held = lock.tryAcquire();
    auto addresses = MailIngestor::loadAddresses(desk);
    if (!held || !held.value() || !addresses) {
        record.failure = !held ? held.error().message : !addresses ? addresses.error().message : u"lock not taken"_s;
        ready();
        return;
    }
    MailIngestor ingestor(desk, *addresses);
    ready();
    waitForGo(shared);

    QEventLoop loop;
    QTimer next;
    const int interval = std::max(1, 60'000 / std::max(1, record.mailPerMinute));
    int number = 0;
    QObject::connect(&next, &QTimer::timeout, &loop, [&] {
        if (shared.clock.nanos() / 1'000'000 >= shared.editUntilMs) {
            next.stop();
            return;
        }
        const qint64 began = shared.clock.nanos();
        auto stored = ingestor.ingest(generatedMail(++number, record.seed), QDateTime::currentDateTimeUtc(),
                                      MailOrigin::Imap);
        if (!stored) {
            record.failure = stored.error().message;
            next.stop();
            return;
        }
        record.commits.append({stored->ticketId, began, shared.clock.nanos(), true});
        record.newTickets += stored->newTicket ? 1 : 0;
    });
    next.start(interval);
    QTimer::singleShot(msUntil(shared, shared.stopAtMs), &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace Madoguchi::TeamBench
