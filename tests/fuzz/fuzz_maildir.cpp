// A maildir whose file names come from the input (one per line, up to 16, alternately in cur/
// and new/; each file holds the text after the first empty line): scanned, ordered by receipt
// and read, and each name's delivery time and microseconds parsed on their own.

#include "FuzzTarget.h"
#include "ScratchFolder.h"
#include "mail/import/MailFileScanner.h"

#include <QSet>

using namespace Madoguchi;
using namespace Qt::Literals::StringLiterals;

MADOGUCHI_FUZZ_TARGET(maildir)
{
    static Fuzz::ScratchFolder scratch;
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype split = input.indexOf("\n\n");
    const QByteArray head = split < 0 ? input : input.left(split);
    const QByteArray body = split < 0 ? QByteArray() : input.mid(split + 2);

    scratch.clear({u"cur"_s, u"new"_s, u"tmp"_s});
    QSet<QString> written;
    int index = 0;
    for (const QByteArray &line : head.split('\n')) {
        const QString name = QString::fromUtf8(line);
        (void)MailFileScanner::maildirDeliveryTime(name);
        const qint64 micro = MailFileScanner::maildirMicroseconds(name);
        MADOGUCHI_FUZZ_CHECK(micro >= -1 && micro <= 999999);
        if (name.isEmpty() || name.contains(u'/') || name.contains(QChar(0)) || name == u"."_s
            || name == u".."_s || name.toUtf8().size() > 200 || index >= 16)
            continue;
        const QString relative = (index++ % 2 ? u"new/"_s : u"cur/"_s) + name;
        if (QFile::exists(scratch.path() + u'/' + relative))
            continue;
        scratch.write(relative, body);
        if (!name.startsWith(u'.')) // a maildir reader skips dot files (work files of mail programs)
            written.insert(relative);
    }

    const auto scanned = MailFileScanner::scan({scratch.path()});
    MADOGUCHI_FUZZ_CHECK(scanned.ok());
    QList<MailFileEntry> entries = *scanned;
    MADOGUCHI_FUZZ_CHECK(entries.size() == written.size());
    MailFileScanner::orderByReceipt(entries);
    MADOGUCHI_FUZZ_CHECK(entries.size() == written.size());
    for (const MailFileEntry &entry : std::as_const(entries)) {
        const auto read = MailFileScanner::read(entry);
        MADOGUCHI_FUZZ_CHECK(read.ok() && *read == body);
    }
    return 0;
}
