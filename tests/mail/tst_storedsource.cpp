#include "../common/TestDatabase.h"

#include "core/Clock.h"
#include "mail/MailIngestor.h"
#include "mail/import/MailImport.h"
#include "mail/mime/MimeParser.h"
#include "store/SchemaMigrations.h"
#include "store/SqlValues.h"
#include "store/TransactionGuard.h"
#include "tickets/TicketDesk.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::TestDatabase;

// Schema version 20 (docs/store.md "Size"): raw sources kept zstd-compressed, attachments of
// mail as received kept once (in the source). What is read back must be byte for byte what
// arrived, on both backends, for new rows and for rows written before version 20.
class TestStoredSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackByteForByte_data();
    void readsBackByteForByte();
    void rowWrittenBeforeVersion20ReadsAfterMigration();
    void damagedSourceFailsWithOneMessage();
    void searchIndexFollowsEditsWithoutACopy_data();
    void searchIndexFollowsEditsWithoutACopy();
    void searchIndexDeferredToTheCommit_data();
    void searchIndexDeferredToTheCommit();
    void importGivesFreePagesBack();
    void growingDeskSettings();
    void searchFindsEveryMessageAfterManyMerges();
};

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC);

DeskAddresses deskAddresses()
{
    DeskAddresses addresses;
    addresses.supportAddresses = {u"support@desk.example.co.jp"_s};
    return addresses;
}

struct Fixture
{
    TestDatabase store;
    FixedClock clock{kNow};
    TicketDesk desk{store.db(), clock};
    MailIngestor ingestor{desk, deskAddresses()};
};

// Bytes zstd cannot shrink (a photo or a PDF), deterministic.
QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed;
    for (char &c : bytes) {
        x = x * 1103515245u + 12345u;
        c = char(x >> 24);
    }
    return bytes;
}

QByteArray mailWithAttachments(const QByteArray &id, const QList<QByteArray> &files)
{
    QByteArray mail = "From: tanaka@acme.co.jp\r\nTo: support@desk.example.co.jp\r\nSubject: files\r\nMessage-ID: <"
                      + id + ">\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                             "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                      + QByteArray("添付をお送りします。\r\n").repeated(20);
    for (qsizetype i = 0; i < files.size(); ++i) {
        mail += "--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
                "Content-Disposition: attachment; filename=\"f" + QByteArray::number(i) + ".bin\"\r\n\r\n";
        const QByteArray encoded = files.at(i).toBase64();
        for (qsizetype at = 0; at < encoded.size(); at += 76)
            mail += encoded.mid(at, 76) + "\r\n";
    }
    return mail + "--b--\r\n";
}

// A plain-text Japanese mail with its subject encoded as RFC 2047 UTF-8.
QByteArray textMail(const QByteArray &id, const char *from, const QString &subject, const QString &body)
{
    return QByteArray("From: ") + from + "\r\nSubject: =?UTF-8?B?" + subject.toUtf8().toBase64() + "?=\r\nMessage-ID: <"
         + id + ">\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body.toUtf8() + "\r\n";
}

// The subjects the desk's search finds for `query`, newest first, or the search's error.
QStringList searchedSubjects(TicketDesk &desk, const QString &query)
{
    auto hits = desk.search().search(query);
    if (!hits)
        return {u"<search failed: "_s + hits.error().message + u">"_s};
    QStringList subjects;
    for (const SearchHit &hit : *hits)
        subjects.append(hit.subject);
    return subjects;
}

QVariant column(Database &db, const QString &sql, const QVariantList &values)
{
    auto found = db.scalar(u"test"_s, sql, values);
    return found ? *found : QVariant(u"<error>"_s);
}

} // namespace

