#include "mail/sync/MailboxSync.h"

#include "mail/imap/ImapProtocolLog.h"
#include "mail/imap/ImapSession.h"
#include "store/Database.h"
#include "store/TransactionGuard.h"
#include "tickets/MailIntake.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

MailboxSync::MailboxSync(ImapSession &session, Database &database, MailIntake &intake, StoreMail storeMail,
                         MailboxSyncOptions options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_database(database)
    , m_intake(intake)
    , m_storeMail(std::move(storeMail))
    , m_options(std::move(options))
{
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_fullPassTimer.setInterval(std::max(1000, m_options.fullPassIntervalMs));
    connect(&m_fullPassTimer, &QTimer::timeout, this, [this]() {
        if (m_session.state() == ImapSession::State::Ready) // after a reconnect ready() starts one anyway
            startPassLater(true);
    });
    connect(&m_session, &ImapSession::ready, this, [this]() {
        if (m_following)
            startPassLater(true);
    });
    connect(&m_session, &ImapSession::mailboxChanged, this, [this]() {
        if (m_following)
            startPassLater(false);
    });
}

void MailboxSync::syncOnce()
{
    startPassLater(true);
}

void MailboxSync::setFollowing(bool following)
{
    m_following = following;
    if (!following) {
        m_fullPassTimer.stop();
        m_session.setWatching(false);
        return;
    }
    m_fullPassTimer.start();
    if (m_session.state() == ImapSession::State::Ready)
        startPassLater(true);
}

void MailboxSync::startPassLater(bool fullPass)
{
    if (m_running) {
        m_passWanted = true;
        m_fullPassWanted = m_fullPassWanted || fullPass;
        return;
    }
    m_running = true;
    m_summary = {};
    m_folders.clear();
    if (fullPass && !m_options.sentFolder.isEmpty())
        m_folders.append(m_options.sentFolder);
    m_folders.append(m_options.inbox); // last, so that IDLE watches INBOX afterwards
    m_session.setWatching(false);
    nextFolder();
}

void MailboxSync::nextFolder()
{
    if (m_folders.isEmpty()) {
        finish();
        return;
    }
    m_folder = m_folders.takeFirst();
    const bool isInbox = m_folder == m_options.inbox;
    const bool writes = isInbox && (m_options.markSeen || !m_options.moveToFolder.isEmpty());
    m_session.select(m_folder, !writes, [this](const Result<ImapMailboxStatus> &status) {
        if (!status)
            fail(status.error());
        else
            onSelected(status.value());
    });
}

void MailboxSync::onSelected(const ImapMailboxStatus &status)
{
    const auto state = m_intake.syncState(m_options.account, m_folder);
    if (!state) {
        fail(state.error());
        return;
    }
    m_uidValidity = status.uidValidity;
    m_lastUid = 0;
    m_watermarkStale = true;
    if (state->has_value()) {
        const MailboxSyncState &saved = state->value();
        if (saved.uidValidity == qint64(status.uidValidity)) {
            m_lastUid = saved.lastUid;
            m_watermarkStale = false;
        } else {
            qCInfo(lcImap).noquote() << u"%1: UIDVALIDITY changed from %2 to %3; reading the folder again"_s.arg(
                m_folder).arg(saved.uidValidity).arg(status.uidValidity);
            m_summary.rescannedFolders.append(m_folder);
        }
    }
    m_pending.clear();
    m_total = m_done = 0;
    const bool nothingNew = status.exists == 0 || (status.uidNext != 0 && status.uidNext <= m_lastUid + 1);
    if (nothingNew) {
        nextBatch();
        return;
    }
    const quint32 window = quint32(std::max(1, m_options.searchWindow));
    const bool fewNew = status.exists <= window || (status.uidNext != 0 && status.uidNext - 1 - m_lastUid <= window);
    if (!fewNew) {
        m_found.clear();
        searchWindowBelow(status.exists);
        return;
    }
    m_session.uidSearch("UID " + QByteArray::number(m_lastUid + 1) + ":*",
                        [this](const Result<QList<quint32>> &uids) {
                            if (!uids)
                                fail(uids.error());
                            else
                                onSearched(uids.value());
                        });
}

// A large folder, newest messages first: the UIDs of messages top-window+1..top, then the
// window below, until one holds a UID already stored (UIDs grow with message numbers). An
// expunge meanwhile only moves unread messages down into the next window, never past it.
void MailboxSync::searchWindowBelow(quint32 top)
{
    const quint32 window = quint32(std::max(1, m_options.searchWindow));
    const quint32 bottom = top > window ? top - window + 1 : 1;
    m_session.uidSearch(QByteArray::number(bottom) + ':' + QByteArray::number(top),
                        [this, bottom](const Result<QList<quint32>> &uids) {
                            if (!uids) {
                                fail(uids.error());
                                return;
                            }
                            bool reachedStored = bottom == 1 || uids->isEmpty();
                            for (const quint32 uid : uids.value()) {
                                if (uid > m_lastUid)
                                    m_found.append(uid);
                                else
                                    reachedStored = true;
                            }
                            if (!reachedStored) {
                                searchWindowBelow(bottom - 1);
                                return;
                            }
                            std::sort(m_found.begin(), m_found.end());
                            m_found.erase(std::unique(m_found.begin(), m_found.end()), m_found.end());
                            onSearched(std::exchange(m_found, {}));
                        });
}

void MailboxSync::onSearched(const QList<quint32> &uids)
{
    // "UID n:*" also matches the highest UID when it is below n (RFC 3501 6.4.8).
    for (const quint32 uid : uids) {
        if (uid > m_lastUid)
            m_pending.append(uid);
    }
    m_total = int(m_pending.size());
    if (m_total > 0)
        Q_EMIT progress(m_folder, 0, m_total);
    nextBatch();
}

void MailboxSync::nextBatch()
{
    const quint64 pass = m_passNumber;
    fetchAhead();
    if (pass != m_passNumber || !m_fetching.isEmpty())
        return; // failed, or onBatchFetched() goes on
    if (m_watermarkStale) {
        const Result<void> saved = saveWatermark(m_lastUid);
        if (!saved) {
            fail(saved.error());
            return;
        }
    }
    nextFolder();
}

// Keeps two UID FETCHes queued: the one being answered and the next, which the server
// answers while the first is stored (one connection runs them one after the other). When
// stored mail is flagged or moved on the server afterwards, one batch at a time: each
// batch's STORE/MOVE then finishes before the next batch (or the end of the pass).
void MailboxSync::fetchAhead()
{
    const qsizetype ahead = writesAfterStoring() ? 1 : 2;
    while (m_fetching.size() < ahead && !m_pending.isEmpty()) {
        auto batch = std::make_shared<Batch>();
        batch->uids = m_pending.mid(0, m_options.batchSize);
        m_pending.remove(0, batch->uids.size());
        m_fetching.append(batch);
        const quint64 pass = m_passNumber;
        if (!m_parsing)
            m_parsing = std::make_unique<MailParseQueue>(m_parser);
        m_session.uidFetch(
            batch->uids,
            [this, batch, pass](const ImapFetchedMessage &message) {
                if (pass != m_passNumber)
                    return;
                batch->messages.append(message);
                batch->parses.append(m_parsing->push(message.source)); // parsed while this thread stores
            },
            [this, batch, pass](const Result<void> &fetched) {
                if (pass != m_passNumber)
                    return;
                if (!fetched)
                    fail(fetched.error());
                else
                    onBatchFetched(batch);
            });
    }
}

void MailboxSync::onBatchFetched(const std::shared_ptr<Batch> &batch)
{
    if (m_fetching.isEmpty() || m_fetching.first() != batch) {
        fail(makeError(u"protocol"_s, u"UID FETCH answers came out of order"_s));
        return;
    }
    const quint64 pass = m_passNumber;
    fetchAhead(); // the next batch travels while this one is stored
    if (pass != m_passNumber)
        return;
    const Result<void> committed = commitBatch(*batch);
    if (!committed) {
        fail(committed.error());
        return;
    }
    m_fetching.removeFirst();
    m_done += int(batch->uids.size());
    Q_EMIT progress(m_folder, m_done, m_total);
    afterBatchCommitted(batch->uids);
}

Result<void> MailboxSync::commitBatch(Batch &batch)
{
    // Stored in UID order, whatever order the server answered in.
    QList<qsizetype> order(batch.messages.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&batch](qsizetype a, qsizetype b) { return batch.messages.at(a).uid < batch.messages.at(b).uid; });
    int stored = 0, duplicates = 0;
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    if (auto deferred = m_database.deferSearchIndex(); !deferred) // indexed with one statement at the commit
        return deferred.error();
    for (const qsizetype i : std::as_const(order)) {
        const ImapFetchedMessage &message = batch.messages.at(i);
        const Result<MailMessage> parsed = m_parsing->take(batch.parses.at(i)); // parsed on the second thread
        FetchedMail mail{m_folder, m_folder == m_options.sentFolder && m_folder != m_options.inbox, message.uid,
                         message.internalDate, message.source};
        if (parsed)
            mail.parsed = &parsed.value();
        const Result<bool> result = m_storeMail(mail);
        if (!result) {
            return makeError(result.error().code,
                             QCoreApplication::translate("MailboxSync", "Storing message %1 of %2: %3")
                                 .arg(message.uid)
                                 .arg(m_folder, result.error().message));
        }
        ++(result.value() ? stored : duplicates);
    }
    // The watermark covers the whole batch: a UID the server no longer had is gone for good.
    const Result<void> watermark = m_intake.setSyncState(m_options.account, m_folder, m_uidValidity, batch.uids.last());
    if (!watermark)
        return watermark.error();
    const Result<void> committed = transaction.commit();
    if (!committed)
        return committed.error();
    m_lastUid = batch.uids.last();
    m_watermarkStale = false;
    m_summary.fetched += int(batch.messages.size());
    m_summary.stored += stored;
    m_summary.duplicates += duplicates;
    batch.messages.clear(); // the mail is in the store; free its bytes now
    batch.parses.clear();
    return {};
}

