#pragma once

#include "core/Result.h"
#include "mail/imap/ImapFetchedMessage.h"
#include "mail/imap/ImapMailboxStatus.h"
#include "mail/mime/MailParseAhead.h"
#include "mail/mime/MimeParser.h"
#include "mail/sync/MailboxSyncOptions.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Madoguchi {

class Database;
class ImapSession;
class MailIntake;

// Brings new mail from the server into the store, exactly once. Per folder it reads the
// watermark (UIDVALIDITY, last stored UID), fetches what lies above it in batches, and
// commits each batch's messages together with the new watermark in ONE transaction: after
// a crash or a dropped connection the next pass starts right after the last committed UID.
// A changed UIDVALIDITY voids the watermark; the folder is read again and the store's
// de-duplication (Message-ID + content hash) keeps each message once.
//
// One UID FETCH runs ahead: the server sends the next batch while this one is parsed and
// stored. Each message is parsed on a second thread from the moment it is read, so the parse
// goes on while the previous batch is stored and committed. Batches are still committed one
// after the other, in UID order, each with its watermark, so a crash at any moment loses
// nothing and stores nothing twice.
//
// "Following" (the serve loop, the desktop): a pass whenever the session (re)connects and
// whenever IDLE reports new mail, and a full pass (with the Sent folder) every few minutes.
class MailboxSync : public QObject
{
    Q_OBJECT
public:
    // Stores one message inside the sync's open transaction: true when stored, false when it
    // was already there (a rescan after a UIDVALIDITY change).
    using StoreMail = std::function<Result<bool>(const FetchedMail &mail)>;

    MailboxSync(ImapSession &session, Database &database, MailIntake &intake, StoreMail storeMail,
                MailboxSyncOptions options, QObject *parent = nullptr);

    // One pass over the Sent folder (if any) and INBOX; passFinished() or passFailed() follows.
    // A request while a pass runs is remembered and runs right after it.
    void syncOnce();
    void setFollowing(bool following);
    bool isRunning() const { return m_running; }
    const MailboxSyncOptions &options() const { return m_options; }

Q_SIGNALS:
    void progress(const QString &folder, int done, int total);
    void passFinished(const Madoguchi::MailboxSyncSummary &summary);
    void passFailed(const Madoguchi::Error &error);

private:
    void nextFolder();
    void onSelected(const ImapMailboxStatus &status);
    void onSearched(const QList<quint32> &uids);
    void searchWindowBelow(quint32 top);
    struct Batch
    {
        QList<quint32> uids;
        QList<ImapFetchedMessage> messages;
        QList<std::shared_ptr<MailParseQueue::Parse>> parses; // messages[i]'s parse, started as it arrived
    };
    void nextBatch();
    void fetchAhead();
    void onBatchFetched(const std::shared_ptr<Batch> &batch);
    bool writesAfterStoring() const;
    void afterBatchCommitted(const QList<quint32> &uids);
    Result<void> commitBatch(Batch &batch);
    Result<void> saveWatermark(qint64 lastUid);
    void fail(const Error &error);
    void finish();
    void startPassLater(bool fullPass);

    ImapSession &m_session;
    Database &m_database;
    MailIntake &m_intake;
    StoreMail m_storeMail;
    MailboxSyncOptions m_options;
    MimeParser m_parser; // the same defaults as the ingestor's; a store function may ignore its parse
    QTimer m_fullPassTimer;

    bool m_following = false;
    bool m_running = false;
    bool m_passWanted = false;
    bool m_fullPassWanted = false;
    MailboxSyncSummary m_summary;
    QStringList m_folders;         // still to do in this pass
    QString m_folder;
    quint32 m_uidValidity = 0;
    qint64 m_lastUid = 0;
    bool m_watermarkStale = false; // UIDVALIDITY changed: the new one must be saved even without mail
    QList<quint32> m_pending;      // UIDs still to fetch in this folder
    QList<quint32> m_found;        // new UIDs of the windows searched so far
    QList<std::shared_ptr<Batch>> m_fetching; // UID FETCHes sent and not yet stored, oldest first
    std::unique_ptr<MailParseQueue> m_parsing; // parses fetched messages; for one pass
    quint64 m_passNumber = 0;                 // what a failed pass had in flight is dropped
    int m_total = 0;
    int m_done = 0;
};

} // namespace Madoguchi