void TestStoredSource::readsBackByteForByte_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("codec"); // expected raw_codec; "any" for the corpus
    QTest::addColumn<bool>("viaImport"); // through MailImport, which packs and hashes on its parsing thread
    const auto newRow = [](const char *name, const QByteArray &raw, const QString &codec) {
        QTest::addRow("%s", name) << raw << codec << false;
        QTest::addRow("%s, imported", name) << raw << codec << true;
    };
    newRow("tiny, kept as is", QByteArray("From: a@acme.co.jp\r\nSubject: hi\r\nMessage-ID: <tiny@acme>\r\n\r\nhi\r\n"),
           u""_s);
    newRow("text, compressed",
           QByteArray("From: a@acme.co.jp\r\nSubject: long\r\nMessage-ID: <text@acme>\r\n"
                      "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                      + QByteArray("いつもお世話になっております。請求書の件です。\r\n").repeated(200)),
           u"zstd"_s);
    newRow("300 KB attachment", mailWithAttachments("big@acme", {randomBytes(300 << 10, 1)}), u"zstd"_s);
    newRow("same file twice, one other, an empty one",
           mailWithAttachments("twice@acme",
                               {randomBytes(20000, 2), randomBytes(20000, 3), randomBytes(20000, 2), QByteArray()}),
           u"zstd"_s);
    const QDir corpus(QStringLiteral(MADOGUCHI_TEST_DATA) + u"/mail"_s);
    for (const QString &name : corpus.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
        QFile file(corpus.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        newRow(qPrintable(name), file.readAll(), u"any"_s);
    }
}

void TestStoredSource::readsBackByteForByte()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, codec);
    QFETCH(bool, viaImport);
    Fixture f;
    qint64 row = 0;
    if (viaImport) {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"mail.eml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(raw) == raw.size());
        file.close();
        MailImport import(f.ingestor);
        auto imported = import.run({dir.path()});
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->messages, 1);
        row = column(f.store.db(), u"SELECT MAX(id) FROM messages"_s, {}).toLongLong();
    } else {
        auto ingested = f.ingestor.ingest(raw, kNow, MailOrigin::MailFile);
        QVERIFY2(ingested.ok(), ingested.ok() ? "" : qPrintable(ingested.error().message));
        row = ingested->messageRowId;
    }

    if (codec != u"any"_s)
        QCOMPARE(column(f.store.db(), u"SELECT raw_codec FROM messages WHERE id = ?"_s, {row}).toString(), codec);
    // Attachments with bytes keep only their metadata: the bytes are in the source.
    QCOMPARE(column(f.store.db(), u"SELECT COUNT(*) FROM attachments WHERE message_id = ? AND content IS NOT NULL "
                                  "AND size_bytes > 0"_s,
                    {row})
                 .toLongLong(),
             0);

    auto read = f.desk.tickets().message(row, true);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QVERIFY(read->has_value());
    const TicketMessage &m = **read;
    QCOMPARE(m.rawSource, raw);
    const QList<MailAttachment> expected = MimeParser().parse(raw).attachments;
    QCOMPARE(m.attachments.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(m.attachments.at(i).content.size(), expected.at(i).data.size());
        QVERIFY2(m.attachments.at(i).content == expected.at(i).data, qPrintable(m.attachments.at(i).fileName));
        QCOMPARE(m.attachments.at(i).sha256, QCryptographicHash::hash(expected.at(i).data,
                                                                     QCryptographicHash::Sha256).toHex());
    }
    // Without content (the desk's thread list), nothing is parsed or decompressed.
    auto light = f.desk.tickets().message(row, false);
    QVERIFY(light.ok() && light->has_value());
    QVERIFY((*light)->rawSource.isNull());
    for (const MessageAttachment &file : (*light)->attachments)
        QVERIFY(file.content.isNull());
}