Result<void> MailboxSync::saveWatermark(qint64 lastUid)
{
    const Result<void> saved = m_intake.setSyncState(m_options.account, m_folder, m_uidValidity, lastUid);
    if (saved)
        m_watermarkStale = false;
    return saved;
}

bool MailboxSync::writesAfterStoring() const
{
    return m_folder == m_options.inbox && (m_options.markSeen || !m_options.moveToFolder.isEmpty());
}

void MailboxSync::afterBatchCommitted(const QList<quint32> &uids)
{
    if (!writesAfterStoring()) {
        nextBatch();
        return;
    }
    // The mail is safely stored; a failure here only leaves the server as it was.
    auto moveThenContinue = [this, uids]() {
        if (m_options.moveToFolder.isEmpty()) {
            nextBatch();
            return;
        }
        m_session.moveMessages(uids, m_options.moveToFolder, [this](const Result<void> &moved) {
            if (!moved)
                qCWarning(lcImap).noquote() << moved.error().message;
            nextBatch();
        });
    };
    if (!m_options.markSeen) {
        moveThenContinue();
        return;
    }
    m_session.markSeen(uids, [moveThenContinue](const Result<void> &seen) {
        if (!seen)
            qCWarning(lcImap).noquote() << seen.error().message;
        moveThenContinue();
    });
}

