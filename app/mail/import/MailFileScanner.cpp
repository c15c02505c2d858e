#include "mail/import/MailFileScanner.h"

#include "mail/mime/MimeParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// Enough of a file for its Date header.
constexpr qint64 kHeaderProbeBytes = 64 * 1024;

} // namespace

QString MailFileEntry::label() const
{
    return kind == Kind::MboxMessage ? path + u" @"_s + QString::number(mbox.offset) : path;
}

std::optional<QDateTime> MailFileScanner::maildirDeliveryTime(const QString &fileName)
{
    const qsizetype dot = fileName.indexOf(u'.');
    if (dot <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = fileName.left(dot).toLongLong(&ok);
    // Plausible delivery times only: a stray number is not a date.
    if (!ok || seconds < 315532800 || seconds > 4102444800)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

qint64 MailFileScanner::maildirMicroseconds(const QString &fileName)
{
    static const QRegularExpression micro(u"^\\d+\\.(?:[^.]*?)M(\\d{1,6})(?:[^0-9]|$)"_s);
    const auto match = micro.match(fileName);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

void MailFileScanner::orderByReceipt(QList<MailFileEntry> &entries)
{
    struct Key
    {
        qint64 ms = std::numeric_limits<qint64>::max(); // no time: last
        qint64 micro = -1;
        qsizetype index = 0;
    };
    QList<Key> keys(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const MailFileEntry &entry = entries.at(i);
        Key &key = keys[i];
        key.index = i;
        QDateTime time = entry.receivedAt.value_or(QDateTime());
        if (!time.isValid() && entry.kind == MailFileEntry::Kind::EmlFile) {
            QFile file(entry.path);
            if (file.open(QIODevice::ReadOnly))
                time = MimeParser::claimedDate(file.read(kHeaderProbeBytes));
        }
        if (time.isValid())
            key.ms = time.toMSecsSinceEpoch();
        if (entry.kind == MailFileEntry::Kind::MaildirFile)
            key.micro = maildirMicroseconds(QFileInfo(entry.path).fileName());
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::tie(a.ms, a.micro) < std::tie(b.ms, b.micro);
    });
    QList<MailFileEntry> ordered;
    ordered.reserve(entries.size());
    for (const Key &key : std::as_const(keys))
        ordered.append(std::move(entries[key.index]));
    entries = std::move(ordered);
}

void MailFileScanner::scanMaildir(const QString &path, QList<MailFileEntry> &entries)
{
    for (const char *sub : { "cur", "new" }) {
        QDir dir(path + u"/"_s + QLatin1StringView(sub));
        const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &file : files) {
            MailFileEntry entry;
            entry.kind = MailFileEntry::Kind::MaildirFile;
            entry.path = file.absoluteFilePath();
            entry.receivedAt = maildirDeliveryTime(file.fileName());
            if (!entry.receivedAt)
                entry.receivedAt = file.lastModified().toUTC();
            entries.append(entry);
        }
    }
}

Result<void> MailFileScanner::scanPath(const QString &path, QList<MailFileEntry> &entries, int depth)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(u"io"_s, QCoreApplication::translate("MailFileScanner", "%1 does not exist.").arg(path));
    if (info.isDir()) {
        if (depth > 20)
            return {};
        const QDir dir(path);
        if (dir.exists(u"cur"_s) || dir.exists(u"new"_s))
            scanMaildir(info.absoluteFilePath(), entries);
        // Maildir++ sub-folders (.Sent, .Archive) and plain folders of mail files.
        const QFileInfoList children
            = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo &child : children) {
            const QString name = child.fileName();
            if (name == u"cur"_s || name == u"new"_s || name == u"tmp"_s)
                continue;
            if (child.isDir() || name.endsWith(u".eml"_s, Qt::CaseInsensitive)
                || name.endsWith(u".mbox"_s, Qt::CaseInsensitive) || name.endsWith(u".mbx"_s, Qt::CaseInsensitive)) {
                if (auto done = scanPath(child.absoluteFilePath(), entries, depth + 1); !done)
                    return done;
            }
        }
        return {};
    }
    if (!info.isReadable())
        return makeError(u"io"_s, QCoreApplication::translate("MailFileScanner", "%1 cannot be read.").arg(path));
    if (MboxFile::looksLikeMbox(path)) {
        auto index = MboxFile::index(path);
        if (!index)
            return index.error();
        for (const MboxEntry &mbox : std::as_const(*index)) {
            MailFileEntry entry;
            entry.kind = MailFileEntry::Kind::MboxMessage;
            entry.path = info.absoluteFilePath();
            entry.mbox = mbox;
            entry.receivedAt = mbox.receivedAt;
            entries.append(entry);
        }
        return {};
    }
    MailFileEntry entry;
    entry.path = info.absoluteFilePath();
    entries.append(entry);
    return {};
}

Result<QList<MailFileEntry>> MailFileScanner::scan(const QStringList &paths)
{
    QList<MailFileEntry> entries;
    for (const QString &path : paths) {
        if (auto done = scanPath(path, entries, 0); !done)
            return done.error();
    }
    return entries;
}

Result<QByteArray> MailFileScanner::read(const MailFileEntry &entry)
{
    if (entry.kind == MailFileEntry::Kind::MboxMessage)
        return MboxFile::read(entry.path, entry.mbox);
    QFile file(entry.path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            u"io"_s,
            QCoreApplication::translate("MailFileScanner", "Cannot read %1: %2").arg(entry.path, file.errorString()));
    return file.readAll();
}

} // namespace Madoguchi