// A database made before version 20: its rows keep raw_source as received and attachment
// bytes in their rows; after the upgrade they read exactly as before, beside new rows.
void TestStoredSource::rowWrittenBeforeVersion20ReadsAfterMigration()
{
    TestDatabase store(19);
    Database &db = store.db();
    const QByteArray raw = mailWithAttachments("old@acme", {randomBytes(5000, 7)});
    const QByteArray file = randomBytes(5000, 7);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    auto ticket = db.insert(u"ticket"_s, u"INSERT INTO tickets (subject, created_ms, updated_ms) VALUES ('old', 1, 1)"_s);
    QVERIFY(ticket.ok());
    auto message = db.insert(u"message"_s,
                             u"INSERT INTO messages (ticket_id, kind, message_id, subject, received_ms, raw_source) "
                             "VALUES (?, 'customer', 'old@acme', 'files', 1, ?)"_s,
                             {*ticket, raw});
    QVERIFY(message.ok());
    QVERIFY(db.exec(u"attachment"_s,
                    u"INSERT INTO attachments (message_id, file_name, mime_type, size_bytes, sha256, content) "
                    "VALUES (?, 'f0.bin', 'application/octet-stream', ?, ?, ?)"_s,
                    {*message, qint64(file.size()), sha, file})
                .ok());

    auto migrated = SchemaMigrations::migrate(db);
    QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
    QCOMPARE(*migrated, SchemaMigrations::latestVersion());
    QCOMPARE(column(db, u"SELECT raw_codec FROM messages WHERE id = ?"_s, {*message}).toString(), QString());

    FixedClock clock{kNow};
    TicketDesk desk{db, clock};
    auto read = desk.tickets().message(*message, true);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QVERIFY(read->has_value());
    QCOMPARE((*read)->rawSource, raw);
    QCOMPARE((*read)->attachments.size(), 1);
    QVERIFY((*read)->attachments.first().content == file);

    // A new mail beside it is stored the new way and reads back too.
    MailIngestor ingestor{desk, deskAddresses()};
    const QByteArray fresh = mailWithAttachments("new@acme", {randomBytes(5000, 8)});
    auto ingested = ingestor.ingest(fresh, kNow, MailOrigin::MailFile);
    QVERIFY(ingested.ok());
    QCOMPARE(column(db, u"SELECT raw_codec FROM messages WHERE id = ?"_s, {ingested->messageRowId}).toString(),
             u"zstd"_s);
    auto readFresh = desk.tickets().message(ingested->messageRowId, true);
    QVERIFY(readFresh.ok() && readFresh->has_value());
    QCOMPARE((*readFresh)->rawSource, fresh);
    QVERIFY((*readFresh)->attachments.first().content == randomBytes(5000, 8));
}

void TestStoredSource::damagedSourceFailsWithOneMessage()
{
    Fixture f;
    auto ingested = f.ingestor.ingest(mailWithAttachments("damaged@acme", {randomBytes(4000, 9)}), kNow,
                                      MailOrigin::MailFile);
    QVERIFY(ingested.ok());
    const qint64 row = ingested->messageRowId;
    QVERIFY(f.store.db()
                .exec(u"damage"_s, u"UPDATE messages SET raw_source = ? WHERE id = ?"_s,
                      {QByteArray("not a zstd frame at all"), row})
                .ok());
    auto read = f.desk.tickets().message(row, true);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(u"damaged"_s), qPrintable(read.error().message));
    // Metadata (the desk's thread) still reads.
    QVERIFY(f.desk.tickets().message(row, false).ok());
}

// SQLite's contentless FTS5 index (schema 20): a changed message is found by its new words
// only, a deleted one not at all, and the index stays consistent (FTS5's integrity check).
void TestStoredSource::searchIndexFollowsEditsWithoutACopy_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expectedSubjects");
    QTest::newRow("new subject word") << u"領収書"_s << QStringList{u"領収書の再発行"_s};
    QTest::newRow("old subject word gone") << u"見積書"_s << QStringList();
    QTest::newRow("new body word, short query") << u"至急"_s << QStringList{u"領収書の再発行"_s};
    QTest::newRow("word of the deleted message") << u"解約手続き"_s << QStringList();
    QTest::newRow("untouched message") << u"納品書"_s << QStringList{u"納品書について"_s};
    QTest::newRow("address") << u"suzuki@acme"_s << QStringList{u"納品書について"_s};
}

