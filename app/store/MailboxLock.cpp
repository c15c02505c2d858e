#include "store/MailboxLock.h"

#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

MailboxLock::MailboxLock(Database &database, QString mailbox) : m_database(database), m_mailbox(std::move(mailbox))
{
}

MailboxLock::~MailboxLock()
{
    if (m_held)
        (void)release();
}

qint64 MailboxLock::keyFor(const QString &mailbox)
{
    // qHash is seeded per process, so a cryptographic hash gives every desktop the same key.
    const QByteArray digest =
        QCryptographicHash::hash(u"madoguchi-mailbox:"_s.append(mailbox).toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}

QString MailboxLock::lockFilePath() const
{
    const QByteArray digest = QCryptographicHash::hash(m_mailbox.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    // Next to the real file, however the path was spelled (a symlink to the file or to a
    // folder on the way, "..", "./"): two spellings of one database must share one lock.
    const QFileInfo file(m_database.address().filePath);
    QString path = file.canonicalFilePath();
    if (path.isEmpty()) {
        const QString folder = file.absoluteDir().canonicalPath();
        path = folder.isEmpty() ? file.absoluteFilePath() : folder + u'/' + file.fileName();
    }
    return path + u".sync-"_s + QString::fromLatin1(digest) + u".lock"_s;
}

Result<bool> MailboxLock::tryAcquire()
{
    if (m_held)
        return true;
    if (m_database.dialect().isPostgres()) {
        auto got = m_database.scalar(u"Taking the sync lock for %1"_s.arg(m_mailbox),
                                     u"SELECT pg_try_advisory_lock(?)"_s, {keyFor(m_mailbox)});
        if (!got)
            return got.error();
        m_held = got->toBool();
        return m_held;
    }
    if (!m_lockFile) {
        m_lockFile = std::make_unique<QLockFile>(lockFilePath());
        m_lockFile->setStaleLockTime(0); // only a dead process's lock is stale
    }
    m_held = m_lockFile->tryLock(0);
    if (!m_held && m_lockFile->error() == QLockFile::PermissionError)
        return makeError(u"io"_s, u"Taking the sync lock for %1: cannot write %2"_s.arg(m_mailbox, lockFilePath()));
    return m_held;
}

Result<QString> MailboxLock::holder()
{
    if (m_database.dialect().isPostgres()) {
        const qint64 key = keyFor(m_mailbox);
        // A bigint advisory key shows in pg_locks split into classid (high) and objid (low).
        auto who = m_database.scalar(
            u"Looking up who syncs %1"_s.arg(m_mailbox),
            u"SELECT a.application_name || ' (pid ' || a.pid || COALESCE(' from ' || host(a.client_addr), '') || ')' "
            "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
            "AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1"_s,
            {qint64(quint32(quint64(key) >> 32)), qint64(quint32(quint64(key) & 0xffffffffu))});
        if (!who)
            return who.error();
        return who->toString();
    }
    if (m_held)
        return u"this process"_s;
    QLockFile probe(lockFilePath());
    qint64 pid = 0;
    QString host, application;
    if (probe.getLockInfo(&pid, &host, &application))
        return u"%1 (pid %2 on %3)"_s.arg(application, QString::number(pid), host);
    return QString();
}

Result<void> MailboxLock::release()
{
    if (!m_held)
        return {};
    m_held = false;
    if (m_database.dialect().isPostgres()) {
        auto done = m_database.scalar(u"Releasing the sync lock for %1"_s.arg(m_mailbox),
                                      u"SELECT pg_advisory_unlock(?)"_s, {keyFor(m_mailbox)});
        if (!done)
            return done.error();
        return {};
    }
    m_lockFile->unlock();
    return {};
}

} // namespace Madoguchi