void MailboxSync::fail(const Error &error)
{
    m_running = false;
    m_passWanted = false;
    m_fullPassWanted = false;
    ++m_passNumber; // a FETCH still in flight is answered into nothing
    m_fetching.clear();
    m_parsing.reset();
    m_pending.clear();
    qCWarning(lcImap).noquote() << u"sync pass failed: %1"_s.arg(error.message);
    Q_EMIT passFailed(error);
    if (m_following && m_session.state() == ImapSession::State::Ready)
        m_session.setWatching(true);
}

void MailboxSync::finish()
{
    m_running = false;
    m_parsing.reset(); // its thread ends with the pass
    if (m_summary.stored > 0) {
        // The mail is stored and committed: a failure here loses nothing, so it is only logged.
        if (auto released = m_database.releaseFreePages(); !released)
            qCWarning(lcImap).noquote() << released.error().message;
    }
    if (m_summary.fetched > 0 || !m_summary.rescannedFolders.isEmpty()) {
        qCInfo(lcImap).noquote() << u"sync pass: %1 fetched, %2 stored, %3 already stored"_s.arg(m_summary.fetched)
                                        .arg(m_summary.stored)
                                        .arg(m_summary.duplicates);
    }
    Q_EMIT passFinished(m_summary);
    if (m_passWanted) {
        const bool full = m_fullPassWanted;
        m_passWanted = m_fullPassWanted = false;
        startPassLater(full);
        return;
    }
    if (m_following)
        m_session.setWatching(true);
}

} // namespace Madoguchi