void TestStoredSource::searchIndexFollowsEditsWithoutACopy()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expectedSubjects);
    Fixture f;
    Database &db = f.store.db();
    auto edited = f.ingestor.ingest(textMail("a@acme", "tanaka@acme.co.jp", u"見積書の件"_s, u"見積書をお願いします"_s),
                                    kNow, MailOrigin::MailFile);
    auto kept = f.ingestor.ingest(textMail("b@acme", "suzuki@acme.co.jp", u"納品書について"_s, u"納品書が届きません"_s),
                                  kNow, MailOrigin::MailFile);
    auto removed = f.ingestor.ingest(textMail("c@acme", "sato@beta.co.jp", u"解約"_s, u"解約手続きについて"_s), kNow,
                                     MailOrigin::MailFile);
    QVERIFY(edited.ok() && kept.ok() && removed.ok());
    QVERIFY(db.exec(u"edit"_s, u"UPDATE messages SET subject = ?, body_text = ? WHERE id = ?"_s,
                    {u"領収書の再発行"_s, u"至急お願いします"_s, edited->messageRowId})
                .ok());
    QVERIFY(db.exec(u"unlink"_s, u"DELETE FROM obligations WHERE message_id = ?"_s, {removed->messageRowId}).ok());
    QVERIFY(db.exec(u"delete"_s, u"DELETE FROM messages WHERE id = ?"_s, {removed->messageRowId}).ok());

    QCOMPARE(searchedSubjects(f.desk, query), expectedSubjects);

    if (!db.dialect().isPostgres()) {
        QVERIFY(db.exec(u"check"_s, u"INSERT INTO message_search (message_search) VALUES ('integrity-check')"_s).ok());
        QVERIFY(!db.connection().tables().contains(u"message_search_content"_s));
    }
}

// Schema 21: an import or sync batch defers SQLite's search index to its commit
// (Database::deferSearchIndex), which indexes the batch with one statement. Whatever happens
// inside that transaction — edits and deletions of its own new rows and of older ones, a
// nested part rolled back — the index after the commit is what per-row triggers would have
// made; a deferring transaction rolled back leaves nothing deferred behind. (On PostgreSQL
// deferring is a no-op; the same searches must give the same answers.)
void TestStoredSource::searchIndexDeferredToTheCommit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expectedSubjects");
    QTest::newRow("new row, edited in the batch: new words") << u"納品日"_s << QStringList{u"納品日の変更"_s};
    QTest::newRow("new row, edited in the batch: old words gone") << u"納品書"_s << QStringList();
    QTest::newRow("new row, deleted in the batch") << u"解約手続き"_s << QStringList();
    QTest::newRow("new row, untouched") << u"請求書"_s << QStringList{u"請求書の再発行"_s};
    QTest::newRow("older row, edited in the batch") << u"領収書"_s << QStringList{u"領収書の再発行"_s};
    QTest::newRow("older row, old words gone") << u"見積書"_s << QStringList();
    QTest::newRow("older row, short query") << u"至急"_s << QStringList{u"領収書の再発行"_s};
    QTest::newRow("nested part rolled back") << u"障害報告"_s << QStringList();
    QTest::newRow("whole deferring transaction rolled back") << u"廃棄"_s << QStringList();
    QTest::newRow("stored after the batch, without deferring") << u"契約"_s << QStringList{u"契約更新"_s};
    QTest::newRow("address of a batch row") << u"kato@gamma"_s << QStringList{u"請求書の再発行"_s};
}

void TestStoredSource::searchIndexDeferredToTheCommit()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expectedSubjects);
    Fixture f;
    Database &db = f.store.db();
    int serial = 0;
    const auto ingest = [&](const char *from, const QString &subject, const QString &body) -> qint64 {
        auto stored = f.ingestor.ingest(textMail("deferred-" + QByteArray::number(++serial) + "@acme", from, subject, body),
                                        kNow, MailOrigin::MailFile);
        return stored ? stored->messageRowId : -1;
    };
    const auto deferredAfter = [&db]() {
        return db.dialect().isPostgres() ? QVariant()
                                         : column(db, u"SELECT deferred_after FROM search_index_state"_s, {});
    };

    const qint64 older = ingest("tanaka@acme.co.jp", u"見積書の件"_s, u"見積書をお願いします"_s);
    QVERIFY(older > 0);
    {
        TransactionGuard abandoned(db);
        QVERIFY(abandoned.ok());
        QVERIFY(db.deferSearchIndex().ok());
        QVERIFY(ingest("ito@acme.co.jp", u"廃棄"_s, u"廃棄してください"_s) > 0);
    } // rolled back
    QVERIFY(deferredAfter().isNull());
    {
        TransactionGuard batch(db);
        QVERIFY(batch.ok());
        QVERIFY(db.deferSearchIndex().ok());
        QVERIFY(db.deferSearchIndex().ok()); // twice is once
        if (!db.dialect().isPostgres())
            QCOMPARE(deferredAfter().toLongLong(), older);
        const qint64 edited = ingest("suzuki@acme.co.jp", u"納品書について"_s, u"納品書が届きません"_s);
        const qint64 removed = ingest("sato@beta.co.jp", u"解約"_s, u"解約手続きについて"_s);
        QVERIFY(ingest("kato@gamma.co.jp", u"請求書の再発行"_s, u"請求書を再発行してください"_s) > 0);
        QVERIFY(edited > 0 && removed > 0);
        QVERIFY(db.exec(u"edit"_s, u"UPDATE messages SET subject = ?, body_text = ? WHERE id = ?"_s,
                        {u"納品日の変更"_s, u"納品日を変更したい"_s, edited})
                    .ok());
        QVERIFY(db.exec(u"unlink"_s, u"DELETE FROM obligations WHERE message_id = ?"_s, {removed}).ok());
        QVERIFY(db.exec(u"delete"_s, u"DELETE FROM messages WHERE id = ?"_s, {removed}).ok());
        QVERIFY(db.exec(u"edit older"_s, u"UPDATE messages SET subject = ?, body_text = ? WHERE id = ?"_s,
                        {u"領収書の再発行"_s, u"至急お願いします"_s, older})
                    .ok());
        {
            TransactionGuard nested(db);
            QVERIFY(nested.ok());
            QVERIFY(ingest("mori@acme.co.jp", u"障害報告"_s, u"サーバー障害です"_s) > 0);
        } // rolled back to its savepoint
        auto committed = batch.commit();
        QVERIFY2(committed.ok(), committed.ok() ? "" : qPrintable(committed.error().message));
    }
    QVERIFY(deferredAfter().isNull());
    QVERIFY(ingest("ueda@acme.co.jp", u"契約更新"_s, u"契約の更新について"_s) > 0);

    QCOMPARE(searchedSubjects(f.desk, query), expectedSubjects);

    if (!db.dialect().isPostgres()) {
        QVERIFY(db.exec(u"check"_s, u"INSERT INTO message_search (message_search) VALUES ('integrity-check')"_s).ok());
        QCOMPARE(column(db, u"SELECT COUNT(*) FROM message_search"_s, {}).toLongLong(),
                 column(db, u"SELECT COUNT(*) FROM messages"_s, {}).toLongLong());
    }
}

// A new SQLite database gives the pages freed during a bulk load back (auto_vacuum =
// INCREMENTAL, MailImport ends with Database::releaseFreePages), so its size is its data.
void TestStoredSource::importGivesFreePagesBack()
{
    if (Testing::usingPostgres())
        QSKIP("SQLite pages; PostgreSQL's VACUUM does this");
    Fixture f;
    Database &db = f.store.db();
    QCOMPARE(db.scalar(u"av"_s, u"PRAGMA auto_vacuum"_s)->toInt(), 2); // INCREMENTAL
    // Free pages, as the search index's merges leave them.
    QVERIFY(db.exec(u"fill"_s, u"CREATE TABLE scratch (b BLOB)"_s).ok());
    QVERIFY(db.exec(u"fill"_s, u"INSERT INTO scratch VALUES (?)"_s, {randomBytes(400000, 4)}).ok());
    QVERIFY(db.exec(u"free"_s, u"DROP TABLE scratch"_s).ok());
    QVERIFY(db.scalar(u"free"_s, u"PRAGMA freelist_count"_s)->toInt() > 50);

    QTemporaryDir dir;
    for (int i = 0; i < 3; ++i) {
        QFile file(dir.filePath(u"%1.eml"_s.arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mailWithAttachments("import-" + QByteArray::number(i) + "@acme", {randomBytes(30000, 10 + i)}));
    }
    MailImport import(f.ingestor, 2);
    auto imported = import.run({dir.path()});
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->messages, 3);
    QCOMPARE(db.scalar(u"free"_s, u"PRAGMA freelist_count"_s)->toInt(), 0);
}

// Schema 22 and the connection settings that keep a growing desk's intake rate (docs/store.md
// "A growing desk"): the search index merges 16 segments at a time (a new database and one
// upgraded from version 21), and the write-ahead log is copied back every 10,000 pages.
void TestStoredSource::growingDeskSettings()
{
    if (Testing::usingPostgres())
        QSKIP("SQLite settings; nothing changes on PostgreSQL");
    const QString automerge = u"SELECT v FROM message_search_config WHERE k = 'automerge'"_s;
    Fixture f;
    Database &db = f.store.db();
    QCOMPARE(column(db, automerge, {}).toInt(), 16);
    QCOMPARE(column(db, u"PRAGMA wal_autocheckpoint"_s, {}).toInt(), 10000);
    QCOMPARE(column(db, u"PRAGMA journal_size_limit"_s, {}).toLongLong(), 64LL * 1024 * 1024);

    TestDatabase older(21);
    QVERIFY(column(older.db(), automerge, {}).isNull()); // FTS5's default (4) before version 22
    auto migrated = SchemaMigrations::migrate(older.db());
    QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
    QCOMPARE(*migrated, SchemaMigrations::latestVersion());
    QCOMPARE(column(older.db(), automerge, {}).toInt(), 16);
}

// Many small batches make many index segments, which the index merges as they pile up: every
// message is still found afterwards, by a long and a short query, and the index checks out.
void TestStoredSource::searchFindsEveryMessageAfterManyMerges()
{
    Fixture f;
    Database &db = f.store.db();
    const int count = 70; // > 4 × 16 segments: merges at two levels
    for (int i = 0; i < count; ++i) {
        TransactionGuard batch(db);
        QVERIFY(batch.ok());
        QVERIFY(db.deferSearchIndex().ok());
        const QString subject = u"問い合わせ%1号"_s.arg(i, 3, 10, QLatin1Char('0'));
        auto stored = f.ingestor.ingest(textMail("merge-" + QByteArray::number(i) + "@acme", "tanaka@acme.co.jp", subject,
                                                 u"請求書%1の件です"_s.arg(i, 3, 10, QLatin1Char('0'))),
                                        kNow, MailOrigin::MailFile);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QVERIFY(batch.commit().ok());
    }
    for (int i : {0, 1, 15, 16, 17, 33, 63, 64, 69}) {
        const QString number = u"%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        QCOMPARE(searchedSubjects(f.desk, u"請求書"_s + number), QStringList{u"問い合わせ"_s + number + u"号"_s});
    }
    QCOMPARE(searchedSubjects(f.desk, u"問い合わせ"_s).size(), count);
    if (!db.dialect().isPostgres()) {
        QVERIFY(db.exec(u"check"_s, u"INSERT INTO message_search (message_search) VALUES ('integrity-check')"_s).ok());
        QCOMPARE(column(db, u"SELECT COUNT(*) FROM message_search"_s, {}).toLongLong(), count);
    }
}

QTEST_GUILESS_MAIN(TestStoredSource)
#include "tst_storedsource.moc"
